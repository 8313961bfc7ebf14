import { registerEnumType } from "type-graphql";

/** The two screening lists; each import of one is a new version of it. */
export enum ScreeningListKind {
  RESTRICTED_ENTITY = "RESTRICTED_ENTITY",
  HIGH_RISK_REGION = "HIGH_RISK_REGION",
}

/** What of a map node matched an entry. */
export enum HitField {
  /** The node's normalised name equals the entry's normalised name. */
  NAME = "NAME",
  /** The node's normalised name equals one of the entry's normalised aliases. */
  ALIAS = "ALIAS",
  /** The node's ISO 3166-2 region code equals the entry's. */
  REGION = "REGION",
}

/** A hit as it counts now. */
export enum HitState {
  /** Matches the current list and no approved, unexpired rebuttal lifts it: the supplier is BLOCKED. */
  OPEN = "OPEN",
  /** Matches, but an approved rebuttal lifts it until it expires. */
  REBUTTED = "REBUTTED",
  /** No longer matches (the entry left the list, the node changed or was removed). */
  CLEARED = "CLEARED",
}

/** A rebuttal's stored decision. */
export enum RebuttalStatus {
  PENDING = "PENDING",
  APPROVED = "APPROVED",
  REJECTED = "REJECTED",
}

/** A rebuttal as it counts now: an approved one past its expiry is EXPIRED. */
export enum RebuttalState {
  PENDING = "PENDING",
  APPROVED = "APPROVED",
  REJECTED = "REJECTED",
  EXPIRED = "EXPIRED",
}

registerEnumType(ScreeningListKind, {
  name: "ScreeningListKind",
  description: "The restricted-entity list or the high-risk-region list",
});
registerEnumType(HitField, { name: "ScreeningHitField", description: "What matched" });
registerEnumType(HitState, { name: "ScreeningHitState" });
registerEnumType(RebuttalState, { name: "ScreeningRebuttalState" });
