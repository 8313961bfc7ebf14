import type { MigrationInterface, QueryRunner } from "typeorm";

export class SupplierExternalId1796237018395 implements MigrationInterface {
  name = "SupplierExternalId1796237018395";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "supplier" ADD "external_id" character varying(64)`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "supplier_external_id_key" ON "supplier" ("external_id") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."supplier_external_id_key"`);
    await queryRunner.query(`ALTER TABLE "supplier" DROP COLUMN "external_id"`);
  }
}
