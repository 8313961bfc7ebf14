import type { MigrationInterface, QueryRunner } from "typeorm";

export class AuditEventSequence1795803660773 implements MigrationInterface {
  name = "AuditEventSequence1795803660773";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."audit_event_entity_idx"`);
    await queryRunner.query(`ALTER TABLE "audit_event" ADD "seq" BIGSERIAL NOT NULL`);
    await queryRunner.query(
      `CREATE INDEX "audit_event_entity_seq_idx" ON "audit_event" ("entity_type", "entity_id", "seq") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."audit_event_entity_seq_idx"`);
    await queryRunner.query(`ALTER TABLE "audit_event" DROP COLUMN "seq"`);
    await queryRunner.query(
      `CREATE INDEX "audit_event_entity_idx" ON "audit_event" ("at", "entity_id", "entity_type") `,
    );
  }
}
