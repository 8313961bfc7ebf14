import type { RequestContext } from "../../graphql/context";
import { advisoryLock, change } from "../../database/change";
import { inTransaction, type Tx } from "../../database/transaction";
import { decodeCursor, pageSize, toConnection, type Connection } from "../../graphql/pagination";
import {
  badInput,
  conflict,
  notFound,
  stateConflict,
  type FieldProblem,
} from "../../shared/errors";
import { nextState } from "../../shared/lifecycle";
import { trimToNull, isUuid } from "../../shared/text";
import { requireRole } from "../identity/access";
import { MaterialCategory } from "../supplier/material-category.entity";
import { isoDay } from "./compliance";
import { ListCategoryApplicability } from "./list-category-applicability.entity";
import { LIST_VERSION_TRANSITIONS } from "./list-version.lifecycle";
import { RegulatoryListEntry } from "./regulatory-list-entry.entity";
import { RegulatoryListVersion } from "./regulatory-list-version.entity";
import { RegulatoryList } from "./regulatory-list.entity";
import { SubstanceGroup } from "./substance-group.entity";
import { EntryApplicability, ListVersionStatus, ThresholdBasis } from "./substance.enums";
import type { CreateListVersionInput } from "./substance.inputs";
import { MAX_CATEGORIES } from "./substance.limits";
import { SUBSTANCE_PERMISSIONS } from "./substance.permissions";
import { LIST_VERSION, LIST_VERSIONS, resolveSubstances } from "./substance.repository";
import type { ListApplicability } from "./substance.types";

export async function listRegulatoryLists(ctx: RequestContext): Promise<RegulatoryList[]> {
  requireRole(ctx, ...SUBSTANCE_PERMISSIONS.regulatoryLists);
  return ctx.dataSource.manager.find(RegulatoryList, { order: { code: "ASC" } });
}

export async function findRegulatoryList(
  ctx: RequestContext,
  code: string,
): Promise<RegulatoryList | null> {
  requireRole(ctx, ...SUBSTANCE_PERMISSIONS.regulatoryList);
  return ctx.dataSource.manager.findOneBy(RegulatoryList, { code: code.trim() });
}

/** The list by code, locked for the transaction: one version write per list at a time. */
export async function lockList(tx: Tx, code: string, path = "listCode"): Promise<RegulatoryList> {
  const list = await tx.manager.findOneBy(RegulatoryList, { code: code.trim() });
  if (!list) throw badInput([{ path, message: `no regulatory list ${code}` }]);
  await advisoryLock(tx, `regulatory_list:${list.id}`);
  return list;
}

/** CONFLICT when the list already has a version with this label. */
export async function assertLabelFree(tx: Tx, list: RegulatoryList, label: string): Promise<void> {
  if (await tx.manager.existsBy(RegulatoryListVersion, { listId: list.id, label }))
    throw conflict(`${list.code} already has a version labelled "${label}"; choose another label`);
}

/** An entry as written, its substance or group resolved. */
export interface EntryRow {
  substanceId: string | null;
  groupId: string | null;
  listedName: string;
  thresholdPercent: number;
  basis: ThresholdBasis;
  appliesTo: EntryApplicability;
  scope: string;
  dateOfInclusion: string | null;
  reason: string | null;
}

export async function insertEntries(tx: Tx, versionId: string, rows: readonly EntryRow[]) {
  const BATCH = 200;
  for (let at = 0; at < rows.length; at += BATCH) {
    await tx.manager.insert(
      RegulatoryListEntry,
      rows.slice(at, at + BATCH).map((row) => ({ versionId, ...row })),
    );
  }
}

/**
 * A new DRAFT version of a list with its entries (a substance by CAS, added to the reference
 * data when new; or a group by code). It changes nothing until published.
 */
