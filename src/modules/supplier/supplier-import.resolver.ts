import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { ImportReport } from "../../graphql/import-report";
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
}
