import type { MigrationInterface, QueryRunner } from "typeorm";

/** Supplier certificates (ISO 14001, SA8000...): records, verified once by an auditor or admin. */
export class SupplierCertificates1796214764829 implements MigrationInterface {
  name = "SupplierCertificates1796214764829";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "certificate" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "supplier_id" uuid NOT NULL, "kind" character varying(16) NOT NULL, "other_type" character varying(100), "issuer" character varying(200) NOT NULL, "number" character varying(100), "valid_from" TIMESTAMP WITH TIME ZONE, "valid_until" TIMESTAMP WITH TIME ZONE NOT NULL, "document_id" uuid, "added_by_id" uuid NOT NULL, "added_at" TIMESTAMP WITH TIME ZONE NOT NULL, "verified_by_id" uuid, "verified_at" TIMESTAMP WITH TIME ZONE, "verification_note" character varying(2000), CONSTRAINT "certificate_verification_note_check" CHECK (verification_note IS NULL OR verified_at IS NOT NULL), CONSTRAINT "certificate_verified_check" CHECK ((verified_at IS NULL) = (verified_by_id IS NULL)), CONSTRAINT "certificate_validity_check" CHECK (valid_from IS NULL OR valid_until > valid_from), CONSTRAINT "certificate_other_type_check" CHECK ((kind = 'OTHER') = (other_type IS NOT NULL)), CONSTRAINT "certificate_kind_check" CHECK (kind IN ('ISO_14001', 'ISO_45001', 'ISO_9001', 'ISO_50001', 'SA8000', 'SSI', 'OTHER')), CONSTRAINT "PK_8daddfc65f59e341c2bbc9c9e43" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "certificate_supplier_idx" ON "certificate" ("supplier_id", "valid_until") `,
    );
    await queryRunner.query(
      `ALTER TABLE "certificate" ADD CONSTRAINT "FK_9cc926b52be1d706a5610b25bb6" FOREIGN KEY ("supplier_id") REFERENCES "supplier"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "certificate" ADD CONSTRAINT "FK_ad7878b23f5ae2a99e3069184d1" FOREIGN KEY ("document_id") REFERENCES "document"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "certificate" ADD CONSTRAINT "FK_bf923e4e49524588087c101182c" FOREIGN KEY ("added_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "certificate" ADD CONSTRAINT "FK_7d19f5fce6e52bb839d0978761e" FOREIGN KEY ("verified_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // A certificate is a record: no edit, no delete (a renewal is a new one). The one update is
    // its verification, once: the verification columns set from NULL and nothing else changed.
    await queryRunner.query(`CREATE FUNCTION certificate_record_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND OLD.verified_at IS NULL
           AND (NEW.id, NEW.supplier_id, NEW.kind, NEW.other_type, NEW.issuer, NEW.number, NEW.valid_from, NEW.valid_until, NEW.document_id, NEW.added_by_id, NEW.added_at)
           IS NOT DISTINCT FROM (OLD.id, OLD.supplier_id, OLD.kind, OLD.other_type, OLD.issuer, OLD.number, OLD.valid_from, OLD.valid_until, OLD.document_id, OLD.added_by_id, OLD.added_at) THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'certificate is a record: % refused (only its verification is set, once)', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER certificate_record_guard BEFORE UPDATE OR DELETE ON "certificate" FOR EACH ROW EXECUTE FUNCTION certificate_record_guard()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER certificate_no_truncate BEFORE TRUNCATE ON "certificate" FOR EACH STATEMENT EXECUTE FUNCTION append_only_guard()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER certificate_no_truncate ON "certificate"`);
    await queryRunner.query(`DROP TRIGGER certificate_record_guard ON "certificate"`);
    await queryRunner.query(`DROP FUNCTION certificate_record_guard()`);
    await queryRunner.query(
      `ALTER TABLE "certificate" DROP CONSTRAINT "FK_7d19f5fce6e52bb839d0978761e"`,
    );
    await queryRunner.query(
      `ALTER TABLE "certificate" DROP CONSTRAINT "FK_bf923e4e49524588087c101182c"`,
    );
    await queryRunner.query(
      `ALTER TABLE "certificate" DROP CONSTRAINT "FK_ad7878b23f5ae2a99e3069184d1"`,
    );
    await queryRunner.query(
      `ALTER TABLE "certificate" DROP CONSTRAINT "FK_9cc926b52be1d706a5610b25bb6"`,
    );
    await queryRunner.query(`DROP INDEX "public"."certificate_supplier_idx"`);
    await queryRunner.query(`DROP TABLE "certificate"`);
  }
}
