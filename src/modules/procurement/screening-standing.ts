import type { ScreeningHitInput } from "../scoring/procurement-status";

/** The screening hits that count for a supplier's status now, and when that next changes. */
export interface ScreeningStanding {
  /** Uncleared hits on existing nodes without an approved, unexpired rebuttal. */
  hits: ScreeningHitInput[];
  /** The earliest expiry of an approved rebuttal in force: the hit blocks again then. */
  changesAt: Date | null;
}

/** A hit as the standing's one supplier statement reads it (JSON: times as text). */
export interface ScreeningHitRow {
  node: string;
  list: ScreeningHitInput["list"];
  rebutted_until: string | null;
}

/**
 * Issue 18 (SPEC 11): the supplier's uncleared hits on nodes still on a map, each with the
 * latest expiry of its approved rebuttals in force; a column of the supplier statement
 * (`s` the supplier, `$3` now), so the recompute reads no extra statement.
 */
export const SCREENING_HITS_COLUMN = `COALESCE((SELECT json_agg(json_build_object(
           'node', h.node_name, 'list', h.kind,
           'rebutted_until', (SELECT max(r.expires_at) FROM screening_rebuttal r
             WHERE r.hit_id = h.id AND r.status = 'APPROVED' AND r.expires_at > $3))
           ORDER BY h.node_name, h.id)
         FROM screening_hit h
         WHERE h.supplier_id = s.id AND h.cleared_at IS NULL AND h.node_id IS NOT NULL),
         '[]') AS screening_hits`;

export function screeningStandingOf(rows: readonly ScreeningHitRow[]): ScreeningStanding {
  const until = rows.flatMap((r) => (r.rebutted_until ? [Date.parse(r.rebutted_until)] : []));
  return {
    hits: rows
      .filter((r) => r.rebutted_until === null)
      .map((r) => ({ node: r.node, list: r.list })),
    changesAt: until.length > 0 ? new Date(Math.min(...until)) : null,
  };
}
