import { MigrationInterface, QueryRunner } from "typeorm";

export class DeclarationClassD1796236551515 implements MigrationInterface {
  name = "DeclarationClassD1796236551515";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "material_declaration" DROP CONSTRAINT "material_declaration_class_check"`,
    );
    await queryRunner.query(
      `ALTER TABLE "material_declaration" ADD CONSTRAINT "material_declaration_class_check" CHECK (declaration_class IN ('A', 'C', 'D'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "material_declaration" DROP CONSTRAINT "material_declaration_class_check"`,
    );
    await queryRunner.query(
      `ALTER TABLE "material_declaration" ADD CONSTRAINT "material_declaration_class_check" CHECK (declaration_class IN ('A', 'C'))`,
    );
  }
}
