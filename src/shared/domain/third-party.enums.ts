import { registerEnumType } from "type-graphql";

/** Third-party ESG assessment schemes whose results the portal takes over (issue 19). */
export enum ThirdPartyScheme {
  SMETA = "SMETA",
  RBA_VAP = "RBA_VAP",
  AMFORI_BSCI = "AMFORI_BSCI",
  ECOVADIS = "ECOVADIS",
  SSI = "SSI",
}

/** amfori BSCI's rating, A (very good) to E (unacceptable), overall and per performance area. */
export enum AmforiGrade {
  A = "A",
  B = "B",
  C = "C",
  D = "D",
  E = "E",
}

/** EcoVadis' medal; informational here (it is a percentile, not a level of conformance). */
export enum EcoVadisMedal {
  PLATINUM = "PLATINUM",
  GOLD = "GOLD",
  SILVER = "SILVER",
  BRONZE = "BRONZE",
  NONE = "NONE",
}

/** EcoVadis' four themes, each scored 0-100 on the scorecard. */
export enum EcoVadisTheme {
  ENVIRONMENT = "ENVIRONMENT",
  LABOR_AND_HUMAN_RIGHTS = "LABOR_AND_HUMAN_RIGHTS",
  ETHICS = "ETHICS",
  SUSTAINABLE_PROCUREMENT = "SUSTAINABLE_PROCUREMENT",
}

/** The sections of an RBA Validated Audit report, each scored 0-200 like the total. */
export enum RbaSection {
  LABOR = "LABOR",
  HEALTH_AND_SAFETY = "HEALTH_AND_SAFETY",
  ENVIRONMENT = "ENVIRONMENT",
  ETHICS = "ETHICS",
  MANAGEMENT_SYSTEM = "MANAGEMENT_SYSTEM",
}

/** SMETA's pillars: a 2-pillar audit covers the first two, a 4-pillar audit all four. */
export enum SmetaPillar {
  LABOUR_STANDARDS = "LABOUR_STANDARDS",
  HEALTH_AND_SAFETY = "HEALTH_AND_SAFETY",
  ENVIRONMENT = "ENVIRONMENT",
  BUSINESS_ETHICS = "BUSINESS_ETHICS",
}

/** The three dimensions of the Solar Stewardship Initiative's ESG Standard. */
export enum SsiDimension {
  GOVERNANCE_AND_BUSINESS_ETHICS = "GOVERNANCE_AND_BUSINESS_ETHICS",
  ENVIRONMENT = "ENVIRONMENT",
  HUMAN_AND_LABOUR_RIGHTS = "HUMAN_AND_LABOUR_RIGHTS",
}

registerEnumType(ThirdPartyScheme, {
  name: "ThirdPartyScheme",
  description:
    "SMETA, RBA Validated Audit Process, amfori BSCI, EcoVadis, Solar Stewardship Initiative",
});
registerEnumType(AmforiGrade, { name: "AmforiGrade", description: "amfori BSCI rating A-E" });
registerEnumType(EcoVadisMedal, { name: "EcoVadisMedal" });
registerEnumType(EcoVadisTheme, { name: "EcoVadisTheme" });
registerEnumType(RbaSection, { name: "RbaSection" });
registerEnumType(SmetaPillar, { name: "SmetaPillar" });
registerEnumType(SsiDimension, { name: "SsiDimension" });
