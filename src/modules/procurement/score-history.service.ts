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
  const totalCount = await query.clone().getCount();
  if (after) {
    const [seq] = decodeCursor(after, ["seq"]);
    query.andWhere("h.seq < :seq", { seq });
  }
  const rows = await query
    .orderBy("h.seq", "DESC")
    .limit(limit + 1)
    .getMany();
  return toConnection(rows, limit, totalCount, (h) => [h.seq]);
}
