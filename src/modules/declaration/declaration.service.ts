import type { RequestContext, Viewer } from "../../graphql/context";
import { change, create, lockOrNotFound } from "../../database/change";
import { inTransaction, type Tx } from "../../database/transaction";
import { badInput, notFound, stateConflict, type FieldProblem } from "../../shared/errors";
import { nextState } from "../../shared/lifecycle";
import { RETURN_REASON_MAX_LENGTH } from "../../shared/reason-policy";
import { trimToNull } from "../../shared/text";
import type { Role } from "../../shared/domain/role.enum";
import { AttachmentKind } from "../document/attachment-kind";
import { attachEvidence, evidenceFromInput } from "../document/evidence-links";
import type { Evidence } from "../evidence/evidence";
import { assertSupplierVisible, requireRole } from "../identity/access";
import { MaterialCategory } from "../supplier/material-category.entity";
import { Supplier } from "../supplier/supplier.entity";
import { acceptedSummary, complianceOf } from "./declaration-compliance";
import type { HomogeneousMaterial, ListStatement } from "./declaration.content";
import { declaresMaterials, DeclarationClass, DeclarationStatus } from "./declaration.enums";
import type { MaterialDeclarationInput, DeclarationContentInput } from "./declaration.inputs";
import { DECLARATION_TRANSITIONS, type DeclarationAction } from "./declaration.lifecycle";
import { DECLARATION_PERMISSIONS } from "./declaration.permissions";
import { MATERIAL_DECLARATION, MATERIAL_DECLARATIONS } from "./declaration.repository";
import { MaterialDeclaration } from "./material-declaration.entity";

/** Drops this request's cached copy after a change, so the response shows the new state. */
export function forget(ctx: RequestContext, declaration: MaterialDeclaration): void {
  ctx.loaders.materialDeclaration.clear(declaration.id);
  ctx.loaders.materialDeclarationsBySupplier.clear(declaration.supplierId);
}

/** Locks the row so concurrent changes serialise; another supplier's is NOT_FOUND. */
async function lockVisible(tx: Tx, viewer: Viewer, id: string): Promise<MaterialDeclaration> {
  const declaration = await lockOrNotFound(tx, MATERIAL_DECLARATIONS, id);
  assertSupplierVisible(viewer, declaration.supplierId, MATERIAL_DECLARATION, id);
  return declaration;
}

type Content = Pick<
  MaterialDeclaration,
  "partNumber" | "partName" | "statements" | "materials" | "declaredAt" | "validUntil"
>;

const statementsOf = (input: DeclarationContentInput): ListStatement[] | undefined =>
  input.statements?.map((s) => ({
    list: s.list.trim().toUpperCase(),
    listVersion: trimToNull(s.listVersion),
    compliant: s.compliant,
    exemptions: [...new Set((s.exemptions ?? []).map((e) => e.trim()))],
  }));

const materialsOf = (input: DeclarationContentInput): HomogeneousMaterial[] | undefined =>
  input.materials?.map((m) => ({
    name: m.name.trim(),
    massMg: m.massMg ?? null,
    exemptions: [...new Set((m.exemptions ?? []).map((e) => e.trim()))],
    substances: m.substances.map((s) => ({
      cas: s.cas.trim(),
      name: trimToNull(s.name),
      ppm: s.ppm ?? null,
      massMg: s.massMg ?? null,
    })),
  }));

