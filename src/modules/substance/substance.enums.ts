import { registerEnumType } from "type-graphql";
import { TargetKind } from "../../shared/domain/target-kind.enum";

/** A list version is a DRAFT while it is assembled or imported; PUBLISHED, it never changes. */
export enum ListVersionStatus {
  DRAFT = "DRAFT",
  PUBLISHED = "PUBLISHED",
}

/** What a threshold's percentage is of: one homogeneous material (RoHS), or the article (REACH). */
export enum ThresholdBasis {
  HOMOGENEOUS_MATERIAL = "HOMOGENEOUS_MATERIAL",
  ARTICLE = "ARTICLE",
}

/** Which articles an entry restricts: all, or only portable batteries (2023/1542 Annex I). */
export enum EntryApplicability {
  ALL = "ALL",
  PORTABLE_BATTERY = "PORTABLE_BATTERY",
}

/** The battery categories of Regulation (EU) 2023/1542, Article 2. */
export enum BatteryCategory {
  PORTABLE = "PORTABLE",
  LMT = "LMT",
  SLI = "SLI",
  INDUSTRIAL = "INDUSTRIAL",
  EV = "EV",
}

// Shared with the pure scoring rules, which flag target substances on rankings.
export { TargetKind };

/** The lists the portal ships (seeded); an admin's import adds versions, not lists. */
export const LIST_CODES = {
  ROHS: "ROHS",
  REACH_SVHC: "REACH_SVHC",
  BATTERY_ANNEX_I: "BATTERY_ANNEX_I",
} as const;

registerEnumType(ListVersionStatus, { name: "ListVersionStatus" });
registerEnumType(ThresholdBasis, {
  name: "ThresholdBasis",
  description: "What a threshold's percentage (w/w) is of",
});
registerEnumType(EntryApplicability, {
  name: "EntryApplicability",
  description: "Which articles a list entry restricts",
});
registerEnumType(BatteryCategory, { name: "BatteryCategory" });
registerEnumType(TargetKind, {
  name: "TargetKind",
  description: "The company's substance targets: ELIMINATE, or REDUCE and replace",
});
