import { registerEnumType } from "type-graphql";

export enum SelfAssessmentStatus {
  DRAFT = "DRAFT",
  SUBMITTED = "SUBMITTED",
  RETURNED = "RETURNED",
  REVIEWED = "REVIEWED",
}

registerEnumType(SelfAssessmentStatus, { name: "SelfAssessmentStatus" });
