import { Grade, ProcurementStatus } from "../../shared/domain/procurement.enums";
import { addMonths } from "../../shared/time";
import { countOf } from "./explanation-format";
import { CONDITIONAL_GRADES, STATUS_AUDIT_RECENCY_MONTHS } from "./scoring-policy";

/** An accepted, unexpired material declaration that matters to procurement (issue 16). */
export interface AcceptedDeclarationInput {
  id: string;
  /** The part number, with its name when it has one. */
  part: string;
  validUntil: Date;
  /** The violations computed at acceptance, in words; empty when compliant. */
  violations: readonly string[];
}

/** A screening hit without an approved, unexpired rebuttal (issue 18): the node and its list. */
export interface ScreeningHitInput {
  node: string;
  list: "RESTRICTED_ENTITY" | "HIGH_RISK_REGION";
}

/** An open protected-area flag of the supplier (issue 18): what is flagged, and the area. */
export interface ProtectedAreaFlagInput {
  target: "SITE" | "NODE";
  area: string;
}

export interface ProcurementStatusInput {
  sourcesFromProtectedArea: boolean;
  blockedByAdmin: boolean;
  blockReason?: string | null;
  openZeroToleranceCount: number;
  overdueMajorOrZeroToleranceCount: number;
  lastCompletedAuditAt: Date | null;
  /** Null when the supplier has no score yet: not counted as D or E. */
  grade: Grade | null;
  /** Accepted, unexpired declarations (issue 16); omitted: none. */
  declarations?: readonly AcceptedDeclarationInput[];
  /** Open (not cleared) protected-area flags of sites and map nodes; omitted: none. */
  protectedAreaFlags?: readonly ProtectedAreaFlagInput[];
  /** Open screening hits of the supplier's map nodes; omitted: none. */
  screeningHits?: readonly ScreeningHitInput[];
  now: Date;
}

export interface ProcurementStatusResult {
  status: ProcurementStatus;
  /** Every matching rule, in SPEC 8 order; empty for APPROVED. */
  reasons: string[];
}

interface StatusRule {
  status: ProcurementStatus;
  /** A readable reason when the rule matches, null otherwise. */
  reason(input: ProcurementStatusInput): string | null;
}

function hasRecentAudit(input: ProcurementStatusInput): boolean {
  if (input.lastCompletedAuditAt === null) return false;
  const horizon = addMonths(input.lastCompletedAuditAt, STATUS_AUDIT_RECENCY_MONTHS);
  return input.now.getTime() < horizon.getTime();
}

/**
 * One reason naming the nodes of every open hit (the listed entries are staff-only: the
 * screening hits show them), at most five by name.
 */
function screeningReason(hits: readonly ScreeningHitInput[]): string | null {
  if (hits.length === 0) return null;
  const label = (h: ScreeningHitInput) =>
    h.list === "RESTRICTED_ENTITY"
      ? `${h.node} (restricted party)`
      : `${h.node} (high-risk region)`;
  const named = [...new Set(hits.map(label))];
  const shown = named.slice(0, 5).join(", ");
  return named.length > 5
    ? `Restricted party or region in the supply chain: ${shown} and ${named.length - 5} more`
    : `Restricted party or region in the supply chain: ${shown}`;
}

/** One reason for every open flag: what is flagged (a node, a site or both) and the areas. */
function protectedAreaReason(flags: readonly ProtectedAreaFlagInput[]): string | null {
  if (flags.length === 0) return null;
  const kinds = new Set(flags.map((f) => f.target));
  // Whole phrases, each a term of the Chinese catalog.
  const what = !kinds.has("NODE")
    ? "A site"
    : kinds.has("SITE")
      ? "A supply-chain node and a site"
      : "A supply-chain node";
  const areas = [...new Set(flags.map((f) => f.area))].sort();
  return `${what} inside or near a protected area: ${areas.join(", ")}`;
}

/**
 * SPEC 8, in order: the first matching rule sets the status; all matching rules are reasons.
 * APPROVED is what remains when none matches.
 */
export const STATUS_RULES: readonly StatusRule[] = [
  {
    status: ProcurementStatus.BLOCKED,
    // The policy avoids raw materials from globally or nationally significant biodiversity areas.
    reason: (i) =>
      i.sourcesFromProtectedArea
        ? "Sources raw materials from a protected biodiversity area"
        : null,
  },
  {
    status: ProcurementStatus.BLOCKED,
    // Issue 18: a flagged site or node counts like sourcesFromProtectedArea until cleared.
    reason: (i) => protectedAreaReason(i.protectedAreaFlags ?? []),
  },
  {
    status: ProcurementStatus.BLOCKED,
    reason: (i) => {
      if (!i.blockedByAdmin) return null;
      const why = i.blockReason?.trim();
      return why ? `Blocked by an administrator: ${why}` : "Blocked by an administrator";
    },
  },
  {
    status: ProcurementStatus.BLOCKED,
    // SPEC 11: a map node on the restricted-entity list or in a high-risk region, unless an
    // approved (four-eyes), unexpired rebuttal lifts it.
    reason: (i) => screeningReason(i.screeningHits ?? []),
  },
  {
    status: ProcurementStatus.SUSPENDED,
    reason: (i) =>
      i.openZeroToleranceCount > 0
        ? countOf(i.openZeroToleranceCount, "open zero-tolerance finding")
        : null,
  },
  {
    status: ProcurementStatus.CONDITIONAL,
    reason: (i) =>
      i.overdueMajorOrZeroToleranceCount > 0
        ? countOf(i.overdueMajorOrZeroToleranceCount, "overdue major or zero-tolerance finding")
        : null,
  },
  {
    status: ProcurementStatus.CONDITIONAL,
    reason: (i) =>
      hasRecentAudit(i) ? null : `No completed audit within ${STATUS_AUDIT_RECENCY_MONTHS} months`,
  },
  {
    status: ProcurementStatus.CONDITIONAL,
    reason: (i) =>
      i.grade !== null && CONDITIONAL_GRADES.includes(i.grade) ? `Grade ${i.grade}` : null,
  },
  {
    status: ProcurementStatus.CONDITIONAL,
    // SPEC 11: an accepted material declaration with a substance over its legal limit and no
    // valid exemption; one reason naming every such part.
    reason: (i) => {
      const parts = (i.declarations ?? []).filter((d) => d.violations.length > 0);
      return parts.length > 0
        ? `Restricted substance over limit in an accepted material declaration: ${parts
            .map((d) => `part ${d.part}`)
            .join(", ")}`
        : null;
    },
  },
];

/** SPEC 8: BLOCKED, then SUSPENDED, then CONDITIONAL, else APPROVED. */
export function computeProcurementStatus(input: ProcurementStatusInput): ProcurementStatusResult {
  let status = ProcurementStatus.APPROVED;
  const reasons: string[] = [];
  for (const rule of STATUS_RULES) {
    const reason = rule.reason(input);
    if (reason === null) continue;
    if (reasons.length === 0) status = rule.status;
    reasons.push(reason);
  }
  return { status, reasons };
}
