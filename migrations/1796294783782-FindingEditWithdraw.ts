import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Findings can be edited and withdrawn before their audit completes (issue 20): a version
 * for stale forms, the withdrawal's time and reason, a status long enough for WITHDRAWN, and
 * a full-text index for the findings list's search over descriptions.
 */
export class FindingEditWithdraw1796294783782 implements MigrationInterface {
  name = "FindingEditWithdraw1796294783782";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "finding" ADD "version" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(`ALTER TABLE "finding" ADD "withdrawn_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `ALTER TABLE "finding" ADD "withdrawal_reason" character varying(2000)`,
    );
    // Widened in place (the generated DROP/ADD COLUMN would lose every finding's status).
    await queryRunner.query(
      `ALTER TABLE "finding" ALTER COLUMN "status" TYPE character varying(16)`,
    );
    // Written by hand (the entity declares it with synchronize: false).
    await queryRunner.query(
      `CREATE INDEX "finding_description_search_idx" ON "finding" USING gin (to_tsvector('simple', "description"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."finding_description_search_idx"`);
    await queryRunner.query(
      `ALTER TABLE "finding" ALTER COLUMN "status" TYPE character varying(8)`,
    );
    await queryRunner.query(`ALTER TABLE "finding" DROP COLUMN "withdrawal_reason"`);
    await queryRunner.query(`ALTER TABLE "finding" DROP COLUMN "withdrawn_at"`);
    await queryRunner.query(`ALTER TABLE "finding" DROP COLUMN "version"`);
  }
}
