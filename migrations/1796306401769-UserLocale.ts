import type { MigrationInterface, QueryRunner } from "typeorm";

export class UserLocale1796306401769 implements MigrationInterface {
  name = "UserLocale1796306401769";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" ADD "locale" character varying(10)`);
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "app_user_locale_check" CHECK (locale IS NULL OR locale IN ('en', 'zh-CN'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "app_user_locale_check"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "locale"`);
  }
}
