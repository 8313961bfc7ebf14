import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { ImportReport } from "../../graphql/import-report";
import { readImportTable } from "../document/import-table";
import { requireRole } from "../identity/access";
import { importUsers } from "../identity/user-import.service";
import { USER_IMPORT_PERMISSIONS } from "../identity/user-import.permissions";
import { UserImportResult } from "../identity/user-import.types";
import { importSuppliers } from "./supplier-import.service";
import { SUPPLIER_PERMISSIONS } from "./supplier.permissions";

@Resolver()
export class SupplierImportResolver {
  @Authorized(...SUPPLIER_PERMISSIONS.importSuppliers)
  @Mutation(() => ImportReport, {
    description:
      "Imports an uploaded supplier master (CSV or XLSX; template: GET /imports/templates/suppliers.csv): all rows or none, matched by externalId; a dry run only reports",
  })
  importSuppliers(
    @Ctx() ctx: RequestContext,
    @Arg("documentId", () => ID) documentId: string,
    @Arg("dryRun", () => Boolean) dryRun: boolean,
  ) {
    return importSuppliers(ctx, documentId, dryRun);
  }

  // Here rather than in identity: reading an uploaded document is above the identity module.
  @Authorized(...USER_IMPORT_PERMISSIONS.importUsers)
  @Mutation(() => UserImportResult, {
    description:
      "Imports an uploaded user list (CSV or XLSX; template: GET /imports/templates/users.csv): all rows or none; new users get a one-time password, returned once; a dry run only reports",
  })
  async importUsers(
    @Ctx() ctx: RequestContext,
    @Arg("documentId", () => ID) documentId: string,
    @Arg("dryRun", () => Boolean) dryRun: boolean,
  ) {
    requireRole(ctx, ...USER_IMPORT_PERMISSIONS.importUsers);
    const { document, records } = await readImportTable(ctx, documentId);
    return importUsers(ctx, document, records, dryRun);
  }
}
