import type { RequestContext } from "../../graphql/context";
import { inTransaction } from "../../database/transaction";
import { decodeCursor, pageSize, toConnection, type Connection } from "../../graphql/pagination";
import { badInput, conflict, notFound, type FieldProblem } from "../../shared/errors";
import { trimToNull } from "../../shared/text";
import { isUuid } from "../../shared/text";
import { requireRole } from "../identity/access";
import { monthStart } from "./month";
import { PurchaseRecord } from "./purchase-record.entity";
import type { CreatePurchaseInput, PurchaseFilterArgs } from "./recycled-content.inputs";
import { MAX_NOTE_LENGTH } from "./recycled-content.limits";
import { RECYCLED_CONTENT_PERMISSIONS } from "./recycled-content.permissions";

const PURCHASE = "PurchaseRecord";

export async function createPurchase(
  ctx: RequestContext,
  input: CreatePurchaseInput,
): Promise<PurchaseRecord> {
  const viewer = requireRole(ctx, ...RECYCLED_CONTENT_PERMISSIONS.createPurchase);
  const period = monthStart(input.period)!;
  const reference = trimToNull(input.reference);
  return inTransaction(ctx, async (tx) => {
    await tx.manager.query("SELECT pg_advisory_xact_lock(hashtext('purchase_record'))");
    const problems: FieldProblem[] = [];
    const [supplier] = (await tx.manager.query(`SELECT 1 FROM supplier WHERE id = $1`, [
      input.supplierId,
    ])) as unknown[];
    if (!supplier) problems.push({ path: "input.supplierId", message: "is not a supplier" });
    const [category] = (await tx.manager.query(`SELECT 1 FROM material_category WHERE id = $1`, [
      input.categoryId,
    ])) as unknown[];
    if (!category)
      problems.push({ path: "input.categoryId", message: "is not a material category" });
    if (reference && (await tx.manager.existsBy(PurchaseRecord, { reference })))
      problems.push({
        path: "input.reference",
        message: "is already saved (a purchase is counted once)",
      });
    if (problems.length > 0) throw badInput(problems);
    const inserted = await tx.manager.insert(PurchaseRecord, {
      supplierId: input.supplierId,
      categoryId: input.categoryId,
      period,
      quantityKg: input.quantityKg,
      reference,
      createdById: viewer.userId,
      createdAt: tx.now,
      sourceDocumentId: null,
      voidedAt: null,
      voidedById: null,
      voidReason: null,
    });
    const id = inserted.identifiers[0].id as string;
    const after = await tx.manager.findOneByOrFail(PurchaseRecord, { id });
    await tx.record({
      action: "purchase.created",
      entityType: PURCHASE,
      entityId: id,
      after: {
        supplierId: after.supplierId,
        categoryId: after.categoryId,
        period,
        quantityKg: after.quantityKg,
        reference,
      },
    });
    return after;
  });
}

/** A void is the correction: the record stays, with who voided it, when and why. */
export async function voidPurchase(
  ctx: RequestContext,
  id: string,
  reason: string,
): Promise<PurchaseRecord> {
  const viewer = requireRole(ctx, ...RECYCLED_CONTENT_PERMISSIONS.voidPurchase);
  const why = reason.trim();
  if (why.length < 5 || why.length > MAX_NOTE_LENGTH)
    throw badInput([{ path: "reason", message: `must be 5 to ${MAX_NOTE_LENGTH} characters` }]);
  if (!isUuid(id)) throw notFound(PURCHASE, id);
  return inTransaction(ctx, async (tx) => {
    const [locked] = (await tx.manager.query(
      `SELECT id FROM purchase_record WHERE id = $1 FOR UPDATE`,
      [id],
    )) as unknown[];
    if (!locked) throw notFound(PURCHASE, id);
    const before = await tx.manager.findOneByOrFail(PurchaseRecord, { id });
    if (before.voidedAt) throw conflict("This purchase is already voided");
    await tx.manager.update(
      PurchaseRecord,
      { id },
      { voidedAt: tx.now, voidedById: viewer.userId, voidReason: why },
    );
    const after = await tx.manager.findOneByOrFail(PurchaseRecord, { id });
    await tx.record({
      action: "purchase.voided",
      entityType: PURCHASE,
      entityId: id,
      before: { voidedAt: null },
      after: { voidedAt: after.voidedAt, voidReason: why },
    });
    return after;
  });
}

/** Newest month first, then by id; voided records included (with `voidedAt`). */
export async function listPurchases(
  ctx: RequestContext,
  filter: PurchaseFilterArgs,
  first: number | undefined,
  after: string | undefined,
): Promise<Connection<PurchaseRecord>> {
  requireRole(ctx, ...RECYCLED_CONTENT_PERMISSIONS.purchases);
  const limit = pageSize(first);
  const query = ctx.dataSource.manager.createQueryBuilder(PurchaseRecord, "p");
  if (filter.supplierId)
    query.andWhere("p.supplierId = :supplierId", { supplierId: filter.supplierId });
  if (filter.categoryId)
    query.andWhere("p.categoryId = :categoryId", { categoryId: filter.categoryId });
  if (filter.from) query.andWhere("p.period >= :from", { from: monthStart(filter.from) });
  if (filter.to) query.andWhere("p.period <= :to", { to: monthStart(filter.to) });
  const totalCount = await query.clone().getCount();
  if (after) {
    const [period, id] = decodeCursor(after, ["string", "uuid"]);
    if (!/^\d{4}-\d{2}-01$/.test(period))
      throw badInput([{ path: "after", message: "is not a cursor returned by this list" }]);
    query.andWhere("(p.period, p.id) < (:period, :id)", { period, id });
  }
  const rows = await query
    .orderBy("p.period", "DESC")
    .addOrderBy("p.id", "DESC")
    .limit(limit + 1)
    .getMany();
  return toConnection(rows, limit, totalCount, (p) => [p.period, p.id]);
}
