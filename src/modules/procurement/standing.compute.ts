import { Severity } from "../../shared/domain/audit.enums";
import { isOverdue, nextAuditDue } from "../scoring/deadlines";
import {
  effectiveSustainability,
  sustainabilityChangesAt,
  type EffectiveSustainability,
} from "../scoring/effective-sustainability";
import { computePriority, type PriorityResult } from "../scoring/priority";
import { computeProcurementStatus } from "../scoring/procurement-status";
import { STATUS_AUDIT_RECENCY_MONTHS } from "../scoring/scoring-policy";
import { computeSupplierScore, type SupplierScoreResult } from "../scoring/supplier-score";
import { addMonths } from "../../shared/time";
import { ProcurementStatus } from "../../shared/domain/procurement.enums";
import { ALL_CATEGORIES_SCOPE } from "./ranking-entry.entity";
import { declaredSustainabilityOf } from "../supplier/declared-sustainability";
import { categoryRecycledShare } from "../scoring/category-recycled-share";
import { traceabilityTerm } from "../scoring/map-traceability";
import {
  eliminateLines,
  rowFlags,
  type TargetSubstanceFlag,
} from "../scoring/target-substance-flags";
import type { StandingInputs } from "./standing-inputs";

export interface ComputedStanding {
  /** Null when the supplier has no evidence at all (no audit, no self-assessment). */
  score: SupplierScoreResult | null;
  /** What ranking uses: the computed score even without evidence (0, grade E). */
  rankingScore: SupplierScoreResult;
  status: ProcurementStatus;
  statusReasons: string[];
  openZeroToleranceCount: number;
  overdueFindingCount: number;
  lastCompletedAuditAt: Date | null;
  nextAuditDue: Date;
  nextChangeAt: Date | null;
  /** The sustainability values procurement uses (SPEC 11), with their basis. */
  sustainability: EffectiveSustainability;
  /**
   * Priority per ranking scope: all categories, and each category the supplier supplies, with
   * the target substances flagged there (a category's own declarations; every one for all).
   */
  priorities: Map<
    string,
    { result: PriorityResult; adjustmentIds: string[]; targetSubstances: TargetSubstanceFlag[] }
  >;
}

function startOfNextUtcDay(at: Date): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate() + 1));
}

/** Pure: the standing that `inputs` imply at `now`. Stored standings must equal this. */
export function computeStanding(inputs: StandingInputs, now: Date): ComputedStanding {
  const { supplier, latestAudit, latestSaq, openFindings, adjustments } = inputs;
  const sustainability = effectiveSustainability(
    declaredSustainabilityOf(supplier),
    inputs.verification,
    now,
  );
  const computedScore = computeSupplierScore({
    now,
    latestAudit: latestAudit && {
      auditId: latestAudit.id,
      completedAt: latestAudit.completedAt,
      areaScores: latestAudit.areaScores,
    },
    latestSaq: latestSaq && {
      selfAssessmentId: latestSaq.id,
      submittedAt: latestSaq.submittedAt,
      areaScores: latestSaq.areaScores,
    },
    thirdParty: inputs.thirdParty,
    openFindings: openFindings.map((f) => ({
      findingId: f.id,
      area: f.area,
      severity: f.severity,
    })),
  });
  // Issue 16: a declaration that contains an ELIMINATE target is flagged, without points.
  const rankingScore = {
    ...computedScore,
    explanation: [...computedScore.explanation, ...eliminateLines(inputs.targetSubstances)],
  };
  const score = latestAudit || latestSaq || inputs.thirdParty.length > 0 ? rankingScore : null;

  const overdue = openFindings.filter((f) => isOverdue(f.dueDate, false, now));
  const openZeroToleranceCount = openFindings.filter(
    (f) => f.severity === Severity.ZERO_TOLERANCE,
  ).length;
  const lastCompletedAuditAt = latestAudit?.completedAt ?? null;
  const { status, reasons } = computeProcurementStatus({
    sourcesFromProtectedArea: sustainability.sourcesFromProtectedArea,
    blockedByAdmin: supplier.blockedByAdmin,
    blockReason: supplier.blockReason,
    openZeroToleranceCount,
    overdueMajorOrZeroToleranceCount: overdue.filter(
      (f) => f.severity === Severity.MAJOR || f.severity === Severity.ZERO_TOLERANCE,
    ).length,
    lastCompletedAuditAt,
    grade: score?.grade ?? null,
    declarations: inputs.declarations,
    protectedAreaFlags: inputs.protectedAreaFlags,
    screeningHits: inputs.screening.hits,
    now,
  });

  const scopes = [ALL_CATEGORIES_SCOPE, ...inputs.categoryIds];
  const priorities = new Map(
    scopes.map((scope) => {
      const all = scope === ALL_CATEGORIES_SCOPE;
      const inScope = adjustments.filter((a) => a.categoryId === null || a.categoryId === scope);
      const targetSubstances = rowFlags(
        inputs.targetSubstances.filter((t) => all || t.categoryId === scope),
      );
      // Issue 17: a category's ranking counts its recycled-content declarations; the
      // all-categories ranking has no category, so the supplier-level value stays.
      const recycledContent = all
        ? null
        : categoryRecycledShare(inputs.recycledContent.filter((d) => d.categoryId === scope));
      // Issue 18: the map's computed traceability, not the self-declared value.
      const traceability = traceabilityTerm(
        inputs.traceability.filter((t) => all || t.categoryId === scope),
      );
      const priority = computePriority({
        esgScore: rankingScore.overall,
        sustainability,
        status,
        overdueFindingCount: overdue.length,
        adjustments: inScope.map((a) => ({ id: a.id, delta: a.delta, reason: a.reason })),
        recycledContent,
        traceability,
      });
      const result = {
        ...priority,
        explanation: [...priority.explanation, ...eliminateLines(targetSubstances)],
      };
      return [scope, { result, adjustmentIds: inScope.map((a) => a.id), targetSubstances }];
    }),
  );

  // The next moment time alone changes any of the above; the refresher recomputes then.
  const moments = [
    ...openFindings.flatMap((f) => (f.dueDate ? [startOfNextUtcDay(f.dueDate)] : [])),
    ...(score?.validUntil ? [score.validUntil] : []),
    ...(lastCompletedAuditAt ? [addMonths(lastCompletedAuditAt, STATUS_AUDIT_RECENCY_MONTHS)] : []),
    ...adjustments.flatMap((a) => (a.expiresAt ? [a.expiresAt] : [])),
    ...inputs.declarations.map((d) => d.validUntil),
    ...(inputs.recycledContentChangesAt ? [inputs.recycledContentChangesAt] : []),
    ...(inputs.screening.changesAt ? [inputs.screening.changesAt] : []),
    ...[sustainabilityChangesAt(inputs.verification, now)].flatMap((at) => (at ? [at] : [])),
  ].filter((moment) => moment.getTime() > now.getTime());
  const nextChangeAt =
    moments.length > 0 ? new Date(Math.min(...moments.map((m) => m.getTime()))) : null;

  return {
    score,
    rankingScore,
    status,
    statusReasons: reasons,
    openZeroToleranceCount,
    overdueFindingCount: overdue.length,
    lastCompletedAuditAt,
    nextAuditDue: nextAuditDue({
      lastCompletedAuditAt,
      grade: score?.grade ?? null,
      suspended: status === ProcurementStatus.SUSPENDED,
      neverAuditedSince: supplier.createdAt,
    }),
    nextChangeAt,
    sustainability,
    priorities,
  };
}
