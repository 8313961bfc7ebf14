import type { RequestContext } from "../../graphql/context";
import { inTransaction, type Tx } from "../../database/transaction";
import { badInput, notFound, stateConflict } from "../../shared/errors";
import { AttachmentKind } from "../document/attachment-kind";
import { attachEvidence, evidenceFromInput } from "../document/evidence-links";
import { MAX_EVIDENCE_ITEMS, type EvidenceInput } from "../evidence/evidence";
import { requireRole, requireViewer } from "../identity/access";
import { assertAuditVisible, assertLeadAuditor } from "./audit.access";
import { Audit } from "./audit.entity";
import {
  AuditStatus,
  CorrectiveActionStatus,
  FindingStatus,
  Severity,
} from "../../shared/domain/audit.enums";
import { requiredText, trimToNull } from "../../shared/text";
import { change, create, lockOrNotFound } from "../../database/change";
import { FINDING, FINDINGS } from "./audit.repository";
import { appendHistory, CAP, CORRECTIVE_ACTIONS } from "./corrective-action.repository";
import { targetDateProblems } from "./date-policy";
import { CorrectiveAction } from "./corrective-action.entity";
import type { CorrectiveActionInput } from "./corrective-action.inputs";
import { NO_PLAN, nextCapState, type CapAction } from "./corrective-action.lifecycle";
import { Finding } from "./finding.entity";
import { AUDIT_PERMISSIONS } from "./audit.permissions";
import { notifyCapStep } from "./audit.notifications";

interface Locked {
  finding: Finding;
  audit: Audit;
  plan: CorrectiveAction | null;
}

/**
 * Locks a finding and then its plan, always in that order so concurrent proposals and reviews
 * of one finding queue up instead of deadlocking. A supplier reaches only its own findings of
 * completed audits; anything else is NOT_FOUND under the name the caller used.
 */
async function lockFinding(tx: Tx, findingId: string, entity: string, id: string): Promise<Locked> {
  const viewer = requireViewer(tx.ctx);
  const finding = await lockOrNotFound(tx, FINDINGS, findingId, () => notFound(entity, id));
  const audit = await tx.manager.findOneBy(Audit, { id: finding.auditId });
  assertAuditVisible(viewer, audit, id, entity);
  const plan = await tx.manager.findOne(CorrectiveAction, {
    where: { findingId },
    lock: { mode: "pessimistic_write" },
  });
  return { finding, audit, plan };
}

async function lockPlan(tx: Tx, id: string): Promise<Locked & { plan: CorrectiveAction }> {
  const found = await tx.manager.findOneBy(CorrectiveAction, { id });
  if (!found) throw notFound(CAP, id);
  const locked = await lockFinding(tx, found.findingId, CAP, id);
  return { ...locked, plan: locked.plan! };
}

/** One lifecycle step: the new state and fields, a history row and an audit-trail event. */
async function move(
  tx: Tx,
  before: CorrectiveAction,
  action: CapAction,
  set: Partial<CorrectiveAction>,
  comment: string | null,
): Promise<CorrectiveAction> {
  const viewer = requireViewer(tx.ctx);
  const status = nextCapState(before.status, action, viewer.role);
  return change(tx, CORRECTIVE_ACTIONS, before, {
    action: `corrective_action.${action}`,
    set: { ...set, status },
    alsoWrite: () => appendHistory(tx, before.id, before.status, status, comment),
    recorded: (_, after) => ({
      before: CORRECTIVE_ACTIONS.snapshot(before),
      after: { ...CORRECTIVE_ACTIONS.snapshot(after), ...(comment ? { comment } : {}) },
    }),
  });
}

/** A finding's first plan, with its first history row. */
function createPlan(
  tx: Tx,
  findingId: string,
  status: CorrectiveActionStatus,
  fields: Pick<CorrectiveAction, "rootCause" | "actions" | "owner" | "targetDate">,
): Promise<CorrectiveAction> {
  return create(
    tx,
    CORRECTIVE_ACTIONS,
    { findingId, status, ...fields, implementationEvidence: [], version: 1 },
    {
      action: "corrective_action.propose",
      alsoWrite: (id) => appendHistory(tx, id, null, status, null),
    },
  );
}

