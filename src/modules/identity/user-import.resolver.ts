import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { importUsers } from "./user-import.service";
import { USER_IMPORT_PERMISSIONS } from "./user-import.permissions";
import { UserImportResult } from "./user-import.types";

@Resolver()
export class UserImportResolver {
  @Authorized(...USER_IMPORT_PERMISSIONS.importUsers)
  @Mutation(() => UserImportResult, {
    description:
      "Imports an uploaded user list (CSV or XLSX; template: GET /imports/templates/users.csv): all rows or none; new users get a one-time password, returned once; a dry run only reports",
  })
  importUsers(
    @Ctx() ctx: RequestContext,
    @Arg("documentId", () => ID) documentId: string,
    @Arg("dryRun", () => Boolean) dryRun: boolean,
  ) {
    return importUsers(ctx, documentId, dryRun);
  }
}
