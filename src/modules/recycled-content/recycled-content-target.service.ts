import { IsNull } from "typeorm";
import type { RequestContext } from "../../graphql/context";
import { inTransaction } from "../../database/transaction";
import { badInput, stateConflict } from "../../shared/errors";
import { trimToNull } from "../../shared/text";
import { requireRole } from "../identity/access";
import { addMonthsTo, monthIndex, monthOf } from "./month";
import { projectLinear } from "./projection";
import { RecycledContentTarget } from "./recycled-content-target.entity";
import type { Element } from "./recycled-content.enums";
import type { RecycledContentTargetInput } from "./recycled-content.inputs";
import {
  CURRENT_VALUE_MONTHS,
  MAX_CURRENT_TARGETS,
  PROJECTION_MONTHS,
} from "./recycled-content.limits";
import { RECYCLED_CONTENT_PERMISSIONS } from "./recycled-content.permissions";
import type { RecycledContentTargetStatus } from "./recycled-content.types";
import { addSums, monthlySums, shareOf, type ShareSums } from "./recycled-share.service";

const TARGET = "RecycledContentTarget";
const dayOf = (value: string | Date) =>
  typeof value === "string" ? value.slice(0, 10) : value.toISOString().slice(0, 10);

/** Where an element stands: the share of the last 12 months and the trend of the last 24. */
async function trendOf(ctx: RequestContext, element: Element) {
  const to = monthOf(ctx.clock.now());
  const from = addMonthsTo(to, -(PROJECTION_MONTHS - 1));
  const { months } = await monthlySums(ctx.dataSource.manager, element, from, to);
  const currentFrom = addMonthsTo(to, -(CURRENT_VALUE_MONTHS - 1));
  let recent: ShareSums | null = null;
  const points: { x: number; y: number }[] = [];
  for (const [month, sums] of months) {
    if (month >= currentFrom) recent = recent ? addSums(recent, sums) : sums;
    const share = shareOf(sums);
    if (share !== null) points.push({ x: monthIndex(month), y: share });
  }
  return { current: recent ? shareOf(recent) : null, points };
}

/**
 * The current targets (of an element, or all), by element and due date, each with the current
 * value, the gap and the projection at its due date.
 */
export async function recycledContentTargets(
  ctx: RequestContext,
  element: Element | undefined,
): Promise<RecycledContentTargetStatus[]> {
  requireRole(ctx, ...RECYCLED_CONTENT_PERMISSIONS.recycledContentTargets);
  const current = await ctx.dataSource.manager.find(RecycledContentTarget, {
    where: { ...(element ? { element } : {}), supersededAt: IsNull() },
    order: { element: "ASC", dueDate: "ASC", source: "ASC" },
    take: MAX_CURRENT_TARGETS,
  });
  const trends = new Map<Element, Awaited<ReturnType<typeof trendOf>>>();
  for (const e of new Set(current.map((t) => t.element))) trends.set(e, await trendOf(ctx, e));
  return current.map((target) => {
    const trend = trends.get(target.element)!;
    const projection = projectLinear(trend.points, monthIndex(monthOf(target.dueDate)));
    return {
      target,
      current: trend.current,
      gap: trend.current === null ? null : target.share - trend.current,
      projection,
      onTrack: projection === null ? null : projection >= target.share,
    };
  });
}

/**
 * Adds a target or changes one: the change is a new row, the one it replaces is kept with
 * `supersededAt` (by `replaces`, else the current one of the same element, source and date).
 */
export async function setRecycledContentTarget(
  ctx: RequestContext,
  input: RecycledContentTargetInput,
): Promise<RecycledContentTarget> {
  const viewer = requireRole(ctx, ...RECYCLED_CONTENT_PERMISSIONS.setRecycledContentTarget);
  const dueDate = dayOf(input.dueDate);
  return inTransaction(ctx, async (tx) => {
    await tx.manager.query("SELECT pg_advisory_xact_lock(hashtext('recycled_content_target'))");
    const replaced = input.replaces
      ? await tx.manager.findOneBy(RecycledContentTarget, { id: input.replaces })
      : await tx.manager
          .createQueryBuilder(RecycledContentTarget, "t")
          .where("t.element = :element AND t.source = :source AND t.dueDate = :dueDate", {
            element: input.element,
            source: input.source,
            dueDate,
          })
          .andWhere("t.supersededAt IS NULL")
          .getOne();
    if (input.replaces && (!replaced || replaced.supersededAt))
      throw badInput([{ path: "input.replaces", message: "is not a current target" }]);
    if (replaced) {
      await tx.manager.update(RecycledContentTarget, { id: replaced.id }, { supersededAt: tx.now });
    } else {
      const [{ n }] = (await tx.manager.query(
        `SELECT count(*)::int AS n FROM recycled_content_target WHERE superseded_at IS NULL`,
      )) as { n: number }[];
      if (n >= MAX_CURRENT_TARGETS)
        throw stateConflict(
          `There are already ${MAX_CURRENT_TARGETS} current targets, the most kept`,
        );
    }
    const inserted = await tx.manager.insert(RecycledContentTarget, {
      element: input.element,
      share: input.share,
      dueDate,
      source: input.source,
      note: trimToNull(input.note),
      createdById: viewer.userId,
      createdAt: tx.now,
      supersededAt: null,
    });
    const id = inserted.identifiers[0].id as string;
    const after = await tx.manager.findOneByOrFail(RecycledContentTarget, { id });
    await tx.record({
      action: replaced ? "recycledContentTarget.changed" : "recycledContentTarget.set",
      entityType: TARGET,
      entityId: id,
      before: replaced
        ? {
            id: replaced.id,
            element: replaced.element,
            source: replaced.source,
            share: replaced.share,
            dueDate: dayOf(replaced.dueDate),
          }
        : null,
      after: {
        element: after.element,
        source: after.source,
        share: after.share,
        dueDate,
        note: after.note,
      },
    });
    return after;
  });
}
