import { randomUUID } from "node:crypto";
import type { RequestContext } from "../../graphql/context";
import { advisoryLock, change, create, lockOrNotFound } from "../../database/change";
import { inTransaction, type Tx } from "../../database/transaction";
import {
  badInput,
  ConflictReason,
  DomainError,
  ErrorCode,
  invalidTransition,
  notFound,
  type FieldProblem,
} from "../../shared/errors";
import { nextState } from "../../shared/lifecycle";
import { requireRole, requireViewer } from "../identity/access";
import { ChecklistItem } from "./checklist-item.entity";
import { Checklist } from "./checklist.entity";
import { ChecklistStatus } from "../../shared/domain/checklist.enums";
import type { ChecklistItemInput, CreateChecklistInput } from "./checklist.inputs";
import {
  CHECKLIST_TRANSITIONS,
  REVISABLE_STATUSES,
  type ChecklistAction,
} from "./checklist.lifecycle";
import { CHECKLIST, CHECKLISTS } from "./checklist.repository";
import { CHECKLIST_PERMISSIONS } from "./checklist.permissions";
import { publishProblems } from "./checklist-publishing";
import {
  itemSnapshot,
  normaliseCode,
  toItemValues,
  type ItemValues,
} from "./checklist-item.values";
import {
  resolveRequiredLocales,
  resolveTexts,
  textPublishProblems,
  type ItemTexts,
} from "./checklist-item-texts";
import { insertTexts, readTexts } from "./checklist-item-texts.store";
import { namePublishProblems, resolveNameTranslations } from "./checklist-names";

/** Codes identify items across versions (and in findings), so one checklist never repeats one. */
function duplicateCodes(items: readonly ChecklistItemInput[]): FieldProblem[] {
  const firstIndex = new Map<string, number>();
  const problems: FieldProblem[] = [];
  items.forEach((item, index) => {
    const code = normaliseCode(item.code);
    const first = firstIndex.get(code);
    if (first === undefined) firstIndex.set(code, index);
    else
      problems.push({
        path: `input.items.${index}.code`,
        message: `${code} is already used by input.items.${first}`,
      });
  });
  return problems;
}

interface NewItem {
  values: ItemValues;
  texts: ItemTexts;
}

async function insertItems(tx: Tx, checklistId: string, items: NewItem[]): Promise<void> {
  if (items.length === 0) return;
  const inserted = await tx.manager.insert(
    ChecklistItem,
    items.map((item) => ({ ...item.values, checklistId })),
  );
  await insertTexts(
    tx,
    items.map((item, index) => ({
      itemId: inserted.identifiers[index].id as string,
      texts: item.texts,
    })),
  );
}

/** Every role reads checklists: suppliers answer them, auditors audit against them. */
export async function findChecklist(ctx: RequestContext, id: string): Promise<Checklist> {
  requireViewer(ctx);
  const checklist = await ctx.loaders.checklist.load(id);
  if (!checklist) throw notFound(CHECKLIST, id);
  return checklist;
}

export async function listChecklists(
  ctx: RequestContext,
  status: ChecklistStatus | undefined | null,
): Promise<Checklist[]> {
  requireViewer(ctx);
  const checklists = await ctx.dataSource.manager.find(Checklist, {
    where: status ? { status } : {},
    order: { name: "ASC", version: "DESC", id: "ASC" },
  });
  for (const checklist of checklists) ctx.loaders.checklist.prime(checklist.id, checklist);
  return checklists;
}

export async function createChecklist(
  ctx: RequestContext,
  input: CreateChecklistInput,
): Promise<Checklist> {
  requireRole(ctx, ...CHECKLIST_PERMISSIONS.createChecklist);
  const resolved = input.items.map((item, index) => resolveTexts(item, {}, `input.items.${index}`));
  const required = resolveRequiredLocales(input.requiredLocales ?? ["en"], "input.requiredLocales");
  const names = resolveNameTranslations(input.nameTranslations, {}, "input.nameTranslations");
  const problems = [
    ...names.problems,
    ...duplicateCodes(input.items),
    ...resolved.flatMap((item) => item.problems),
    ...required.problems,
  ];
  if (problems.length > 0) throw badInput(problems);
  const items = input.items.map((item, index) => ({
    values: toItemValues(item, index),
    texts: resolved[index].texts,
  }));
  return inTransaction(ctx, async (tx) => {
    return create(
      tx,
      CHECKLISTS,
      {
        familyId: randomUUID(),
        name: input.name.trim(),
        nameTranslations: names.translations,
        version: 1,
        requiredLocales: required.locales,
        status: ChecklistStatus.DRAFT,
        publishedAt: null,
        retiredAt: null,
      },
      {
        action: "checklist.created",
        alsoWrite: (id) => insertItems(tx, id, items),
        recorded: (checklist) => ({
          ...CHECKLISTS.snapshot(checklist),
          items: items.map((item) => itemSnapshot(item.values, item.texts)),
        }),
      },
    );
  });
}

