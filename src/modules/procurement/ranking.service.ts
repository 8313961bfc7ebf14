import type { RequestContext } from "../../graphql/context";
import { decodeCursor, encodeCursor, pageSize, type Connection } from "../../graphql/pagination";
import { badInput } from "../../shared/errors";
import { requireRole } from "../identity/access";
import { SUPPLIER_COLUMNS, supplierFromRow, type SupplierRow } from "../supplier/supplier.row";
import { ProcurementStatus } from "../../shared/domain/procurement.enums";
import { ALL_CATEGORIES_SCOPE } from "./ranking-entry.entity";
import type { RankedSupplier, RankingFilter } from "./ranking.types";
import { PROCUREMENT_PERMISSIONS } from "./procurement.permissions";

export const DEFAULT_RANKED_STATUSES = [ProcurementStatus.APPROVED, ProcurementStatus.CONDITIONAL];

function statusesOf(filter: RankingFilter | undefined): ProcurementStatus[] {
  const statuses = filter?.statuses?.length
    ? [...new Set(filter.statuses)]
    : DEFAULT_RANKED_STATUSES;
  if (statuses.includes(ProcurementStatus.BLOCKED)) {
    throw badInput([{ path: "filter.statuses", message: "BLOCKED suppliers are never ranked" }]);
  }
  return statuses;
}

interface RankingRow extends SupplierRow {
  priority_score: number;
  esg_score: number;
  supplier_name: string;
  grade: RankedSupplier["grade"];
  status: ProcurementStatus;
  explanation: RankedSupplier["explanation"];
  adjustment_ids: string[];
  target_substances: RankedSupplier["targetSubstances"];
  status_reasons?: string[];
  total_count: number;
  rank_offset: number;
}

/**
 * SPEC 8 ranking: priority desc, ESG score desc, name, id. Keyset pagination on the
 * ranking_entry_order_idx index; the cursor carries the last row's key (not its rank: ranks are
 * recounted, so a forged cursor cannot report made-up ranks). One statement per call: the page
 * with its suppliers and, as scalar subqueries, the total count and the rows ahead of the page (a second statement counts only when the page is empty). Hand-written
 * SQL and mapping because this is the hottest read: the query builder and entity hydration cost
 * several times the query itself.
 */
export interface RankingPageOptions {
  /** A page larger than the API's (the CSV export streams pages of this size). */
  maxPageSize?: number;
  /** Joins each supplier's stored status reasons into the same statement (the CSV shows them). */
  statusReasons?: boolean;
}

export async function listRankings(
  ctx: RequestContext,
  filter: RankingFilter | undefined,
  first: number | undefined,
  after: string | undefined,
  { maxPageSize, statusReasons = false }: RankingPageOptions = {},
): Promise<Connection<RankedSupplier>> {
  requireRole(ctx, ...PROCUREMENT_PERMISSIONS.supplierRankings);
  const limit = maxPageSize ?? pageSize(first);
  const statuses = statusesOf(filter);
  const params: unknown[] = [filter?.categoryId ?? ALL_CATEGORIES_SCOPE, statuses];
  const conditions = ["e.scope_id = $1", "e.status = ANY($2)"];
  if (filter?.country) {
    params.push(filter.country.toUpperCase());
    conditions.push(`e.country = $${params.length}`);
  }
  if (filter?.minGrade) {
    params.push(filter.minGrade);
    conditions.push(`e.grade <= $${params.length}`);
  }
  const filtered = conditions.join(" AND ");

  // The rank is never taken from the cursor (a client could forge it): the statement counts the
  // filtered rows at or before the cursor's key position, an index-only count on
  // ranking_entry_order_idx that also gives the right ranks when rows moved since the last page.
  let keyset = "";
  let offsetSql = "0";
  if (after) {
    const [priority, esg, name, id] = decodeCursor(after, ["number", "number", "string", "uuid"]);
    params.push(priority, esg, name, id);
    const [p, e, n, i] = [params.length - 3, params.length - 2, params.length - 1, params.length];
    keyset = ` AND e.priority_score <= $${p} AND (e.priority_score < $${p} OR (e.priority_score = $${p}
      AND (e.esg_score < $${e} OR (e.esg_score = $${e} AND (e.supplier_name > $${n}
      OR (e.supplier_name = $${n} AND e.supplier_id > $${i}))))))`;
    const atOrBefore = `e.priority_score >= $${p} AND (e.priority_score > $${p} OR (e.priority_score = $${p}
      AND (e.esg_score > $${e} OR (e.esg_score = $${e} AND (e.supplier_name < $${n}
      OR (e.supplier_name = $${n} AND e.supplier_id <= $${i}))))))`;
    offsetSql = `(SELECT count(*)::int FROM ranking_entry e WHERE ${filtered} AND ${atOrBefore})`;
  }
  params.push(limit + 1);
  const rows = (await ctx.dataSource.query(
    `SELECT e.priority_score, e.esg_score, e.supplier_name, e.grade, e.status, e.explanation,
       e.adjustment_ids, e.target_substances, ${SUPPLIER_COLUMNS},${statusReasons ? " COALESCE(st.status_reasons, '[]'::jsonb) AS status_reasons," : ""}
       (SELECT count(*)::int FROM ranking_entry e WHERE ${filtered}) AS total_count,
       ${offsetSql} AS rank_offset
     FROM ranking_entry e JOIN supplier s ON s.id = e.supplier_id${statusReasons ? " LEFT JOIN supplier_standing st ON st.supplier_id = e.supplier_id" : ""}
     WHERE ${filtered}${keyset}
     ORDER BY e.priority_score DESC, e.esg_score DESC, e.supplier_name ASC, e.supplier_id ASC
     LIMIT $${params.length}`,
    params,
  )) as RankingRow[];
  const offset = rows[0]?.rank_offset ?? 0;
  const totalCount =
    rows.length > 0
      ? rows[0].total_count
      : ((
          (await ctx.dataSource.query(
            `SELECT count(*)::int AS n FROM ranking_entry e WHERE ${filtered}`,
            params.slice(0, conditions.length),
          )) as { n: number }[]
        )[0]?.n ?? 0);

  const page = rows.slice(0, limit);
  const edges = page.map((row, index) => {
    const supplier = supplierFromRow(row);
    // The page already holds the suppliers: nested supplier fields cost no extra query.
    ctx.loaders.supplier.prime(supplier.id, supplier);
    const rank = offset + index + 1;
    const node: RankedSupplier = {
      rank,
      supplier,
      priorityScore: row.priority_score,
      esgScore: row.esg_score,
      grade: row.grade,
      status: row.status,
      explanation: row.explanation,
      adjustmentIds: row.adjustment_ids,
      adjustments: [],
      targetSubstances: row.target_substances,
      ...(row.status_reasons ? { statusReasons: row.status_reasons } : {}),
    };
    return {
      node,
      cursor: encodeCursor([row.priority_score, row.esg_score, row.supplier_name, supplier.id]),
    };
  });
  return {
    edges,
    totalCount,
    pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
