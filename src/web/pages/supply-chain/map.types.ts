import type { SupplyChainMapPageQuery } from "../../gql/graphql";

type SupplierOf = NonNullable<SupplyChainMapPageQuery["supplier"]>;
export type MapData = NonNullable<SupplierOf["supplyChain"]>;
export type MapNode = MapData["nodes"][number];
export type MapLink = MapData["links"][number];
export type Tier = MapData["tierSet"]["tiers"][number];

export interface NodeHit {
  id: string;
  state: string;
  kind: string;
  explanation: string;
}

export interface NodeFlag {
  id: string;
  state: string;
  areaName: string;
  distanceKm: number;
}

/** What screening and protected areas say about each node (open ones only). */
export interface NodeMarks {
  hits: Map<string, NodeHit[]>;
  flags: Map<string, NodeFlag[]>;
}

export const CUSTODY_LABELS: Record<string, string> = {
  IDENTITY_PRESERVED: "Identity preserved",
  SEGREGATED: "Segregated",
  MASS_BALANCE: "Mass balance",
  NONE: "None",
};

export const EVIDENCE_KIND_LABELS: Record<string, string> = {
  PURCHASE_ORDER: "Purchase order",
  INVOICE: "Invoice",
  BILL_OF_LADING: "Bill of lading",
  OTHER: "Other",
};
