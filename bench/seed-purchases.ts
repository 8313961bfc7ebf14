import type { DataSource, QueryRunner } from "typeorm";

/** 100 rows a supplier: 1 000 000 purchase rows at the default 10 000 suppliers. */
export const PURCHASES_PER_SUPPLIER = 100;

/** The months the purchases spread over, to the current one. */
export const PURCHASE_MONTHS = 36;

export interface PurchaseSeedSummary {
  purchases: number;
  declarations: number;
  seconds: number;
}

/**
 * The recycled-content data: every other supplier buys battery raw material (LITHIUM, or
 * BATTERY_CELL), the rest in one of the thirteen categories; each supplier 100 purchase rows
 * over the last 36 months (quantities 50-5 049 kg). 60 % of the battery suppliers declare
 * lithium (BATTERY_CELL ones also cobalt and nickel) over the 36 months, a third of those
 * verified. All set-based (`generate_series`), a batch of 1 000 suppliers per statement, with
 * the triggers on: the monthly rollup is built as an import would build it. Declarations go
 * first, so each purchase batch only recomputes its own suppliers' cells.
 */
export async function seedPurchases(
  dataSource: DataSource,
  options: { batchSize?: number; onProgress?: (suppliers: number, total: number) => void } = {},
): Promise<PurchaseSeedSummary> {
  const started = Date.now();
  const batchSize = options.batchSize ?? 1000;
  // One session throughout: the supplier list is a temporary table.
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    return await seedWith(runner, batchSize, options.onProgress, started);
  } finally {
    await runner.release();
  }
}

async function seedWith(
  runner: QueryRunner,
  batchSize: number,
  onProgress: ((suppliers: number, total: number) => void) | undefined,
  started: number,
): Promise<PurchaseSeedSummary> {
  await runner.query(`
    CREATE TEMP TABLE bench_buyer AS
    SELECT s.id AS supplier_id, row_number() OVER (ORDER BY s.id) AS n,
           (SELECT id FROM app_user WHERE email = 'buyer@bench.esg') AS buyer_id
      FROM supplier s`);
  await runner.query(`
    ALTER TABLE bench_buyer ADD COLUMN category_id uuid;
    UPDATE bench_buyer b SET category_id = c.id
      FROM (SELECT id, code, row_number() OVER (ORDER BY code) - 1 AS k FROM material_category) c
     WHERE c.code = CASE WHEN b.n % 4 = 0 THEN 'LITHIUM' WHEN b.n % 4 = 2 THEN 'BATTERY_CELL' END
        OR (b.n % 2 = 1 AND c.k = b.n % 13)`);
  const [{ declarations }] = (await runner.query(
    `WITH declared AS (
       INSERT INTO recycled_content_declaration (supplier_id, category_id, element, valid_from,
         valid_to, element_fraction, recycled_fraction, pre_consumer_fraction,
         post_consumer_fraction, method, evidence, declared_by_id, declared_at, verified_by_id,
         verified_at, verification_note)
       SELECT b.supplier_id, b.category_id, e.element,
              (date_trunc('month', now()) - make_interval(months => $1 - 1))::date,
              date_trunc('month', now())::date,
              e.fraction + (b.n % 5) * 0.005, 0.04 + (b.n % 7) * 0.01, 0.02, 0.02 + (b.n % 7) * 0.01,
              CASE WHEN b.n % 8 = 0 THEN 'SEGREGATED' ELSE 'MASS_BALANCE' END, '[]', b.buyer_id, now(),
              CASE WHEN b.n % 3 = 0 THEN b.buyer_id END, CASE WHEN b.n % 3 = 0 THEN now() END,
              CASE WHEN b.n % 3 = 0 THEN 'bench' END
         FROM bench_buyer b
         JOIN material_category c ON c.id = b.category_id
         CROSS JOIN LATERAL (VALUES ('LI', 0.02), ('CO', 0.05), ('NI', 0.1)) e(element, fraction)
        WHERE b.n % 2 = 0 AND b.n % 10 < 6 AND (e.element = 'LI' OR c.code = 'BATTERY_CELL')
       RETURNING 1)
     SELECT count(*)::int AS declarations FROM declared`,
    [PURCHASE_MONTHS],
  )) as { declarations: number }[];
  const [{ total }] = (await runner.query(`SELECT count(*)::int AS total FROM bench_buyer`)) as {
    total: number;
  }[];
  for (let from = 0; from < total; from += batchSize) {
    await runner.query(
      `INSERT INTO purchase_record (supplier_id, category_id, period, quantity_kg, reference,
         created_by_id, created_at)
       SELECT b.supplier_id, b.category_id,
              (date_trunc('month', now()) - make_interval(months => (i % $3)::int))::date,
              50 + (b.n * 7919 + i * 104729) % 5000, 'BENCH-' || b.n || '-' || i, b.buyer_id, now()
         FROM bench_buyer b CROSS JOIN generate_series(0, $4 - 1) i
        WHERE b.n > $1 AND b.n <= $2`,
      [from, from + batchSize, PURCHASE_MONTHS, PURCHASES_PER_SUPPLIER],
    );
    onProgress?.(Math.min(from + batchSize, total), total);
  }
  await runner.query(`DROP TABLE bench_buyer`);
  await runner.query(`VACUUM ANALYZE purchase_record`);
  await runner.query(`VACUUM ANALYZE recycled_content_declaration`);
  await runner.query(`VACUUM ANALYZE recycled_content_month`);
  return {
    purchases: total * PURCHASES_PER_SUPPLIER,
    declarations,
    seconds: (Date.now() - started) / 1000,
  };
}
