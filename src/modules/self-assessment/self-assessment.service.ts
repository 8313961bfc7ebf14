import { In, type ObjectLiteral } from "typeorm";
import type { RequestContext, Viewer } from "../../graphql/context";
import type { QueryDeepPartialEntity } from "typeorm/query-builder/QueryPartialEntity";
import { advisoryLock, change, create, lockOrNotFound } from "../../database/change";
import { insertStatement } from "../../database/insert";
import { hydrated, rowsWhere } from "../../database/rows";
import { inTransaction, type Tx } from "../../database/transaction";
import {
  badInput,
  ConflictReason,
  DomainError,
  ErrorCode,
  notFound,
  stateConflict,
  staleVersion,
} from "../../shared/errors";
import { RETURN_REASON_MAX_LENGTH } from "../../shared/reason-policy";
import { trimToNull } from "../../shared/text";
import { nextState } from "../../shared/lifecycle";
import { ChecklistItem } from "../checklist/checklist-item.entity";
import { checklistItems } from "../checklist/frozen-items";
import { Checklist } from "../checklist/checklist.entity";
import { ChecklistStatus } from "../../shared/domain/checklist.enums";
import { AttachmentKind } from "../document/attachment-kind";
import { attachEvidence, evidenceListsFromInput } from "../document/evidence-links";
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
import { SELF_ASSESSMENT, SELF_ASSESSMENTS } from "./self-assessment.repository";
import type { RecomputeCause } from "../../shared/domain/recompute-cause";
import { SELF_ASSESSMENT_PERMISSIONS } from "./self-assessment.permissions";
import { notifySelfAssessmentStep } from "./self-assessment.notifications";

/** Bounds one request; the default checklist has 40 items. */
export const MAX_ANSWERS_PER_SAVE = 500;

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

/** Drops this request's cached copies after a change, so the response shows the new state. */
function forget(ctx: RequestContext, saq: SelfAssessment): void {
  ctx.loaders.selfAssessment.clear(saq.id);
  ctx.loaders.answersBySelfAssessment.clear(saq.id);
  ctx.loaders.selfAssessmentsBySupplier.clear(saq.supplierId);
}

/** Locks the row so concurrent changes serialise; another supplier's SAQ is NOT_FOUND. */
async function lockVisible(tx: Tx, viewer: Viewer, id: string): Promise<SelfAssessment> {
  const saq = await lockOrNotFound(tx, SELF_ASSESSMENTS, id);
  assertSupplierVisible(viewer, saq.supplierId, SELF_ASSESSMENT, id);
  return saq;
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
      throw stateConflict(`${supplier.name} is archived: it cannot start a self-assessment`);
    // FOR SHARE: a concurrent retirement waits until this SAQ has started (or not).
    const checklist = await tx.manager.findOne(Checklist, {
      where: { id: checklistId },
      lock: { mode: "pessimistic_read" },
    });
    if (!checklist) throw notFound("Checklist", checklistId);
    if (checklist.status !== ChecklistStatus.PUBLISHED) {
      throw stateConflict(
        `${checklist.name} version ${checklist.version} is ${checklist.status === ChecklistStatus.DRAFT ? "a draft" : "retired"}: only a published checklist can be answered`,
      );
    }
    // Serialise starts per supplier and checklist so the one-open rule gives a readable error.
    await advisoryLock(tx, `saq-open:${supplierId}:${checklistId}`);
    const open = await tx.manager.findOneBy(SelfAssessment, {
      supplierId,
      checklistId,
      status: In([...OPEN_STATUSES]),
    });
    // SPEC 5: one open SAQ per supplier and checklist. The client links to the one in the way.
    if (open) {
      throw new DomainError(
        ErrorCode.CONFLICT,
        open.status === SelfAssessmentStatus.RETURNED
          ? "You already have a self-assessment in progress for this checklist: it was returned to you for changes"
          : "You already have a self-assessment in progress for this checklist",
        undefined,
        ConflictReason.INVALID_TRANSITION,
        { openSelfAssessmentId: open.id },
      );
    }
    return create(
      tx,
      SELF_ASSESSMENTS,
      {
        supplierId,
        checklistId,
        status: SelfAssessmentStatus.DRAFT,
        version: 1,
        createdById: viewer.userId,
      },
      { action: "self_assessment.started" },
    );
  });
  forget(ctx, created);
  return created;
}

