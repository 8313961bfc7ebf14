import { Field, ObjectType } from "type-graphql";
import { ImportReport } from "../../graphql/import-report";

@ObjectType({ description: "A new user's one-time password: shown once, only its hash is stored" })
export class ImportedUserPassword {
  @Field(() => String)
  email: string;

  @Field(() => String, { description: "Changed at the first log-in (mustChangePassword)" })
  oneTimePassword: string;
}

@ObjectType()
export class UserImportResult {
  @Field(() => ImportReport)
  report: ImportReport;

  @Field(() => [ImportedUserPassword], {
    description: "One per user the import created, in row order; empty for a dry run",
  })
  passwords: ImportedUserPassword[];
}