export async function createListVersion(
  ctx: RequestContext,
  input: CreateListVersionInput,
): Promise<RegulatoryListVersion> {
  const viewer = requireRole(ctx, ...SUBSTANCE_PERMISSIONS.createListVersion);
  const label = input.label.trim();
  const problems: FieldProblem[] = [];
  if (!label) problems.push({ path: "input.label", message: "must not be blank" });
  const seen = new Map<string, number>();
  input.entries.forEach((entry, index) => {
    const path = `input.entries.${index}`;
    const cas = trimToNull(entry.cas);
    const group = trimToNull(entry.groupCode);
    if ((cas === null) === (group === null))
      problems.push({ path: `${path}.cas`, message: "give either cas or groupCode" });
    const key = cas ? `cas:${cas}` : `group:${group}`;
    if (seen.has(key))
      problems.push({
        path: `${path}.${cas ? "cas" : "groupCode"}`,
        message: `is already entry ${seen.get(key)}`,
      });
    else seen.set(key, index);
    if (!entry.name.trim()) problems.push({ path: `${path}.name`, message: "must not be blank" });
    if (!entry.scope.trim()) problems.push({ path: `${path}.scope`, message: "must not be blank" });
  });
  if (problems.length > 0) throw badInput(problems);

  return inTransaction(ctx, async (tx) => {
    const list = await lockList(tx, input.listCode, "input.listCode");
    await assertLabelFree(tx, list, label);
    const codes = [...new Set(input.entries.map((e) => trimToNull(e.groupCode)).filter(Boolean))];
    const groups = new Map(
      (codes.length > 0
        ? await tx.manager.find(SubstanceGroup, { where: codes.map((code) => ({ code: code! })) })
        : []
      ).map((g) => [g.code, g.id]),
    );
    const unknown = input.entries.flatMap((entry, index) => {
      const code = trimToNull(entry.groupCode);
      return code && !groups.has(code)
        ? [{ path: `input.entries.${index}.groupCode`, message: `no substance group ${code}` }]
        : [];
    });
    if (unknown.length > 0) throw badInput(unknown);
    const bySubstance = input.entries.filter((e) => trimToNull(e.cas));
    const { ids, added } = await resolveSubstances(
      tx,
      bySubstance.map((e) => ({ cas: e.cas!.trim(), ec: null, name: e.name.trim() })),
    );
    const substanceIds = new Map(bySubstance.map((e, i) => [e, ids[i]]));
    const [row] = (await tx.manager.query(
      `INSERT INTO regulatory_list_version (list_id, label, effective_date, status, source,
         created_by_id, created_at)
       VALUES ($1, $2, $3, 'DRAFT', $4, $5, $6) RETURNING id`,
      [list.id, label, input.effectiveDate, trimToNull(input.source), viewer.userId, tx.now],
    )) as { id: string }[];
    await insertEntries(
      tx,
      row.id,
      input.entries.map((entry) => ({
        substanceId: substanceIds.get(entry) ?? null,
        groupId: groups.get(trimToNull(entry.groupCode) ?? "") ?? null,
        listedName: entry.name.trim(),
        thresholdPercent: entry.thresholdPercent,
        basis: entry.basis,
        appliesTo: entry.appliesTo,
        scope: entry.scope.trim(),
        dateOfInclusion: entry.dateOfInclusion ? isoDay(entry.dateOfInclusion) : null,
        reason: trimToNull(entry.reason),
      })),
    );
    const version = await tx.manager.findOneByOrFail(RegulatoryListVersion, { id: row.id });
    await tx.record({
      action: "regulatoryListVersion.created",
      entityType: LIST_VERSION,
      entityId: version.id,
      after: {
        list: list.code,
        label,
        effectiveDate: version.effectiveDate,
        entries: input.entries.length,
        substancesAdded: added,
      },
    });
    return version;
  });
}

