import type { MigrationInterface, QueryRunner } from "typeorm";

export class TokensAndPasswords1796192900786 implements MigrationInterface {
  name = "TokensAndPasswords1796192900786";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "revoked_token" ("jti" uuid NOT NULL, "user_id" uuid NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_51805a32c382d2841b953c16880" PRIMARY KEY ("jti"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "revoked_token_expires_at_idx" ON "revoked_token" ("expires_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD "must_change_password" boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD "token_generation" integer NOT NULL DEFAULT '0'`,
    );
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD "password_changed_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(`ALTER TABLE "login_failure" ADD "address" character varying(64)`);
    await queryRunner.query(
      `CREATE INDEX "login_failure_address_at_idx" ON "login_failure" ("address", "at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "revoked_token" ADD CONSTRAINT "FK_285b9c052733533045c7537f02a" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "revoked_token" DROP CONSTRAINT "FK_285b9c052733533045c7537f02a"`,
    );
    await queryRunner.query(`DROP INDEX "public"."login_failure_address_at_idx"`);
    await queryRunner.query(`ALTER TABLE "login_failure" DROP COLUMN "address"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "password_changed_at"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "token_generation"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "must_change_password"`);
    await queryRunner.query(`DROP INDEX "public"."revoked_token_expires_at_idx"`);
    await queryRunner.query(`DROP TABLE "revoked_token"`);
  }
}
