import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Recycled content (issue 17): purchases from the ERP, recycled-content declarations per
 * element with their verification, and the targets (seeded: the policy's and EU 2023/1542's).
 */
export class RecycledContent1796218937797 implements MigrationInterface {
  name = "RecycledContent1796218937797";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "purchase_record" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "supplier_id" uuid NOT NULL, "category_id" uuid NOT NULL, "period" date NOT NULL, "quantity_kg" numeric(18,3) NOT NULL, "reference" character varying(100), "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "source_document_id" uuid, "voided_at" TIMESTAMP WITH TIME ZONE, "voided_by_id" uuid, "void_reason" character varying(2000), CONSTRAINT "purchase_record_void_check" CHECK ((voided_at IS NULL) = (voided_by_id IS NULL) AND (voided_at IS NULL) = (void_reason IS NULL)), CONSTRAINT "purchase_record_period_check" CHECK (EXTRACT(DAY FROM period) = 1), CONSTRAINT "purchase_record_quantity_check" CHECK (quantity_kg > 0), CONSTRAINT "PK_eb964739ba310c11e90dd442afd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "purchase_record_reference_key" ON "purchase_record" ("reference") WHERE reference IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "purchase_record_supplier_category_period_idx" ON "purchase_record" ("supplier_id", "category_id", "period") `,
    );
    await queryRunner.query(
      `CREATE INDEX "purchase_record_category_period_idx" ON "purchase_record" ("category_id", "period") `,
    );
    await queryRunner.query(
      `CREATE TABLE "recycled_content_declaration" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "supplier_id" uuid NOT NULL, "category_id" uuid NOT NULL, "element" character varying(2) NOT NULL, "valid_from" date NOT NULL, "valid_to" date NOT NULL, "element_fraction" numeric(7,6) NOT NULL, "recycled_fraction" numeric(7,6) NOT NULL, "pre_consumer_fraction" numeric(7,6) NOT NULL, "post_consumer_fraction" numeric(7,6) NOT NULL, "method" character varying(16) NOT NULL, "evidence" jsonb NOT NULL, "declared_by_id" uuid NOT NULL, "declared_at" TIMESTAMP WITH TIME ZONE NOT NULL, "verified_by_id" uuid, "verified_at" TIMESTAMP WITH TIME ZONE, "verification_note" character varying(2000), CONSTRAINT "recycled_content_declaration_verified_check" CHECK ((verified_at IS NULL) = (verified_by_id IS NULL) AND (verification_note IS NULL OR verified_at IS NOT NULL)), CONSTRAINT "recycled_content_declaration_fractions_check" CHECK (element_fraction > 0 AND element_fraction <= 1 AND pre_consumer_fraction >= 0 AND post_consumer_fraction >= 0 AND recycled_fraction = pre_consumer_fraction + post_consumer_fraction AND recycled_fraction <= 1), CONSTRAINT "recycled_content_declaration_months_check" CHECK (EXTRACT(DAY FROM valid_from) = 1 AND EXTRACT(DAY FROM valid_to) = 1 AND valid_to >= valid_from), CONSTRAINT "recycled_content_declaration_method_check" CHECK (method IN ('MASS_BALANCE', 'SEGREGATED')), CONSTRAINT "recycled_content_declaration_element_check" CHECK (element IN ('LI', 'CO', 'NI', 'PB', 'AL', 'SI')), CONSTRAINT "PK_509a1d426bb274b9ca962a1bcc9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "recycled_content_declaration_element_idx" ON "recycled_content_declaration" ("element", "category_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "recycled_content_declaration_lookup_idx" ON "recycled_content_declaration" ("supplier_id", "category_id", "element", "valid_from") `,
    );
    await queryRunner.query(
      `CREATE TABLE "recycled_content_target" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "element" character varying(2) NOT NULL, "share" numeric(5,4) NOT NULL, "due_date" date NOT NULL, "source" character varying(16) NOT NULL, "note" character varying(1000), "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "superseded_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "recycled_content_target_share_check" CHECK (share > 0 AND share <= 1), CONSTRAINT "recycled_content_target_source_check" CHECK (source IN ('POLICY', 'EU_2023_1542')), CONSTRAINT "recycled_content_target_element_check" CHECK (element IN ('LI', 'CO', 'NI', 'PB', 'AL', 'SI')), CONSTRAINT "PK_eba672807045f9b25164657e3a2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "recycled_content_target_current_key" ON "recycled_content_target" ("element", "source", "due_date") WHERE superseded_at IS NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "purchase_record" ADD CONSTRAINT "FK_6454194ffb7279ed6585bf0554b" FOREIGN KEY ("supplier_id") REFERENCES "supplier"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "purchase_record" ADD CONSTRAINT "FK_311d0b1e5a13d07f1e40c9aab52" FOREIGN KEY ("category_id") REFERENCES "material_category"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "purchase_record" ADD CONSTRAINT "FK_c407e8ea94583270ccb9c623005" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "purchase_record" ADD CONSTRAINT "FK_c177de3e91608032cca1c02227e" FOREIGN KEY ("voided_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "recycled_content_declaration" ADD CONSTRAINT "FK_1ea1129d1baff82bc7254e046f7" FOREIGN KEY ("supplier_id") REFERENCES "supplier"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "recycled_content_declaration" ADD CONSTRAINT "FK_295843c60fe1f62aff5d83e63e4" FOREIGN KEY ("category_id") REFERENCES "material_category"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "recycled_content_declaration" ADD CONSTRAINT "FK_c74f635ebefa1549dc606042226" FOREIGN KEY ("declared_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "recycled_content_declaration" ADD CONSTRAINT "FK_08d9a8f4f032a1b97818bf03108" FOREIGN KEY ("verified_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "recycled_content_target" ADD CONSTRAINT "FK_de9484bf85c2335aa602c0e16f9" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // Records, not editable rows: a purchase is voided (once), a declaration verified (once), a
    // target superseded (once); nothing is deleted.
    await queryRunner.query(`CREATE FUNCTION purchase_record_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND OLD.voided_at IS NULL AND NEW.voided_at IS NOT NULL
           AND (NEW.id, NEW.supplier_id, NEW.category_id, NEW.period, NEW.quantity_kg, NEW.reference, NEW.created_by_id, NEW.created_at, NEW.source_document_id)
           IS NOT DISTINCT FROM (OLD.id, OLD.supplier_id, OLD.category_id, OLD.period, OLD.quantity_kg, OLD.reference, OLD.created_by_id, OLD.created_at, OLD.source_document_id) THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'purchase_record is a record: % refused (only a void, once)', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER purchase_record_guard BEFORE UPDATE OR DELETE ON "purchase_record" FOR EACH ROW EXECUTE FUNCTION purchase_record_guard()`,
    );
    await queryRunner.query(`CREATE FUNCTION recycled_content_declaration_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND OLD.verified_at IS NULL AND NEW.verified_at IS NOT NULL
           AND (NEW.id, NEW.supplier_id, NEW.category_id, NEW.element, NEW.valid_from, NEW.valid_to, NEW.element_fraction, NEW.recycled_fraction, NEW.pre_consumer_fraction, NEW.post_consumer_fraction, NEW.method, NEW.evidence, NEW.declared_by_id, NEW.declared_at)
           IS NOT DISTINCT FROM (OLD.id, OLD.supplier_id, OLD.category_id, OLD.element, OLD.valid_from, OLD.valid_to, OLD.element_fraction, OLD.recycled_fraction, OLD.pre_consumer_fraction, OLD.post_consumer_fraction, OLD.method, OLD.evidence, OLD.declared_by_id, OLD.declared_at) THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'recycled_content_declaration is a record: % refused (only its verification, once)', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER recycled_content_declaration_guard BEFORE UPDATE OR DELETE ON "recycled_content_declaration" FOR EACH ROW EXECUTE FUNCTION recycled_content_declaration_guard()`,
    );
    await queryRunner.query(`CREATE FUNCTION recycled_content_target_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND OLD.superseded_at IS NULL AND NEW.superseded_at IS NOT NULL
           AND (NEW.id, NEW.element, NEW.share, NEW.due_date, NEW.source, NEW.note, NEW.created_by_id, NEW.created_at)
           IS NOT DISTINCT FROM (OLD.id, OLD.element, OLD.share, OLD.due_date, OLD.source, OLD.note, OLD.created_by_id, OLD.created_at) THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'recycled_content_target is versioned: % refused (a change is a new row)', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER recycled_content_target_guard BEFORE UPDATE OR DELETE ON "recycled_content_target" FOR EACH ROW EXECUTE FUNCTION recycled_content_target_guard()`,
    );
    // SPEC 11: the policy's lithium targets, and Regulation (EU) 2023/1542 Art. 8(2) and 8(3):
    // minimum recycled content from 18 August 2031 and from 18 August 2036.
    await queryRunner.query(
      `INSERT INTO recycled_content_target (element, share, due_date, source, note, created_at) VALUES
        ('LI', 0.06, '2030-12-31', 'POLICY', 'Sustainable product policy: recycled lithium in battery raw materials by the end of 2030', now()),
        ('LI', 0.12, '2035-12-31', 'POLICY', 'Sustainable product policy: recycled lithium in battery raw materials by the end of 2035', now()),
        ('CO', 0.16, '2031-08-18', 'EU_2023_1542', 'Regulation (EU) 2023/1542 Art. 8(2)(a)', now()),
        ('PB', 0.85, '2031-08-18', 'EU_2023_1542', 'Regulation (EU) 2023/1542 Art. 8(2)(b); lead in the whole battery', now()),
        ('LI', 0.06, '2031-08-18', 'EU_2023_1542', 'Regulation (EU) 2023/1542 Art. 8(2)(c)', now()),
        ('NI', 0.06, '2031-08-18', 'EU_2023_1542', 'Regulation (EU) 2023/1542 Art. 8(2)(d)', now()),
        ('CO', 0.26, '2036-08-18', 'EU_2023_1542', 'Regulation (EU) 2023/1542 Art. 8(3)(a)', now()),
        ('PB', 0.85, '2036-08-18', 'EU_2023_1542', 'Regulation (EU) 2023/1542 Art. 8(3)(b); lead in the whole battery', now()),
        ('LI', 0.12, '2036-08-18', 'EU_2023_1542', 'Regulation (EU) 2023/1542 Art. 8(3)(c)', now()),
        ('NI', 0.15, '2036-08-18', 'EU_2023_1542', 'Regulation (EU) 2023/1542 Art. 8(3)(d)', now())`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP TRIGGER recycled_content_target_guard ON "recycled_content_target"`,
    );
    await queryRunner.query(`DROP FUNCTION recycled_content_target_guard()`);
    await queryRunner.query(
      `DROP TRIGGER recycled_content_declaration_guard ON "recycled_content_declaration"`,
    );
    await queryRunner.query(`DROP FUNCTION recycled_content_declaration_guard()`);
    await queryRunner.query(`DROP TRIGGER purchase_record_guard ON "purchase_record"`);
    await queryRunner.query(`DROP FUNCTION purchase_record_guard()`);
    await queryRunner.query(
      `ALTER TABLE "recycled_content_target" DROP CONSTRAINT "FK_de9484bf85c2335aa602c0e16f9"`,
    );
    await queryRunner.query(
      `ALTER TABLE "recycled_content_declaration" DROP CONSTRAINT "FK_08d9a8f4f032a1b97818bf03108"`,
    );
    await queryRunner.query(
      `ALTER TABLE "recycled_content_declaration" DROP CONSTRAINT "FK_c74f635ebefa1549dc606042226"`,
    );
    await queryRunner.query(
      `ALTER TABLE "recycled_content_declaration" DROP CONSTRAINT "FK_295843c60fe1f62aff5d83e63e4"`,
    );
    await queryRunner.query(
      `ALTER TABLE "recycled_content_declaration" DROP CONSTRAINT "FK_1ea1129d1baff82bc7254e046f7"`,
    );
    await queryRunner.query(
      `ALTER TABLE "purchase_record" DROP CONSTRAINT "FK_c177de3e91608032cca1c02227e"`,
    );
    await queryRunner.query(
      `ALTER TABLE "purchase_record" DROP CONSTRAINT "FK_c407e8ea94583270ccb9c623005"`,
    );
    await queryRunner.query(
      `ALTER TABLE "purchase_record" DROP CONSTRAINT "FK_311d0b1e5a13d07f1e40c9aab52"`,
    );
    await queryRunner.query(
      `ALTER TABLE "purchase_record" DROP CONSTRAINT "FK_6454194ffb7279ed6585bf0554b"`,
    );
    await queryRunner.query(`DROP INDEX "public"."recycled_content_target_current_key"`);
    await queryRunner.query(`DROP TABLE "recycled_content_target"`);
    await queryRunner.query(`DROP INDEX "public"."recycled_content_declaration_lookup_idx"`);
    await queryRunner.query(`DROP INDEX "public"."recycled_content_declaration_element_idx"`);
    await queryRunner.query(`DROP TABLE "recycled_content_declaration"`);
    await queryRunner.query(`DROP INDEX "public"."purchase_record_category_period_idx"`);
    await queryRunner.query(`DROP INDEX "public"."purchase_record_supplier_category_period_idx"`);
    await queryRunner.query(`DROP INDEX "public"."purchase_record_reference_key"`);
    await queryRunner.query(`DROP TABLE "purchase_record"`);
  }
}
