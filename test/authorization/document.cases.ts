import { Readable } from "node:stream";
import { Role } from "../../src/shared/domain/role.enum";
import { DOCUMENT_PERMISSIONS } from "../../src/modules/document/document.permissions";
import { uploadDocument } from "../../src/modules/document/document.service";
import type { MatrixCase, MatrixFixture } from "./matrix";

/** A fresh plain-text upload by the role's own user, so it may read and remove it. */
async function ownUpload(fx: MatrixFixture, role: Role): Promise<string> {
  const ctx = await fx.app.server.contextFor(fx.users[role].token);
  const document = await uploadDocument(ctx, fx.app.config.documents, {
    filename: "matrix.txt",
    stream: Readable.from([Buffer.from(`matrix case for ${role}\n`)]),
    fields: Promise.resolve({}),
  });
  return document.id;
}

export const CASES: MatrixCase[] = [
  {
    operation: "document",
    kind: "query",
    allowed: DOCUMENT_PERMISSIONS.document,
    prepare: async (fx, role) => ({
      query: `query($id: ID!) { document(id: $id) { id sha256 } }`,
      variables: { id: await ownUpload(fx, role) },
    }),
  },
  {
    operation: "documents",
    kind: "query",
    allowed: DOCUMENT_PERMISSIONS.documents,
    prepare: async () => ({ query: `{ documents(first: 5) { totalCount } }` }),
  },
  {
    operation: "removeDocument",
    kind: "mutation",
    allowed: DOCUMENT_PERMISSIONS.removeDocument,
    prepare: async (fx, role) => ({
      query: `mutation($id: ID!) { removeDocument(id: $id) }`,
      variables: { id: await ownUpload(fx, role) },
    }),
  },
];
