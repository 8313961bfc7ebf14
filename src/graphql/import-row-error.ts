import { Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from "type-graphql";
import type { CsvRowError } from "../shared/csv";
import { translateMessage } from "../shared/i18n/error-messages";
import type { RequestContext } from "./context";

/** One problem of an imported file, by row and column: every file import reports these. */
@ObjectType({ description: "A problem in one cell (or row) of an imported file" })
export class ImportRowError implements CsvRowError {
  @Field(() => Int, { description: "The spreadsheet row (the header is row 1)" })
  row: number;

  @Field(() => String, { nullable: true, description: "The column's header; null: the row" })
  column: string | null;

  /** In English, as the readers write it; the API answers in the reader's language. */
  message: string;
}

/**
 * A row error's message in the reader's language, translated as BAD_USER_INPUT's field
 * messages are (the errors catalog; English where it has no text). Here, so that every import
 * (suppliers, users, purchases, screening lists, protected areas, the SVHC list) is covered by
 * its report's type rather than by each report's builder.
 */
@Resolver(() => ImportRowError)
export class ImportRowErrorResolver {
  @FieldResolver(() => String, { description: "In the reader's language (English as fallback)" })
  message(@Root() error: CsvRowError, @Ctx() ctx: RequestContext): string {
    return translateMessage(error.message, ctx.locale).text;
  }
}
