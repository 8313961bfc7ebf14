import type { MigrationInterface, QueryRunner } from "typeorm";

export class IdempotencyAndSigningSecret1795804575132 implements MigrationInterface {
  name = "IdempotencyAndSigningSecret1795804575132";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "signing_secret" ("name" character varying(40) NOT NULL, "secret" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7ebc4cb821807b88ad5e3f607b2" PRIMARY KEY ("name"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "idempotency_key" ("user_id" uuid NOT NULL, "key" character varying(255) NOT NULL, "request_hash" character(64) NOT NULL, "state" character varying(10) NOT NULL, "owner" uuid NOT NULL, "lease_until" TIMESTAMP WITH TIME ZONE NOT NULL, "response" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_de390066dce788f80744a8f6626" PRIMARY KEY ("user_id", "key"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idempotency_key_created_at_idx" ON "idempotency_key" ("created_at") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idempotency_key_created_at_idx"`);
    await queryRunner.query(`DROP TABLE "idempotency_key"`);
    await queryRunner.query(`DROP TABLE "signing_secret"`);
  }
}
