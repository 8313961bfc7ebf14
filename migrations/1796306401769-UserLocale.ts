import type { MigrationInterface, QueryRunner } from "typeorm";

/** The viewer trigger's condition before this migration (ViewerChangeNotify). */
const VIEWER_COLUMNS = `OLD.active IS DISTINCT FROM NEW.active OR OLD.role IS DISTINCT FROM NEW.role
         OR OLD.supplier_id IS DISTINCT FROM NEW.supplier_id OR OLD.email IS DISTINCT FROM NEW.email
         OR OLD.must_change_password IS DISTINCT FROM NEW.must_change_password
         OR OLD.token_generation IS DISTINCT FROM NEW.token_generation`;

const viewerTrigger = (condition: string) =>
  `CREATE TRIGGER app_user_viewer_changed AFTER UPDATE ON "app_user" FOR EACH ROW
   WHEN (${condition}) EXECUTE FUNCTION notify_viewer_changed()`;

/**
 * A user's language. Cached viewers carry it (the request's language), so a change notifies
 * every instance like a role change does.
 */
export class UserLocale1796306401769 implements MigrationInterface {
  name = "UserLocale1796306401769";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" ADD "locale" character varying(10)`);
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "app_user_locale_check" CHECK (locale IS NULL OR locale IN ('en', 'zh-CN'))`,
    );
    await queryRunner.query(`DROP TRIGGER app_user_viewer_changed ON "app_user"`);
    await queryRunner.query(
      viewerTrigger(`${VIEWER_COLUMNS} OR OLD.locale IS DISTINCT FROM NEW.locale`),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER app_user_viewer_changed ON "app_user"`);
    await queryRunner.query(viewerTrigger(VIEWER_COLUMNS));
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "app_user_locale_check"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "locale"`);
  }
}
