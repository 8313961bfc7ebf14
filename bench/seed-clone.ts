import type { PoolClient } from "pg";
import type { DataSource, EntityManager } from "typeorm";
import { recomputeWith } from "../src/modules/procurement/standing.service";

/**
 * Past the base set (10 000 suppliers, seeded and recomputed by the application's own code),
 * the benchmark's larger sizes are copies of it: copy c of base supplier n is supplier
 * n + c x base, with its own ids (a v4-shaped uuid derived from the original id and c), its
 * own name, e-mail and site name, and the same audits, results, findings, plans,
 * questionnaires, adjustments, standing, ranking rows and score snapshot. Those last three are
 * copied rather than recomputed: their inputs are the copied rows, identical in everything but
 * ids and names, so the application would store the same numbers (names order ties only at
 * read time). Purchases are not copied: the recycled-content figure stays at the base set's
 * 1 000 000 rows, the size issue 22 names. Copies are spread over `workers` connections, one
 * transaction each, with triggers and foreign-key checks off for those sessions only
 * (`session_replication_role = replica`, as the bulk load).
 */
export const CLONED_TABLES: ReadonlyArray<{ table: string; by: "supplier" | Parent }> = [
  { table: "supplier", by: "supplier" },
  { table: "supplier_site", by: "supplier" },
  { table: "sustainability_verification", by: "supplier" },
  { table: "supplier_category", by: "supplier" },
  { table: "audit", by: "supplier" },
  { table: "audit_item_result", by: { column: "audit_id", base: "bench_base_audit" } },
  { table: "finding", by: "supplier" },
  { table: "corrective_action", by: { column: "finding_id", base: "bench_base_finding" } },
  { table: "self_assessment", by: "supplier" },
  {
    table: "self_assessment_answer",
    by: { column: "self_assessment_id", base: "bench_base_saq" },
  },
  { table: "priority_adjustment", by: "supplier" },
  { table: "supplier_standing", by: "supplier" },
  { table: "score_snapshot", by: "supplier" },
  { table: "ranking_entry", by: "supplier" },
];

interface Parent {
  column: string;
  base: string;
}

/** Columns holding ids of copied rows: mapped to the copy's ids. Others are kept as they are. */
const COPIED_IDS = new Set([
  "supplier_id",
  "audit_id",
  "finding_id",
  "self_assessment_id",
  "site_id",
]);

/** The number at the end of a base name, moved by the copy's offset ($2), six digits. */
const renumbered = (column: string) =>
  `regexp_replace(${column}, '\\d+$', lpad(((substring(${column} from '(\\d+)$'))::int + $2)::text, 6, '0'))`;

function expression(table: string, column: string, type: string): string | null {
  const quoted = `"${column}"`;
  if (column === "id") return type === "uuid" ? `bench_id(${quoted}, $1)` : null;
  if (COPIED_IDS.has(column)) return `bench_id(${quoted}, $1)`;
  if (table === "ranking_entry" && column === "adjustment_ids") {
    return `COALESCE((SELECT jsonb_agg(bench_id(x::uuid, $1)::text) FROM jsonb_array_elements_text(${quoted}) x), '[]'::jsonb)`;
  }
  // Area scores name the audit or questionnaire they come from: the copy's own.
  if (
    (table === "supplier_standing" && column === "score_areas") ||
    (table === "score_snapshot" && column === "areas")
  ) {
    return `(SELECT jsonb_agg(CASE WHEN a->>'sourceId' IS NULL THEN a
        ELSE jsonb_set(a, '{sourceId}', to_jsonb(bench_id((a->>'sourceId')::uuid, $1)::text)) END
        ORDER BY i) FROM jsonb_array_elements(${quoted}) WITH ORDINALITY t(a, i))`;
  }
  if ((table === "supplier" && column === "name") || column === "supplier_name")
    return renumbered(quoted);
  if (table === "supplier" && column === "contact_email") {
    return `'esg' || ((substring(${quoted} from '^esg(\\d+)@'))::int + $2) || '@supplier.bench'`;
  }
  if (table === "supplier_site" && column === "name") {
    return `'Plant ' || ((substring(${quoted} from '(\\d+)$'))::int + $2)`;
  }
  if (table === "supplier" && (column === "external_id" || column === "registration_number")) {
    return `CASE WHEN ${quoted} IS NULL THEN NULL ELSE ${quoted} || '-' || $1 END`;
  }
  return quoted;
}

