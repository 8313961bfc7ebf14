import { registerEnumType } from "type-graphql";

/** The records whose evidence can link an uploaded document. */
export enum AttachmentKind {
  SELF_ASSESSMENT = "SELF_ASSESSMENT",
  FINDING = "FINDING",
  CORRECTIVE_ACTION = "CORRECTIVE_ACTION",
  SUSTAINABILITY_VERIFICATION = "SUSTAINABILITY_VERIFICATION",
  CERTIFICATE = "CERTIFICATE",
  RECYCLED_CONTENT_DECLARATION = "RECYCLED_CONTENT_DECLARATION",
  MATERIAL_DECLARATION = "MATERIAL_DECLARATION",
  PROTECTED_AREA_CLEARANCE = "PROTECTED_AREA_CLEARANCE",
  SUPPLY_CHAIN_LINK = "SUPPLY_CHAIN_LINK",
  /** Staff-only: the supplier never reads a screening rebuttal's evidence through it. */
  SCREENING_REBUTTAL = "SCREENING_REBUTTAL",
  THIRD_PARTY_ASSESSMENT = "THIRD_PARTY_ASSESSMENT",
}

registerEnumType(AttachmentKind, {
  name: "AttachmentKind",
  description: "The kind of record a document is evidence for",
});
