import DataLoader from "dataloader";
import { In, type DataSource } from "typeorm";
import { byId } from "../../graphql/batch";
import { Notification } from "./notification.entity";

export function notificationLoaders(dataSource: DataSource) {
  return {
    notification: new DataLoader<string, Notification | null>(async (ids) =>
      byId(await dataSource.manager.findBy(Notification, { id: In([...ids]) }), ids),
    ),
  };
}

declare module "../../graphql/context" {
  interface Loaders extends ReturnType<typeof notificationLoaders> {}
}
