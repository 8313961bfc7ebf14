import type { MigrationInterface, QueryRunner } from "typeorm";

export class Webhooks1796237362046 implements MigrationInterface {
  name = "Webhooks1796237362046";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "webhook" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "url" character varying(2000) NOT NULL, "description" character varying(200), "events" character varying(40) array NOT NULL, "secret" character varying(100) NOT NULL, "disabled_at" TIMESTAMP WITH TIME ZONE, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "webhook_events_check" CHECK (cardinality(events) > 0), CONSTRAINT "PK_e6765510c2d078db49632b59020" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "webhook_delivery" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "webhook_id" uuid NOT NULL, "event_key" character varying(300) NOT NULL, "event" character varying(40) NOT NULL, "body" text NOT NULL, "status" character varying(10) NOT NULL, "attempts" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP WITH TIME ZONE, "lease_token" uuid, "lease_until" TIMESTAMP WITH TIME ZONE, "last_status_code" integer, "last_error" character varying(2000), "sent_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "webhook_delivery_status_check" CHECK (status IN ('PENDING', 'SENT', 'FAILED')), CONSTRAINT "PK_b1ae290239a778f12399db91354" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "webhook_delivery_log_idx" ON "webhook_delivery" ("webhook_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "webhook_delivery_due_idx" ON "webhook_delivery" ("next_attempt_at") WHERE status = 'PENDING'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "webhook_delivery_event_key" ON "webhook_delivery" ("webhook_id", "event_key") `,
    );
    await queryRunner.query(
      `ALTER TABLE "webhook_delivery" ADD CONSTRAINT "FK_ef25cc28dcf88ea3dd81f39af2d" FOREIGN KEY ("webhook_id") REFERENCES "webhook"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "webhook_delivery" DROP CONSTRAINT "FK_ef25cc28dcf88ea3dd81f39af2d"`,
    );
    await queryRunner.query(`DROP INDEX "public"."webhook_delivery_event_key"`);
    await queryRunner.query(`DROP INDEX "public"."webhook_delivery_due_idx"`);
    await queryRunner.query(`DROP INDEX "public"."webhook_delivery_log_idx"`);
    await queryRunner.query(`DROP TABLE "webhook_delivery"`);
    await queryRunner.query(`DROP TABLE "webhook"`);
  }
}