/** The answers as stored (one statement, returning the rows), on the (SAQ, item) key. */
async function upsertAnswers(tx: Tx, rows: QueryDeepPartialEntity<Answer>[]): Promise<Answer[]> {
  const statement = insertStatement(tx.manager, Answer, rows as ObjectLiteral[], {
    conflict: ["selfAssessmentId", "itemId"],
  });
  if (!statement) throw new Error("an answer row the upsert cannot write");
  const raw = (await tx.manager.query(statement.sql, statement.params)) as Record<
    string,
    unknown
  >[];
  return raw.map((row) => hydrated(tx.manager, Answer, row));
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
  let items: ChecklistItem[] = [];
  let answersAfter: Answer[] = [];
  const saved = await inTransaction(ctx, async (tx) => {
    const before = await lockVisible(tx, viewer, id);
    if (expectedVersion != null && before.version !== expectedVersion)
      throw staleVersion(SELF_ASSESSMENT, expectedVersion, before.version);
    nextState(SELF_ASSESSMENT_TRANSITIONS, SELF_ASSESSMENT, before.status, "edit", viewer.role);

    // In itemsByChecklist's order: the response's completion reads them from there.
    items = await checklistItems(tx.manager, before.checklistId);
    const itemsById = new Map(items.map((item) => [item.id, item]));
    const problems = validateAnswers(
      answers,
      new Map(items.map((item) => [item.id, item.answerType])),
    );
    if (problems.length > 0) throw badInput(problems);

    // Every answer, so the evidence cited after the save is known without reading them again.
    const stored = await rowsWhere(tx.manager, Answer, "self_assessment_id = $1", [id]);
    const saving = new Set(answers.map((answer) => answer.itemId));
    const existing = stored.filter((answer) => saving.has(answer.itemId));
    const existingByItem = new Map(existing.map((answer) => [answer.itemId, answer]));
    const evidence = await evidenceListsFromInput(
      tx,
      answers.map((input, index) => ({
        inputs: input.evidence,
        path: `answers.${index}.evidence`,
      })),
      before.supplierId,
    );
    const rows = answers.map((input, index) => {
      const previous = existingByItem.get(input.itemId);
      const item = itemsById.get(input.itemId) as ChecklistItem;
      return {
        selfAssessmentId: id,
        itemId: input.itemId,
        ...answerValue(item.answerType, input),
        // Omitted means "keep": a client changing a choice need not resend the evidence.
        comment:
          input.comment === undefined ? (previous?.comment ?? null) : trimToNull(input.comment),
        evidence: input.evidence === undefined ? (previous?.evidence ?? []) : evidence[index],
        updatedAt: tx.now,
      };
    });
    const codes = new Map(items.map((item) => [item.id, item.code]));
    const upserted = await upsertAnswers(tx, rows);
    // The questionnaire links exactly the documents its answers now cite: none before and
    // none now leaves nothing to change.
    const kept = stored.filter((answer) => !saving.has(answer.itemId));
    const cited = [...kept, ...rows].flatMap((answer) => answer.evidence);
    const citedBefore = stored.some((answer) => answer.evidence.some((e) => e.documentId));
    if (citedBefore || cited.some((e) => e.documentId))
      await attachEvidence(
        tx,
        { kind: AttachmentKind.SELF_ASSESSMENT, subjectId: id, supplierId: before.supplierId },
        cited,
      );
    const position = new Map(items.map((item, index) => [item.id, index]));
    answersAfter = [...kept, ...upserted].sort(
      (a, b) =>
        (position.get(a.itemId) ?? 0) - (position.get(b.itemId) ?? 0) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
    return change(tx, SELF_ASSESSMENTS, before, {
      action: "self_assessment.answers_saved",
      set: {},
      recorded: (_, after) => ({
        before: { version: before.version, ...answersSnapshot(existing, codes) },
        after: { version: after.version, ...answersSnapshot(rows, codes) },
      }),
    });
  });
  forget(ctx, saved);
  // The response's completion reads what was just written, not the database again.
  ctx.loaders.itemsByChecklist.prime(saved.checklistId, items);
  ctx.loaders.answersBySelfAssessment.prime(saved.id, answersAfter);
  return saved;
}

async function step(
  ctx: RequestContext,
  id: string,
  action: Exclude<SelfAssessmentAction, "edit">,
  cause: RecomputeCause,
  prepare: (
    tx: Tx,
    before: SelfAssessment,
    to: SelfAssessmentStatus,
  ) => Promise<Partial<SelfAssessment>>,
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
    const set = await prepare(tx, before, to);
    const changed = await change(tx, SELF_ASSESSMENTS, before, {
      action: `self_assessment.${to.toLowerCase()}`,
      set: { ...set, status: to },
    });
    tx.touchSupplier(changed.supplierId, cause);
    await notifySelfAssessmentStep(tx, changed);
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
  return step(ctx, id, "submit", "SELF_ASSESSMENT_SUBMITTED", async (tx, before) => {
    const items = await checklistItems(tx.manager, before.checklistId);
    const answers = await rowsWhere(tx.manager, Answer, "self_assessment_id = $1", [id]);
    const problems = submissionProblems(items, answers);
    if (problems.length > 0) {
      throw badInput(
        problems,
        `${SELF_ASSESSMENT} ${id} cannot be submitted: ${problems.length} item(s) incomplete`,
      );
    }
    return { submittedAt: tx.now };
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
  // A returned SAQ stops counting as a score source until it is resubmitted.
  return step(ctx, id, "return", "SELF_ASSESSMENT_RETURNED", async () => ({
    returnReason: trimmed,
  }));
}

/** SPEC 5: the auditor accepts the answers; a reviewed SAQ is final. */
export function reviewSelfAssessment(ctx: RequestContext, id: string): Promise<SelfAssessment> {
  return step(ctx, id, "review", "SELF_ASSESSMENT_REVIEWED", async (tx) => ({
    reviewedAt: tx.now,
  }));
}