async function statements(client: PoolClient): Promise<string[]> {
  const sql: string[] = [];
  for (const { table, by } of CLONED_TABLES) {
    const columns = (
      await client.query(
        `SELECT column_name, udt_name FROM information_schema.columns
          WHERE table_schema = 'public' AND table_name = $1 AND is_generated = 'NEVER'
          ORDER BY ordinal_position`,
        [table],
      )
    ).rows as { column_name: string; udt_name: string }[];
    const kept = columns
      .map((c) => ({ name: c.column_name, expr: expression(table, c.column_name, c.udt_name) }))
      .filter((c): c is { name: string; expr: string } => c.expr !== null);
    const filter =
      by === "supplier"
        ? `"${table === "supplier" ? "id" : "supplier_id"}" IN (SELECT id FROM bench_base_supplier WHERE n <= $3)`
        : `"${by.column}" IN (SELECT id FROM ${by.base} WHERE n <= $3)`;
    sql.push(
      `INSERT INTO "${table}" (${kept.map((c) => `"${c.name}"`).join(", ")})
       SELECT ${kept.map((c) => c.expr).join(", ")} FROM "${table}" WHERE ${filter} AND $1::text <> '' AND $2::int >= 0`,
    );
  }
  return sql;
}

export async function cloneSuppliers(
  dataSource: DataSource,
  target: number,
  options: { workers: number; onProgress?: (suppliers: number) => void },
): Promise<{ copies: number; seconds: number }> {
  const started = Date.now();
  const driver = dataSource.driver as unknown as { master: { connect(): Promise<PoolClient> } };
  const setup = await driver.master.connect();
  let base: number;
  let dropped: { name: string; definition: string }[] = [];
  try {
    await setup.query(`
      CREATE TABLE bench_base_supplier AS
        SELECT id, (row_number() OVER (ORDER BY name, id))::int AS n FROM supplier;
      CREATE TABLE bench_base_audit AS
        SELECT a.id, b.n FROM audit a JOIN bench_base_supplier b ON b.id = a.supplier_id;
      CREATE TABLE bench_base_finding AS
        SELECT f.id, b.n FROM finding f JOIN bench_base_supplier b ON b.id = f.supplier_id;
      CREATE TABLE bench_base_saq AS
        SELECT s.id, b.n FROM self_assessment s JOIN bench_base_supplier b ON b.id = s.supplier_id;
      CREATE INDEX ON bench_base_supplier (n);
      ANALYZE bench_base_supplier, bench_base_audit, bench_base_finding, bench_base_saq;
      CREATE FUNCTION bench_id(old uuid, tag text) RETURNS uuid LANGUAGE sql IMMUTABLE AS
        $$ SELECT overlay(overlay(md5(old::text || tag) placing '4' from 13) placing '8' from 17)::uuid $$;`);
    base = Number(
      (await setup.query(`SELECT count(*)::int AS n FROM bench_base_supplier`)).rows[0].n,
    );
    // Plain indexes (the findings' full-text and trigram GIN ones above all) are built once
    // after the copies rather than row by row; unique ones stay and keep checking.
    dropped = (
      await setup.query(
        `SELECT i.indexname AS name, i.indexdef AS definition FROM pg_indexes i
           JOIN pg_index x ON x.indexrelid = (quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))::regclass
          WHERE i.schemaname = 'public' AND i.tablename = ANY($1) AND NOT x.indisunique`,
        [CLONED_TABLES.map((t) => t.table)],
      )
    ).rows as { name: string; definition: string }[];
    for (const index of dropped) await setup.query(`DROP INDEX "${index.name}"`);
  } finally {
    setup.release();
  }
  const copies = Math.ceil(target / base) - 1;
  let done = base;
  const queue = Array.from({ length: copies }, (_, i) => i + 1);
  await Promise.all(
    Array.from({ length: Math.min(options.workers, copies) }, async () => {
      const client = await driver.master.connect();
      try {
        await client.query("SET session_replication_role = replica");
        await client.query("SET synchronous_commit = off");
        const sql = await statements(client);
        for (let copy = queue.shift(); copy !== undefined; copy = queue.shift()) {
          const count = Math.min(base, target - copy * base);
          await client.query("BEGIN");
          try {
            for (const statement of sql)
              await client.query(statement, [`#${copy}`, copy * base, count]);
            await client.query("COMMIT");
          } catch (error) {
            await client.query("ROLLBACK");
            throw error;
          }
          done += count;
          options.onProgress?.(done);
        }
      } finally {
        await client.query("SET session_replication_role = DEFAULT");
        client.release();
      }
    }),
  );
  const rebuild = [...dropped];
  await Promise.all(
    Array.from({ length: options.workers }, async () => {
      const client = await driver.master.connect();
      try {
        await client.query("SET maintenance_work_mem = '256MB'");
        for (let index = rebuild.shift(); index; index = rebuild.shift())
          await client.query(index.definition);
      } finally {
        client.release();
      }
    }),
  );
  if (copies > 0) await verifyCopies(dataSource, copies);
  await dataSource.query(
    `DROP TABLE bench_base_supplier, bench_base_audit, bench_base_finding, bench_base_saq`,
  );
  await dataSource.query(`DROP FUNCTION bench_id(uuid, text)`);
  await dataSource.query("VACUUM ANALYZE");
  return { copies, seconds: (Date.now() - started) / 1000 };
}

