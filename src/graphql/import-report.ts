import { Field, Int, ObjectType } from "type-graphql";
import type { CsvRowError } from "../shared/csv";
import { ImportRowError } from "./import-row-error";

/** An import report lists at most this many row errors. */
export const MAX_IMPORT_ERRORS = 200;

/** A report's errors: in row order (the reader's and the resolver's mixed), the first ones. */
export const reportedErrors = (errors: readonly CsvRowError[]): CsvRowError[] =>
  [...errors].sort((a, b) => a.row - b.row).slice(0, MAX_IMPORT_ERRORS);

/** What a file import did (or, for a dry run, would do): every file import answers with it. */
@ObjectType()
export class ImportReport {
  @Field(() => Int, { description: "Data rows read" })
  rows: number;

  @Field(() => [ImportRowError], { description: "In row order; the first 200" })
  errors: ImportRowError[];

  @Field(() => Boolean, { description: "True when the rows were saved (a clean real run)" })
  applied: boolean;

  @Field(() => Int, {
    description:
      "New records: saved by a clean real run. A clean dry run of importSuppliers or importUsers counts what the real run would save; importPurchases reports 0 for a dry run",
  })
  inserted: number;

  @Field(() => Int, {
    description:
      "Rows already saved as they are: skipped, not counted twice (purchases: a known reference; suppliers and users: nothing to change)",
  })
  skipped: number;

  @Field(() => Int, {
    description:
      "Existing records a row changed (importSuppliers: matched by externalId), counted as for inserted; 0 for importPurchases",
  })
  updated: number;
}
