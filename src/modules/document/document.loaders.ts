import DataLoader from "dataloader";
import { In, type DataSource } from "typeorm";
import { byId, groupBy } from "../../graphql/batch";
import { Document } from "./document.entity";
import { attachmentsOf, type AttachmentRow } from "./document.repository";

export function documentLoaders(dataSource: DataSource) {
  const manager = dataSource.manager;
  return {
    document: new DataLoader<string, Document | null>(async (ids) =>
      byId(await manager.findBy(Document, { id: In([...ids]) }), ids),
    ),
    documentAttachments: new DataLoader<string, AttachmentRow[]>(async (ids) =>
      groupBy(await attachmentsOf(manager, ids), ids, (row) => row.documentId),
    ),
  };
}

declare module "../../graphql/context" {
  interface Loaders extends ReturnType<typeof documentLoaders> {}
}
