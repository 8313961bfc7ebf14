import type { RequestContext } from "../../graphql/context";
import { decodeCursor, pageSize, toConnection, type Connection } from "../../graphql/pagination";
import { entityFrom, selectList, tableOf } from "../../database/rows";
import { ScoreSnapshot } from "./score-snapshot.entity";

/** A supplier's score snapshots, newest first (the caller has already checked visibility). */
export async function listScoreHistory(
  ctx: RequestContext,
  supplierId: string,
  first: number | undefined,
  after: string | undefined,
): Promise<Connection<ScoreSnapshot>> {
  const { manager } = ctx.dataSource;
  const limit = pageSize(first);
  const table = tableOf(manager, ScoreSnapshot);
  const params: unknown[] = [supplierId, limit + 1];
  if (after) params.push(decodeCursor(after, ["seq"])[0]);
  // The count rides along with the page: one statement, not two.
  const raw = (await manager.query(
    `SELECT ${selectList(manager, ScoreSnapshot, "h")},
       (SELECT count(*) FROM ${table} c WHERE c.supplier_id = $1)::int AS total_count
     FROM ${table} h
     WHERE h.supplier_id = $1 ${after ? "AND h.seq < $3" : ""}
     ORDER BY h.seq DESC
     LIMIT $2`,
    params,
  )) as Array<Record<string, unknown> & { total_count: number }>;
  const rows = raw.map((row) => entityFrom(manager, ScoreSnapshot, row, "h")!);
  // An empty page after a cursor says nothing about the rows before it.
  const totalCount =
    raw.length > 0
      ? raw[0].total_count
      : after
        ? (
            (await manager.query(`SELECT count(*)::int AS n FROM ${table} WHERE supplier_id = $1`, [
              supplierId,
            ])) as Array<{ n: number }>
          )[0].n
        : 0;
  return toConnection(rows, limit, totalCount, (h) => [h.seq]);
}
