import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The ledger of notified events (src/modules/notification/notification-event.entity.ts), with
 * every event already notified: the reminder scan used to retry, every scan, each event nobody
 * could receive.
 */
export class NotifiedEvents1796318818726 implements MigrationInterface {
  name = "NotifiedEvents1796318818726";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "notification_event" ("event_key" character varying(300) NOT NULL, "kind" character varying(60) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_d60acb0640ebec51a417e2b82e9" PRIMARY KEY ("event_key"))`,
    );
    await queryRunner.query(
      `INSERT INTO "notification_event" ("event_key", "kind", "created_at")
       SELECT event_key, min(kind), min(created_at) FROM notification GROUP BY event_key`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "notification_event"`);
  }
}