async function transition(
  ctx: RequestContext,
  id: string,
  action: ChecklistAction,
  stamp: (now: Date) => Partial<Checklist>,
  check?: (tx: Tx, before: Checklist) => Promise<void>,
): Promise<Checklist> {
  const viewer = requireRole(ctx, ...CHECKLIST_PERMISSIONS[`${action}Checklist` as const]);
  const after = await inTransaction(ctx, async (tx) => {
    const before = await lockOrNotFound(tx, CHECKLISTS, id);
    const status = nextState(CHECKLIST_TRANSITIONS, CHECKLIST, before.status, action, viewer.role);
    await check?.(tx, before);
    return change(tx, CHECKLISTS, before, {
      action: `checklist.${action === "publish" ? "published" : "retired"}`,
      set: { status, ...stamp(tx.now) },
    });
  });
  ctx.loaders.checklist.clear(id);
  return after;
}

/** From then on the checklist never changes (SPEC 4); the database triggers enforce it too. */
export function publishChecklist(ctx: RequestContext, id: string): Promise<Checklist> {
  return transition(
    ctx,
    id,
    "publish",
    (now) => ({ publishedAt: now }),
    async (tx, before) => {
      const items = await tx.manager.find(ChecklistItem, {
        where: { checklistId: id },
        order: { order: "ASC", id: "ASC" },
      });
      const texts = await readTexts(
        tx,
        items.map((item) => item.id),
      );
      const problems = [
        ...namePublishProblems(before.nameTranslations ?? {}, before.requiredLocales),
        ...publishProblems(items),
        ...textPublishProblems(
          items.map((item) => ({ code: item.code, texts: texts.get(item.id) ?? {} })),
          before.requiredLocales,
        ),
      ];
      if (problems.length > 0)
        throw badInput(
          problems,
          `This draft cannot be published yet: ${problems.map((p) => p.message).join("; ")}`,
        );
    },
  );
}

/** No new self-assessments start on a retired version; existing ones keep pointing at it. */
export function retireChecklist(ctx: RequestContext, id: string): Promise<Checklist> {
  return transition(ctx, id, "retire", (now) => ({ retiredAt: now }));
}

/**
 * SPEC 4: a published checklist is changed by copying it into a new DRAFT of the same family
 * with the next version number. One draft per family at a time, so versions stay a sequence.
 */
export async function reviseChecklist(ctx: RequestContext, id: string): Promise<Checklist> {
  requireRole(ctx, ...CHECKLIST_PERMISSIONS.reviseChecklist);
  return inTransaction(ctx, async (tx) => {
    const source = await tx.manager.findOneBy(Checklist, { id });
    if (!source) throw notFound(CHECKLIST, id);
    // Serialise revisions of one family: two concurrent ones would both pick the same version.
    await advisoryLock(tx, `checklist-family:${source.familyId}`);
    if (!REVISABLE_STATUSES.includes(source.status))
      throw invalidTransition(CHECKLIST, source.status, "revise");
    const draft = await tx.manager.findOneBy(Checklist, {
      familyId: source.familyId,
      status: ChecklistStatus.DRAFT,
    });
    if (draft) {
      throw new DomainError(
        ErrorCode.CONFLICT,
        `${source.name} already has a draft (version ${draft.version}): edit or publish that one`,
        undefined,
        ConflictReason.INVALID_TRANSITION,
        { draftChecklistId: draft.id },
      );
    }
    const { max } = (await tx.manager
      .createQueryBuilder(Checklist, "c")
      .select("MAX(c.version)", "max")
      .where("c.familyId = :familyId", { familyId: source.familyId })
      .getRawOne()) as { max: number };
    const items = await tx.manager.find(ChecklistItem, {
      where: { checklistId: id },
      order: { order: "ASC" },
    });
    const texts = await readTexts(
      tx,
      items.map((item) => item.id),
    );
    const copies = items.map(({ id: itemId, checklistId: _c, checklist: _l, ...values }) => ({
      values,
      texts: texts.get(itemId) ?? {},
    }));
    return create(
      tx,
      CHECKLISTS,
      {
        familyId: source.familyId,
        name: source.name,
        nameTranslations: source.nameTranslations,
        version: Number(max) + 1,
        requiredLocales: source.requiredLocales,
        status: ChecklistStatus.DRAFT,
        publishedAt: null,
        retiredAt: null,
      },
      {
        action: "checklist.revised",
        alsoWrite: (newId) => insertItems(tx, newId, copies),
        recorded: (revision) => ({
          ...CHECKLISTS.snapshot(revision),
          revisedFromId: id,
          items: copies.map((item) => itemSnapshot(item.values, item.texts)),
        }),
      },
    );
  });
}
