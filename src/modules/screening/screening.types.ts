import { Field, Int, ObjectType } from "type-graphql";
import { ImportReport } from "../../graphql/import-report";
import { ConnectionType } from "../../graphql/pagination";
import { ScreeningHit } from "./screening-hit.entity";
import { ScreeningListEntry } from "./screening-list-entry.entity";
import { ScreeningListVersion } from "./screening-list-version.entity";
import { ScreeningRebuttal } from "./screening-rebuttal.entity";
import { ScreeningListKind } from "./screening.enums";

@ObjectType({ description: "What a list import did (or, for a dry run, would do) to the hits" })
export class ScreeningImportResult {
  @Field(() => ImportReport)
  report: ImportReport;

  @Field(() => ScreeningListVersion, {
    nullable: true,
    description: "The new version; null for a dry run or a file with errors",
  })
  version: ScreeningListVersion | null;

  @Field(() => Int, { description: "Map nodes the new version matches that had no hit" })
  hitsFound: number;

  @Field(() => Int, { description: "Hits of this list the new version no longer matches" })
  hitsCleared: number;

  @Field(() => Int, { description: "Hits that still match, moved to the new version's entry" })
  hitsKept: number;
}

@ObjectType({ description: "One of the two screening lists, with its versions" })
export class ScreeningList {
  @Field(() => ScreeningListKind)
  kind: ScreeningListKind;

  @Field(() => [ScreeningListVersion], {
    description: "Newest first (at most 50); the first is the one nodes are screened against",
  })
  versions: ScreeningListVersion[];
}

export const ScreeningListEntryConnection = ConnectionType(
  ScreeningListEntry,
  "ScreeningListEntry",
);
export const ScreeningHitConnection = ConnectionType(ScreeningHit, "ScreeningHit");
export const ScreeningRebuttalConnection = ConnectionType(ScreeningRebuttal, "ScreeningRebuttal");
