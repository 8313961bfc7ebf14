import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * recycled_content_month summed per element, month and category, so the figure's monthly series
 * and the targets' trend read a few hundred rows, not one per supplier. Its writers already hold
 * the category's advisory lock (recycled_content_month_replace), so a recompute sees them all.
 */
export class RecycledContentCategoryMonth1796238067745 implements MigrationInterface {
  name = "RecycledContentCategoryMonth1796238067745";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "recycled_content_category_month" ("element" character varying(2) NOT NULL, "period" date NOT NULL, "category_id" uuid NOT NULL, "kg" numeric NOT NULL, "covered_kg" numeric NOT NULL, "element_kg" numeric NOT NULL, "recycled_kg" numeric NOT NULL, "verified_recycled_kg" numeric NOT NULL, "pre_kg" numeric NOT NULL, "post_kg" numeric NOT NULL, CONSTRAINT "PK_52555c9481f7153c3532056d2f8" PRIMARY KEY ("element", "period", "category_id"))`,
    );
    await queryRunner.query(`CREATE FUNCTION recycled_content_category_month() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM recycled_content_category_month t
         USING (SELECT DISTINCT element, period, category_id FROM changed) k
         WHERE t.element = k.element AND t.period = k.period AND t.category_id = k.category_id;
        INSERT INTO recycled_content_category_month
        SELECT r.element, r.period, r.category_id, sum(r.kg),
               coalesce(sum(r.kg) FILTER (WHERE r.declared), 0), sum(r.element_kg), sum(r.recycled_kg),
               coalesce(sum(r.recycled_kg) FILTER (WHERE r.verified), 0), sum(r.pre_kg), sum(r.post_kg)
          FROM recycled_content_month r
          JOIN (SELECT DISTINCT element, period, category_id FROM changed) k
            ON r.element = k.element AND r.period = k.period AND r.category_id = k.category_id
         GROUP BY 1, 2, 3;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER recycled_content_category_month_insert AFTER INSERT ON "recycled_content_month" REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION recycled_content_category_month()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER recycled_content_category_month_delete AFTER DELETE ON "recycled_content_month" REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION recycled_content_category_month()`,
    );
    await queryRunner.query(`INSERT INTO recycled_content_category_month
      SELECT element, period, category_id, sum(kg), coalesce(sum(kg) FILTER (WHERE declared), 0),
             sum(element_kg), sum(recycled_kg), coalesce(sum(recycled_kg) FILTER (WHERE verified), 0),
             sum(pre_kg), sum(post_kg)
        FROM recycled_content_month GROUP BY 1, 2, 3`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP TRIGGER recycled_content_category_month_delete ON "recycled_content_month"`,
    );
    await queryRunner.query(
      `DROP TRIGGER recycled_content_category_month_insert ON "recycled_content_month"`,
    );
    await queryRunner.query(`DROP FUNCTION recycled_content_category_month()`);
    await queryRunner.query(`DROP TABLE "recycled_content_category_month"`);
  }
}
