import type { MigrationInterface, QueryRunner } from "typeorm";

// checklist_guard as ChecklistsAndSelfAssessments1795803355053 created it; `frozen` is what a
// published or retired checklist may not change.
const checklistGuard = (frozen: string) => `
  CREATE OR REPLACE FUNCTION checklist_guard() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP = 'DELETE' THEN
      IF OLD.status <> 'DRAFT' THEN RAISE EXCEPTION 'checklist % is %, it cannot be deleted', OLD.id, OLD.status USING ERRCODE = 'check_violation'; END IF;
      RETURN OLD;
    END IF;
    IF OLD.status <> 'DRAFT' AND (${frozen.replace(/\bX\./g, "NEW.")}) IS DISTINCT FROM (${frozen.replace(/\bX\./g, "OLD.")}) THEN
      RAISE EXCEPTION 'checklist % is %, it cannot change', OLD.id, OLD.status USING ERRCODE = 'check_violation';
    END IF;
    IF (OLD.status = 'PUBLISHED' AND NEW.status NOT IN ('PUBLISHED', 'RETIRED')) OR (OLD.status = 'RETIRED' AND NEW.status <> 'RETIRED') THEN
      RAISE EXCEPTION 'checklist % cannot go from % to %', OLD.id, OLD.status, NEW.status USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
  END $$`;

// Frozen copies (no import from src): the default checklist's family and its Chinese name as
// this migration stores them.
const DEFAULT_CHECKLIST_FAMILY_ID = "6f1c0e2a-4b7d-4c1e-9a57-0e5d2c9b1a01";
const DEFAULT_CHECKLIST_NAME_TRANSLATIONS = { "zh-CN": "供应商 ESG 审核检查表" };

/**
 * Issue 21: a checklist's name in Chinese too (`name` stays the English one). The default
 * checklist's versions get their Chinese name; they are published, so this runs while the guard
 * does not know the column yet, and the guard then freezes it like the name (SPEC 4).
 */
export class ChecklistNameTranslations1796310216840 implements MigrationInterface {
  name = "ChecklistNameTranslations1796310216840";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "checklist" ADD "name_translations" jsonb NOT NULL DEFAULT '{}'`,
    );
    await queryRunner.query(
      `ALTER TABLE "checklist" ADD CONSTRAINT "checklist_name_translations_check" CHECK (jsonb_typeof(name_translations) = 'object')`,
    );
    await queryRunner.query(
      `UPDATE "checklist" SET "name_translations" = $2::jsonb WHERE "family_id" = $1`,
      [DEFAULT_CHECKLIST_FAMILY_ID, JSON.stringify(DEFAULT_CHECKLIST_NAME_TRANSLATIONS)],
    );
    await queryRunner.query(
      checklistGuard("X.name, X.name_translations, X.version, X.family_id, X.required_locales"),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(checklistGuard("X.name, X.version, X.family_id, X.required_locales"));
    await queryRunner.query(
      `ALTER TABLE "checklist" DROP CONSTRAINT "checklist_name_translations_check"`,
    );
    await queryRunner.query(`ALTER TABLE "checklist" DROP COLUMN "name_translations"`);
  }
}
