import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The recycled-content figure's monthly rollup (issue 17: the portfolio query at 1M purchase
 * rows): one row per element, month, category and supplier, kept by triggers in the writing
 * transaction. A change recomputes whole (supplier, category) cells from the raw rows rather
 * than adding deltas, so a rollup row is always what the raw rows give now.
 */
export class RecycledContentMonth1796236568252 implements MigrationInterface {
  name = "RecycledContentMonth1796236568252";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "recycled_content_month" ("element" character varying(2) NOT NULL, "period" date NOT NULL, "category_id" uuid NOT NULL, "supplier_id" uuid NOT NULL, "kg" numeric NOT NULL, "declared" boolean NOT NULL, "verified" boolean NOT NULL, "element_kg" numeric NOT NULL, "recycled_kg" numeric NOT NULL, "pre_kg" numeric NOT NULL, "post_kg" numeric NOT NULL, CONSTRAINT "PK_350fd5d87fa764388553eb79a7f" PRIMARY KEY ("element", "period", "category_id", "supplier_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "recycled_content_month_category_idx" ON "recycled_content_month" ("element", "category_id", "supplier_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "recycled_content_month_purchase_idx" ON "recycled_content_month" ("supplier_id", "category_id", "period") `,
    );
    // The rows of the given (supplier, category) pairs and of whole categories, for every
    // element declared in the category: non-voided kg with the latest declaration in force.
    await queryRunner.query(`CREATE FUNCTION recycled_content_month_cells(suppliers uuid[], categories uuid[], whole uuid[])
      RETURNS SETOF recycled_content_month LANGUAGE sql STABLE AS $$
        SELECT e.element, b.period, b.category_id, b.supplier_id, b.kg,
               d.id IS NOT NULL, d.verified_at IS NOT NULL,
               b.kg * coalesce(d.element_fraction, 0),
               b.kg * coalesce(d.element_fraction * d.recycled_fraction, 0),
               b.kg * coalesce(d.element_fraction * d.pre_consumer_fraction, 0),
               b.kg * coalesce(d.element_fraction * d.post_consumer_fraction, 0)
          FROM (SELECT p.supplier_id, p.category_id, p.period, sum(p.quantity_kg) AS kg
                  FROM purchase_record p
                 WHERE p.voided_at IS NULL AND p.category_id = ANY (whole)
                 GROUP BY 1, 2, 3
                UNION ALL
                SELECT p.supplier_id, p.category_id, p.period, sum(p.quantity_kg)
                  FROM unnest(suppliers, categories) k(supplier_id, category_id)
                  JOIN purchase_record p ON p.supplier_id = k.supplier_id AND p.category_id = k.category_id
                 WHERE p.voided_at IS NULL AND NOT p.category_id = ANY (whole)
                 GROUP BY 1, 2, 3) b
          JOIN (SELECT DISTINCT element, category_id FROM recycled_content_declaration) e
            ON e.category_id = b.category_id
          LEFT JOIN LATERAL (
            SELECT d.id, d.verified_at, d.element_fraction, d.recycled_fraction,
                   d.pre_consumer_fraction, d.post_consumer_fraction
              FROM recycled_content_declaration d
             WHERE d.supplier_id = b.supplier_id AND d.category_id = b.category_id
               AND d.element = e.element AND d.valid_from <= b.period AND d.valid_to >= b.period
             ORDER BY d.declared_at DESC, d.id DESC
             LIMIT 1) d ON true
      $$`);
    // Replaces the rows of those pairs and categories. Writers of one category queue on an
    // advisory lock, so each recomputes after the other's commit (READ COMMITTED: every
    // statement here takes a new snapshot).
    await queryRunner.query(`CREATE FUNCTION recycled_content_month_replace(suppliers uuid[], categories uuid[], whole uuid[])
      RETURNS void LANGUAGE plpgsql AS $$
        BEGIN
          PERFORM pg_advisory_xact_lock(17, hashtext(c::text))
             FROM (SELECT DISTINCT c FROM unnest(categories || whole) c ORDER BY 1) x;
          DELETE FROM recycled_content_month r WHERE r.category_id = ANY (whole);
          DELETE FROM recycled_content_month r USING unnest(suppliers, categories) k(s, c)
           WHERE r.supplier_id = k.s AND r.category_id = k.c;
          INSERT INTO recycled_content_month SELECT * FROM recycled_content_month_cells(suppliers, categories, whole);
        END $$`);
    // A purchase added or voided: its (supplier, category) cells.
    await queryRunner.query(`CREATE FUNCTION purchase_record_month() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE s uuid[]; c uuid[];
      BEGIN
        SELECT coalesce(array_agg(supplier_id), '{}'), coalesce(array_agg(category_id), '{}') INTO s, c
          FROM (SELECT DISTINCT supplier_id, category_id FROM changed) k;
        PERFORM recycled_content_month_replace(s, c, '{}');
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER purchase_record_month_insert AFTER INSERT ON "purchase_record" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION purchase_record_month()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER purchase_record_month_update AFTER UPDATE ON "purchase_record" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION purchase_record_month()`,
    );
    // A declaration added or verified: its (supplier, category) cells; the whole category when
    // it is the first of its element there (the category's other suppliers now count, as NONE).
    await queryRunner.query(`CREATE FUNCTION recycled_content_declaration_month() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE s uuid[]; c uuid[]; w uuid[];
      BEGIN
        PERFORM pg_advisory_xact_lock(17, hashtext(category_id::text))
           FROM (SELECT DISTINCT category_id FROM changed ORDER BY 1) x;
        SELECT coalesce(array_agg(DISTINCT n.category_id), '{}') INTO w FROM changed n
         WHERE NOT EXISTS (SELECT 1 FROM recycled_content_month r
                            WHERE r.element = n.element AND r.category_id = n.category_id);
        SELECT coalesce(array_agg(supplier_id), '{}'), coalesce(array_agg(category_id), '{}') INTO s, c
          FROM (SELECT DISTINCT supplier_id, category_id FROM changed WHERE NOT category_id = ANY (w)) k;
        PERFORM recycled_content_month_replace(s, c, w);
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER recycled_content_declaration_month_insert AFTER INSERT ON "recycled_content_declaration" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION recycled_content_declaration_month()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER recycled_content_declaration_month_update AFTER UPDATE ON "recycled_content_declaration" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION recycled_content_declaration_month()`,
    );
    // What is there already.
    await queryRunner.query(
      `SELECT recycled_content_month_replace('{}', '{}', ARRAY(SELECT id FROM material_category))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [trigger, table] of [
      ["recycled_content_declaration_month_update", "recycled_content_declaration"],
      ["recycled_content_declaration_month_insert", "recycled_content_declaration"],
      ["purchase_record_month_update", "purchase_record"],
      ["purchase_record_month_insert", "purchase_record"],
    ])
      await queryRunner.query(`DROP TRIGGER ${trigger} ON "${table}"`);
    await queryRunner.query(`DROP FUNCTION recycled_content_declaration_month()`);
    await queryRunner.query(`DROP FUNCTION purchase_record_month()`);
    await queryRunner.query(`DROP FUNCTION recycled_content_month_replace(uuid[], uuid[], uuid[])`);
    await queryRunner.query(`DROP FUNCTION recycled_content_month_cells(uuid[], uuid[], uuid[])`);
    await queryRunner.query(`DROP INDEX "public"."recycled_content_month_purchase_idx"`);
    await queryRunner.query(`DROP INDEX "public"."recycled_content_month_category_idx"`);
    await queryRunner.query(`DROP TABLE "recycled_content_month"`);
  }
}
