import type { MigrationInterface, QueryRunner } from "typeorm";

export class InvitationsApiTokens1796237200725 implements MigrationInterface {
  name = "InvitationsApiTokens1796237200725";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "invitation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "supplier_id" uuid NOT NULL, "email" character varying(254) NOT NULL, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "accepted_user_id" uuid, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "invitation_settled_check" CHECK (accepted_at IS NULL OR revoked_at IS NULL), CONSTRAINT "invitation_email_lower_check" CHECK (email = lower(email)), CONSTRAINT "PK_beb994737756c0f18a1c1f8669c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "invitation_email_idx" ON "invitation" ("email") `);
    await queryRunner.query(
      `CREATE INDEX "invitation_supplier_idx" ON "invitation" ("supplier_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "invitation_token_hash_key" ON "invitation" ("token_hash") `,
    );
    await queryRunner.query(
      `CREATE TABLE "api_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(100) NOT NULL, "role" character varying(20) NOT NULL, "secret_hash" character(64) NOT NULL, "user_id" uuid NOT NULL, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE, "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "api_token_role_check" CHECK (role IN ('PROCUREMENT', 'AUDITOR')), CONSTRAINT "PK_d862311c568d175c26f41bc6f98" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "api_token_user_key" ON "api_token" ("user_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "api_token_secret_hash_key" ON "api_token" ("secret_hash") `,
    );
    await queryRunner.query(
      `ALTER TABLE "invitation" ADD CONSTRAINT "FK_3cf56e9f6464169327cd280979c" FOREIGN KEY ("supplier_id") REFERENCES "supplier"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "invitation" ADD CONSTRAINT "FK_5b173c048c8d6297f7dbf2d853b" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "invitation" ADD CONSTRAINT "FK_451d84f9c86bdb76af248b6848a" FOREIGN KEY ("accepted_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "api_token" ADD CONSTRAINT "FK_1725c5ea908ff009f6ab3fa34fd" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "api_token" ADD CONSTRAINT "FK_22ec6c40d28d930b5367df245aa" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "api_token" DROP CONSTRAINT "FK_22ec6c40d28d930b5367df245aa"`,
    );
    await queryRunner.query(
      `ALTER TABLE "api_token" DROP CONSTRAINT "FK_1725c5ea908ff009f6ab3fa34fd"`,
    );
    await queryRunner.query(
      `ALTER TABLE "invitation" DROP CONSTRAINT "FK_451d84f9c86bdb76af248b6848a"`,
    );
    await queryRunner.query(
      `ALTER TABLE "invitation" DROP CONSTRAINT "FK_5b173c048c8d6297f7dbf2d853b"`,
    );
    await queryRunner.query(
      `ALTER TABLE "invitation" DROP CONSTRAINT "FK_3cf56e9f6464169327cd280979c"`,
    );
    await queryRunner.query(`DROP INDEX "public"."api_token_secret_hash_key"`);
    await queryRunner.query(`DROP INDEX "public"."api_token_user_key"`);
    await queryRunner.query(`DROP TABLE "api_token"`);
    await queryRunner.query(`DROP INDEX "public"."invitation_token_hash_key"`);
    await queryRunner.query(`DROP INDEX "public"."invitation_supplier_idx"`);
    await queryRunner.query(`DROP INDEX "public"."invitation_email_idx"`);
    await queryRunner.query(`DROP TABLE "invitation"`);
  }
}
