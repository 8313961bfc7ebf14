import { registerEnumType } from "type-graphql";

/** Where in the life cycle the substance is used (the policy's "main application stage"). */
export enum ApplicationStage {
  DESIGN = "DESIGN",
  RAW_MATERIAL = "RAW_MATERIAL",
  PRODUCTION = "PRODUCTION",
  PACKAGING = "PACKAGING",
  USE = "USE",
  END_OF_LIFE = "END_OF_LIFE",
}

/** The policy's three kinds of control, from the most to the least preferred. */
export enum ControlType {
  SOURCE_PREVENTION = "SOURCE_PREVENTION",
  PROCESS_MONITORING = "PROCESS_MONITORING",
  END_TREATMENT = "END_TREATMENT",
}

export enum ControlStatus {
  PLANNED = "PLANNED",
  IN_PLACE = "IN_PLACE",
  VERIFIED = "VERIFIED",
}

export enum RiskRegisterOrder {
  /** Highest likelihood x exposure x severity first. */
  PRIORITY = "PRIORITY",
}

registerEnumType(ApplicationStage, { name: "ApplicationStage" });
registerEnumType(ControlType, { name: "ControlType" });
registerEnumType(ControlStatus, { name: "ControlStatus" });
registerEnumType(RiskRegisterOrder, { name: "RiskRegisterOrder" });
