import type { RequestContext } from "../../graphql/context";
import { change, lockOrNotFound } from "../../database/change";
import { inTransaction, type Tx } from "../../database/transaction";
import {
  badInput,
  conflict,
  ConflictReason,
  notFound,
  stateConflict,
  type FieldProblem,
} from "../../shared/errors";
import { requireRole } from "../identity/access";
import { ChecklistItem } from "./checklist-item.entity";
import { Checklist } from "./checklist.entity";
import { ChecklistStatus } from "../../shared/domain/checklist.enums";
import {
  MAX_CHECKLIST_ITEMS,
  type ChecklistItemInput,
  type RenameChecklistInput,
} from "./checklist.inputs";
import { resolveNameTranslations } from "./checklist-names";
import { CHECKLISTS } from "./checklist.repository";
import { CHECKLIST_PERMISSIONS } from "./checklist.permissions";
import { itemSnapshot, normaliseCode, toItemValues } from "./checklist-item.values";
import { resolveRequiredLocales, resolveTexts, type ItemTexts } from "./checklist-item-texts";
import { insertTexts, readTexts, replaceTexts } from "./checklist-item-texts.store";

const ITEM = "ChecklistItem";

type ItemOperation =
  | "setChecklistRequiredLocales"
  | "renameChecklist"
  | "addChecklistItem"
  | "updateChecklistItem"
  | "removeChecklistItem"
  | "moveChecklistItem";

interface Locked {
  checklist: Checklist;
  items: ChecklistItem[];
  /** By item id. */
  texts: Map<string, ItemTexts>;
}

/**
 * The draft, locked, at the revision the editor read, with its items in order. Published and
 * retired versions never change (SPEC 4): their edits are refused here before the database
 * triggers would refuse them.
 */
async function lockDraft(tx: Tx, checklistId: string, expectedRevision: number): Promise<Locked> {
  const checklist = await lockOrNotFound(tx, CHECKLISTS, checklistId);
  if (checklist.status !== ChecklistStatus.DRAFT) {
    throw stateConflict(
      `${checklist.name} version ${checklist.version} is ${checklist.status === ChecklistStatus.PUBLISHED ? "published" : "retired"}, so its items cannot change; revise it to get an editable draft`,
    );
  }
  if (checklist.revision !== expectedRevision) {
    throw conflict(
      `Someone else changed this draft after you opened it (you read revision ${expectedRevision}, it is now ${checklist.revision}); reload and try again`,
      ConflictReason.STALE_VERSION,
    );
  }
  const items = await tx.manager.find(ChecklistItem, {
    where: { checklistId },
    order: { order: "ASC", id: "ASC" },
  });
  const texts = await readTexts(
    tx,
    items.map((item) => item.id),
  );
  return { checklist, items, texts };
}

/** The item's checklist id, or NOT_FOUND; the item itself is re-read under the checklist's lock. */
async function checklistOfItem(tx: Tx, itemId: string): Promise<string> {
  const item = await tx.manager.findOneBy(ChecklistItem, { id: itemId });
  if (!item) throw notFound(ITEM, itemId);
  return item.checklistId;
}

function codeTaken(
  items: readonly ChecklistItem[],
  code: string,
  exceptId?: string,
): FieldProblem[] {
  const normalised = normaliseCode(code);
  const other = items.find((item) => item.code === normalised && item.id !== exceptId);
  return other
    ? [{ path: "input.code", message: `is already used by another question (${normalised})` }]
    : [];
}

function positionProblems(position: number, last: number): FieldProblem[] {
  return Number.isInteger(position) && position >= 1 && position <= last
    ? []
    : [{ path: "position", message: `must be from 1 to ${last}` }];
}

/** Writes `order` 1..n for the items in the given sequence, only where it changed. */
async function renumber(tx: Tx, sequence: readonly ChecklistItem[]): Promise<void> {
  for (const [index, item] of sequence.entries()) {
    if (item.order !== index + 1)
      await tx.manager.update(ChecklistItem, { id: item.id }, { order: index + 1 });
  }
}

