import type { RequestContext } from "../../graphql/context";
import { In } from "typeorm";
import { inTransaction, type Tx } from "../../database/transaction";
import { badInput, notFound, type FieldProblem } from "../../shared/errors";
import { isUuid, trimToNull } from "../../shared/text";
import { requireRole } from "../identity/access";
import { isoDay } from "./compliance";
import { ListExemptionExpiry } from "./list-exemption-expiry.entity";
import { ListExemption } from "./list-exemption.entity";
import { lockList } from "./regulatory-list.service";
import { RegulatoryList } from "./regulatory-list.entity";
import { SubstanceGroup } from "./substance-group.entity";
import type { AddListExemptionInput } from "./substance.inputs";
import { SUBSTANCE_PERMISSIONS } from "./substance.permissions";
import { findSubstanceByCas } from "./substance.repository";

export const LIST_EXEMPTION = "ListExemption";

/** The last day an exemption applies: its adopted expiry, or an earlier recorded one. */
export const effectiveExpiry = (
  exemption: Pick<ListExemption, "expiresAt">,
  early: Pick<ListExemptionExpiry, "lastDay"> | null,
): string | null =>
  early && (exemption.expiresAt === null || early.lastDay < exemption.expiresAt)
    ? early.lastDay
    : exemption.expiresAt;

/** Each exemption's effective last day, read in the transaction. */
async function effectiveWindows(
  tx: Tx,
  rows: ListExemption[],
): Promise<{ row: ListExemption; until: string | null }[]> {
  const early =
    rows.length === 0
      ? []
      : await tx.manager.find(ListExemptionExpiry, {
          where: { exemptionId: In(rows.map((r) => r.id)) },
          order: { lastDay: "ASC" },
        });
  return rows.map((row) => ({
    row,
    until: effectiveExpiry(row, early.find((e) => e.exemptionId === row.id) ?? null),
  }));
}

/**
 * A new exemption of a list (or a renewal: a new row with the same code). It must not overlap
 * another row of the code as that one stands, so one row decides a code on any day.
 */
export async function addListExemption(
  ctx: RequestContext,
  input: AddListExemptionInput,
): Promise<ListExemption> {
  requireRole(ctx, ...SUBSTANCE_PERMISSIONS.addListExemption);
  const code = input.code.trim();
  const text = input.text.trim();
  const cas = trimToNull(input.cas);
  const groupCode = trimToNull(input.groupCode);
  const validFrom = isoDay(input.validFrom);
  const expiresAt = input.expiresAt ? isoDay(input.expiresAt) : null;
  const problems: FieldProblem[] = [];
  if (!code) problems.push({ path: "input.code", message: "must not be blank" });
  if (!text) problems.push({ path: "input.text", message: "must not be blank" });
  if (cas && groupCode)
    problems.push({ path: "input.groupCode", message: "give cas or groupCode, not both" });
  if (expiresAt !== null && expiresAt < validFrom)
    problems.push({ path: "input.expiresAt", message: "must not be before validFrom" });
  if (problems.length > 0) throw badInput(problems);

  return inTransaction(ctx, async (tx) => {
    const list = await lockList(tx, input.listCode, "input.listCode");
    const substance = cas ? await findSubstanceByCas(tx, cas) : null;
    if (cas && !substance)
      throw badInput([{ path: "input.cas", message: `no substance with CAS ${cas}` }]);
    const group = groupCode
      ? await tx.manager.findOneBy(SubstanceGroup, { code: groupCode })
      : null;
    if (groupCode && !group)
      throw badInput([{ path: "input.groupCode", message: `no substance group ${groupCode}` }]);
    const sameCode = await effectiveWindows(
      tx,
      await tx.manager.find(ListExemption, {
        where: { listId: list.id, code },
        order: { validFrom: "ASC" },
      }),
    );
    const overlap = sameCode.find(
      ({ row, until }) =>
        (until === null || validFrom <= until) &&
        (expiresAt === null || row.validFrom <= expiresAt),
    );
    if (overlap)
      throw badInput([
        {
          path: "input.validFrom",
          message:
            `overlaps ${code} valid from ${overlap.row.validFrom} ` +
            (overlap.until ? `to ${overlap.until}` : "without expiry") +
            "; expire that one first or start after it",
        },
      ]);
    const [row] = (await tx.manager.query(
      `INSERT INTO list_exemption (list_id, code, text, substance_id, group_id, max_percent,
         valid_from, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        list.id,
        code,
        text,
        substance?.id ?? null,
        group?.id ?? null,
        input.maxPercent ?? null,
        validFrom,
        expiresAt,
      ],
    )) as { id: string }[];
    await tx.record({
      action: "listExemption.added",
      entityType: LIST_EXEMPTION,
      entityId: row.id,
      after: {
        list: list.code,
        code,
        text,
        cas,
        groupCode,
        maxPercent: input.maxPercent ?? null,
        validFrom,
        expiresAt,
      },
    });
    ctx.loaders.exemptionsByList.clear(list.id);
    return tx.manager.findOneByOrFail(ListExemption, { id: row.id });
  });
}

/**
 * Ends an exemption on `lastDay`, earlier than it stands (a recorded ruling; the exemption row
 * keeps what was adopted). A later end is a renewal: a new exemption.
 */
export async function expireListExemption(
  ctx: RequestContext,
  id: string,
  lastDay: Date,
  reason: string,
): Promise<ListExemption> {
  const viewer = requireRole(ctx, ...SUBSTANCE_PERMISSIONS.expireListExemption);
  if (!isUuid(id)) throw notFound(LIST_EXEMPTION, id);
  const why = reason.trim();
  if (!why) throw badInput([{ path: "reason", message: "must not be blank" }]);
  const day = isoDay(lastDay);
  return inTransaction(ctx, async (tx) => {
    const found = await tx.manager.findOneBy(ListExemption, { id });
    if (!found) throw notFound(LIST_EXEMPTION, id);
    const list = await tx.manager.findOneByOrFail(RegulatoryList, { id: found.listId });
    await lockList(tx, list.code);
    const [{ until }] = await effectiveWindows(tx, [found]);
    if (day < found.validFrom)
      throw badInput([
        { path: "lastDay", message: `is before the exemption's first day ${found.validFrom}` },
      ]);
    if (until !== null && day >= until)
      throw badInput([
        {
          path: "lastDay",
          message: `the exemption already ends on ${until}; a later end is a renewal (a new exemption)`,
        },
      ]);
    await tx.manager.insert(ListExemptionExpiry, {
      exemptionId: id,
      lastDay: day,
      reason: why,
      recordedById: viewer.userId,
      recordedAt: tx.now,
    });
    await tx.record({
      action: "listExemption.expired",
      entityType: LIST_EXEMPTION,
      entityId: id,
      before: { list: list.code, code: found.code, expiresAt: until },
      after: { list: list.code, code: found.code, expiresAt: day, reason: why },
    });
    ctx.loaders.exemptionExpiry.clear(id);
    return found;
  });
}
