import type { RequestContext } from "../../graphql/context";
import { decodeCursor, encodeCursor, pageSize, type Connection } from "../../graphql/pagination";
import { badInput } from "../../shared/errors";
import { requireRole } from "../identity/access";
import { Role } from "../identity/role.enum";
import { Supplier } from "../supplier/supplier.entity";
import { ProcurementStatus } from "./procurement.enums";
import { ALL_CATEGORIES_SCOPE, RankingEntry } from "./ranking-entry.entity";
import type { RankedSupplier, RankingFilter } from "./ranking.types";

export const DEFAULT_RANKED_STATUSES = [ProcurementStatus.APPROVED, ProcurementStatus.CONDITIONAL];

/** Roles that see rankings and their CSV export (SPEC 1: procurement; admins see everything). */
export const RANKING_ROLES = [Role.PROCUREMENT, Role.ADMIN];

function statusesOf(filter: RankingFilter | undefined): ProcurementStatus[] {
  const statuses = filter?.statuses?.length
    ? [...new Set(filter.statuses)]
    : DEFAULT_RANKED_STATUSES;
  if (statuses.includes(ProcurementStatus.BLOCKED)) {
    throw badInput([{ path: "filter.statuses", message: "BLOCKED suppliers are never ranked" }]);
  }
  return statuses;
}

/**
 * SPEC 8 ranking: priority desc, ESG score desc, name, id. Keyset pagination on the
 * ranking_entry_order_idx index; the cursor carries the last row's key and rank, so ranks
 * continue across pages. One count and one page query per call.
 */
export async function listRankings(
  ctx: RequestContext,
  filter: RankingFilter | undefined,
  first: number | undefined,
  after: string | undefined,
  maxPageSize?: number,
): Promise<Connection<RankedSupplier>> {
  requireRole(ctx, ...RANKING_ROLES);
  const limit = maxPageSize ?? pageSize(first);
  const statuses = statusesOf(filter);
  const query = ctx.dataSource.manager
    .createQueryBuilder(RankingEntry, "e")
    .where("e.scopeId = :scope", { scope: filter?.categoryId ?? ALL_CATEGORIES_SCOPE })
    .andWhere("e.status IN (:...statuses)", { statuses });
  if (filter?.country)
    query.andWhere("e.country = :country", { country: filter.country.toUpperCase() });
  if (filter?.minGrade) query.andWhere("e.grade <= :grade", { grade: filter.minGrade });
  const totalCount = await query.clone().getCount();

  let offset = 0;
  if (after) {
    const [priority, esg, name, id, rank] = decodeCursor(after, 5);
    if (typeof priority !== "number" || typeof esg !== "number" || typeof rank !== "number") {
      throw badInput([{ path: "after", message: "is not a cursor returned by this list" }]);
    }
    offset = rank;
    query.andWhere("e.priorityScore <= :p", { p: priority }).andWhere(
      `(e.priorityScore < :p OR (e.priorityScore = :p AND (e.esgScore < :esg OR (e.esgScore = :esg AND
        (e.supplierName > :name OR (e.supplierName = :name AND e.supplierId > :id))))))`,
      { esg, name: String(name), id: String(id) },
    );
  }
  const rows = await query
    .innerJoinAndSelect("e.supplier", "s")
    .orderBy("e.priorityScore", "DESC")
    .addOrderBy("e.esgScore", "DESC")
    .addOrderBy("e.supplierName", "ASC")
    .addOrderBy("e.supplierId", "ASC")
    .limit(limit + 1)
    .getMany();

  const page = rows.slice(0, limit);
  const edges = page.map((entry, index) => {
    const supplier = entry.supplier as Supplier;
    // The page already holds the suppliers: nested supplier fields cost no extra query.
    ctx.loaders.supplier.prime(supplier.id, supplier);
    const rank = offset + index + 1;
    const node: RankedSupplier = {
      rank,
      supplier,
      priorityScore: entry.priorityScore,
      esgScore: entry.esgScore,
      grade: entry.grade,
      status: entry.status,
      explanation: entry.explanation,
      adjustmentIds: entry.adjustmentIds,
      adjustments: [],
    };
    return {
      node,
      cursor: encodeCursor([
        entry.priorityScore,
        entry.esgScore,
        entry.supplierName,
        entry.supplierId,
        rank,
      ]),
    };
  });
  return {
    edges,
    totalCount,
    pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
