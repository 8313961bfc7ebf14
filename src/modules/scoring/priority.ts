import { ProcurementStatus } from "../../shared/domain/procurement.enums";
import { Traceability } from "../../shared/domain/sustainability.enums";
import { Basis } from "../../shared/domain/sustainability.enums";
import type { CategoryRecycledShare, CategoryRecycledSharePart } from "./category-recycled-share";
import type { TraceabilityTerm } from "./map-traceability";
import { countOf, formatNumber } from "./explanation-format";
import { clamp, roundTo } from "./rounding";
import { ScoreLine } from "./score-line";
import {
  CONDITIONAL_PRIORITY_ADJUSTMENT,
  DECLARED_SHARE_FACTOR,
  EXPLANATION_DECIMALS,
  MATERIAL_WEIGHTS,
  OVERDUE_FINDING_PRIORITY_ADJUSTMENT,
  OVERDUE_FINDINGS_PRIORITY_ADJUSTMENT_LIMIT,
  PRIORITY_ESG_WEIGHT,
  PRIORITY_MATERIAL_WEIGHT,
  PRIORITY_MAX,
  PRIORITY_MIN,
  SCORE_DECIMALS,
  TRACEABILITY_POINTS,
} from "./scoring-policy";

export interface SustainabilityInput {
  /** Percentages 0-100: the effective values (SPEC 11), already discounted when declared. */
  renewableElectricityShare: number;
  thirdPartyVerifiedMaterialShare: number;
  recycledContentShare: number;
  traceability: Traceability;
  /** Absent: treated as verified (pure callers and tests that pass plain values). */
  basis?: Partial<
    Record<
      | "renewableElectricityShare"
      | "thirdPartyVerifiedMaterialShare"
      | "recycledContentShare"
      | "traceability",
      Basis
    >
  >;
  /** The declared values before the discount, for the explanation. */
  declared?: {
    renewableElectricityShare: number;
    thirdPartyVerifiedMaterialShare: number;
    recycledContentShare: number;
    traceability: Traceability;
  };
}

export interface PriorityAdjustmentInput {
  id: string;
  delta: number;
  reason: string;
}

export interface PriorityInput {
  /** The supplier's overall ESG score (0 when it has none). */
  esgScore: number;
  sustainability: SustainabilityInput;
  status: ProcurementStatus;
  overdueFindingCount: number;
  /** Already filtered to active (not expired, not revoked) and in the ranking's scope. */
  adjustments: PriorityAdjustmentInput[];
  /**
   * SPEC 11: the ranked category's recycled share from its recycled-content declarations; it
   * replaces the supplier-level recycledContentShare. Absent or null: that value counts.
   */
  recycledContent?: CategoryRecycledShare | null;
  /**
   * Issue 18: the traceability computed from the supply-chain maps; it replaces
   * `sustainability.traceability`. Absent or null: that value counts (pure callers).
   */
  traceability?: TraceabilityTerm | null;
}

export interface PriorityResult {
  /** 2 decimals, 0..100. */
  priorityScore: number;
  /** 0..100, 2 decimals. */
  materialScore: number;
  /** Lines whose points add up to `priorityScore` within 0.01. */
  explanation: ScoreLine[];
}

const TRACEABILITY_WORDS: Readonly<Record<Traceability, string>> = {
  [Traceability.NONE]: "none",
  [Traceability.TIER1]: "tier 1",
  [Traceability.TO_ORIGIN]: "to origin",
};

function materialLine(label: string, weight: number, value: number): ScoreLine {
  return {
    label: `${label} x ${formatNumber(weight)} x ${PRIORITY_MATERIAL_WEIGHT}`,
    points: weight * value,
  };
}

type ShareAttribute =
  | "renewableElectricityShare"
  | "thirdPartyVerifiedMaterialShare"
  | "recycledContentShare";

/** SPEC 11: says where a number came from, so a discounted value is visibly self-declared. */
function shareLabel(s: SustainabilityInput, attribute: ShareAttribute, name: string): string {
  const value = `${name} ${formatNumber(s[attribute])} %`;
  const basis = s.basis?.[attribute];
  if (basis === Basis.DECLARED && s.declared) {
    const declared = formatNumber(s.declared[attribute]);
    return `${value} (self-declared, not verified: ${declared} % x ${DECLARED_SHARE_FACTOR})`;
  }
  if (basis === Basis.NONE) return `${value} (nothing declared)`;
  if (basis === Basis.VERIFIED) return `${value} (verified)`;
  return value;
}

function traceabilityLabel(s: SustainabilityInput): string {
  const value = `Traceability ${TRACEABILITY_WORDS[s.traceability]} (${TRACEABILITY_POINTS[s.traceability]} points)`;
  const basis = s.basis?.traceability;
  if (basis === Basis.DECLARED && s.declared) {
    const declared = TRACEABILITY_WORDS[s.declared.traceability];
    return `${value}, self-declared, not verified: declared ${declared}, counted one level lower`;
  }
  if (basis === Basis.NONE) return `${value}, nothing declared`;
  if (basis === Basis.VERIFIED) return `${value}, verified`;
  return value;
}

