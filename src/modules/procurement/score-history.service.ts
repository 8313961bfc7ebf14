import type { RequestContext } from "../../graphql/context";
import { decodeCursor, pageSize, toConnection, type Connection } from "../../graphql/pagination";
import { ScoreSnapshot } from "./score-snapshot.entity";

/** A supplier's score snapshots, newest first (the caller has already checked visibility). */
export async function listScoreHistory(
  ctx: RequestContext,
  supplierId: string,
  first: number | undefined,
  after: string | undefined,
): Promise<Connection<ScoreSnapshot>> {
  const limit = pageSize(first);
  const query = ctx.dataSource.manager
    .createQueryBuilder(ScoreSnapshot, "h")
    .where("h.supplierId = :supplierId", { supplierId });
  const count = query.clone();
  if (after) {
    const [seq] = decodeCursor(after, ["seq"]);
    query.andWhere("h.seq < :seq", { seq });
  }
  // The count rides along with the page: one statement, not two.
  const { entities: rows, raw } = await query
    .addSelect(
      "(SELECT count(*) FROM score_snapshot c WHERE c.supplier_id = :supplierId)",
      "total_count",
    )
    .orderBy("h.seq", "DESC")
    .limit(limit + 1)
    .getRawAndEntities<{ total_count: string }>();
  // An empty page after a cursor says nothing about the rows before it.
  const totalCount =
    raw.length > 0 ? Number(raw[0].total_count) : after ? await count.getCount() : 0;
  return toConnection(rows, limit, totalCount, (h) => [h.seq]);
}
