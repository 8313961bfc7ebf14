import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The ranking page cache's version counter (src/modules/procurement/ranking-page-cache.ts): one
 * row, bumped once by every transaction that writes what a cached ranking page shows (ranking
 * rows, suppliers, standings, priority adjustments), whoever writes it (the portal, a script,
 * psql). The triggers are deferred to commit, so the row is locked only while the transaction
 * commits, not from its first write on; a rolled-back transaction bumps nothing.
 */
export class RankingPageVersion1796295356601 implements MigrationInterface {
  name = "RankingPageVersion1796295356601";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "ranking_page_version" (
         "id" smallint PRIMARY KEY CHECK ("id" = 1),
         "version" bigint NOT NULL
       )`,
    );
    await queryRunner.query(`INSERT INTO "ranking_page_version" ("id", "version") VALUES (1, 1)`);
    // Once per transaction: the transaction-local setting remembers that this one has bumped.
    await queryRunner.query(
      `CREATE FUNCTION bump_ranking_page_version() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF current_setting('esg.ranking_page_bumped', true) IS DISTINCT FROM 'yes' THEN
           UPDATE ranking_page_version SET version = version + 1 WHERE id = 1;
           PERFORM set_config('esg.ranking_page_bumped', 'yes', true);
         END IF;
         RETURN NULL;
       END $$`,
    );
    for (const table of RANKED_TABLES) {
      await queryRunner.query(
        `CREATE CONSTRAINT TRIGGER "${table}_ranking_page_version"
         AFTER INSERT OR UPDATE OR DELETE ON "${table}"
         DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
         EXECUTE FUNCTION bump_ranking_page_version()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER "${table}_ranking_page_truncated" AFTER TRUNCATE ON "${table}"
         FOR EACH STATEMENT EXECUTE FUNCTION bump_ranking_page_version()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of RANKED_TABLES) {
      await queryRunner.query(`DROP TRIGGER "${table}_ranking_page_truncated" ON "${table}"`);
      await queryRunner.query(`DROP TRIGGER "${table}_ranking_page_version" ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION bump_ranking_page_version()`);
    await queryRunner.query(`DROP TABLE "ranking_page_version"`);
  }
}

/** What a cacheable ranking page reads (the cache's field list names nothing else). */
const RANKED_TABLES = [
  "ranking_entry",
  "supplier",
  "supplier_standing",
  "priority_adjustment",
] as const;
