import type { RequestContext } from "../../graphql/context";
import { change, create, lockOrNotFound } from "../../database/change";
import { inTransaction, type Tx } from "../../database/transaction";
import { badInput, conflict, type FieldProblem } from "../../shared/errors";
import { trimToNull } from "../../shared/text";
import { requireRole } from "../identity/access";
import { Substance } from "../substance/substance.entity";
import { MaterialCategory } from "../supplier/material-category.entity";
import { Supplier } from "../supplier/supplier.entity";
import { RiskAssessment } from "./risk-assessment.entity";
import { RiskControl } from "./risk-control.entity";
import type { RiskEntry } from "./risk-entry.entity";
import type {
  CreateRiskEntryInput,
  RiskAnalysisInput,
  RiskControlInput,
  UpdateRiskControlInput,
  UpdateRiskEntryInput,
} from "./risk-register.inputs";
import { ControlStatus } from "./risk-register.enums";
import { MAX_CONTROLS_PER_ENTRY } from "./risk-register.limits";
import { RISK_REGISTER_PERMISSIONS } from "./risk-register.permissions";
import { RISK_CONTROLS, RISK_ENTRIES } from "./risk-register.repository";

/** The work order: likelihood x exposure x severity (1-125). */
export const priorityOf = (a: Pick<RiskAnalysisInput, "likelihood" | "exposure" | "severity">) =>
  a.likelihood * a.exposure * a.severity;

function forget(ctx: RequestContext, entryId: string): void {
  ctx.loaders.riskControlsByEntry.clear(entryId);
  ctx.loaders.riskAssessmentsByEntry.clear(entryId);
  ctx.loaders.riskListTriggers.clear(entryId);
  ctx.loaders.riskSupplierTriggers.clear(entryId);
}

async function checkReferences(
  tx: Tx,
  refs: { substanceId?: string; supplierId?: string; categoryId?: string },
): Promise<void> {
  const problems: FieldProblem[] = [];
  if (refs.substanceId && !(await tx.manager.existsBy(Substance, { id: refs.substanceId })))
    problems.push({ path: "input.substanceId", message: "is not a substance" });
  if (refs.supplierId && !(await tx.manager.existsBy(Supplier, { id: refs.supplierId })))
    problems.push({ path: "input.supplierId", message: "is not a supplier" });
  if (refs.categoryId && !(await tx.manager.existsBy(MaterialCategory, { id: refs.categoryId })))
    problems.push({ path: "input.categoryId", message: "is not a material category" });
  if (problems.length > 0) throw badInput(problems);
}

async function appendAssessment(
  tx: Tx,
  entryId: string,
  analysis: RiskAnalysisInput,
): Promise<void> {
  await tx.manager.insert(RiskAssessment, {
    entryId,
    likelihood: analysis.likelihood,
    exposure: analysis.exposure,
    severity: analysis.severity,
    note: trimToNull(analysis.note),
    assessedById: tx.ctx.viewer!.userId,
    assessedAt: tx.now,
  });
}

/** A new entry with its first assessment. */
export async function createRiskEntry(
  ctx: RequestContext,
  input: CreateRiskEntryInput,
): Promise<RiskEntry> {
  const viewer = requireRole(ctx, ...RISK_REGISTER_PERMISSIONS.createRiskEntry);
  const location = input.location.trim();
  if (!location) throw badInput([{ path: "input.location", message: "must not be blank" }]);
  return inTransaction(ctx, async (tx) => {
    await checkReferences(tx, input);
    return create(
      tx,
      RISK_ENTRIES,
      {
        substanceId: input.substanceId,
        stage: input.stage,
        location,
        supplierId: input.supplierId ?? null,
        categoryId: input.categoryId ?? null,
        likelihood: input.likelihood,
        exposure: input.exposure,
        severity: input.severity,
        priority: priorityOf(input),
        lastAssessedAt: tx.now,
        processChanged: false,
        version: 1,
        createdById: viewer.userId,
        createdAt: tx.now,
        updatedAt: tx.now,
      },
      {
        action: "riskEntry.created",
        alsoWrite: (id) => appendAssessment(tx, id, input),
      },
    );
  });
}

