import type { RequestContext } from "../../graphql/context";
import { inTransaction } from "../../database/transaction";
import { decodeCursor, pageSize, toConnection, type Connection } from "../../graphql/pagination";
import { Role } from "../../shared/domain/role.enum";
import { badInput, notFound, stateConflict, type FieldProblem } from "../../shared/errors";
import { trimToNull } from "../../shared/text";
import { AttachmentKind } from "../document/attachment-kind";
import { isUuid } from "../../shared/text";
import { attachEvidence, evidenceFromInput } from "../document/evidence-links";
import { assertSupplierVisible, requireRole, supplierScope } from "../identity/access";
import { monthStart } from "./month";
import { RecycledContentDeclaration } from "./recycled-content-declaration.entity";
import type { Element } from "./recycled-content.enums";
import type { DeclareRecycledContentInput } from "./recycled-content.inputs";
import { MAX_NOTE_LENGTH } from "./recycled-content.limits";
import { RECYCLED_CONTENT_PERMISSIONS } from "./recycled-content.permissions";

const DECLARATION = "RecycledContentDeclaration";
/** The fractions are stored with six decimals (numeric(7,6)). */
const round6 = (value: number) => Math.round(value * 1e6) / 1e6;

/**
 * Records a supplier's recycled-content declaration for one element, category and range of
 * months. A supplier declares for itself only (another supplier is NOT_FOUND); staff for any.
 * Never edited: a newer declaration supersedes it for the months both cover.
 */
export async function declareRecycledContent(
  ctx: RequestContext,
  input: DeclareRecycledContentInput,
): Promise<RecycledContentDeclaration> {
  const viewer = requireRole(ctx, ...RECYCLED_CONTENT_PERMISSIONS.declareRecycledContent);
  assertSupplierVisible(viewer, input.supplierId);
  const validFrom = monthStart(input.validFrom)!;
  const validTo = monthStart(input.validTo)!;
  const pre = round6(input.preConsumerFraction);
  const post = round6(input.postConsumerFraction);
  const recycled = round6(pre + post);
  const problems: FieldProblem[] = [];
  if (validTo < validFrom)
    problems.push({ path: "input.validTo", message: "must not be before validFrom" });
  if (Math.abs(recycled - input.recycledFraction) > 1e-6)
    problems.push({
      path: "input.recycledFraction",
      message: `must be preConsumerFraction + postConsumerFraction (${recycled})`,
    });
  if (recycled > 1) problems.push({ path: "input.recycledFraction", message: "must be at most 1" });
  if (problems.length > 0) throw badInput(problems);
  return inTransaction(ctx, async (tx) => {
    const [supplier] = (await tx.manager.query(
      `SELECT archived_at FROM supplier WHERE id = $1 FOR SHARE`,
      [input.supplierId],
    )) as { archived_at: Date | null }[];
    if (!supplier) throw notFound("Supplier", input.supplierId);
    if (supplier.archived_at) throw stateConflict(`Supplier ${input.supplierId} is archived`);
    const [category] = (await tx.manager.query(`SELECT 1 FROM material_category WHERE id = $1`, [
      input.categoryId,
    ])) as unknown[];
    if (!category)
      throw badInput([{ path: "input.categoryId", message: "is not a material category" }]);
    const evidence = await evidenceFromInput(
      tx,
      input.evidence,
      "input.evidence",
      input.supplierId,
    );
    const inserted = await tx.manager.insert(RecycledContentDeclaration, {
      supplierId: input.supplierId,
      categoryId: input.categoryId,
      element: input.element,
      validFrom,
      validTo,
      elementFraction: round6(input.elementFraction),
      recycledFraction: recycled,
      preConsumerFraction: pre,
      postConsumerFraction: post,
      method: input.method,
      evidence,
      declaredById: viewer.userId,
      declaredAt: tx.now,
      verifiedById: null,
      verifiedAt: null,
      verificationNote: null,
    });
    const id = inserted.identifiers[0].id as string;
    // A category's ranking counts the supplier's declarations for it (issue 17).
    tx.touchSupplier(input.supplierId, "RECYCLED_CONTENT_DECLARED");
    await attachEvidence(
      tx,
      {
        kind: AttachmentKind.RECYCLED_CONTENT_DECLARATION,
        subjectId: id,
        supplierId: input.supplierId,
      },
      evidence,
    );
    const after = await tx.manager.findOneByOrFail(RecycledContentDeclaration, { id });
    await tx.record({
      action: "recycledContent.declared",
      entityType: DECLARATION,
      entityId: id,
      after: {
        supplierId: after.supplierId,
        categoryId: after.categoryId,
        element: after.element,
        validFrom,
        validTo,
        elementFraction: after.elementFraction,
        recycledFraction: after.recycledFraction,
        preConsumerFraction: after.preConsumerFraction,
        postConsumerFraction: after.postConsumerFraction,
        method: after.method,
        evidence,
      },
    });
    return after;
  });
}

