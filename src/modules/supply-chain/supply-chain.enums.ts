import { registerEnumType } from "type-graphql";

/** How material is kept apart along a link (ISO 22095 chain-of-custody models). */
export enum CustodyModel {
  IDENTITY_PRESERVED = "IDENTITY_PRESERVED",
  SEGREGATED = "SEGREGATED",
  MASS_BALANCE = "MASS_BALANCE",
  NONE = "NONE",
}

/** A link as the supplier drew it, or checked by an auditor or admin against its evidence. */
export enum LinkState {
  DECLARED = "DECLARED",
  VERIFIED = "VERIFIED",
}

/** The transaction records that show who supplied whom. */
export enum LinkEvidenceKind {
  PURCHASE_ORDER = "PURCHASE_ORDER",
  INVOICE = "INVOICE",
  BILL_OF_LADING = "BILL_OF_LADING",
  OTHER = "OTHER",
}

registerEnumType(CustodyModel, { name: "CustodyModel" });
registerEnumType(LinkState, { name: "SupplyChainLinkState" });
registerEnumType(LinkEvidenceKind, { name: "LinkEvidenceKind" });
