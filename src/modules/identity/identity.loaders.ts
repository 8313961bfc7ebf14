import DataLoader from "dataloader";
import { In, type DataSource } from "typeorm";
import { byId } from "../../graphql/batch";
import { ApiToken } from "./api-token.entity";
import { User } from "./user.entity";

export function identityLoaders(dataSource: DataSource) {
  return {
    user: new DataLoader<string, User | null>(async (ids) =>
      byId(await dataSource.manager.findBy(User, { id: In([...ids]) }), ids),
    ),
    /** By the service user's id. */
    apiTokenByUser: new DataLoader<string, ApiToken | null>(async (userIds) => {
      const tokens = await dataSource.manager.findBy(ApiToken, { userId: In([...userIds]) });
      const byUser = new Map(tokens.map((token) => [token.userId, token]));
      return userIds.map((id) => byUser.get(id) ?? null);
    }),
  };
}

declare module "../../graphql/context" {
  interface Loaders extends ReturnType<typeof identityLoaders> {}
}
