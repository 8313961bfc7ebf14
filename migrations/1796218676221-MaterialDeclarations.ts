import type { MigrationInterface, QueryRunner } from "typeorm";

export class MaterialDeclarations1796218676221 implements MigrationInterface {
  name = "MaterialDeclarations1796218676221";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "material_declaration" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "supplier_id" uuid NOT NULL, "category_id" uuid NOT NULL, "part_number" character varying(200) NOT NULL, "part_name" character varying(200), "declaration_class" character varying(1) NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'DRAFT', "statements" jsonb NOT NULL DEFAULT '[]', "materials" jsonb NOT NULL DEFAULT '[]', "evidence" jsonb NOT NULL DEFAULT '[]', "declared_at" TIMESTAMP WITH TIME ZONE, "valid_until" TIMESTAMP WITH TIME ZONE NOT NULL, "source_document_id" uuid, "reject_reason" character varying(2000), "submitted_at" TIMESTAMP WITH TIME ZONE, "reviewed_at" TIMESTAMP WITH TIME ZONE, "reviewed_by_id" uuid, "accepted_compliance" jsonb, "version" integer NOT NULL DEFAULT '1', "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "material_declaration_status_check" CHECK (status IN ('DRAFT', 'SUBMITTED', 'ACCEPTED', 'REJECTED')), CONSTRAINT "material_declaration_class_check" CHECK (declaration_class IN ('A', 'C')), CONSTRAINT "PK_01899088f80f6e4f5bcfb028100" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "material_declaration_supplier_idx" ON "material_declaration" ("supplier_id", "status") `,
    );
    await queryRunner.query(
      `ALTER TABLE "material_declaration" ADD CONSTRAINT "FK_37a4074798e714a80ce2ee148d9" FOREIGN KEY ("supplier_id") REFERENCES "supplier"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "material_declaration" ADD CONSTRAINT "FK_1679d0723406bb7f295833e48e0" FOREIGN KEY ("category_id") REFERENCES "material_category"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "material_declaration" DROP CONSTRAINT "FK_1679d0723406bb7f295833e48e0"`,
    );
    await queryRunner.query(
      `ALTER TABLE "material_declaration" DROP CONSTRAINT "FK_37a4074798e714a80ce2ee148d9"`,
    );
    await queryRunner.query(`DROP INDEX "public"."material_declaration_supplier_idx"`);
    await queryRunner.query(`DROP TABLE "material_declaration"`);
  }
}
