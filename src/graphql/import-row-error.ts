import { Field, Int, ObjectType } from "type-graphql";
import type { CsvRowError } from "../shared/csv";

/** One problem of an imported file, by row and column: every file import reports these. */
@ObjectType({ description: "A problem in one cell (or row) of an imported file" })
export class ImportRowError implements CsvRowError {
  @Field(() => Int, { description: "The spreadsheet row (the header is row 1)" })
  row: number;

  @Field(() => String, { nullable: true, description: "The column's header; null: the row" })
  column: string | null;

  @Field(() => String)
  message: string;
}