/** DRAFT -> PUBLISHED: from now on neither the version nor its entries change. */
export async function publishListVersion(
  ctx: RequestContext,
  id: string,
): Promise<RegulatoryListVersion> {
  const viewer = requireRole(ctx, ...SUBSTANCE_PERMISSIONS.publishListVersion);
  if (!isUuid(id)) throw notFound(LIST_VERSION, id);
  return inTransaction(ctx, async (tx) => {
    const now = tx.now;
    return change(tx, LIST_VERSIONS, id, {
      action: "regulatoryListVersion.published",
      check: (before) => {
        nextState(LIST_VERSION_TRANSITIONS, LIST_VERSION, before.status, "publish", viewer.role);
      },
      alsoWrite: async (before) => {
        const entries = await tx.manager.countBy(RegulatoryListEntry, { versionId: before.id });
        if (entries === 0)
          throw stateConflict(
            `List version ${before.id} has no entries; add them before publishing`,
          );
      },
      set: { status: ListVersionStatus.PUBLISHED, publishedAt: now },
      recorded: (before, after) => ({
        before: { status: before.status },
        after: { status: after.status, publishedAt: after.publishedAt },
      }),
    });
  });
}

/** Whether the list applies to the category (SPEC 11); an admin's choice, per category. */
export async function setListApplicability(
  ctx: RequestContext,
  listCode: string,
  categoryId: string,
  applies: boolean,
): Promise<RegulatoryList> {
  requireRole(ctx, ...SUBSTANCE_PERMISSIONS.setListApplicability);
  if (!isUuid(categoryId)) throw notFound("MaterialCategory", categoryId);
  return inTransaction(ctx, async (tx) => {
    const list = await lockList(tx, listCode);
    const category = await tx.manager.findOneBy(MaterialCategory, { id: categoryId });
    if (!category) throw notFound("MaterialCategory", categoryId);
    const before = await tx.manager.findOneBy(ListCategoryApplicability, {
      listId: list.id,
      categoryId,
    });
    await tx.manager.upsert(
      ListCategoryApplicability,
      { listId: list.id, categoryId, applies, updatedAt: tx.now },
      ["listId", "categoryId"],
    );
    await tx.record({
      action: "regulatoryList.applicabilitySet",
      entityType: "RegulatoryList",
      entityId: list.id,
      before: { category: category.code, applies: before?.applies ?? list.appliesByDefault },
      after: { category: category.code, applies },
    });
    return list;
  });
}

/** Every material category with whether the list applies to it. */
export async function applicabilityOf(
  ctx: RequestContext,
  list: RegulatoryList,
): Promise<ListApplicability[]> {
  const manager = ctx.dataSource.manager;
  const [categories, rows] = await Promise.all([
    manager.find(MaterialCategory, { order: { code: "ASC" }, take: MAX_CATEGORIES }),
    manager.findBy(ListCategoryApplicability, { listId: list.id }),
  ]);
  const set = new Map(rows.map((row) => [row.categoryId, row.applies]));
  return categories.map((category) => ({
    category,
    applies: set.get(category.id) ?? list.appliesByDefault,
    explicit: set.has(category.id),
  }));
}

/** A version's entries by name, paged; `search` matches the name or the start of a CAS. */
export async function listEntries(
  ctx: RequestContext,
  version: RegulatoryListVersion,
  search: string | undefined,
  first: number | undefined,
  after: string | undefined,
): Promise<Connection<RegulatoryListEntry>> {
  const limit = pageSize(first);
  const query = ctx.dataSource.manager
    .createQueryBuilder(RegulatoryListEntry, "e")
    .where("e.versionId = :versionId", { versionId: version.id });
  const term = trimToNull(search);
  if (term) {
    const escaped = term.replace(/[\\%_]/g, (c) => `\\${c}`);
    query.andWhere(
      "(e.listedName ILIKE :contains OR EXISTS (SELECT 1 FROM substance s WHERE s.id = e.substance_id AND s.cas LIKE :starts))",
      { contains: `%${escaped}%`, starts: `${escaped}%` },
    );
  }
  const totalCount = await query.clone().getCount();
  if (after) {
    const [name, id] = decodeCursor(after, ["string", "uuid"]);
    query.andWhere("(e.listedName, e.id) > (:name, :id)", { name, id });
  }
  const rows = await query
    .orderBy("e.listedName", "ASC")
    .addOrderBy("e.id", "ASC")
    .limit(limit + 1)
    .getMany();
  return toConnection(rows, limit, totalCount, (e) => [e.listedName, e.id]);
}
