import { registerEnumType } from "type-graphql";

export enum Grade {
  A = "A",
  B = "B",
  C = "C",
  D = "D",
  E = "E",
}

export enum ProcurementStatus {
  APPROVED = "APPROVED",
  CONDITIONAL = "CONDITIONAL",
  SUSPENDED = "SUSPENDED",
  BLOCKED = "BLOCKED",
}

export enum ScoreSource {
  AUDIT = "AUDIT",
  THIRD_PARTY = "THIRD_PARTY",
  SELF_ASSESSMENT = "SELF_ASSESSMENT",
  NONE = "NONE",
}

registerEnumType(Grade, { name: "Grade" });
registerEnumType(ProcurementStatus, { name: "ProcurementStatus" });