/** The content after `input` (omitted fields keep `before`'s), checked against its class. */
export async function contentFrom(
  tx: Tx,
  declarationClass: DeclarationClass,
  input: DeclarationContentInput,
  before: Content | null,
): Promise<Content> {
  const problems: FieldProblem[] = [];
  const partNumber = input.partNumber?.trim() ?? before?.partNumber ?? "";
  if (!partNumber) problems.push({ path: "input.partNumber", message: "must not be blank" });
  const validUntil = input.validUntil ?? before?.validUntil;
  if (!validUntil) problems.push({ path: "input.validUntil", message: "is required" });
  const statements = statementsOf(input) ?? before?.statements ?? [];
  const materials = materialsOf(input) ?? before?.materials ?? [];
  if (declarationClass === DeclarationClass.A && materials.length > 0)
    problems.push({
      path: "input.materials",
      message: "class A declares statements, not materials",
    });
  if (declaresMaterials(declarationClass) && statements.length > 0)
    problems.push({
      path: "input.statements",
      message: `class ${declarationClass} declares materials, not statements`,
    });
  const codes = statements.map((s) => s.list);
  codes.forEach((code, index) => {
    if (codes.indexOf(code) !== index)
      problems.push({ path: `input.statements.${index}.list`, message: `${code} is stated twice` });
  });
  if (codes.length > 0) {
    const known = (
      (await tx.manager.query(`SELECT code FROM regulatory_list WHERE code = ANY($1::text[])`, [
        codes,
      ])) as { code: string }[]
    ).map((r) => r.code);
    codes.forEach((code, index) => {
      if (!known.includes(code))
        problems.push({
          path: `input.statements.${index}.list`,
          message: `${code} is not a regulatory list (ROHS, REACH_SVHC, BATTERY_ANNEX_I)`,
        });
    });
  }
  materials.forEach((m, index) => {
    if (!m.name)
      problems.push({ path: `input.materials.${index}.name`, message: "must not be blank" });
    m.substances.forEach((s, j) => {
      if (s.ppm !== null && s.massMg !== null)
        problems.push({
          path: `input.materials.${index}.substances.${j}`,
          message: "give a concentration (ppm) or a mass (massMg), not both",
        });
      else if (s.massMg !== null && m.massMg !== null && s.massMg > m.massMg)
        problems.push({
          path: `input.materials.${index}.substances.${j}.massMg`,
          message: `is more than the material's ${m.massMg} mg`,
        });
    });
  });
  if (problems.length > 0) throw badInput(problems);
  return {
    partNumber,
    partName:
      input.partName === undefined ? (before?.partName ?? null) : trimToNull(input.partName),
    statements,
    materials,
    declaredAt: input.declaredAt === undefined ? (before?.declaredAt ?? null) : input.declaredAt,
    validUntil: validUntil as Date,
  };
}

export async function assertCanDeclare(
  tx: Tx,
  supplierId: string,
  categoryId: string,
): Promise<void> {
  const supplier = await tx.manager.findOneBy(Supplier, { id: supplierId });
  if (!supplier) throw notFound("Supplier", supplierId);
  if (supplier.archived)
    throw stateConflict(`Supplier ${supplierId} is archived; it cannot declare materials`);
  if (!(await tx.manager.existsBy(MaterialCategory, { id: categoryId })))
    throw badInput([{ path: "categoryId", message: "is not a material category" }]);
}

export async function insertDraft(
  tx: Tx,
  viewer: Viewer,
  values: Content & {
    supplierId: string;
    categoryId: string;
    declarationClass: DeclarationClass;
    evidence: Evidence[];
    sourceDocumentId: string | null;
  },
  action: string,
): Promise<MaterialDeclaration> {
  const created = await create(
    tx,
    MATERIAL_DECLARATIONS,
    {
      ...values,
      status: DeclarationStatus.DRAFT,
      version: 1,
      createdById: viewer.userId,
      // Milliseconds, as the list's cursor carries them.
      createdAt: tx.now,
      updatedAt: tx.now,
    },
    { action },
  );
  await attachEvidence(
    tx,
    {
      kind: AttachmentKind.MATERIAL_DECLARATION,
      subjectId: created.id,
      supplierId: created.supplierId,
    },
    created.evidence,
  );
  return created;
}

/** A DRAFT for the supplier; the supplier's users only for their own supplier. */
export async function createMaterialDeclaration(
  ctx: RequestContext,
  input: MaterialDeclarationInput,
): Promise<MaterialDeclaration> {
  const viewer = requireRole(ctx, ...DECLARATION_PERMISSIONS.createMaterialDeclaration);
  assertSupplierVisible(viewer, input.supplierId);
  const created = await inTransaction(ctx, async (tx) => {
    await assertCanDeclare(tx, input.supplierId, input.categoryId);
    const content = await contentFrom(tx, input.declarationClass, input, null);
    const evidence = await evidenceFromInput(
      tx,
      input.evidence,
      "input.evidence",
      input.supplierId,
    );
    return insertDraft(
      tx,
      viewer,
      {
        ...content,
        supplierId: input.supplierId,
        categoryId: input.categoryId,
        declarationClass: input.declarationClass,
        evidence,
        sourceDocumentId: null,
      },
      "material_declaration.created",
    );
  });
  forget(ctx, created);
  return created;
}

