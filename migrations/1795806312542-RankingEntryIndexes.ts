import type { MigrationInterface, QueryRunner } from "typeorm";

export class RankingEntryIndexes1795806312542 implements MigrationInterface {
  name = "RankingEntryIndexes1795806312542";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "ranking_entry_supplier_idx" ON "ranking_entry" ("supplier_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ranking_entry_count_idx" ON "ranking_entry" ("scope_id", "status", "grade", "country") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ranking_entry_count_idx"`);
    await queryRunner.query(`DROP INDEX "public"."ranking_entry_supplier_idx"`);
  }
}
