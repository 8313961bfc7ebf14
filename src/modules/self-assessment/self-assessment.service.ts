import { In } from "typeorm";
import type { RequestContext, Viewer } from "../../graphql/context";
import { inTransaction, type Tx } from "../../database/transaction";
import { badInput, notFound, stateConflict, staleVersion } from "../../shared/errors";
import { nextState } from "../../shared/lifecycle";
import { ChecklistItem } from "../checklist/checklist-item.entity";
import { Checklist } from "../checklist/checklist.entity";
import { ChecklistStatus } from "../../shared/domain/checklist.enums";
import { toEvidence } from "../evidence/evidence";
import { assertSupplierVisible, requireRole } from "../identity/access";
import { Supplier } from "../supplier/supplier.entity";
import { Answer } from "./answer.entity";
import { answerValue, submissionProblems, validateAnswers } from "./answer-validation";
import type { AnswerInput } from "./self-assessment.inputs";
import { SelfAssessment } from "./self-assessment.entity";
import { SelfAssessmentStatus } from "../../shared/domain/self-assessment.enums";
import {
  OPEN_STATUSES,
  SELF_ASSESSMENT_TRANSITIONS,
  type SelfAssessmentAction,
} from "./self-assessment.lifecycle";
import { SELF_ASSESSMENT_PERMISSIONS } from "./self-assessment.permissions";

const SELF_ASSESSMENT = "SelfAssessment";

/** Bounds one request; the default checklist has 40 items. */
export const MAX_ANSWERS_PER_SAVE = 500;

/** SPEC 5 leaves the length open; the column holds 2000 characters. */
export const RETURN_REASON_MAX_LENGTH = 2000;

function snapshot(saq: SelfAssessment): Record<string, unknown> {
  const { createdAt: _c, updatedAt: _u, supplier: _s, checklist: _l, ...own } = saq;
  return own;
}

type StoredAnswer = Pick<
  Answer,
  "itemId" | "choice" | "scale" | "number" | "text" | "comment" | "evidence"
>;

/** Answers keyed `answer.<CODE>` so the audit trail shows which item changed and how. */
function answersSnapshot(
  answers: readonly StoredAnswer[],
  codes: ReadonlyMap<string, string>,
): Record<string, unknown> {
  return Object.fromEntries(
    answers.map(({ itemId, choice, scale, number, text, comment, evidence }) => [
      `answer.${codes.get(itemId) ?? itemId}`,
      { choice, scale, number, text, comment, evidence },
    ]),
  );
}

function clean(text: string | null | undefined): string | null {
  const trimmed = text?.trim();
  return trimmed ? trimmed : null;
}

/** Drops this request's cached copies after a change, so the response shows the new state. */
function forget(ctx: RequestContext, saq: SelfAssessment): void {
  ctx.loaders.selfAssessment.clear(saq.id);
  ctx.loaders.answersBySelfAssessment.clear(saq.id);
  ctx.loaders.selfAssessmentsBySupplier.clear(saq.supplierId);
}

/** Locks the row so concurrent changes serialise; another supplier's SAQ is NOT_FOUND. */
async function lockVisible(tx: Tx, viewer: Viewer, id: string): Promise<SelfAssessment> {
  const saq = await tx.manager.findOne(SelfAssessment, {
    where: { id },
    lock: { mode: "pessimistic_write" },
  });
  if (!saq) throw notFound(SELF_ASSESSMENT, id);
  assertSupplierVisible(viewer, saq.supplierId, SELF_ASSESSMENT, id);
  return saq;
}

async function bump(tx: Tx, before: SelfAssessment, set: Partial<SelfAssessment> = {}) {
  await tx.manager.update(
    SelfAssessment,
    { id: before.id },
    { ...set, version: before.version + 1 },
  );
  return tx.manager.findOneByOrFail(SelfAssessment, { id: before.id });
}

