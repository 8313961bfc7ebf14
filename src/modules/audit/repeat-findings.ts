import type { EsgArea } from "../../shared/domain/esg-area.enum";
import type { Severity } from "../../shared/domain/audit.enums";

/** What makes two findings "the same" across audits (SPEC 6). */
export interface FindingSignature {
  /** The checklist item's code, or null for a finding raised without an item. */
  itemCode: string | null;
  area: EsgArea;
  severity: Severity;
}

function key(finding: FindingSignature): string {
  // Codes, not item ids: two audits may use different checklist versions, whose items have
  // different ids but keep their codes.
  return finding.itemCode !== null
    ? `item:${finding.itemCode}`
    : `area:${finding.area}:${finding.severity}`;
}

/**
 * SPEC 6: a finding is a repeat when the supplier's previous completed audit had a finding on
 * the same checklist item code, or, for findings without an item, in the same area with the same
 * severity. Returns one flag per current finding, in order.
 */
export function repeatFlags(
  current: readonly FindingSignature[],
  previous: readonly FindingSignature[],
): boolean[] {
  const earlier = new Set(previous.map(key));
  return current.map((finding) => earlier.has(key(finding)));
}
