import DataLoader from "dataloader";
import { In, type DataSource } from "typeorm";
import { byId } from "../../graphql/batch";
import { User } from "./user.entity";

export function identityLoaders(dataSource: DataSource) {
  return {
    user: new DataLoader<string, User | null>(async (ids) =>
      byId(await dataSource.manager.findBy(User, { id: In([...ids]) }), ids),
    ),
  };
}

declare module "../../graphql/context" {
  interface Loaders extends ReturnType<typeof identityLoaders> {}
}
