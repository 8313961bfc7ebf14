import type { RequestContext } from "../../graphql/context";
import { notFound } from "../../shared/errors";
import { assertSupplierVisible, requireViewer, supplierScope } from "../identity/access";
import type { AreaScore } from "../scoring/area-score.type";
import { SelfAssessment } from "./self-assessment.entity";
import { completion, selfAssessmentAreaScores, toAreaScoreRows } from "./self-assessment.scores";

const SELF_ASSESSMENT = "SelfAssessment";

/** Reads: every role, a supplier user only its own supplier's (SPEC 1). */
export async function findSelfAssessment(ctx: RequestContext, id: string): Promise<SelfAssessment> {
  const viewer = requireViewer(ctx);
  const saq = await ctx.loaders.selfAssessment.load(id);
  if (!saq) throw notFound(SELF_ASSESSMENT, id);
  assertSupplierVisible(viewer, saq.supplierId, SELF_ASSESSMENT, id);
  return saq;
}

/** Supplier.selfAssessments, newest first; a supplier user sees only its own supplier's. */
export async function listSupplierSelfAssessments(
  ctx: RequestContext,
  supplierId: string,
): Promise<SelfAssessment[]> {
  const scope = supplierScope(requireViewer(ctx));
  if (scope !== null && scope !== supplierId) return [];
  return ctx.loaders.selfAssessmentsBySupplier.load(supplierId);
}

export async function completionOf(ctx: RequestContext, saq: SelfAssessment): Promise<number> {
  const [items, answers] = await Promise.all([
    ctx.loaders.itemsByChecklist.load(saq.checklistId),
    ctx.loaders.answersBySelfAssessment.load(saq.id),
  ]);
  return completion(items, answers);
}

export async function areaScoresOf(ctx: RequestContext, saq: SelfAssessment): Promise<AreaScore[]> {
  const [items, answers] = await Promise.all([
    ctx.loaders.itemsByChecklist.load(saq.checklistId),
    ctx.loaders.answersBySelfAssessment.load(saq.id),
  ]);
  return toAreaScoreRows(selfAssessmentAreaScores(items, answers));
}

/**
 * "SAQ-3": the supplier's third self-assessment by start, so two on the same checklist can be
 * told apart in every list. Stable: self-assessments are never deleted.
 */
export async function referenceOf(ctx: RequestContext, saq: SelfAssessment): Promise<string> {
  const all = await ctx.loaders.selfAssessmentsBySupplier.load(saq.supplierId);
  const earlier = all.filter(
    (other) =>
      other.createdAt.getTime() < saq.createdAt.getTime() ||
      (other.createdAt.getTime() === saq.createdAt.getTime() && other.id < saq.id),
  );
  return `SAQ-${earlier.length + 1}`;
}
