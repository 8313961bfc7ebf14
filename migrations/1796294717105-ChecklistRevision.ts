import type { MigrationInterface, QueryRunner } from "typeorm";

/** A draft checklist's edit counter, so two admins editing one draft cannot overwrite each other. */
export class ChecklistRevision1796294717105 implements MigrationInterface {
  name = "ChecklistRevision1796294717105";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "checklist" ADD "revision" integer NOT NULL DEFAULT '1'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "checklist" DROP COLUMN "revision"`);
  }
}