/** Names the declaration, its element and months, and whether it was verified. */
function recycledPartLabel(part: CategoryRecycledSharePart): string {
  const d = part.declaration;
  const basis = d.verified
    ? "verified"
    : `self-declared, not verified: ${formatNumber(100 * d.recycledFraction)} % x ${DECLARED_SHARE_FACTOR}`;
  const line =
    `Recycled content ${d.element} ${formatNumber(part.countedShare)} % for the category ` +
    `(${basis}; recycled-content declaration ${d.id}, ${d.validFrom} to ${d.validTo})`;
  return part.weight === 1 ? line : `${line} x element mass share ${formatNumber(part.weight, 4)}`;
}

/** SPEC 11: one line per declaration counted, or the supplier-level value's line. */
function recycledLines(
  s: SustainabilityInput,
  category: CategoryRecycledShare | null | undefined,
): ScoreLine[] {
  const weight = MATERIAL_WEIGHTS.recycledContentShare;
  if (!category)
    return [
      materialLine(
        shareLabel(s, "recycledContentShare", "Recycled content"),
        weight,
        s.recycledContentShare,
      ),
    ];
  return category.parts.map((part) =>
    materialLine(recycledPartLabel(part), weight, part.weight * part.countedShare),
  );
}

function traceabilityLine(s: SustainabilityInput, term: TraceabilityTerm | null | undefined) {
  const w = MATERIAL_WEIGHTS.traceability;
  if (!term) return materialLine(traceabilityLabel(s), w, TRACEABILITY_POINTS[s.traceability]);
  const points = TRACEABILITY_POINTS[term.level];
  const label = `Traceability ${TRACEABILITY_WORDS[term.level]} (${points} points), ${term.source}`;
  return materialLine(label, w, points);
}

/** SPEC 8: material score lines, in material-score points (0..100 in total). */
function materialLines(
  s: SustainabilityInput,
  recycled: CategoryRecycledShare | null | undefined,
  traceability: TraceabilityTerm | null | undefined,
): ScoreLine[] {
  const w = MATERIAL_WEIGHTS;
  return [
    materialLine(
      shareLabel(s, "renewableElectricityShare", "Renewable electricity"),
      w.renewableElectricityShare,
      s.renewableElectricityShare,
    ),
    materialLine(
      shareLabel(s, "thirdPartyVerifiedMaterialShare", "Third-party verified material"),
      w.thirdPartyVerifiedMaterialShare,
      s.thirdPartyVerifiedMaterialShare,
    ),
    ...recycledLines(s, recycled),
    traceabilityLine(s, traceability),
  ];
}

/** SPEC 8: CONDITIONAL -10; -5 per overdue finding, -20 at most. */
function ruleLines(status: ProcurementStatus, overdueFindingCount: number): ScoreLine[] {
  const lines: ScoreLine[] = [];
  if (status === ProcurementStatus.CONDITIONAL) {
    lines.push({
      label: "Conditional procurement status",
      points: CONDITIONAL_PRIORITY_ADJUSTMENT,
    });
  }
  if (overdueFindingCount > 0) {
    const uncapped = OVERDUE_FINDING_PRIORITY_ADJUSTMENT * overdueFindingCount;
    const points = Math.max(uncapped, OVERDUE_FINDINGS_PRIORITY_ADJUSTMENT_LIMIT);
    const findings = countOf(overdueFindingCount, "overdue finding");
    const each = OVERDUE_FINDING_PRIORITY_ADJUSTMENT;
    lines.push({
      // Whole sentences, each a template of the Chinese catalog.
      label:
        points > uncapped
          ? `${findings} ${each} each, at most ${OVERDUE_FINDINGS_PRIORITY_ADJUSTMENT_LIMIT}`
          : `${findings} ${each} each`,
      points,
    });
  }
  return lines;
}

/**
 * SPEC 8: 0.6 x ESG score + 0.4 x material score + rule adjustments + manual adjustments,
 * clamped to 0-100. The explanation carries one line per component so it adds up to the score.
 */
export function computePriority(input: PriorityInput): PriorityResult {
  const material = materialLines(input.sustainability, input.recycledContent, input.traceability);
  const materialScore = material.reduce((sum, line) => sum + line.points, 0);
  const lines: ScoreLine[] = [
    {
      label: `ESG score ${formatNumber(input.esgScore)} x ${PRIORITY_ESG_WEIGHT}`,
      points: PRIORITY_ESG_WEIGHT * input.esgScore,
    },
    ...material.map((line) => ({
      ...line,
      points: PRIORITY_MATERIAL_WEIGHT * line.points,
    })),
    ...ruleLines(input.status, input.overdueFindingCount),
    ...input.adjustments.map((a) => ({
      label: `Manual adjustment: ${a.reason}`,
      points: a.delta,
    })),
  ];
  const raw = lines.reduce((sum, line) => sum + line.points, 0);
  const clamped = clamp(raw, PRIORITY_MIN, PRIORITY_MAX);
  // Only when clamping changes the number as shown, not for float noise like 100.0000000001.
  if (roundTo(clamped - raw, EXPLANATION_DECIMALS) !== 0) {
    lines.push({
      label: `Clamped to ${PRIORITY_MIN}-${PRIORITY_MAX}`,
      points: clamped - raw,
    });
  }
  return {
    priorityScore: roundTo(clamped, SCORE_DECIMALS),
    materialScore: roundTo(materialScore, SCORE_DECIMALS),
    explanation: lines.map((line) => ({
      label: line.label,
      points: roundTo(line.points, EXPLANATION_DECIMALS),
    })),
  };
}
