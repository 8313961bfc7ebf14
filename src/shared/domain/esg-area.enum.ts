import { registerEnumType } from "type-graphql";

/** The nine audit areas of the supplier ESG policy (SPEC section 2). */
export enum EsgArea {
  MANAGEMENT_SYSTEM = "MANAGEMENT_SYSTEM",
  CHILD_AND_FORCED_LABOUR = "CHILD_AND_FORCED_LABOUR",
  NON_DISCRIMINATION = "NON_DISCRIMINATION",
  WAGES_AND_BENEFITS = "WAGES_AND_BENEFITS",
  WORKING_HOURS = "WORKING_HOURS",
  HEALTH_AND_SAFETY = "HEALTH_AND_SAFETY",
  ENVIRONMENT = "ENVIRONMENT",
  BUSINESS_ETHICS = "BUSINESS_ETHICS",
  FREEDOM_OF_ASSOCIATION = "FREEDOM_OF_ASSOCIATION",
}

export const ESG_AREAS: readonly EsgArea[] = Object.values(EsgArea);

registerEnumType(EsgArea, { name: "EsgArea", description: "ESG audit area" });
