import type { RequestContext } from "../../graphql/context";
import { inTransaction } from "../../database/transaction";
import { decodeCursor, pageSize, toConnection, type Connection } from "../../graphql/pagination";
import { badInput, notFound, stateConflict } from "../../shared/errors";
import { trimToNull } from "../../shared/text";
import { requireRole } from "../identity/access";
import { casProblem } from "./cas";
import { SubstanceGroup } from "./substance-group.entity";
import { SubstanceTarget } from "./substance-target.entity";
import { Substance } from "./substance.entity";
import type { SubstanceTargetInput } from "./substance.inputs";
import { MAX_TARGETS } from "./substance.limits";
import { SUBSTANCE_PERMISSIONS } from "./substance.permissions";

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** By name; `search` matches part of the name, or the start of a CAS or EC number. */
export async function listSubstances(
  ctx: RequestContext,
  search: string | undefined,
  first: number | undefined,
  after: string | undefined,
): Promise<Connection<Substance>> {
  requireRole(ctx, ...SUBSTANCE_PERMISSIONS.substances);
  const limit = pageSize(first);
  const query = ctx.dataSource.manager.createQueryBuilder(Substance, "s");
  const term = trimToNull(search);
  if (term) {
    query.where("(s.name ILIKE :contains OR s.cas LIKE :starts OR s.ecNumber LIKE :starts)", {
      contains: `%${escapeLike(term)}%`,
      starts: `${escapeLike(term)}%`,
    });
  }
  const totalCount = await query.clone().getCount();
  if (after) {
    const [name, id] = decodeCursor(after, ["string", "uuid"]);
    query.andWhere("(s.name, s.id) > (:name, :id)", { name, id });
  }
  const rows = await query
    .orderBy("s.name", "ASC")
    .addOrderBy("s.id", "ASC")
    .limit(limit + 1)
    .getMany();
  return toConnection(rows, limit, totalCount, (s) => [s.name, s.id]);
}

/** The substance with this CAS number; a malformed one is BAD_USER_INPUT on `cas`. */
export async function findSubstance(ctx: RequestContext, cas: string): Promise<Substance | null> {
  requireRole(ctx, ...SUBSTANCE_PERMISSIONS.substance);
  const problem = casProblem(cas.trim());
  if (problem) throw badInput([{ path: "cas", message: problem }]);
  return ctx.dataSource.manager.findOneBy(Substance, { cas: cas.trim() });
}

/** ELIMINATE first, then REDUCE; by when they were set. */
export async function listTargets(ctx: RequestContext): Promise<SubstanceTarget[]> {
  requireRole(ctx, ...SUBSTANCE_PERMISSIONS.substanceTargets);
  return ctx.dataSource.manager.find(SubstanceTarget, {
    order: { kind: "ASC", updatedAt: "ASC", id: "ASC" },
    take: MAX_TARGETS,
  });
}

/**
 * Sets the company's target for a substance (by CAS) or a group (by code), adding or changing
 * it: the policy's eliminate / reduce lists are the admins' to keep.
 */
export async function setSubstanceTarget(
  ctx: RequestContext,
  input: SubstanceTargetInput,
): Promise<SubstanceTarget> {
  const viewer = requireRole(ctx, ...SUBSTANCE_PERMISSIONS.setSubstanceTarget);
  const cas = trimToNull(input.cas);
  const groupCode = trimToNull(input.groupCode);
  if ((cas === null) === (groupCode === null))
    throw badInput([{ path: "input.cas", message: "give either cas or groupCode" }]);
  return inTransaction(ctx, async (tx) => {
    let substanceId: string | null = null;
    let groupId: string | null = null;
    if (cas) {
      const substance = await tx.manager.findOneBy(Substance, { cas });
      if (!substance)
        throw badInput([
          { path: "input.cas", message: `no substance ${cas} in the reference data` },
        ]);
      substanceId = substance.id;
    } else {
      const group = await tx.manager.findOneBy(SubstanceGroup, { code: groupCode! });
      if (!group)
        throw badInput([{ path: "input.groupCode", message: `no substance group ${groupCode}` }]);
      groupId = group.id;
    }
    // One writer at a time: the count and the "one target per substance" rule hold.
    await tx.manager.query("SELECT pg_advisory_xact_lock(hashtext('substance_target'))");
    const before = await tx.manager.findOneBy(
      SubstanceTarget,
      substanceId ? { substanceId } : { groupId: groupId! },
    );
    const values = {
      kind: input.kind,
      note: trimToNull(input.note),
      updatedById: viewer.userId,
      updatedAt: tx.now,
    };
    let id: string;
    if (before) {
      await tx.manager.update(SubstanceTarget, { id: before.id }, values);
      id = before.id;
    } else {
      if ((await tx.manager.count(SubstanceTarget)) >= MAX_TARGETS)
        throw stateConflict(`There are already ${MAX_TARGETS} substance targets, the most kept`);
      const inserted = await tx.manager.insert(SubstanceTarget, {
        substanceId,
        groupId,
        ...values,
      });
      id = inserted.identifiers[0].id as string;
    }
    const after = await tx.manager.findOneBy(SubstanceTarget, { id });
    if (!after) throw notFound("SubstanceTarget", id);
    await tx.record({
      action: before ? "substanceTarget.changed" : "substanceTarget.set",
      entityType: "SubstanceTarget",
      entityId: id,
      before: before ? { kind: before.kind, note: before.note } : null,
      after: { substanceId, groupId, kind: after.kind, note: after.note },
    });
    return after;
  });
}