/** What the audit trail records of one edit, under `key` (default "item"). */
interface EditRecord {
  before: unknown;
  after: unknown;
  key?: string;
}

/** One edit of a draft: the checklist's revision bumps and the audit trail names the item. */
async function edit(
  ctx: RequestContext,
  operation: ItemOperation,
  action: string,
  checklistId: string | ((tx: Tx) => Promise<string>),
  expectedRevision: number,
  apply: (tx: Tx, locked: Locked) => Promise<EditRecord>,
  /** Checklist columns the edit changes besides its revision. */
  set: Partial<Checklist> = {},
): Promise<Checklist> {
  requireRole(ctx, ...CHECKLIST_PERMISSIONS[operation]);
  const after = await inTransaction(ctx, async (tx) => {
    const id = typeof checklistId === "string" ? checklistId : await checklistId(tx);
    const locked = await lockDraft(tx, id, expectedRevision);
    let item: EditRecord = { before: null, after: null };
    return change(tx, CHECKLISTS, locked.checklist, {
      action,
      set: { revision: () => "revision + 1", ...set },
      alsoWrite: async () => {
        item = await apply(tx, locked);
      },
      recorded: (before, stored) => ({
        before: { revision: before.revision, [item.key ?? "item"]: item.before },
        after: { revision: stored.revision, [item.key ?? "item"]: item.after },
      }),
    });
  });
  ctx.loaders.checklist.clear(after.id);
  ctx.loaders.itemsByChecklist.clear(after.id);
  ctx.loaders.itemTexts.clearAll();
  return after;
}

/** The locales a draft must be complete in before it can be published; English always. */
export function setChecklistRequiredLocales(
  ctx: RequestContext,
  checklistId: string,
  expectedRevision: number,
  requiredLocales: readonly string[],
): Promise<Checklist> {
  const { locales, problems } = resolveRequiredLocales(requiredLocales, "requiredLocales");
  if (problems.length > 0) throw badInput(problems);
  return edit(
    ctx,
    "setChecklistRequiredLocales",
    "checklist.required_locales_changed",
    checklistId,
    expectedRevision,
    async (_tx, { checklist }) => ({
      key: "requiredLocales",
      before: checklist.requiredLocales,
      after: locales,
    }),
    { requiredLocales: locales },
  );
}

/**
 * A draft's name: the English one and/or its translations (each given locale replaced, a blank
 * one removed, the others kept). Resolved against the locked row, as translations merge into it.
 */
export function renameChecklist(
  ctx: RequestContext,
  checklistId: string,
  expectedRevision: number,
  input: RenameChecklistInput,
): Promise<Checklist> {
  return edit(
    ctx,
    "renameChecklist",
    "checklist.renamed",
    checklistId,
    expectedRevision,
    async (tx, { checklist }) => {
      const { translations, problems } = resolveNameTranslations(
        input.nameTranslations,
        checklist.nameTranslations ?? {},
        "input.nameTranslations",
      );
      if (problems.length > 0) throw badInput(problems);
      const before = { name: checklist.name, nameTranslations: checklist.nameTranslations };
      const after = { name: input.name?.trim() || checklist.name, nameTranslations: translations };
      await tx.manager.update(Checklist, { id: checklist.id }, after);
      return { key: "names", before, after };
    },
  );
}

/** Adds a question to a draft, at `position` (1 = first) or at the end. */
export function addChecklistItem(
  ctx: RequestContext,
  checklistId: string,
  expectedRevision: number,
  input: ChecklistItemInput,
  position?: number | null,
): Promise<Checklist> {
  return edit(
    ctx,
    "addChecklistItem",
    "checklist.item_added",
    checklistId,
    expectedRevision,
    async (tx, { items }) => {
      const resolved = resolveTexts(input, {}, "input");
      const problems = [
        ...codeTaken(items, input.code),
        ...resolved.problems,
        ...(position == null ? [] : positionProblems(position, items.length + 1)),
      ];
      if (items.length >= MAX_CHECKLIST_ITEMS) {
        problems.push({
          path: "checklistId",
          message: `a checklist has at most ${MAX_CHECKLIST_ITEMS} questions`,
        });
      }
      if (problems.length > 0) throw badInput(problems);
      const at = (position ?? items.length + 1) - 1;
      const values = toItemValues(input, at);
      const inserted = await tx.manager.insert(ChecklistItem, { ...values, checklistId });
      const added = { ...values, id: inserted.identifiers[0].id as string } as ChecklistItem;
      await insertTexts(tx, [{ itemId: added.id, texts: resolved.texts }]);
      await renumber(tx, [...items.slice(0, at), added, ...items.slice(at)]);
      return {
        before: null,
        after: { id: added.id, ...itemSnapshot(values, resolved.texts), position: at + 1 },
      };
    },
  );
}

