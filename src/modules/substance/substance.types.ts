import { Field, Int, ObjectType } from "type-graphql";
import { ImportRowError } from "../../graphql/import-row-error";
import { MaterialCategory } from "../supplier/material-category.entity";
import { RegulatoryListVersion } from "./regulatory-list-version.entity";

@ObjectType({ description: "Whether a list applies to a material category" })
export class ListApplicability {
  @Field(() => MaterialCategory)
  category: MaterialCategory;

  @Field(() => Boolean)
  applies: boolean;

  @Field(() => Boolean, {
    description: "Set for the category; false: the list's appliesByDefault stands",
  })
  explicit: boolean;
}

@ObjectType()
export class ListImportReport {
  @Field(() => Int, { description: "Data rows read" })
  rows: number;

  @Field(() => Int, { description: "Entries the file yields (a row with several CAS: several)" })
  entries: number;

  @Field(() => Int, { description: "Entries written: 0 for a dry run or a file with errors" })
  applied: number;

  @Field(() => Int, { description: "Every error, when errors lists only the first ones" })
  errorCount: number;

  @Field(() => [ImportRowError], { description: "In row order; the first 200" })
  errors: ImportRowError[];

  @Field(() => Boolean)
  dryRun: boolean;

  @Field(() => RegulatoryListVersion, {
    nullable: true,
    description: "The new DRAFT version; null for a dry run or a file with errors",
  })
  version: RegulatoryListVersion | null;
}