/**
 * An auditor or admin confirms a declaration against its evidence; once. The supplier never
 * verifies its own (the role check refuses it).
 */
export async function verifyRecycledContent(
  ctx: RequestContext,
  id: string,
  note: string | null | undefined,
): Promise<RecycledContentDeclaration> {
  const viewer = requireRole(ctx, ...RECYCLED_CONTENT_PERMISSIONS.verifyRecycledContent);
  const verificationNote = trimToNull(note);
  if (verificationNote && verificationNote.length > MAX_NOTE_LENGTH)
    throw badInput([{ path: "note", message: `must be at most ${MAX_NOTE_LENGTH} characters` }]);
  if (!isUuid(id)) throw notFound(DECLARATION, id);
  return inTransaction(ctx, async (tx) => {
    const [row] = (await tx.manager.query(
      `SELECT verified_at, supplier_id FROM recycled_content_declaration WHERE id = $1 FOR UPDATE`,
      [id],
    )) as { verified_at: Date | null; supplier_id: string }[];
    if (!row) throw notFound(DECLARATION, id);
    if (row.verified_at)
      throw stateConflict(
        `Declaration ${id} was already verified on ${row.verified_at.toISOString()}`,
      );
    await tx.manager.update(
      RecycledContentDeclaration,
      { id },
      { verifiedById: viewer.userId, verifiedAt: tx.now, verificationNote },
    );
    tx.touchSupplier(row.supplier_id, "RECYCLED_CONTENT_VERIFIED");
    const after = await tx.manager.findOneByOrFail(RecycledContentDeclaration, { id });
    await tx.record({
      action: "recycledContent.verified",
      entityType: DECLARATION,
      entityId: id,
      before: { verifiedAt: null },
      after: { verifiedAt: after.verifiedAt, verificationNote },
    });
    return after;
  });
}

/** Newest first; a supplier sees its own only (another supplier's filter answers nothing). */
export async function listDeclarations(
  ctx: RequestContext,
  filter: { supplierId?: string; categoryId?: string; element?: Element },
  first: number | undefined,
  after: string | undefined,
): Promise<Connection<RecycledContentDeclaration>> {
  const viewer = requireRole(ctx, ...RECYCLED_CONTENT_PERMISSIONS.recycledContentDeclarations);
  const limit = pageSize(first);
  const query = ctx.dataSource.manager.createQueryBuilder(RecycledContentDeclaration, "d");
  const scope = supplierScope(viewer);
  if (viewer.role === Role.SUPPLIER) query.andWhere("d.supplierId = :scope", { scope });
  if (filter.supplierId)
    query.andWhere("d.supplierId = :supplierId", { supplierId: filter.supplierId });
  if (filter.categoryId)
    query.andWhere("d.categoryId = :categoryId", { categoryId: filter.categoryId });
  if (filter.element) query.andWhere("d.element = :element", { element: filter.element });
  const totalCount = await query.clone().getCount();
  if (after) {
    const [declaredAt, id] = decodeCursor(after, ["timestamp", "uuid"]);
    query.andWhere("(d.declaredAt, d.id) < (:declaredAt, :id)", { declaredAt, id });
  }
  const rows = await query
    .orderBy("d.declaredAt", "DESC")
    .addOrderBy("d.id", "DESC")
    .limit(limit + 1)
    .getMany();
  return toConnection(rows, limit, totalCount, (d) => [d.declaredAt.toISOString(), d.id]);
}
