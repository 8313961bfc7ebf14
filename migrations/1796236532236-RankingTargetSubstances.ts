import type { MigrationInterface, QueryRunner } from "typeorm";

export class RankingTargetSubstances1796236532236 implements MigrationInterface {
  name = "RankingTargetSubstances1796236532236";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "ranking_entry" ADD "target_substances" jsonb NOT NULL DEFAULT '[]'`,
    );
    // Rules 2026.4: every standing is due, so the refresher recomputes it with the new rules.
    await queryRunner.query(`UPDATE "supplier_standing" SET "next_change_at" = now()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "ranking_entry" DROP COLUMN "target_substances"`);
  }
}
