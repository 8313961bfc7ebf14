import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Every instance caches the holders of bearer tokens while it listens on `viewer_changed`
 * (src/modules/identity/viewer-cache.ts): these triggers notify it, with the user's id, of
 * every change that could end or alter what a token stands for, whoever makes it (the
 * portal, a script, psql). NOTIFY is sent at commit; a rolled-back change sends nothing.
 */
export class ViewerChangeNotify1796285280063 implements MigrationInterface {
  name = "ViewerChangeNotify1796285280063";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE FUNCTION notify_viewer_changed() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF TG_TABLE_NAME = 'revoked_token' THEN
           PERFORM pg_notify('viewer_changed', NEW.user_id::text);
         ELSE
           PERFORM pg_notify('viewer_changed', OLD.id::text);
         END IF;
         RETURN NULL;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER app_user_viewer_changed AFTER UPDATE ON "app_user" FOR EACH ROW
       WHEN (OLD.active IS DISTINCT FROM NEW.active OR OLD.role IS DISTINCT FROM NEW.role
         OR OLD.supplier_id IS DISTINCT FROM NEW.supplier_id OR OLD.email IS DISTINCT FROM NEW.email
         OR OLD.must_change_password IS DISTINCT FROM NEW.must_change_password
         OR OLD.token_generation IS DISTINCT FROM NEW.token_generation)
       EXECUTE FUNCTION notify_viewer_changed()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER app_user_viewer_deleted AFTER DELETE ON "app_user" FOR EACH ROW
       EXECUTE FUNCTION notify_viewer_changed()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER revoked_token_viewer_changed AFTER INSERT ON "revoked_token" FOR EACH ROW
       EXECUTE FUNCTION notify_viewer_changed()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER revoked_token_viewer_changed ON "revoked_token"`);
    await queryRunner.query(`DROP TRIGGER app_user_viewer_deleted ON "app_user"`);
    await queryRunner.query(`DROP TRIGGER app_user_viewer_changed ON "app_user"`);
    await queryRunner.query(`DROP FUNCTION notify_viewer_changed()`);
  }
}