export async function startSelfAssessment(
  ctx: RequestContext,
  supplierId: string,
  checklistId: string,
): Promise<SelfAssessment> {
  const viewer = requireRole(ctx, ...SELF_ASSESSMENT_PERMISSIONS.startSelfAssessment);
  assertSupplierVisible(viewer, supplierId);
  const created = await inTransaction(ctx, async (tx) => {
    const supplier = await tx.manager.findOneBy(Supplier, { id: supplierId });
    if (!supplier) throw notFound("Supplier", supplierId);
    if (supplier.archived)
      throw stateConflict(`Supplier ${supplierId} is archived; it cannot start a self-assessment`);
    // FOR SHARE: a concurrent retirement waits until this SAQ has started (or not).
    const checklist = await tx.manager.findOne(Checklist, {
      where: { id: checklistId },
      lock: { mode: "pessimistic_read" },
    });
    if (!checklist) throw notFound("Checklist", checklistId);
    if (checklist.status !== ChecklistStatus.PUBLISHED) {
      throw stateConflict(
        `Checklist ${checklistId} is ${checklist.status}; only a PUBLISHED checklist can be answered`,
      );
    }
    // Serialise starts per supplier and checklist so the one-open rule gives a readable error.
    await tx.manager.query("SELECT pg_advisory_xact_lock(hashtext($1))", [
      `saq-open:${supplierId}:${checklistId}`,
    ]);
    const open = await tx.manager.findOneBy(SelfAssessment, {
      supplierId,
      checklistId,
      status: In([...OPEN_STATUSES]),
    });
    if (open) {
      throw stateConflict(
        `Supplier ${supplierId} already has an open self-assessment on this checklist (${open.id}, ${open.status})`,
      );
    }
    const inserted = await tx.manager.insert(SelfAssessment, {
      supplierId,
      checklistId,
      status: SelfAssessmentStatus.DRAFT,
      version: 1,
      createdById: viewer.userId,
    });
    const id = inserted.identifiers[0].id as string;
    const saq = await tx.manager.findOneByOrFail(SelfAssessment, { id });
    await tx.record({
      action: "self_assessment.started",
      entityType: SELF_ASSESSMENT,
      entityId: id,
      after: snapshot(saq),
    });
    return saq;
  });
  forget(ctx, created);
  return created;
}

/**
 * SPEC 5: upserts any subset of answers. The batch is checked as a whole first, so one bad
 * answer saves nothing. `expectedVersion` (optional, SPEC 10) stops a second browser tab from
 * overwriting answers it never saw; every save bumps the version.
 */
export async function saveAnswers(
  ctx: RequestContext,
  id: string,
  answers: readonly AnswerInput[],
  expectedVersion?: number | null,
): Promise<SelfAssessment> {
  const viewer = requireRole(ctx, ...SELF_ASSESSMENT_PERMISSIONS.saveAnswers);
  if (answers.length === 0)
    throw badInput([{ path: "answers", message: "must contain at least one answer" }]);
  if (answers.length > MAX_ANSWERS_PER_SAVE) {
    throw badInput([
      { path: "answers", message: `must contain at most ${MAX_ANSWERS_PER_SAVE} answers` },
    ]);
  }
  const saved = await inTransaction(ctx, async (tx) => {
    const before = await lockVisible(tx, viewer, id);
    if (expectedVersion != null && before.version !== expectedVersion)
      throw staleVersion(SELF_ASSESSMENT, expectedVersion, before.version);
    nextState(SELF_ASSESSMENT_TRANSITIONS, SELF_ASSESSMENT, before.status, "edit", viewer.role);

    const items = await tx.manager.findBy(ChecklistItem, { checklistId: before.checklistId });
    const itemsById = new Map(items.map((item) => [item.id, item]));
    const problems = validateAnswers(
      answers,
      new Map(items.map((item) => [item.id, item.answerType])),
    );
    if (problems.length > 0) throw badInput(problems);

    const existing = await tx.manager.findBy(Answer, {
      selfAssessmentId: id,
      itemId: In(answers.map((answer) => answer.itemId)),
    });
    const existingByItem = new Map(existing.map((answer) => [answer.itemId, answer]));
    const rows = answers.map((input) => {
      const previous = existingByItem.get(input.itemId);
      const item = itemsById.get(input.itemId) as ChecklistItem;
      return {
        selfAssessmentId: id,
        itemId: input.itemId,
        ...answerValue(item.answerType, input),
        // Omitted means "keep": a client changing a choice need not resend the evidence.
        comment: input.comment === undefined ? (previous?.comment ?? null) : clean(input.comment),
        evidence:
          input.evidence === undefined
            ? (previous?.evidence ?? [])
            : (input.evidence ?? []).map(toEvidence),
        updatedAt: tx.now,
      };
    });
    await tx.manager.upsert(Answer, rows, ["selfAssessmentId", "itemId"]);
    const after = await bump(tx, before);

    const codes = new Map(items.map((item) => [item.id, item.code]));
    await tx.record({
      action: "self_assessment.answers_saved",
      entityType: SELF_ASSESSMENT,
      entityId: id,
      before: { version: before.version, ...answersSnapshot(existing, codes) },
      after: { version: after.version, ...answersSnapshot(rows, codes) },
    });
    return after;
  });
  forget(ctx, saved);
  return saved;
}

