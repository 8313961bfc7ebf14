import { registerEnumType } from "type-graphql";

/** The elements whose recycled content is tracked: battery metals, and Al and Si for frames and wafers. */
export enum Element {
  LI = "LI",
  CO = "CO",
  NI = "NI",
  PB = "PB",
  AL = "AL",
  SI = "SI",
}

/** How the recycled content is accounted for along the chain (ISO 22095 chain-of-custody models). */
export enum RecycledContentMethod {
  MASS_BALANCE = "MASS_BALANCE",
  SEGREGATED = "SEGREGATED",
}

export enum TargetSource {
  /** The company's sustainable product policy. */
  POLICY = "POLICY",
  /** Regulation (EU) 2023/1542 (batteries), Art. 8 minimum recycled content. */
  EU_2023_1542 = "EU_2023_1542",
}

registerEnumType(Element, {
  name: "Element",
  description: "A chemical element tracked for recycled content",
});
registerEnumType(RecycledContentMethod, {
  name: "RecycledContentMethod",
  description: "Chain-of-custody model of a recycled-content declaration",
});
registerEnumType(TargetSource, {
  name: "TargetSource",
  description: "Where a recycled-content target comes from",
});