/** Edits a DRAFT or REJECTED declaration; `expectedVersion` is required (SPEC 10). */
export async function updateMaterialDeclaration(
  ctx: RequestContext,
  id: string,
  input: DeclarationContentInput,
  expectedVersion: number,
): Promise<MaterialDeclaration> {
  const viewer = requireRole(ctx, ...DECLARATION_PERMISSIONS.updateMaterialDeclaration);
  const updated = await inTransaction(ctx, async (tx) => {
    const before = await lockVisible(tx, viewer, id);
    return change(tx, MATERIAL_DECLARATIONS, before, {
      action: "material_declaration.updated",
      expectedVersion,
      check: (row) =>
        nextState(DECLARATION_TRANSITIONS, MATERIAL_DECLARATION, row.status, "edit", viewer.role),
      set: {
        ...(await contentFrom(tx, before.declarationClass, input, before)),
        ...(input.evidence === undefined
          ? {}
          : {
              evidence: await evidenceFromInput(
                tx,
                input.evidence,
                "input.evidence",
                before.supplierId,
              ),
            }),
      },
      alsoWrite: async () => {
        const row = await tx.manager.findOneByOrFail(MaterialDeclaration, { id });
        await attachEvidence(
          tx,
          { kind: AttachmentKind.MATERIAL_DECLARATION, subjectId: id, supplierId: row.supplierId },
          row.evidence,
        );
      },
    });
  });
  forget(ctx, updated);
  return updated;
}

/** What keeps a declaration from being submitted, all at once. */
function submissionProblems(declaration: MaterialDeclaration, now: Date): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (declaration.declarationClass === DeclarationClass.A && declaration.statements.length === 0)
    problems.push({ path: "statements", message: "a class A declaration needs a statement" });
  if (
    declaresMaterials(declaration.declarationClass) &&
    !declaration.materials.some((m) => m.substances.length > 0)
  )
    problems.push({
      path: "materials",
      message: "a class C declaration needs a material with substances",
    });
  if (declaration.validUntil.getTime() <= now.getTime())
    problems.push({ path: "validUntil", message: "has passed; a declaration must still be valid" });
  return problems;
}

async function step(
  ctx: RequestContext,
  id: string,
  action: Exclude<DeclarationAction, "edit">,
  roles: readonly Role[],
  prepare: (tx: Tx, before: MaterialDeclaration) => Promise<Partial<MaterialDeclaration>>,
  expectedVersion?: number | null,
): Promise<MaterialDeclaration> {
  const viewer = requireRole(ctx, ...roles);
  const after = await inTransaction(ctx, async (tx) => {
    const before = await lockVisible(tx, viewer, id);
    const to = nextState(
      DECLARATION_TRANSITIONS,
      MATERIAL_DECLARATION,
      before.status,
      action,
      viewer.role,
    );
    const set = await prepare(tx, before);
    const changed = await change(tx, MATERIAL_DECLARATIONS, before, {
      action: `material_declaration.${to.toLowerCase()}`,
      expectedVersion: expectedVersion ?? undefined,
      set: { ...set, status: to },
    });
    // An accepted declaration is evidence procurement's status reads (issue 16).
    if (to === DeclarationStatus.ACCEPTED)
      tx.touchSupplier(changed.supplierId, "MATERIAL_DECLARATION_ACCEPTED");
    return changed;
  });
  forget(ctx, after);
  return after;
}

export function submitMaterialDeclaration(
  ctx: RequestContext,
  id: string,
  expectedVersion?: number | null,
): Promise<MaterialDeclaration> {
  return step(
    ctx,
    id,
    "submit",
    DECLARATION_PERMISSIONS.submitMaterialDeclaration,
    async (tx, before) => {
      const problems = submissionProblems(before, tx.now);
      if (problems.length > 0)
        throw badInput(problems, `${MATERIAL_DECLARATION} ${id} cannot be submitted`);
      return { submittedAt: tx.now, rejectReason: null };
    },
    expectedVersion,
  );
}

/**
 * Accepts (compliance computed now and kept for procurement) or rejects with a reason. Only
 * an auditor or admin, never the supplier.
 */
export function reviewMaterialDeclaration(
  ctx: RequestContext,
  id: string,
  accept: boolean,
  reason: string | null | undefined,
): Promise<MaterialDeclaration> {
  const why = trimToNull(reason);
  requireRole(ctx, ...DECLARATION_PERMISSIONS.reviewMaterialDeclaration);
  if (!accept && !why)
    throw badInput([{ path: "reason", message: "must say why the declaration is rejected" }]);
  if (why && why.length > RETURN_REASON_MAX_LENGTH)
    throw badInput([
      { path: "reason", message: `must be at most ${RETURN_REASON_MAX_LENGTH} characters` },
    ]);
  return step(
    ctx,
    id,
    accept ? "accept" : "reject",
    DECLARATION_PERMISSIONS.reviewMaterialDeclaration,
    async (tx, before) => ({
      reviewedAt: tx.now,
      reviewedById: tx.ctx.viewer?.userId ?? null,
      rejectReason: accept ? null : why,
      acceptedCompliance: accept
        ? acceptedSummary(await complianceOf(tx.manager, before, tx.now))
        : null,
    }),
  );
}
