import type { MigrationInterface, QueryRunner } from "typeorm";

export class CorrectiveActionHistorySequence1796195854224 implements MigrationInterface {
  name = "CorrectiveActionHistorySequence1796195854224";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."corrective_action_transition_cap_idx"`);
    await queryRunner.query(
      `ALTER TABLE "corrective_action_transition" ADD "seq" BIGSERIAL NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "corrective_action_transition_cap_seq_idx" ON "corrective_action_transition" ("corrective_action_id", "seq") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."corrective_action_transition_cap_seq_idx"`);
    await queryRunner.query(`ALTER TABLE "corrective_action_transition" DROP COLUMN "seq"`);
    await queryRunner.query(
      `CREATE INDEX "corrective_action_transition_cap_idx" ON "corrective_action_transition" ("at", "corrective_action_id") `,
    );
  }
}
