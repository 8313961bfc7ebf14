import type { MigrationInterface, QueryRunner } from "typeorm";

export class InvitationEmails1796283166273 implements MigrationInterface {
  name = "InvitationEmails1796283166273";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "invitation" ADD "emailed" boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_delivery" ADD "recipient_email" character varying(254)`,
    );
    await queryRunner.query(`ALTER TABLE "notification_delivery" ADD "invitation_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "notification_delivery" ADD "subject" character varying(300)`,
    );
    await queryRunner.query(`ALTER TABLE "notification_delivery" ADD "body_text" text`);
    await queryRunner.query(`ALTER TABLE "notification_delivery" ADD "body_html" text`);
    await queryRunner.query(
      `ALTER TABLE "notification_delivery" DROP CONSTRAINT "FK_aa84c67edc889840c6c945753f6"`,
    );
    await queryRunner.query(`DROP INDEX "public"."notification_delivery_digest_key"`);
    await queryRunner.query(
      `ALTER TABLE "notification_delivery" ALTER COLUMN "recipient_id" DROP NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "notification_delivery_invitation_idx" ON "notification_delivery" ("invitation_id") WHERE invitation_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "notification_delivery_digest_key" ON "notification_delivery" ("recipient_id", "digest_day") `,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_delivery" DROP CONSTRAINT "notification_delivery_kind_check"`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_delivery" ADD CONSTRAINT "notification_delivery_kind_check" CHECK (num_nonnulls(notification_id, digest_day, invitation_id) = 1)`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_delivery" ADD CONSTRAINT "notification_delivery_body_check" CHECK ((body_text IS NULL AND body_html IS NULL) OR (invitation_id IS NOT NULL AND status IN ('PENDING', 'FAILED')))`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_delivery" ADD CONSTRAINT "notification_delivery_recipient_check" CHECK ((recipient_id IS NULL) <> (recipient_email IS NULL) AND (recipient_id IS NULL) = (invitation_id IS NOT NULL))`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_delivery" ADD CONSTRAINT "FK_aa84c67edc889840c6c945753f6" FOREIGN KEY ("recipient_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_delivery" ADD CONSTRAINT "FK_15d912e0929e293c078c116f1e1" FOREIGN KEY ("invitation_id") REFERENCES "invitation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "notification_delivery" DROP CONSTRAINT "FK_15d912e0929e293c078c116f1e1"`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_delivery" DROP CONSTRAINT "FK_aa84c67edc889840c6c945753f6"`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_delivery" DROP CONSTRAINT "notification_delivery_recipient_check"`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_delivery" DROP CONSTRAINT "notification_delivery_body_check"`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_delivery" DROP CONSTRAINT "notification_delivery_kind_check"`,
    );
    // Invitation e-mails have neither a notification nor a digest day, nor a recipient user.
    await queryRunner.query(`DELETE FROM "notification_delivery" WHERE invitation_id IS NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "notification_delivery" ADD CONSTRAINT "notification_delivery_kind_check" CHECK ((notification_id IS NULL) <> (digest_day IS NULL))`,
    );
    await queryRunner.query(`DROP INDEX "public"."notification_delivery_digest_key"`);
    await queryRunner.query(`DROP INDEX "public"."notification_delivery_invitation_idx"`);
    await queryRunner.query(
      `ALTER TABLE "notification_delivery" ALTER COLUMN "recipient_id" SET NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "notification_delivery_digest_key" ON "notification_delivery" ("recipient_id", "digest_day") `,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_delivery" ADD CONSTRAINT "FK_aa84c67edc889840c6c945753f6" FOREIGN KEY ("recipient_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "notification_delivery" DROP COLUMN "body_html"`);
    await queryRunner.query(`ALTER TABLE "notification_delivery" DROP COLUMN "body_text"`);
    await queryRunner.query(`ALTER TABLE "notification_delivery" DROP COLUMN "subject"`);
    await queryRunner.query(`ALTER TABLE "notification_delivery" DROP COLUMN "invitation_id"`);
    await queryRunner.query(`ALTER TABLE "notification_delivery" DROP COLUMN "recipient_email"`);
    await queryRunner.query(`ALTER TABLE "invitation" DROP COLUMN "emailed"`);
  }
}