/** Omitted fields kept; a changed stage or site records that the entry needs re-assessing. */
export async function updateRiskEntry(
  ctx: RequestContext,
  id: string,
  input: UpdateRiskEntryInput,
  expectedVersion: number,
): Promise<RiskEntry> {
  requireRole(ctx, ...RISK_REGISTER_PERMISSIONS.updateRiskEntry);
  const location = input.location?.trim();
  if (location === "") throw badInput([{ path: "input.location", message: "must not be blank" }]);
  const updated = await inTransaction(ctx, async (tx) => {
    await checkReferences(tx, input);
    return change(tx, RISK_ENTRIES, id, {
      action: "riskEntry.updated",
      expectedVersion,
      set: (before) => {
        const stage = input.stage ?? before.stage;
        const site = location ?? before.location;
        return {
          stage,
          location: site,
          supplierId: input.supplierId ?? before.supplierId,
          categoryId: input.categoryId ?? before.categoryId,
          processChanged:
            before.processChanged || stage !== before.stage || site !== before.location,
          updatedAt: tx.now,
        };
      },
    });
  });
  forget(ctx, id);
  return updated;
}

/** A new assessment (the history is append-only); the entry is current again. */
export async function assessRiskEntry(
  ctx: RequestContext,
  id: string,
  input: RiskAnalysisInput,
): Promise<RiskEntry> {
  requireRole(ctx, ...RISK_REGISTER_PERMISSIONS.assessRiskEntry);
  const assessed = await inTransaction(ctx, (tx) =>
    change(tx, RISK_ENTRIES, id, {
      action: "riskEntry.assessed",
      set: {
        likelihood: input.likelihood,
        exposure: input.exposure,
        severity: input.severity,
        priority: priorityOf(input),
        lastAssessedAt: tx.now,
        processChanged: false,
        updatedAt: tx.now,
      },
      alsoWrite: () => appendAssessment(tx, id, input),
    }),
  );
  forget(ctx, id);
  return assessed;
}

export async function addRiskControl(
  ctx: RequestContext,
  entryId: string,
  input: RiskControlInput,
): Promise<RiskControl> {
  requireRole(ctx, ...RISK_REGISTER_PERMISSIONS.addRiskControl);
  const description = input.description.trim();
  const owner = input.owner.trim();
  const problems: FieldProblem[] = [];
  if (!description) problems.push({ path: "input.description", message: "must not be blank" });
  if (!owner) problems.push({ path: "input.owner", message: "must not be blank" });
  if (problems.length > 0) throw badInput(problems);
  const control = await inTransaction(ctx, async (tx) => {
    // The entry's lock serialises concurrent additions, so the cap holds.
    await lockOrNotFound(tx, RISK_ENTRIES, entryId);
    const count = await tx.manager.countBy(RiskControl, { entryId });
    if (count >= MAX_CONTROLS_PER_ENTRY)
      throw conflict(`A risk entry has at most ${MAX_CONTROLS_PER_ENTRY} controls`);
    return create(
      tx,
      RISK_CONTROLS,
      {
        entryId,
        type: input.type,
        description,
        owner,
        dueDate: input.dueDate,
        status: ControlStatus.PLANNED,
        createdAt: tx.now,
        updatedAt: tx.now,
      },
      { action: "riskControl.added" },
    );
  });
  forget(ctx, entryId);
  return control;
}

export async function updateRiskControlStatus(
  ctx: RequestContext,
  id: string,
  status: ControlStatus,
): Promise<RiskControl> {
  requireRole(ctx, ...RISK_REGISTER_PERMISSIONS.updateRiskControlStatus);
  const control = await inTransaction(ctx, (tx) =>
    change(tx, RISK_CONTROLS, id, {
      action: "riskControl.statusChanged",
      set: { status, updatedAt: tx.now },
    }),
  );
  forget(ctx, control.entryId);
  return control;
}

/** Omitted fields kept; blank description or owner refused. */
export async function updateRiskControl(
  ctx: RequestContext,
  id: string,
  input: UpdateRiskControlInput,
): Promise<RiskControl> {
  requireRole(ctx, ...RISK_REGISTER_PERMISSIONS.updateRiskControl);
  const description = input.description?.trim();
  const owner = input.owner?.trim();
  const problems: FieldProblem[] = [];
  if (description === "")
    problems.push({ path: "input.description", message: "must not be blank" });
  if (owner === "") problems.push({ path: "input.owner", message: "must not be blank" });
  if (problems.length > 0) throw badInput(problems);
  const control = await inTransaction(ctx, (tx) =>
    change(tx, RISK_CONTROLS, id, {
      action: "riskControl.updated",
      set: {
        ...(input.type ? { type: input.type } : {}),
        ...(description ? { description } : {}),
        ...(owner ? { owner } : {}),
        ...(input.dueDate ? { dueDate: input.dueDate } : {}),
        ...(input.status ? { status: input.status } : {}),
        updatedAt: tx.now,
      },
    }),
  );
  forget(ctx, control.entryId);
  return control;
}
