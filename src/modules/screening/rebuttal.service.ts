import type { RequestContext } from "../../graphql/context";
import { aggregateOf, change, create, lockOrNotFound } from "../../database/change";
import { inTransaction } from "../../database/transaction";
import {
  badInput,
  forbidden,
  notFound,
  stateConflict,
  type FieldProblem,
} from "../../shared/errors";
import { nextState } from "../../shared/lifecycle";
import { isUuid, trimToNull } from "../../shared/text";
import { addMonths } from "../../shared/time";
import { AttachmentKind } from "../document/attachment-kind";
import { attachEvidence, evidenceFromInput } from "../document/evidence-links";
import { requireRole } from "../identity/access";
import { REBUTTAL_TRANSITIONS, type RebuttalAction } from "./rebuttal.lifecycle";
import { ScreeningHit } from "./screening-hit.entity";
import { ScreeningRebuttal } from "./screening-rebuttal.entity";
import { RebuttalStatus } from "./screening.enums";
import type { ScreeningRebuttalInput } from "./screening.inputs";
import { SCREENING_PERMISSIONS } from "./screening.permissions";
import {
  MAX_REBUTTAL_MONTHS,
  REBUTTAL_REASON_MIN_LENGTH,
  REBUTTAL_REJECTION_MIN_LENGTH,
} from "./screening.policy";
import { SCREENING_HIT } from "./screening.rescreen";

export const SCREENING_REBUTTAL = "ScreeningRebuttal";

const HITS = aggregateOf(ScreeningHit, SCREENING_HIT, { versioned: false, omit: [] });
const REBUTTALS = aggregateOf(ScreeningRebuttal, SCREENING_REBUTTAL, {
  versioned: true,
  omit: ["hit", "recordedBy", "decidedBy"],
});

/**
 * An admin's rebuttal of a hit, PENDING until a second person decides it. It needs a reason,
 * evidence (at least one uploaded document, links besides) and an expiry at most MAX_REBUTTAL_MONTHS ahead; one pending
 * rebuttal per hit at a time.
 */
export async function recordScreeningRebuttal(
  ctx: RequestContext,
  input: ScreeningRebuttalInput,
): Promise<ScreeningRebuttal> {
  const viewer = requireRole(ctx, ...SCREENING_PERMISSIONS.recordScreeningRebuttal);
  const now = ctx.clock.now();
  const problems: FieldProblem[] = [];
  const reason = input.reason.trim();
  if (reason.length < REBUTTAL_REASON_MIN_LENGTH)
    problems.push({
      path: "input.reason",
      message: `must have at least ${REBUTTAL_REASON_MIN_LENGTH} characters`,
    });
  // Evidence documents are required (issue 18): links may come with them, not instead.
  if (!input.evidence.some((e) => e.documentId))
    problems.push({
      path: "input.evidence",
      message:
        "give at least one uploaded document (POST /documents) the rebuttal rests on; links may be added",
    });
  const latest = addMonths(now, MAX_REBUTTAL_MONTHS);
  if (input.expiresAt.getTime() <= now.getTime())
    problems.push({ path: "input.expiresAt", message: "must be in the future" });
  else if (input.expiresAt.getTime() > latest.getTime())
    problems.push({
      path: "input.expiresAt",
      message: `must be at most ${MAX_REBUTTAL_MONTHS} months ahead (${latest.toISOString().slice(0, 10)})`,
    });
  if (problems.length > 0) throw badInput(problems);
  if (!isUuid(input.hitId)) throw notFound(SCREENING_HIT, input.hitId);
  return inTransaction(ctx, async (tx) => {
    const hit = await lockOrNotFound(tx, HITS, input.hitId);
    if (hit.clearedAt) throw stateConflict(`Hit ${hit.id} is cleared: there is nothing to rebut`);
    const pending = await tx.manager.findOneBy(ScreeningRebuttal, {
      hitId: hit.id,
      status: RebuttalStatus.PENDING,
    });
    if (pending)
      throw stateConflict(
        `Hit ${hit.id} already has a pending rebuttal (${pending.id}): approve or reject it first`,
      );
    const evidence = await evidenceFromInput(tx, input.evidence, "input.evidence", hit.supplierId);
    return create(
      tx,
      REBUTTALS,
      {
        hitId: hit.id,
        supplierId: hit.supplierId,
        reason,
        evidence,
        expiresAt: input.expiresAt,
        status: RebuttalStatus.PENDING,
        recordedById: viewer.userId,
        recordedAt: tx.now,
      },
      {
        action: "screeningRebuttal.recorded",
        alsoWrite: (id) =>
          attachEvidence(
            tx,
            { kind: AttachmentKind.SCREENING_REBUTTAL, subjectId: id, supplierId: hit.supplierId },
            evidence,
          ),
      },
    );
  });
}

async function decide(
  ctx: RequestContext,
  id: string,
  action: RebuttalAction,
  note: string | null,
): Promise<ScreeningRebuttal> {
  const viewer = requireRole(
    ctx,
    ...(action === "approve"
      ? SCREENING_PERMISSIONS.approveScreeningRebuttal
      : SCREENING_PERMISSIONS.rejectScreeningRebuttal),
  );
  if (!isUuid(id)) throw notFound(SCREENING_REBUTTAL, id);
  return inTransaction(ctx, async (tx) => {
    const decided = await change(tx, REBUTTALS, id, {
      action: action === "approve" ? "screeningRebuttal.approved" : "screeningRebuttal.rejected",
      check: (before) => {
        nextState(REBUTTAL_TRANSITIONS, SCREENING_REBUTTAL, before.status, action, viewer.role);
        // Four-eyes: the person who made the case never decides it.
        if (before.recordedById === viewer.userId)
          throw forbidden(
            `You recorded this rebuttal: another admin or a procurement user must ${action} it (four-eyes)`,
          );
        if (action === "approve" && before.expiresAt.getTime() <= tx.now.getTime())
          throw stateConflict(
            `Rebuttal ${before.id} expired on ${before.expiresAt.toISOString()}: reject it, and record a new one`,
          );
      },
      set: {
        status: action === "approve" ? RebuttalStatus.APPROVED : RebuttalStatus.REJECTED,
        decidedById: viewer.userId,
        decidedAt: tx.now,
        decisionNote: note,
      },
      recorded: (before, after) => ({
        before: { status: before.status },
        after: {
          status: after.status,
          decidedById: after.decidedById,
          decisionNote: after.decisionNote,
          expiresAt: after.expiresAt,
        },
      }),
    });
    // An approval lifts the hit from this commit; a rejection changes nothing, but is cheap.
    tx.touchSupplier(decided.supplierId, "SCREENING_CHANGED");
    return decided;
  });
}

/** Approves a pending rebuttal: by an admin or procurement user other than its recorder. */
export function approveScreeningRebuttal(
  ctx: RequestContext,
  id: string,
  note: string | null | undefined,
): Promise<ScreeningRebuttal> {
  return decide(ctx, id, "approve", trimToNull(note));
}

/** Rejects a pending rebuttal with a reason; it stays on the record, the hit stays open. */
export function rejectScreeningRebuttal(
  ctx: RequestContext,
  id: string,
  reason: string,
): Promise<ScreeningRebuttal> {
  const trimmed = reason.trim();
  if (trimmed.length < REBUTTAL_REJECTION_MIN_LENGTH)
    throw badInput([
      { path: "reason", message: `must have at least ${REBUTTAL_REJECTION_MIN_LENGTH} characters` },
    ]);
  return decide(ctx, id, "reject", trimmed);
}
