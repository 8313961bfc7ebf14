import { randomUUID } from "node:crypto";
import { USER_IMPORT_PERMISSIONS } from "../../src/modules/identity/user-import.permissions";
import { SUPPLIER_PERMISSIONS } from "../../src/modules/supplier/supplier.permissions";
import { storeDocument } from "../support/documents";
import type { MatrixCase } from "./matrix";

/** The bulk imports (dry runs: each role's call is checked, nothing is written). */
export const CASES: MatrixCase[] = [
  {
    operation: "importSuppliers",
    kind: "mutation",
    allowed: SUPPLIER_PERMISSIONS.importSuppliers,
    prepare: async (fx) => {
      const csv = `externalId,name,country,contactEmail\nM-${randomUUID()},Matrix Import Co,DE,m@x.de\n`;
      const document = await storeDocument(fx.app, fx.users.ADMIN.token, Buffer.from(csv), "s.csv");
      return {
        query: `mutation($id: ID!) { importSuppliers(documentId: $id, dryRun: true) { rows inserted errors { row } } }`,
        variables: { id: document.id },
      };
    },
  },
  {
    operation: "importUsers",
    kind: "mutation",
    allowed: USER_IMPORT_PERMISSIONS.importUsers,
    prepare: async (fx) => {
      const csv = `email,name,role\nm-${randomUUID().slice(0, 8)}@example.com,Matrix,AUDITOR\n`;
      const document = await storeDocument(fx.app, fx.users.ADMIN.token, Buffer.from(csv), "u.csv");
      return {
        query: `mutation($id: ID!) { importUsers(documentId: $id, dryRun: true) { report { rows } } }`,
        variables: { id: document.id },
      };
    },
  },
];
