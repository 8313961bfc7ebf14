import type { MigrationInterface, QueryRunner } from "typeorm";
import {
  DEFAULT_CHECKLIST_V1_FAMILY_ID as DEFAULT_CHECKLIST_FAMILY_ID,
  DEFAULT_CHECKLIST_V1_ITEMS as DEFAULT_CHECKLIST_ITEMS,
  DEFAULT_CHECKLIST_V1_NAME as DEFAULT_CHECKLIST_NAME,
} from "./seeds/default-checklist-v1";

/** The policy-based default checklist, published as version 1 (SPEC 4). */
async function seedDefaultChecklist(queryRunner: QueryRunner): Promise<void> {
  const [checklist] = (await queryRunner.query(
    `INSERT INTO "checklist" ("family_id", "name", "version", "status", "published_at")
     VALUES ($1, $2, 1, 'DRAFT', now()) RETURNING "id"`,
    [DEFAULT_CHECKLIST_FAMILY_ID, DEFAULT_CHECKLIST_NAME],
  )) as { id: string }[];
  for (const [order, item] of DEFAULT_CHECKLIST_ITEMS.entries()) {
    await queryRunner.query(
      `INSERT INTO "checklist_item" ("checklist_id", "code", "area", "question", "guidance", "answer_type",
         "weight", "zero_tolerance", "evidence_required", "sort_order")
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        checklist.id,
        item.code,
        item.area,
        item.question,
        item.guidance,
        item.answerType,
        item.weight,
        item.zeroTolerance,
        item.evidenceRequired,
        order + 1,
      ],
    );
  }
  await queryRunner.query(`UPDATE "checklist" SET "status" = 'PUBLISHED' WHERE "id" = $1`, [
    checklist.id,
  ]);
}

export class ChecklistsAndSelfAssessments1795803355053 implements MigrationInterface {
  name = "ChecklistsAndSelfAssessments1795803355053";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "checklist" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "family_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "version" integer NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'DRAFT', "published_at" TIMESTAMP WITH TIME ZONE, "retired_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e4b437f5107f2a9d5b744d4eb4c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "checklist_family_version_key" ON "checklist" ("family_id", "version") `,
    );
    await queryRunner.query(
      `CREATE TABLE "checklist_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "checklist_id" uuid NOT NULL, "code" character varying(20) NOT NULL, "area" character varying(32) NOT NULL, "question" character varying(1000) NOT NULL, "guidance" character varying(2000) NOT NULL DEFAULT '', "answer_type" character varying(16) NOT NULL, "weight" integer NOT NULL, "zero_tolerance" boolean NOT NULL DEFAULT false, "evidence_required" boolean NOT NULL DEFAULT false, "sort_order" integer NOT NULL, CONSTRAINT "checklist_item_weight_check" CHECK (weight BETWEEN 1 AND 5), CONSTRAINT "PK_0c52d9590c766a9ae718e16cebf" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "checklist_item_code_key" ON "checklist_item" ("checklist_id", "code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "self_assessment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "supplier_id" uuid NOT NULL, "checklist_id" uuid NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'DRAFT', "submitted_at" TIMESTAMP WITH TIME ZONE, "reviewed_at" TIMESTAMP WITH TIME ZONE, "return_reason" character varying(2000), "version" integer NOT NULL DEFAULT '1', "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_959d1493830e871c37291fa8f55" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "self_assessment_supplier_idx" ON "self_assessment" ("supplier_id", "checklist_id", "status") `,
    );
    await queryRunner.query(
      `CREATE TABLE "self_assessment_answer" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "self_assessment_id" uuid NOT NULL, "item_id" uuid NOT NULL, "choice" character varying(16), "scale" integer, "number" double precision, "text" text, "comment" character varying(2000), "evidence" jsonb NOT NULL DEFAULT '[]', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8780c9118a42627a8eabafe0652" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "self_assessment_answer_item_key" ON "self_assessment_answer" ("self_assessment_id", "item_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "checklist_item" ADD CONSTRAINT "FK_71320403ee3eaf922ea7e114fa6" FOREIGN KEY ("checklist_id") REFERENCES "checklist"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "self_assessment" ADD CONSTRAINT "FK_3c0f97154c7c1a64374235ea709" FOREIGN KEY ("supplier_id") REFERENCES "supplier"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "self_assessment" ADD CONSTRAINT "FK_02756d801edc596887bc4a1a822" FOREIGN KEY ("checklist_id") REFERENCES "checklist"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "self_assessment_answer" ADD CONSTRAINT "FK_5d12273e161edec0f4381d11689" FOREIGN KEY ("self_assessment_id") REFERENCES "self_assessment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "self_assessment_answer" ADD CONSTRAINT "FK_c551253ab976b99ee13d99f688d" FOREIGN KEY ("item_id") REFERENCES "checklist_item"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "self_assessment_one_open_key" ON "self_assessment" ("supplier_id", "checklist_id") WHERE status IN ('DRAFT', 'RETURNED')`,
    );

    // SPEC 4: a published checklist never changes. The service refuses it; the database
    // enforces it for every other path too.
    await queryRunner.query(`CREATE FUNCTION checklist_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          IF OLD.status <> 'DRAFT' THEN RAISE EXCEPTION 'checklist % is %, it cannot be deleted', OLD.id, OLD.status USING ERRCODE = 'check_violation'; END IF;
          RETURN OLD;
        END IF;
        IF OLD.status <> 'DRAFT' AND (NEW.name, NEW.version, NEW.family_id) IS DISTINCT FROM (OLD.name, OLD.version, OLD.family_id) THEN
          RAISE EXCEPTION 'checklist % is %, it cannot change', OLD.id, OLD.status USING ERRCODE = 'check_violation';
        END IF;
        IF (OLD.status = 'PUBLISHED' AND NEW.status NOT IN ('PUBLISHED', 'RETIRED')) OR (OLD.status = 'RETIRED' AND NEW.status <> 'RETIRED') THEN
          RAISE EXCEPTION 'checklist % cannot go from % to %', OLD.id, OLD.status, NEW.status USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER checklist_guard BEFORE UPDATE OR DELETE ON "checklist" FOR EACH ROW EXECUTE FUNCTION checklist_guard()`,
    );
    await queryRunner.query(`CREATE FUNCTION checklist_item_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE parent_status varchar;
      BEGIN
        SELECT status INTO parent_status FROM checklist WHERE id = COALESCE(NEW.checklist_id, OLD.checklist_id);
        IF parent_status IS DISTINCT FROM 'DRAFT' AND parent_status IS NOT NULL THEN
          RAISE EXCEPTION 'checklist items of a % checklist cannot change', parent_status USING ERRCODE = 'check_violation';
        END IF;
        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER checklist_item_guard BEFORE INSERT OR UPDATE OR DELETE ON "checklist_item" FOR EACH ROW EXECUTE FUNCTION checklist_item_guard()`,
    );

    await seedDefaultChecklist(queryRunner);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER checklist_item_guard ON "checklist_item"`);
    await queryRunner.query(`DROP TRIGGER checklist_guard ON "checklist"`);
    await queryRunner.query(`DROP FUNCTION checklist_item_guard()`);
    await queryRunner.query(`DROP FUNCTION checklist_guard()`);
    await queryRunner.query(`DROP INDEX "self_assessment_one_open_key"`);
    await queryRunner.query(
      `ALTER TABLE "self_assessment_answer" DROP CONSTRAINT "FK_c551253ab976b99ee13d99f688d"`,
    );
    await queryRunner.query(
      `ALTER TABLE "self_assessment_answer" DROP CONSTRAINT "FK_5d12273e161edec0f4381d11689"`,
    );
    await queryRunner.query(
      `ALTER TABLE "self_assessment" DROP CONSTRAINT "FK_02756d801edc596887bc4a1a822"`,
    );
    await queryRunner.query(
      `ALTER TABLE "self_assessment" DROP CONSTRAINT "FK_3c0f97154c7c1a64374235ea709"`,
    );
    await queryRunner.query(
      `ALTER TABLE "checklist_item" DROP CONSTRAINT "FK_71320403ee3eaf922ea7e114fa6"`,
    );
    await queryRunner.query(`DROP INDEX "public"."self_assessment_answer_item_key"`);
    await queryRunner.query(`DROP TABLE "self_assessment_answer"`);
    await queryRunner.query(`DROP INDEX "public"."self_assessment_supplier_idx"`);
    await queryRunner.query(`DROP TABLE "self_assessment"`);
    await queryRunner.query(`DROP INDEX "public"."checklist_item_code_key"`);
    await queryRunner.query(`DROP TABLE "checklist_item"`);
    await queryRunner.query(`DROP INDEX "public"."checklist_family_version_key"`);
    await queryRunner.query(`DROP TABLE "checklist"`);
  }
}