async function step(
  ctx: RequestContext,
  id: string,
  action: Exclude<SelfAssessmentAction, "edit">,
  change: (tx: Tx, before: SelfAssessment, to: SelfAssessmentStatus) => Promise<SelfAssessment>,
): Promise<SelfAssessment> {
  const viewer = requireRole(
    ctx,
    ...SELF_ASSESSMENT_PERMISSIONS[`${action}SelfAssessment` as const],
  );
  const after = await inTransaction(ctx, async (tx) => {
    const before = await lockVisible(tx, viewer, id);
    const to = nextState(
      SELF_ASSESSMENT_TRANSITIONS,
      SELF_ASSESSMENT,
      before.status,
      action,
      viewer.role,
    );
    const changed = await change(tx, before, to);
    await tx.record({
      action: `self_assessment.${to.toLowerCase()}`,
      entityType: SELF_ASSESSMENT,
      entityId: id,
      before: snapshot(before),
      after: snapshot(changed),
    });
    return changed;
  });
  forget(ctx, after);
  return after;
}

/**
 * SPEC 5: refused with every unanswered item and every evidenceRequired item without evidence
 * listed at once. The supplier's score is recomputed in the same transaction (SPEC 7).
 */
export function submitSelfAssessment(ctx: RequestContext, id: string): Promise<SelfAssessment> {
  return step(ctx, id, "submit", async (tx, before, to) => {
    const items = await tx.manager.find(ChecklistItem, {
      where: { checklistId: before.checklistId },
      order: { order: "ASC" },
    });
    const answers = await tx.manager.findBy(Answer, { selfAssessmentId: id });
    const problems = submissionProblems(items, answers);
    if (problems.length > 0) {
      throw badInput(
        problems,
        `${SELF_ASSESSMENT} ${id} cannot be submitted: ${problems.length} item(s) incomplete`,
      );
    }
    const after = await bump(tx, before, { status: to, submittedAt: tx.now });
    tx.touchSupplier(after.supplierId, "SELF_ASSESSMENT_SUBMITTED");
    return after;
  });
}

/** SPEC 5: back to the supplier with a reason; it edits and resubmits. */
export async function returnSelfAssessment(
  ctx: RequestContext,
  id: string,
  reason: string,
): Promise<SelfAssessment> {
  requireRole(ctx, ...SELF_ASSESSMENT_PERMISSIONS.returnSelfAssessment);
  const trimmed = reason.trim();
  if (trimmed.length === 0)
    throw badInput([{ path: "reason", message: "must say what the supplier should change" }]);
  if (trimmed.length > RETURN_REASON_MAX_LENGTH) {
    throw badInput([
      { path: "reason", message: `must be at most ${RETURN_REASON_MAX_LENGTH} characters` },
    ]);
  }
  return step(ctx, id, "return", async (tx, before, to) => {
    const after = await bump(tx, before, { status: to, returnReason: trimmed });
    // A returned SAQ stops counting as a score source until it is resubmitted.
    tx.touchSupplier(after.supplierId, "SELF_ASSESSMENT_RETURNED");
    return after;
  });
}

/** SPEC 5: the auditor accepts the answers; a reviewed SAQ is final. */
export function reviewSelfAssessment(ctx: RequestContext, id: string): Promise<SelfAssessment> {
  return step(ctx, id, "review", async (tx, before, to) => {
    const after = await bump(tx, before, { status: to, reviewedAt: tx.now });
    tx.touchSupplier(after.supplierId, "SELF_ASSESSMENT_REVIEWED");
    return after;
  });
}
