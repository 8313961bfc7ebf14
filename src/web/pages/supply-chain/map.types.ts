import type { CustodyModel, LinkEvidenceKind, SupplyChainMapPageQuery } from "../../gql/graphql";
import { i18next } from "../../i18n";

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

/** The groups of codes supplyChain.json words (custody models, evidence kinds, states…). */
export type CodeGroup =
  | "custody"
  | "evidenceKind"
  | "level"
  | "linkState"
  | "card.level"
  | "screening.kind"
  | "screening.hitState"
  | "screening.rebuttalState"
  | "protectedAreas.flagState";

/**
 * A code's words in the current language, read when shown (the language can change); a code
 * the namespace does not know stays as the API sent it.
 */
export function codeLabel(group: CodeGroup, code: string): string {
  const key = `${group}.${code}`;
  return i18next.exists(key, { ns: "supplyChain" })
    ? (i18next.t(key as never, { ns: "supplyChain" }) as string)
    : code;
}

const CUSTODY_CODES: readonly CustodyModel[] = [
  "IDENTITY_PRESERVED",
  "SEGREGATED",
  "MASS_BALANCE",
  "NONE",
];

const EVIDENCE_KINDS: readonly LinkEvidenceKind[] = [
  "PURCHASE_ORDER",
  "INVOICE",
  "BILL_OF_LADING",
  "OTHER",
];

export const custodyLabel = (code: string) => codeLabel("custody", code);
export const evidenceKindLabel = (code: string) => codeLabel("evidenceKind", code);

export function custodyOptions(): { value: CustodyModel; label: string }[] {
  return CUSTODY_CODES.map((value) => ({ value, label: custodyLabel(value) }));
}

export function evidenceKindOptions(): { value: LinkEvidenceKind; label: string }[] {
  return EVIDENCE_KINDS.map((value) => ({ value, label: evidenceKindLabel(value) }));
}
