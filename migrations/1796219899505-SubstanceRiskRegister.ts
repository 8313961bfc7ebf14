import type { MigrationInterface, QueryRunner } from "typeorm";

export class SubstanceRiskRegister1796219899505 implements MigrationInterface {
  name = "SubstanceRiskRegister1796219899505";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "risk_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "substance_id" uuid NOT NULL, "stage" character varying(16) NOT NULL, "location" character varying(200) NOT NULL, "supplier_id" uuid, "category_id" uuid, "likelihood" smallint NOT NULL, "exposure" smallint NOT NULL, "severity" smallint NOT NULL, "priority" smallint NOT NULL, "last_assessed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "process_changed" boolean NOT NULL DEFAULT false, "version" integer NOT NULL, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "risk_entry_priority_check" CHECK (priority = likelihood * exposure * severity), CONSTRAINT "risk_entry_factors_check" CHECK (likelihood BETWEEN 1 AND 5 AND exposure BETWEEN 1 AND 5 AND severity BETWEEN 1 AND 5), CONSTRAINT "risk_entry_stage_check" CHECK (stage IN ('DESIGN', 'RAW_MATERIAL', 'PRODUCTION', 'PACKAGING', 'USE', 'END_OF_LIFE')), CONSTRAINT "PK_1e68a25ae1ba9a1b5790c4f59ec" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "risk_entry_substance_idx" ON "risk_entry" ("substance_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "risk_entry_category_idx" ON "risk_entry" ("category_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "risk_entry_priority_idx" ON "risk_entry" ("priority", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "risk_assessment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "entry_id" uuid NOT NULL, "likelihood" smallint NOT NULL, "exposure" smallint NOT NULL, "severity" smallint NOT NULL, "note" character varying(2000), "assessed_by_id" uuid NOT NULL, "assessed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "risk_assessment_factors_check" CHECK (likelihood BETWEEN 1 AND 5 AND exposure BETWEEN 1 AND 5 AND severity BETWEEN 1 AND 5), CONSTRAINT "PK_864a35a16fcb683df546ac6134e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "risk_assessment_entry_idx" ON "risk_assessment" ("entry_id", "assessed_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "risk_control" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "entry_id" uuid NOT NULL, "type" character varying(24) NOT NULL, "description" character varying(2000) NOT NULL, "owner" character varying(200) NOT NULL, "due_date" TIMESTAMP WITH TIME ZONE NOT NULL, "status" character varying(16) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "risk_control_status_check" CHECK (status IN ('PLANNED', 'IN_PLACE', 'VERIFIED')), CONSTRAINT "risk_control_type_check" CHECK (type IN ('SOURCE_PREVENTION', 'PROCESS_MONITORING', 'END_TREATMENT')), CONSTRAINT "PK_0c0b5ec80fcba2700db341d7f1d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "risk_control_entry_idx" ON "risk_control" ("entry_id", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "risk_entry" ADD CONSTRAINT "FK_a56ef88cdcc742b7252c409ca43" FOREIGN KEY ("substance_id") REFERENCES "substance"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "risk_entry" ADD CONSTRAINT "FK_e71ac3751579a45df0ad0423489" FOREIGN KEY ("supplier_id") REFERENCES "supplier"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "risk_entry" ADD CONSTRAINT "FK_0cea3e7dab3921d74a114344f7f" FOREIGN KEY ("category_id") REFERENCES "material_category"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "risk_entry" ADD CONSTRAINT "FK_a16db949d00e7269bb4aa806b6a" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "risk_assessment" ADD CONSTRAINT "FK_21f3d2944adb7b0d42069614983" FOREIGN KEY ("entry_id") REFERENCES "risk_entry"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "risk_assessment" ADD CONSTRAINT "FK_f9bd36be3b5d13b219973ef1b3e" FOREIGN KEY ("assessed_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "risk_control" ADD CONSTRAINT "FK_de828576dda86c00b4823fd6e87" FOREIGN KEY ("entry_id") REFERENCES "risk_entry"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // The assessment history is a record: a new assessment is a new row.
    await queryRunner.query(`CREATE FUNCTION risk_assessment_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'risk_assessment is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER risk_assessment_guard BEFORE UPDATE OR DELETE ON "risk_assessment" FOR EACH ROW EXECUTE FUNCTION risk_assessment_guard()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER risk_assessment_guard ON "risk_assessment"`);
    await queryRunner.query(`DROP FUNCTION risk_assessment_guard()`);
    await queryRunner.query(
      `ALTER TABLE "risk_control" DROP CONSTRAINT "FK_de828576dda86c00b4823fd6e87"`,
    );
    await queryRunner.query(
      `ALTER TABLE "risk_assessment" DROP CONSTRAINT "FK_f9bd36be3b5d13b219973ef1b3e"`,
    );
    await queryRunner.query(
      `ALTER TABLE "risk_assessment" DROP CONSTRAINT "FK_21f3d2944adb7b0d42069614983"`,
    );
    await queryRunner.query(
      `ALTER TABLE "risk_entry" DROP CONSTRAINT "FK_a16db949d00e7269bb4aa806b6a"`,
    );
    await queryRunner.query(
      `ALTER TABLE "risk_entry" DROP CONSTRAINT "FK_0cea3e7dab3921d74a114344f7f"`,
    );
    await queryRunner.query(
      `ALTER TABLE "risk_entry" DROP CONSTRAINT "FK_e71ac3751579a45df0ad0423489"`,
    );
    await queryRunner.query(
      `ALTER TABLE "risk_entry" DROP CONSTRAINT "FK_a56ef88cdcc742b7252c409ca43"`,
    );
    await queryRunner.query(`DROP INDEX "public"."risk_control_entry_idx"`);
    await queryRunner.query(`DROP TABLE "risk_control"`);
    await queryRunner.query(`DROP INDEX "public"."risk_assessment_entry_idx"`);
    await queryRunner.query(`DROP TABLE "risk_assessment"`);
    await queryRunner.query(`DROP INDEX "public"."risk_entry_priority_idx"`);
    await queryRunner.query(`DROP INDEX "public"."risk_entry_category_idx"`);
    await queryRunner.query(`DROP INDEX "public"."risk_entry_substance_idx"`);
    await queryRunner.query(`DROP TABLE "risk_entry"`);
  }
}
