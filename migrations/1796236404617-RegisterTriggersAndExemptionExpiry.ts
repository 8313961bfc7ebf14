import type { MigrationInterface, QueryRunner } from "typeorm";

export class RegisterTriggersAndExemptionExpiry1796236404617 implements MigrationInterface {
  name = "RegisterTriggersAndExemptionExpiry1796236404617";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "list_exemption_expiry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "exemption_id" uuid NOT NULL, "last_day" date NOT NULL, "reason" character varying(1000) NOT NULL, "recorded_by_id" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_e8d034e8c02bf99fec97baa6dbb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "list_exemption_expiry_exemption_idx" ON "list_exemption_expiry" ("exemption_id", "last_day") `,
    );
    await queryRunner.query(
      `CREATE TABLE "category_supplier_addition" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "category_id" uuid NOT NULL, "supplier_id" uuid NOT NULL, "added_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_d523ee3d7d0ca9b0cd376fd332d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "category_supplier_addition_category_idx" ON "category_supplier_addition" ("category_id", "added_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "list_exemption_expiry" ADD CONSTRAINT "FK_764d3932dd49351d1efd73dd9a4" FOREIGN KEY ("exemption_id") REFERENCES "list_exemption"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "list_exemption_expiry" ADD CONSTRAINT "FK_59c47b143bdf90374520148d6fe" FOREIGN KEY ("recorded_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "category_supplier_addition" ADD CONSTRAINT "FK_bf4cf1ba06009a8f41ec3e06dbb" FOREIGN KEY ("category_id") REFERENCES "material_category"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "category_supplier_addition" ADD CONSTRAINT "FK_ef12e38f2317ed2551444a0e1fa" FOREIGN KEY ("supplier_id") REFERENCES "supplier"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Both are records: an early expiry is never withdrawn (a renewal is a new exemption), and
    // an addition stays when the supplier later drops the category (only a supplier's deletion
    // removes its rows).
    await queryRunner.query(
      `CREATE TRIGGER list_exemption_expiry_append_only BEFORE UPDATE OR DELETE ON "list_exemption_expiry" FOR EACH ROW EXECUTE FUNCTION append_only_guard()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER list_exemption_expiry_no_truncate BEFORE TRUNCATE ON "list_exemption_expiry" FOR EACH STATEMENT EXECUTE FUNCTION append_only_guard()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER category_supplier_addition_append_only BEFORE UPDATE ON "category_supplier_addition" FOR EACH ROW EXECUTE FUNCTION append_only_guard()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP TRIGGER category_supplier_addition_append_only ON "category_supplier_addition"`,
    );
    await queryRunner.query(
      `DROP TRIGGER list_exemption_expiry_no_truncate ON "list_exemption_expiry"`,
    );
    await queryRunner.query(
      `DROP TRIGGER list_exemption_expiry_append_only ON "list_exemption_expiry"`,
    );
    await queryRunner.query(
      `ALTER TABLE "category_supplier_addition" DROP CONSTRAINT "FK_ef12e38f2317ed2551444a0e1fa"`,
    );
    await queryRunner.query(
      `ALTER TABLE "category_supplier_addition" DROP CONSTRAINT "FK_bf4cf1ba06009a8f41ec3e06dbb"`,
    );
    await queryRunner.query(
      `ALTER TABLE "list_exemption_expiry" DROP CONSTRAINT "FK_59c47b143bdf90374520148d6fe"`,
    );
    await queryRunner.query(
      `ALTER TABLE "list_exemption_expiry" DROP CONSTRAINT "FK_764d3932dd49351d1efd73dd9a4"`,
    );
    await queryRunner.query(`DROP INDEX "public"."category_supplier_addition_category_idx"`);
    await queryRunner.query(`DROP TABLE "category_supplier_addition"`);
    await queryRunner.query(`DROP INDEX "public"."list_exemption_expiry_exemption_idx"`);
    await queryRunner.query(`DROP TABLE "list_exemption_expiry"`);
  }
}
