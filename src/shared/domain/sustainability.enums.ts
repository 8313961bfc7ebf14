import { registerEnumType } from "type-graphql";

export enum Traceability {
  NONE = "NONE",
  TIER1 = "TIER1",
  TO_ORIGIN = "TO_ORIGIN",
}

/** Where a sustainability value comes from (docs/declared-vs-verified.md). */
export enum Basis {
  VERIFIED = "VERIFIED",
  DECLARED = "DECLARED",
  NONE = "NONE",
}

registerEnumType(Traceability, { name: "Traceability" });
registerEnumType(Basis, {
  name: "Basis",
  description: "Where a value comes from: a valid verification, the supplier's word, or nothing",
});
