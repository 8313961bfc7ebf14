import type { MigrationInterface, QueryRunner } from "typeorm";
import { DEFAULT_CHECKLIST_V1_FAMILY_ID } from "./seeds/default-checklist-v1";
import { DEFAULT_CHECKLIST_V1_TEXTS } from "./seeds/default-checklist-texts-v1";

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

/**
 * Issue 21: checklist items speak English and Chinese. Each item's wording moves into
 * checklist_item_text, one row per locale with the supplier-voice SAQ question, the
 * auditor-voice audit question and the guidance. Existing items get an English row (the SAQ
 * asks the audit question until someone writes the supplier voice, so nothing is lost); the
 * default checklist's version 1 gets its English SAQ questions and its Chinese text, a
 * translation that leaves every question's meaning (and so every answer given) as it was.
 * Published texts are frozen like the items (SPEC 4), by a trigger of their own.
 */
export class ChecklistItemTexts1796306816166 implements MigrationInterface {
  name = "ChecklistItemTexts1796306816166";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "checklist_item_text" ("item_id" uuid NOT NULL, "locale" character varying(10) NOT NULL, "saq_question" character varying(1000) NOT NULL DEFAULT '', "audit_question" character varying(1000) NOT NULL DEFAULT '', "guidance" character varying(2000) NOT NULL DEFAULT '', CONSTRAINT "checklist_item_text_locale_check" CHECK (locale IN ('en', 'zh-CN')), CONSTRAINT "PK_f88be96e73a00e747b196cb539b" PRIMARY KEY ("item_id", "locale"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "checklist_item_text" ADD CONSTRAINT "FK_f864e727d845a1c4ba93588af00" FOREIGN KEY ("item_id") REFERENCES "checklist_item"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `INSERT INTO "checklist_item_text" ("item_id", "locale", "saq_question", "audit_question", "guidance")
       SELECT "id", 'en', "question", "question", "guidance" FROM "checklist_item"`,
    );
    await queryRunner.query(
      `ALTER TABLE "checklist" ADD "required_locales" character varying(10) array NOT NULL DEFAULT '{en}'`,
    );
    await queryRunner.query(
      `ALTER TABLE "checklist" ADD CONSTRAINT "checklist_required_locales_check" CHECK (required_locales <@ ARRAY['en', 'zh-CN']::varchar[] AND 'en' = ANY (required_locales))`,
    );

    const defaults = (await queryRunner.query(
      `SELECT "id" FROM "checklist" WHERE "family_id" = $1 AND "version" = 1`,
      [DEFAULT_CHECKLIST_V1_FAMILY_ID],
    )) as { id: string }[];
    for (const { id } of defaults) {
      await queryRunner.query(
        `UPDATE "checklist" SET "required_locales" = '{en,zh-CN}' WHERE "id" = $1`,
        [id],
      );
      for (const [code, texts] of Object.entries(DEFAULT_CHECKLIST_V1_TEXTS)) {
        const [item] = (await queryRunner.query(
          `SELECT "id" FROM "checklist_item" WHERE "checklist_id" = $1 AND "code" = $2`,
          [id, code],
        )) as { id: string }[];
        if (!item) continue;
        await queryRunner.query(
          `UPDATE "checklist_item_text" SET "saq_question" = $2 WHERE "item_id" = $1 AND "locale" = 'en'`,
          [item.id, texts.enSaqQuestion],
        );
        await queryRunner.query(
          `INSERT INTO "checklist_item_text" ("item_id", "locale", "saq_question", "audit_question", "guidance")
           VALUES ($1, 'zh-CN', $2, $3, $4)`,
          [item.id, texts.zhCN.saqQuestion, texts.zhCN.auditQuestion, texts.zhCN.guidance],
        );
      }
    }

    await queryRunner.query(`ALTER TABLE "checklist_item" DROP COLUMN "guidance"`);
    await queryRunner.query(`ALTER TABLE "checklist_item" DROP COLUMN "question"`);

    // SPEC 4: a published checklist's texts and required locales never change either.
    await queryRunner.query(checklistGuard("X.name, X.version, X.family_id, X.required_locales"));
    await queryRunner.query(`CREATE FUNCTION checklist_item_text_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE parent_status varchar;
      BEGIN
        SELECT c.status INTO parent_status FROM checklist_item i JOIN checklist c ON c.id = i.checklist_id
          WHERE i.id = COALESCE(NEW.item_id, OLD.item_id);
        IF parent_status IS DISTINCT FROM 'DRAFT' AND parent_status IS NOT NULL THEN
          RAISE EXCEPTION 'checklist item texts of a % checklist cannot change', parent_status USING ERRCODE = 'check_violation';
        END IF;
        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER checklist_item_text_guard BEFORE INSERT OR UPDATE OR DELETE ON "checklist_item_text" FOR EACH ROW EXECUTE FUNCTION checklist_item_text_guard()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER checklist_item_text_guard ON "checklist_item_text"`);
    await queryRunner.query(`DROP FUNCTION checklist_item_text_guard()`);
    await queryRunner.query(checklistGuard("X.name, X.version, X.family_id"));
    await queryRunner.query(
      `ALTER TABLE "checklist_item" ADD "question" character varying(1000) NOT NULL DEFAULT ''`,
    );
    await queryRunner.query(
      `ALTER TABLE "checklist_item" ADD "guidance" character varying(2000) NOT NULL DEFAULT ''`,
    );
    // The English audit question and guidance go back; other languages and the English SAQ
    // questions have nowhere to go. Published items refuse updates, hence the pause.
    await queryRunner.query(`ALTER TABLE "checklist_item" DISABLE TRIGGER checklist_item_guard`);
    await queryRunner.query(
      `UPDATE "checklist_item" i SET "question" = t."audit_question", "guidance" = t."guidance"
       FROM "checklist_item_text" t WHERE t."item_id" = i."id" AND t."locale" = 'en'`,
    );
    await queryRunner.query(`ALTER TABLE "checklist_item" ENABLE TRIGGER checklist_item_guard`);
    await queryRunner.query(`ALTER TABLE "checklist_item" ALTER COLUMN "question" DROP DEFAULT`);
    await queryRunner.query(
      `ALTER TABLE "checklist" DROP CONSTRAINT "checklist_required_locales_check"`,
    );
    await queryRunner.query(`ALTER TABLE "checklist" DROP COLUMN "required_locales"`);
    await queryRunner.query(
      `ALTER TABLE "checklist_item_text" DROP CONSTRAINT "FK_f864e727d845a1c4ba93588af00"`,
    );
    await queryRunner.query(`DROP TABLE "checklist_item_text"`);
  }
}