/** What a recompute writes, without the supplier's own id and name. */
async function standingOf(manager: EntityManager, supplierId: string): Promise<string> {
  const [standing] = (await manager.query(
    `SELECT score_overall, grade, score_areas, score_explanation, score_valid_until, status,
            status_reasons, material_score, open_zero_tolerance_count, overdue_finding_count,
            last_completed_audit_at, next_audit_due, next_change_at
       FROM supplier_standing WHERE supplier_id = $1`,
    [supplierId],
  )) as object[];
  const rankings = (await manager.query(
    `SELECT scope_id, priority_score, esg_score, grade, status, explanation, target_substances,
            jsonb_array_length(adjustment_ids) AS adjustments
       FROM ranking_entry WHERE supplier_id = $1 ORDER BY scope_id`,
    [supplierId],
  )) as object[];
  return JSON.stringify({ standing, rankings });
}

/**
 * The copies' check: for a sample of base suppliers, their last copy's stored standing and
 * ranking rows are exactly what the application's own recompute writes for it (run in a
 * transaction rolled back). A difference stops the seed.
 */
async function verifyCopies(dataSource: DataSource, copies: number, sample = 25): Promise<void> {
  const pairs = (await dataSource.query(
    `SELECT id AS original, bench_id(id, $1) AS copy FROM bench_base_supplier
      ORDER BY md5(id::text) LIMIT $2`,
    [`#${copies}`, sample],
  )) as { original: string; copy: string }[];
  const now = new Date();
  for (const { original, copy } of pairs) {
    await dataSource
      .transaction(async (manager) => {
        const stored = [original, await standingOf(manager, copy)];
        await recomputeWith(manager, copy, "TIME_PASSED", now);
        const recomputed = [original, await standingOf(manager, copy)];
        if (stored[1] !== recomputed[1]) {
          throw new Error(
            `copy ${copy} of supplier ${original} differs:\n${stored.join("\n")}\n${recomputed.join("\n")}`,
          );
        }
        throw ROLLBACK;
      })
      .catch((error: unknown) => {
        if (error !== ROLLBACK) throw error;
      });
  }
}

const ROLLBACK = new Error("rolled back on purpose");
