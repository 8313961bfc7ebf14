import { registerEnumType } from "type-graphql";

export enum ChecklistStatus {
  DRAFT = "DRAFT",
  PUBLISHED = "PUBLISHED",
  RETIRED = "RETIRED",
}

export enum AnswerType {
  YES_NO = "YES_NO",
  SCALE_0_4 = "SCALE_0_4",
  NUMBER = "NUMBER",
  TEXT = "TEXT",
}

export enum YesNoChoice {
  YES = "YES",
  NO = "NO",
  NOT_APPLICABLE = "NOT_APPLICABLE",
}

registerEnumType(ChecklistStatus, { name: "ChecklistStatus" });
registerEnumType(AnswerType, { name: "AnswerType" });
registerEnumType(YesNoChoice, { name: "YesNoChoice" });
