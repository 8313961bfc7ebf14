import type { RequestContext } from "../../graphql/context";
import { translateExplanation, translateLines } from "../../shared/i18n/explanations";
import type { Locale } from "../../shared/i18n/locale";
import { gradeCaps, isScoreExpired } from "../scoring/supplier-score";
import type { GradeCapRule } from "../scoring/grade-cap.type";
import type { Supplier } from "../supplier/supplier.entity";
import type { ScoreSnapshot } from "./score-snapshot.entity";
import type { SupplierScore } from "./score.types";
import { computeStanding } from "./standing.compute";
import { loadStandingInputs } from "./standing-inputs";
import { SupplierStanding } from "./supplier-standing.entity";

/**
 * The stored standing; a supplier written before standings existed (or by a bulk load) gets
 * one computed on the fly until the refresher stores it.
 */
export async function standingOf(
  ctx: RequestContext,
  supplier: Supplier,
): Promise<SupplierStanding> {
  const stored = await ctx.loaders.standing.load(supplier.id);
  if (stored) return stored;
  const now = ctx.clock.now();
  const inputs = await loadStandingInputs(ctx.dataSource.manager, supplier.id, now, {
    lock: false,
  });
  const computed = computeStanding(inputs!, now);
  const score = computed.score;
  return Object.assign(new SupplierStanding(), {
    supplierId: supplier.id,
    scoreOverall: score?.overall ?? null,
    grade: score?.grade ?? null,
    scoreAreas: score?.areas ?? null,
    scoreExplanation: score?.explanation ?? null,
    scoreComputedAt: score ? now : null,
    scoreValidUntil: score?.validUntil ?? null,
    formulaVersion: score?.formulaVersion ?? null,
    status: computed.status,
    statusReasons: computed.statusReasons,
    openZeroToleranceCount: computed.openZeroToleranceCount,
    nextAuditDue: computed.nextAuditDue,
    computedAt: now,
  });
}

/** The stored score; its explanation and caps in `locale` (stored in English). */
export function scoreOf(
  standing: SupplierStanding,
  now: Date,
  locale: Locale = "en",
): SupplierScore | null {
  if (standing.scoreOverall === null || !standing.grade || !standing.scoreAreas) return null;
  // The stored grade stays the truth; the caps only explain it from the same stored inputs.
  const capped = gradeCaps(
    standing.scoreOverall,
    standing.scoreAreas,
    standing.openZeroToleranceCount ?? 0,
  );
  return {
    overall: standing.scoreOverall,
    grade: standing.grade,
    gradeFromScore: capped.gradeFromScore,
    gradeCaps: capped.caps.map((cap) => ({
      ...cap,
      rule: cap.rule as GradeCapRule,
      reason: translateExplanation(cap.reason, locale),
    })),
    computedAt: standing.scoreComputedAt ?? standing.computedAt,
    expired: isScoreExpired(standing.scoreValidUntil, now),
    validUntil: standing.scoreValidUntil,
    formulaVersion: standing.formulaVersion ?? "",
    areas: standing.scoreAreas.map((a) => ({ area: a.area, score: a.score, source: a.source })),
    explanation: translateLines(standing.scoreExplanation ?? [], locale),
  };
}

export function snapshotAreas(snapshot: ScoreSnapshot) {
  return snapshot.areas.map((a) => ({ area: a.area, score: a.score, source: a.source }));
}
