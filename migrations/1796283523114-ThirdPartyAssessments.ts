import type { MigrationInterface, QueryRunner } from "typeorm";

/** Third-party assessment results (SMETA, RBA VAP, amfori BSCI, EcoVadis, SSI): records. */
export class ThirdPartyAssessments1796283523114 implements MigrationInterface {
  name = "ThirdPartyAssessments1796283523114";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "third_party_assessment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "supplier_id" uuid NOT NULL, "scheme" character varying(16) NOT NULL, "assessed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "valid_until" TIMESTAMP WITH TIME ZONE NOT NULL, "report_document_id" uuid NOT NULL, "reference" character varying(100), "assessor" character varying(200), "result" jsonb NOT NULL, "imported_by_id" uuid NOT NULL, "imported_at" TIMESTAMP WITH TIME ZONE NOT NULL, "withdrawn_at" TIMESTAMP WITH TIME ZONE, "withdrawn_by_id" uuid, "withdraw_reason" character varying(2000), CONSTRAINT "third_party_assessment_withdrawn_check" CHECK ((withdrawn_at IS NULL) = (withdrawn_by_id IS NULL) AND (withdrawn_at IS NULL) = (withdraw_reason IS NULL)), CONSTRAINT "third_party_assessment_validity_check" CHECK (valid_until > assessed_at), CONSTRAINT "third_party_assessment_scheme_check" CHECK (scheme IN ('SMETA', 'RBA_VAP', 'AMFORI_BSCI', 'ECOVADIS', 'SSI')), CONSTRAINT "PK_b714d248945639b880f358c1ed7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "third_party_assessment_supplier_idx" ON "third_party_assessment" ("supplier_id", "valid_until") `,
    );
    await queryRunner.query(
      `ALTER TABLE "third_party_assessment" ADD CONSTRAINT "FK_326ad71f10ccec92cae20f93dc4" FOREIGN KEY ("supplier_id") REFERENCES "supplier"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "third_party_assessment" ADD CONSTRAINT "FK_ad935b1688b67d6bee9786e565e" FOREIGN KEY ("report_document_id") REFERENCES "document"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "third_party_assessment" ADD CONSTRAINT "FK_13a813f4e0cce0518fdecfdaf37" FOREIGN KEY ("imported_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "third_party_assessment" ADD CONSTRAINT "FK_d621662de909a74703c3129a68b" FOREIGN KEY ("withdrawn_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // A result is a record: no edit, no delete (a correction is a withdrawal and a new import).
    // The one update is its withdrawal, once: those columns set from NULL and nothing else.
    await queryRunner.query(`CREATE FUNCTION third_party_assessment_record_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND OLD.withdrawn_at IS NULL
           AND (NEW.id, NEW.supplier_id, NEW.scheme, NEW.assessed_at, NEW.valid_until, NEW.report_document_id, NEW.reference, NEW.assessor, NEW.result, NEW.imported_by_id, NEW.imported_at)
           IS NOT DISTINCT FROM (OLD.id, OLD.supplier_id, OLD.scheme, OLD.assessed_at, OLD.valid_until, OLD.report_document_id, OLD.reference, OLD.assessor, OLD.result, OLD.imported_by_id, OLD.imported_at) THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'third_party_assessment is a record: % refused (only its withdrawal is set, once)', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER third_party_assessment_record_guard BEFORE UPDATE OR DELETE ON "third_party_assessment" FOR EACH ROW EXECUTE FUNCTION third_party_assessment_record_guard()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER third_party_assessment_no_truncate BEFORE TRUNCATE ON "third_party_assessment" FOR EACH STATEMENT EXECUTE FUNCTION append_only_guard()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP TRIGGER third_party_assessment_no_truncate ON "third_party_assessment"`,
    );
    await queryRunner.query(
      `DROP TRIGGER third_party_assessment_record_guard ON "third_party_assessment"`,
    );
    await queryRunner.query(`DROP FUNCTION third_party_assessment_record_guard()`);
    await queryRunner.query(
      `ALTER TABLE "third_party_assessment" DROP CONSTRAINT "FK_d621662de909a74703c3129a68b"`,
    );
    await queryRunner.query(
      `ALTER TABLE "third_party_assessment" DROP CONSTRAINT "FK_13a813f4e0cce0518fdecfdaf37"`,
    );
    await queryRunner.query(
      `ALTER TABLE "third_party_assessment" DROP CONSTRAINT "FK_ad935b1688b67d6bee9786e565e"`,
    );
    await queryRunner.query(
      `ALTER TABLE "third_party_assessment" DROP CONSTRAINT "FK_326ad71f10ccec92cae20f93dc4"`,
    );
    await queryRunner.query(`DROP INDEX "public"."third_party_assessment_supplier_idx"`);
    await queryRunner.query(`DROP TABLE "third_party_assessment"`);
  }
}