export async function proposeCorrectiveAction(
  ctx: RequestContext,
  findingId: string,
  input: CorrectiveActionInput,
): Promise<CorrectiveAction> {
  const viewer = requireRole(ctx, ...AUDIT_PERMISSIONS.proposeCorrectiveAction);
  const fields = {
    rootCause: requiredText(input.rootCause, "input.rootCause"),
    actions: requiredText(input.actions, "input.actions"),
    owner: requiredText(input.owner, "input.owner", 200),
    targetDate: input.targetDate,
  };
  const targetProblems = targetDateProblems(input.targetDate, ctx.clock.now(), "input.targetDate");
  if (targetProblems.length > 0) throw badInput(targetProblems);
  return inTransaction(ctx, async (tx) => {
    const { finding, audit, plan } = await lockFinding(tx, findingId, FINDING, findingId);
    if (audit.status !== AuditStatus.COMPLETED) {
      throw stateConflict(`Audit ${audit.id} is ${audit.status}; plans follow its completion`);
    }
    if (finding.status === FindingStatus.WITHDRAWN) {
      throw stateConflict(
        "This finding was withdrawn before the audit completed; it needs no plan",
      );
    }
    if (finding.severity === Severity.OBSERVATION) {
      throw badInput([
        { path: "findingId", message: "is an OBSERVATION, which needs no corrective action" },
      ]);
    }
    const proposed = plan
      ? await move(tx, plan, "propose", { ...fields, implementationEvidence: [] }, null)
      : await createPlan(tx, findingId, nextCapState(NO_PLAN, "propose", viewer.role), fields);
    await notifyCapStep(tx, "propose", proposed, finding, audit, null);
    return proposed;
  });
}

export async function reviewCorrectiveAction(
  ctx: RequestContext,
  id: string,
  accept: boolean,
  comment: string | null | undefined,
): Promise<CorrectiveAction> {
  const viewer = requireRole(ctx, ...AUDIT_PERMISSIONS.reviewCorrectiveAction);
  const note = accept ? trimToNull(comment) : requiredText(comment, "comment");
  return inTransaction(ctx, async (tx) => {
    const { audit, plan, finding } = await lockPlan(tx, id);
    assertLeadAuditor(viewer, audit);
    const action = accept ? "accept" : "reject";
    const reviewed = await move(tx, plan, action, {}, note);
    await notifyCapStep(tx, action, reviewed, finding, audit, note);
    return reviewed;
  });
}

export async function markCorrectiveActionImplemented(
  ctx: RequestContext,
  id: string,
  evidence: EvidenceInput[],
): Promise<CorrectiveAction> {
  requireRole(ctx, ...AUDIT_PERMISSIONS.markCorrectiveActionImplemented);
  if (evidence.length === 0) {
    throw badInput([{ path: "evidence", message: "must contain at least one piece of evidence" }]);
  }
  if (evidence.length > MAX_EVIDENCE_ITEMS) {
    throw badInput([
      {
        path: "evidence",
        message: `must contain at most ${MAX_EVIDENCE_ITEMS} pieces of evidence`,
      },
    ]);
  }
  return inTransaction(ctx, async (tx) => {
    const { plan, finding, audit } = await lockPlan(tx, id);
    const stored = await evidenceFromInput(tx, evidence, "evidence", finding.supplierId);
    const moved = await move(tx, plan, "implement", { implementationEvidence: stored }, null);
    await notifyCapStep(tx, "implement", moved, finding, audit, null);
    await attachEvidence(
      tx,
      {
        kind: AttachmentKind.CORRECTIVE_ACTION,
        subjectId: plan.id,
        supplierId: finding.supplierId,
      },
      stored,
    );
    return moved;
  });
}

/** Effective: VERIFIED, and the finding closes. Not effective: back to ACCEPTED, with the reason. */
export async function verifyCorrectiveAction(
  ctx: RequestContext,
  id: string,
  effective: boolean,
  comment: string | null | undefined,
): Promise<CorrectiveAction> {
  const viewer = requireRole(ctx, ...AUDIT_PERMISSIONS.verifyCorrectiveAction);
  const note = effective ? trimToNull(comment) : requiredText(comment, "comment");
  return inTransaction(ctx, async (tx) => {
    const { finding, audit, plan } = await lockPlan(tx, id);
    assertLeadAuditor(viewer, audit);
    const action = effective ? "verify" : "reopen";
    const after = await move(tx, plan, action, {}, note);
    await notifyCapStep(tx, action, after, finding, audit, note);
    if (effective) {
      await change(tx, FINDINGS, finding, {
        action: "finding.closed",
        set: { status: FindingStatus.CLOSED, closedAt: tx.now },
      });
      tx.touchSupplier(finding.supplierId, "CORRECTIVE_ACTION_VERIFIED");
    }
    return after;
  });
}
