import type { ScreeningHit } from "./screening-hit.entity";
import type { ScreeningListEntry } from "./screening-list-entry.entity";
import type { ScreeningListVersion } from "./screening-list-version.entity";
import { HitField, ScreeningListKind } from "./screening.enums";

const LIST: Record<ScreeningListKind, string> = {
  [ScreeningListKind.RESTRICTED_ENTITY]: "restricted-entity list",
  [ScreeningListKind.HIGH_RISK_REGION]: "high-risk-region list",
};

/**
 * Why a hit is a hit, in words: the node, what of it matched, the entry and the list version
 * (staff only: it names the listed party).
 */
export function hitExplanation(
  hit: Pick<ScreeningHit, "nodeName" | "kind" | "field" | "matchedValue" | "matchedAlias">,
  entry: Pick<ScreeningListEntry, "name" | "source" | "listedOn"> | null,
  version: Pick<ScreeningListVersion, "number"> | null,
): string {
  const listed = entry ? `"${entry.name}" (${entry.source}, listed ${entry.listedOn})` : "an entry";
  const list = version ? `${LIST[hit.kind]} version ${version.number}` : LIST[hit.kind];
  const how =
    hit.field === HitField.REGION
      ? `its region ${hit.matchedValue} is ${listed}`
      : hit.field === HitField.ALIAS
        ? `its name normalised ("${hit.matchedValue}") equals the alias "${hit.matchedAlias}" of ${listed}`
        : `its name normalised ("${hit.matchedValue}") equals the name of ${listed}`;
  return `Node "${hit.nodeName}": ${how} on the ${list}`;
}
