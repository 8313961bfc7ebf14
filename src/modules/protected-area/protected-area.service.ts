import type { RequestContext } from "../../graphql/context";
import { decodeCursor, pageSize, toConnection, type Connection } from "../../graphql/pagination";
import { inTransaction } from "../../database/transaction";
import { badInput, invalidTransition, notFound, type FieldProblem } from "../../shared/errors";
import { isUuid, trimToNull } from "../../shared/text";
import { AttachmentKind } from "../document/attachment-kind";
import { attachEvidence, evidenceFromInput } from "../document/evidence-links";
import type { EvidenceInput } from "../evidence/evidence";
import { requireRole, supplierScope } from "../identity/access";
import { ProtectedAreaFlag } from "./protected-area-flag.entity";
import { ProtectedAreaListVersion } from "./protected-area-list-version.entity";
import { ProtectedAreaList } from "./protected-area-list.entity";
import { FlagState } from "./protected-area.enums";
import {
  MAX_AREA_LISTS,
  MAX_AREA_LIST_VERSIONS_SHOWN,
  MAX_CLEARANCE_EVIDENCE,
  MAX_CLEARANCE_NOTE_LENGTH,
} from "./protected-area.limits";
import { PROTECTED_AREA_PERMISSIONS as P } from "./protected-area.permissions";

export const PROTECTED_AREA_FLAG = "ProtectedAreaFlag";

export async function listProtectedAreaLists(ctx: RequestContext): Promise<ProtectedAreaList[]> {
  requireRole(ctx, ...P.protectedAreaLists);
  return ctx.dataSource.manager.find(ProtectedAreaList, {
    order: { name: "ASC", id: "ASC" },
    take: MAX_AREA_LISTS,
  });
}

/** Newest first: the first is the version flags are checked against. */
export async function versionsOf(
  ctx: RequestContext,
  listId: string,
): Promise<ProtectedAreaListVersion[]> {
  return ctx.dataSource.manager.find(ProtectedAreaListVersion, {
    where: { listId },
    order: { version: "DESC" },
    take: MAX_AREA_LIST_VERSIONS_SHOWN,
  });
}

/**
 * Flags newest first. Staff see every supplier's (or one's); a supplier user sees only its
 * own, and another supplier's id answers an empty page.
 */
export async function listProtectedAreaFlags(
  ctx: RequestContext,
  filter: { supplierId?: string; state?: FlagState },
  first: number | undefined,
  after: string | undefined,
): Promise<Connection<ProtectedAreaFlag>> {
  const viewer = requireRole(ctx, ...P.protectedAreaFlags);
  const limit = pageSize(first);
  const query = ctx.dataSource.manager.createQueryBuilder(ProtectedAreaFlag, "f");
  const scope = supplierScope(viewer);
  if (scope) query.andWhere("f.supplier_id = :scope", { scope });
  if (filter.supplierId) {
    if (!isUuid(filter.supplierId)) return toConnection([], limit, 0, () => []);
    query.andWhere("f.supplier_id = :supplierId", { supplierId: filter.supplierId });
  }
  if (filter.state) query.andWhere("f.state = :state", { state: filter.state });
  const totalCount = await query.clone().getCount();
  if (after) {
    const [at, id] = decodeCursor(after, ["timestamp", "uuid"]);
    query.andWhere("(f.flagged_at, f.id) < (:at, :id)", { at, id });
  }
  const rows = await query
    .orderBy("f.flagged_at", "DESC")
    .addOrderBy("f.id", "DESC")
    .limit(limit + 1)
    .getMany();
  return toConnection(rows, limit, totalCount, (f) => [f.flaggedAt.toISOString(), f.id]);
}

function validateClearance(evidence: readonly EvidenceInput[], note: string): void {
  const problems: FieldProblem[] = [];
  if (evidence.length === 0)
    problems.push({
      path: "evidence",
      message: "needs at least one piece of evidence that the point does not source from the area",
    });
  if (evidence.length > MAX_CLEARANCE_EVIDENCE)
    problems.push({ path: "evidence", message: `at most ${MAX_CLEARANCE_EVIDENCE} references` });
  if (note.trim().length === 0) problems.push({ path: "note", message: "is required" });
  if (note.length > MAX_CLEARANCE_NOTE_LENGTH)
    problems.push({ path: "note", message: `at most ${MAX_CLEARANCE_NOTE_LENGTH} characters` });
  if (problems.length > 0) throw badInput(problems);
}

/**
 * An auditor or admin records that a flagged site or node does not source from the area, with
 * evidence: the flag is CLEARED and no longer blocks. Only an OPEN flag can be cleared.
 */
export async function clearProtectedAreaFlag(
  ctx: RequestContext,
  id: string,
  evidence: EvidenceInput[],
  note: string,
): Promise<ProtectedAreaFlag> {
  const viewer = requireRole(ctx, ...P.clearProtectedAreaFlag);
  validateClearance(evidence, note);
  if (!isUuid(id)) throw notFound(PROTECTED_AREA_FLAG, id);
  return inTransaction(ctx, async (tx) => {
    const flag = await tx.manager.findOne(ProtectedAreaFlag, {
      where: { id },
      lock: { mode: "pessimistic_write" },
    });
    if (!flag) throw notFound(PROTECTED_AREA_FLAG, id);
    if (flag.state !== FlagState.OPEN)
      throw invalidTransition(PROTECTED_AREA_FLAG, flag.state, "clear");
    const stored = await evidenceFromInput(tx, evidence, "evidence", flag.supplierId);
    await tx.manager.update(
      ProtectedAreaFlag,
      { id },
      {
        state: FlagState.CLEARED,
        clearedAt: tx.now,
        clearedById: viewer.userId,
        clearanceNote: trimToNull(note),
        evidence: stored,
      },
    );
    await attachEvidence(
      tx,
      {
        kind: AttachmentKind.PROTECTED_AREA_CLEARANCE,
        subjectId: id,
        supplierId: flag.supplierId,
      },
      stored,
    );
    await tx.record({
      action: "protected_area.flag_cleared",
      entityType: PROTECTED_AREA_FLAG,
      entityId: id,
      before: { state: flag.state },
      after: { state: FlagState.CLEARED, evidence: stored, note: trimToNull(note) },
    });
    tx.touchSupplier(flag.supplierId, "PROTECTED_AREA_CLEARED");
    return tx.manager.findOneByOrFail(ProtectedAreaFlag, { id });
  });
}
