import type { EntityManager } from "typeorm";
import type { ScreeningHitInput } from "../scoring/procurement-status";

/** The screening hits that count for a supplier's status now, and when that next changes. */
export interface ScreeningStanding {
  /** Uncleared hits on existing nodes without an approved, unexpired rebuttal. */
  hits: ScreeningHitInput[];
  /** The earliest expiry of an approved rebuttal in force: the hit blocks again then. */
  changesAt: Date | null;
}

/** Issue 18 (SPEC 11): read in the standing's transaction, one statement. */
export async function loadScreeningStanding(
  manager: EntityManager,
  supplierId: string,
  now: Date,
): Promise<ScreeningStanding> {
  const rows = (await manager.query(
    `SELECT h.node_name, h.kind,
       (SELECT max(r.expires_at) FROM screening_rebuttal r
         WHERE r.hit_id = h.id AND r.status = 'APPROVED' AND r.expires_at > $2) AS rebutted_until
     FROM screening_hit h
     WHERE h.supplier_id = $1 AND h.cleared_at IS NULL AND h.node_id IS NOT NULL
     ORDER BY h.node_name, h.id`,
    [supplierId, now],
  )) as {
    node_name: string;
    kind: ScreeningHitInput["list"];
    rebutted_until: Date | null;
  }[];
  const until = rows.flatMap((r) => (r.rebutted_until ? [r.rebutted_until.getTime()] : []));
  return {
    hits: rows
      .filter((r) => r.rebutted_until === null)
      .map((r) => ({ node: r.node_name, list: r.kind })),
    changesAt: until.length > 0 ? new Date(Math.min(...until)) : null,
  };
}
