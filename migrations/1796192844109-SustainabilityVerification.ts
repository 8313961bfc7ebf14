import type { MigrationInterface, QueryRunner } from "typeorm";

/** SPEC 11: declared versus verified sustainability attributes. */
export class SustainabilityVerification1796192844109 implements MigrationInterface {
  name = "SustainabilityVerification1796192844109";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "sustainability_verification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "supplier_id" uuid NOT NULL, "renewable_electricity_share" double precision NOT NULL, "third_party_verified_material_share" double precision NOT NULL, "recycled_content_share" double precision NOT NULL, "traceability" character varying(16) NOT NULL, "sources_from_protected_area" boolean NOT NULL, "evidence" jsonb NOT NULL, "note" character varying(2000), "verified_by_id" uuid NOT NULL, "verified_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "sustainability_verification_shares_check" CHECK (renewable_electricity_share BETWEEN 0 AND 100 AND third_party_verified_material_share BETWEEN 0 AND 100 AND recycled_content_share BETWEEN 0 AND 100), CONSTRAINT "PK_9bad0adbac821e00273c24b4d05" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "sustainability_verification_supplier_idx" ON "sustainability_verification" ("supplier_id", "verified_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "supplier" ADD "sustainability_declared_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(
      `ALTER TABLE "supplier" ADD "protected_area_flagged_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(
      `ALTER TABLE "sustainability_verification" ADD CONSTRAINT "FK_87e54e9894714790799061c6534" FOREIGN KEY ("supplier_id") REFERENCES "supplier"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sustainability_verification" ADD CONSTRAINT "FK_ce491923171d7b3b1377f3c77c5" FOREIGN KEY ("verified_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // Verifications are history: superseded, never edited (append_only_guard: AuditsFindings...).
    await queryRunner.query(
      `CREATE TRIGGER sustainability_verification_append_only BEFORE UPDATE OR DELETE ON "sustainability_verification" FOR EACH ROW EXECUTE FUNCTION append_only_guard()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER sustainability_verification_no_truncate BEFORE TRUNCATE ON "sustainability_verification" FOR EACH STATEMENT EXECUTE FUNCTION append_only_guard()`,
    );
    // Values stored before this migration were the supplier's word: declared when last edited.
    await queryRunner.query(
      `UPDATE "supplier" SET "sustainability_declared_at" = "updated_at" WHERE renewable_electricity_share <> 0 OR third_party_verified_material_share <> 0 OR recycled_content_share <> 0 OR traceability <> 'NONE' OR sources_from_protected_area`,
    );
    await queryRunner.query(
      `UPDATE "supplier" SET "protected_area_flagged_at" = "updated_at" WHERE sources_from_protected_area`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP TRIGGER sustainability_verification_no_truncate ON "sustainability_verification"`,
    );
    await queryRunner.query(
      `DROP TRIGGER sustainability_verification_append_only ON "sustainability_verification"`,
    );
    await queryRunner.query(
      `ALTER TABLE "sustainability_verification" DROP CONSTRAINT "FK_ce491923171d7b3b1377f3c77c5"`,
    );
    await queryRunner.query(
      `ALTER TABLE "sustainability_verification" DROP CONSTRAINT "FK_87e54e9894714790799061c6534"`,
    );
    await queryRunner.query(`ALTER TABLE "supplier" DROP COLUMN "protected_area_flagged_at"`);
    await queryRunner.query(`ALTER TABLE "supplier" DROP COLUMN "sustainability_declared_at"`);
    await queryRunner.query(`DROP INDEX "public"."sustainability_verification_supplier_idx"`);
    await queryRunner.query(`DROP TABLE "sustainability_verification"`);
  }
}
