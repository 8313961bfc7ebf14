import type { MigrationInterface, QueryRunner } from "typeorm";

export class Notifications1796216566748 implements MigrationInterface {
  name = "Notifications1796216566748";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_key" character varying(300) NOT NULL, "kind" character varying(60) NOT NULL, "category" character varying(20) NOT NULL, "recipient_id" uuid NOT NULL, "title" character varying(300) NOT NULL, "body" character varying(4000) NOT NULL, "link" character varying(500), "digest_delivery_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "notification_digest_idx" ON "notification" ("digest_delivery_id") WHERE digest_delivery_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "notification_unread_idx" ON "notification" ("recipient_id") WHERE read_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "notification_recipient_idx" ON "notification" ("recipient_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "notification_event_recipient_key" ON "notification" ("event_key", "recipient_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "notification_delivery" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "notification_id" uuid, "recipient_id" uuid NOT NULL, "digest_day" TIMESTAMP WITH TIME ZONE, "status" character varying(10) NOT NULL, "attempts" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP WITH TIME ZONE, "lease_token" uuid, "lease_until" TIMESTAMP WITH TIME ZONE, "last_error" character varying(2000), "sent_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "notification_delivery_attempts_check" CHECK (attempts >= 0), CONSTRAINT "notification_delivery_kind_check" CHECK ((notification_id IS NULL) <> (digest_day IS NULL)), CONSTRAINT "notification_delivery_status_check" CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'SKIPPED')), CONSTRAINT "PK_109dea88c25343da49d86de6bfd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "notification_delivery_status_idx" ON "notification_delivery" ("status", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "notification_delivery_due_idx" ON "notification_delivery" ("next_attempt_at") WHERE status = 'PENDING'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "notification_delivery_digest_key" ON "notification_delivery" ("recipient_id", "digest_day") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "notification_delivery_notification_key" ON "notification_delivery" ("notification_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "notification_preference" ("user_id" uuid NOT NULL, "email_mode" character varying(12) NOT NULL DEFAULT 'IMMEDIATE', "email_off" jsonb NOT NULL DEFAULT '[]', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_ff040d2d2e35c49b00525783829" PRIMARY KEY ("user_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "FK_9830357f52360a126737d498e66" FOREIGN KEY ("recipient_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "FK_1cd7a25586a6bd16e150eca2726" FOREIGN KEY ("digest_delivery_id") REFERENCES "notification_delivery"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_delivery" ADD CONSTRAINT "FK_2e70a64359ce7416b06a4d7a432" FOREIGN KEY ("notification_id") REFERENCES "notification"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_delivery" ADD CONSTRAINT "FK_aa84c67edc889840c6c945753f6" FOREIGN KEY ("recipient_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_preference" ADD CONSTRAINT "FK_ff040d2d2e35c49b00525783829" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "notification_preference" DROP CONSTRAINT "FK_ff040d2d2e35c49b00525783829"`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_delivery" DROP CONSTRAINT "FK_aa84c67edc889840c6c945753f6"`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_delivery" DROP CONSTRAINT "FK_2e70a64359ce7416b06a4d7a432"`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification" DROP CONSTRAINT "FK_1cd7a25586a6bd16e150eca2726"`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification" DROP CONSTRAINT "FK_9830357f52360a126737d498e66"`,
    );
    await queryRunner.query(`DROP TABLE "notification_preference"`);
    await queryRunner.query(`DROP INDEX "public"."notification_delivery_notification_key"`);
    await queryRunner.query(`DROP INDEX "public"."notification_delivery_digest_key"`);
    await queryRunner.query(`DROP INDEX "public"."notification_delivery_due_idx"`);
    await queryRunner.query(`DROP INDEX "public"."notification_delivery_status_idx"`);
    await queryRunner.query(`DROP TABLE "notification_delivery"`);
    await queryRunner.query(`DROP INDEX "public"."notification_event_recipient_key"`);
    await queryRunner.query(`DROP INDEX "public"."notification_recipient_idx"`);
    await queryRunner.query(`DROP INDEX "public"."notification_unread_idx"`);
    await queryRunner.query(`DROP INDEX "public"."notification_digest_idx"`);
    await queryRunner.query(`DROP TABLE "notification"`);
  }
}