/** Replaces every value of one question of a draft; its place stays. */
export function updateChecklistItem(
  ctx: RequestContext,
  itemId: string,
  expectedRevision: number,
  input: ChecklistItemInput,
): Promise<Checklist> {
  return edit(
    ctx,
    "updateChecklistItem",
    "checklist.item_changed",
    (tx) => checklistOfItem(tx, itemId),
    expectedRevision,
    async (tx, { items, texts }) => {
      const item = items.find((candidate) => candidate.id === itemId);
      if (!item) throw notFound(ITEM, itemId);
      const before = texts.get(itemId) ?? {};
      const resolved = resolveTexts(input, before, "input");
      const problems = [...codeTaken(items, input.code, itemId), ...resolved.problems];
      if (problems.length > 0) throw badInput(problems);
      const { order: _order, ...values } = toItemValues(input, item.order - 1);
      await tx.manager.update(ChecklistItem, { id: itemId }, values);
      await replaceTexts(tx, itemId, resolved.texts);
      return {
        before: { id: itemId, ...itemSnapshot(item, before) },
        after: { id: itemId, ...itemSnapshot({ ...values, order: item.order }, resolved.texts) },
      };
    },
  );
}

/**
 * Deletes a question of a draft for good: nothing can refer to a draft's items (self-assessments
 * and audits start only on published versions), and the foreign keys would refuse it otherwise.
 * A draft keeps at least one question, as a new checklist needs one.
 */
export function removeChecklistItem(
  ctx: RequestContext,
  itemId: string,
  expectedRevision: number,
): Promise<Checklist> {
  return edit(
    ctx,
    "removeChecklistItem",
    "checklist.item_removed",
    (tx) => checklistOfItem(tx, itemId),
    expectedRevision,
    async (tx, { items, texts }) => {
      const item = items.find((candidate) => candidate.id === itemId);
      if (!item) throw notFound(ITEM, itemId);
      if (items.length === 1) {
        throw badInput([
          { path: "id", message: "is the only question of this checklist: add another first" },
        ]);
      }
      await tx.manager.delete(ChecklistItem, { id: itemId });
      await renumber(
        tx,
        items.filter((candidate) => candidate.id !== itemId),
      );
      return {
        before: {
          id: itemId,
          ...itemSnapshot(item, texts.get(itemId) ?? {}),
          position: item.order,
        },
        after: null,
      };
    },
  );
}

/** Moves one question of a draft to `position` (1 = first), the others closing up around it. */
export function moveChecklistItem(
  ctx: RequestContext,
  itemId: string,
  expectedRevision: number,
  position: number,
): Promise<Checklist> {
  return edit(
    ctx,
    "moveChecklistItem",
    "checklist.item_moved",
    (tx) => checklistOfItem(tx, itemId),
    expectedRevision,
    async (tx, { items }) => {
      const from = items.findIndex((candidate) => candidate.id === itemId);
      if (from < 0) throw notFound(ITEM, itemId);
      const problems = positionProblems(position, items.length);
      if (problems.length > 0) throw badInput(problems);
      const rest = items.filter((candidate) => candidate.id !== itemId);
      const moved = items[from];
      await renumber(tx, [...rest.slice(0, position - 1), moved, ...rest.slice(position - 1)]);
      return {
        before: { id: itemId, code: moved.code, position: from + 1 },
        after: { id: itemId, code: moved.code, position },
      };
    },
  );
}
