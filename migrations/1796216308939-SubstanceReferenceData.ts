import type { MigrationInterface, QueryRunner } from "typeorm";
import {
  LISTS_V1,
  SUBSTANCE_GROUPS_V1,
  SUBSTANCES_V1,
  TARGETS_V1,
} from "./seeds/substance-reference-v1";

/** Tables whose rows are never edited or deleted: a change is a new row (append_only_guard). */
const APPEND_ONLY = [
  "substance",
  "substance_group",
  "substance_group_member",
  "regulatory_list",
  "list_exemption",
] as const;

/** Issue 16: RoHS and battery Annex I complete, a REACH candidate list starter, targets (frozen). */
async function seedReferenceData(queryRunner: QueryRunner): Promise<void> {
  const groupIds = new Map<string, string>();
  for (const group of SUBSTANCE_GROUPS_V1) {
    const [row] = (await queryRunner.query(
      `INSERT INTO "substance_group" ("code", "name") VALUES ($1, $2) RETURNING "id"`,
      [group.code, group.name],
    )) as { id: string }[];
    groupIds.set(group.code, row.id);
  }
  const substanceIds = new Map<string, string>();
  for (const substance of SUBSTANCES_V1) {
    const [row] = (await queryRunner.query(
      `INSERT INTO "substance" ("cas", "ec_number", "name") VALUES ($1, $2, $3) RETURNING "id"`,
      [substance.cas, substance.ec, substance.name],
    )) as { id: string }[];
    if (substance.cas) substanceIds.set(substance.cas, row.id);
    for (const code of substance.groups ?? []) {
      await queryRunner.query(
        `INSERT INTO "substance_group_member" ("group_id", "substance_id") VALUES ($1, $2)`,
        [groupIds.get(code), row.id],
      );
    }
  }
  const substanceId = (cas: string | null | undefined) => {
    if (!cas) return null;
    const id = substanceIds.get(cas);
    if (!id) throw new Error(`seed: no substance with CAS ${cas}`);
    return id;
  };
  for (const list of LISTS_V1) {
    const [{ id: listId }] = (await queryRunner.query(
      `INSERT INTO "regulatory_list" ("code", "name", "applies_by_default") VALUES ($1, $2, $3) RETURNING "id"`,
      [list.code, list.name, list.appliesByDefault],
    )) as { id: string }[];
    // A DRAFT first: the entry guard takes entries only into drafts; then published.
    const [{ id: versionId }] = (await queryRunner.query(
      `INSERT INTO "regulatory_list_version" ("list_id", "label", "effective_date", "status", "source", "created_at")
       VALUES ($1, $2, $3, 'DRAFT', $4, now()) RETURNING "id"`,
      [listId, list.version.label, list.version.effectiveDate, list.version.source],
    )) as { id: string }[];
    for (const entry of list.version.entries) {
      await queryRunner.query(
        `INSERT INTO "regulatory_list_entry" ("version_id", "substance_id", "group_id", "listed_name",
           "threshold_percent", "basis", "applies_to", "scope", "date_of_inclusion", "reason")
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [
          versionId,
          substanceId(entry.cas),
          entry.group ? groupIds.get(entry.group) : null,
          entry.name,
          entry.thresholdPercent,
          entry.basis,
          entry.appliesTo,
          entry.scope,
          entry.dateOfInclusion ?? null,
          entry.reason ?? null,
        ],
      );
    }
    await queryRunner.query(
      `UPDATE "regulatory_list_version" SET "status" = 'PUBLISHED', "published_at" = now() WHERE "id" = $1`,
      [versionId],
    );
    for (const exemption of list.exemptions) {
      await queryRunner.query(
        `INSERT INTO "list_exemption" ("list_id", "code", "text", "substance_id", "max_percent", "valid_from", "expires_at")
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          listId,
          exemption.code,
          exemption.text,
          substanceId(exemption.cas),
          exemption.maxPercent,
          exemption.validFrom,
          exemption.expiresAt,
        ],
      );
    }
    // Every category gets an explicit row, so the admin page shows each one as set.
    await queryRunner.query(
      `INSERT INTO "list_category_applicability" ("list_id", "category_id", "applies", "updated_at")
       SELECT $1, c.id, $2::boolean OR c.code = ANY($3::varchar[]), now() FROM "material_category" c`,
      [listId, list.categories === "ALL", list.categories === "ALL" ? [] : list.categories],
    );
  }
  for (const target of TARGETS_V1) {
    await queryRunner.query(
      `INSERT INTO "substance_target" ("substance_id", "kind", "note", "updated_at") VALUES ($1, $2, $3, now())`,
      [substanceId(target.cas), target.kind, target.note],
    );
  }
}

/** The reference data of issue 16: substances, regulatory lists by version, exemptions, targets. */
export class SubstanceReferenceData1796216308939 implements MigrationInterface {
  name = "SubstanceReferenceData1796216308939";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "substance" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cas" character varying(12), "ec_number" character varying(9), "name" character varying(500) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "substance_ec_check" CHECK (ec_number IS NULL OR ec_number ~ '^[0-9]{3}-[0-9]{3}-[0-9]$'), CONSTRAINT "substance_cas_check" CHECK (cas IS NULL OR cas ~ '^[0-9]{2,7}-[0-9]{2}-[0-9]$'), CONSTRAINT "PK_2a70fc97234170424952d6c701e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "substance_name_idx" ON "substance" ("name") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "substance_cas_key" ON "substance" ("cas") WHERE cas IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "substance_group" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(40) NOT NULL, "name" character varying(300) NOT NULL, CONSTRAINT "UQ_ad577e9ff75f20b1b7430ff17b1" UNIQUE ("code"), CONSTRAINT "PK_d2d89d0bab83fff7e784a2c03ff" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "substance_group_member" ("group_id" uuid NOT NULL, "substance_id" uuid NOT NULL, CONSTRAINT "PK_bf6b3cba2d490bb04eebc4f3f9f" PRIMARY KEY ("group_id", "substance_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "regulatory_list" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(40) NOT NULL, "name" character varying(300) NOT NULL, "applies_by_default" boolean NOT NULL, CONSTRAINT "UQ_589e79f3a3875b890c78f836ea6" UNIQUE ("code"), CONSTRAINT "PK_3badb2786962971cf0107b4d652" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "regulatory_list_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "list_id" uuid NOT NULL, "label" character varying(100) NOT NULL, "effective_date" TIMESTAMP WITH TIME ZONE NOT NULL, "status" character varying(16) NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE, "imported_at" TIMESTAMP WITH TIME ZONE, "source" character varying(1000), "source_document_id" uuid, "source_sha256" character(64), "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "regulatory_list_version_sha256_check" CHECK (source_sha256 IS NULL OR source_sha256 ~ '^[0-9a-f]{64}$'), CONSTRAINT "regulatory_list_version_published_check" CHECK ((status = 'PUBLISHED') = (published_at IS NOT NULL)), CONSTRAINT "regulatory_list_version_status_check" CHECK (status IN ('DRAFT', 'PUBLISHED')), CONSTRAINT "PK_7201d00515aa582ef25b2d3405b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "regulatory_list_version_effective_idx" ON "regulatory_list_version" ("list_id", "effective_date") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "regulatory_list_version_label_key" ON "regulatory_list_version" ("list_id", "label") `,
    );
    await queryRunner.query(
      `CREATE TABLE "regulatory_list_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version_id" uuid NOT NULL, "substance_id" uuid, "group_id" uuid, "listed_name" character varying(500) NOT NULL, "threshold_percent" numeric(10,6) NOT NULL, "basis" character varying(24) NOT NULL, "applies_to" character varying(24) NOT NULL, "scope" character varying(200) NOT NULL, "date_of_inclusion" date, "reason" character varying(1000), CONSTRAINT "regulatory_list_entry_applies_check" CHECK (applies_to IN ('ALL', 'PORTABLE_BATTERY')), CONSTRAINT "regulatory_list_entry_basis_check" CHECK (basis IN ('HOMOGENEOUS_MATERIAL', 'ARTICLE')), CONSTRAINT "regulatory_list_entry_threshold_check" CHECK (threshold_percent > 0 AND threshold_percent <= 100), CONSTRAINT "regulatory_list_entry_target_check" CHECK ((substance_id IS NULL) <> (group_id IS NULL)), CONSTRAINT "PK_8057991b4e0d0603b1e3a6e430e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "regulatory_list_entry_version_idx" ON "regulatory_list_entry" ("version_id", "listed_name", "id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "regulatory_list_entry_group_key" ON "regulatory_list_entry" ("version_id", "group_id") WHERE group_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "regulatory_list_entry_substance_key" ON "regulatory_list_entry" ("version_id", "substance_id") WHERE substance_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "list_exemption" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "list_id" uuid NOT NULL, "code" character varying(40) NOT NULL, "text" character varying(2000) NOT NULL, "substance_id" uuid, "group_id" uuid, "max_percent" numeric(10,6), "valid_from" date NOT NULL, "expires_at" date, CONSTRAINT "list_exemption_max_check" CHECK (max_percent IS NULL OR (max_percent > 0 AND max_percent <= 100)), CONSTRAINT "list_exemption_validity_check" CHECK (expires_at IS NULL OR expires_at >= valid_from), CONSTRAINT "list_exemption_target_check" CHECK (substance_id IS NULL OR group_id IS NULL), CONSTRAINT "PK_ed4ebf24d773b313fb203af6ec5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "list_exemption_code_key" ON "list_exemption" ("list_id", "code", "valid_from") `,
    );
    await queryRunner.query(
      `CREATE TABLE "list_category_applicability" ("list_id" uuid NOT NULL, "category_id" uuid NOT NULL, "applies" boolean NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_78c054e71091653df1f570ddcf7" PRIMARY KEY ("list_id", "category_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "substance_target" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "substance_id" uuid, "group_id" uuid, "kind" character varying(16) NOT NULL, "note" character varying(1000), "updated_by_id" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "substance_target_kind_check" CHECK (kind IN ('ELIMINATE', 'REDUCE')), CONSTRAINT "substance_target_target_check" CHECK ((substance_id IS NULL) <> (group_id IS NULL)), CONSTRAINT "PK_44e4a3576de6ec9f4a7989f8d73" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "substance_target_group_key" ON "substance_target" ("group_id") WHERE group_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "substance_target_substance_key" ON "substance_target" ("substance_id") WHERE substance_id IS NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "substance_group_member" ADD CONSTRAINT "FK_fe7b16dd892e8044016987d1201" FOREIGN KEY ("group_id") REFERENCES "substance_group"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "substance_group_member" ADD CONSTRAINT "FK_4855b153381b823bec6c3173e18" FOREIGN KEY ("substance_id") REFERENCES "substance"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "regulatory_list_version" ADD CONSTRAINT "FK_9a1a605cec631269a39d5cdc234" FOREIGN KEY ("list_id") REFERENCES "regulatory_list"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "regulatory_list_version" ADD CONSTRAINT "FK_9e0fb31e1da15c0cb2b00a448d5" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "regulatory_list_entry" ADD CONSTRAINT "FK_40167e3fb738087f4b94a565e39" FOREIGN KEY ("version_id") REFERENCES "regulatory_list_version"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "regulatory_list_entry" ADD CONSTRAINT "FK_5d37817cfae44d7735401b9914e" FOREIGN KEY ("substance_id") REFERENCES "substance"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "regulatory_list_entry" ADD CONSTRAINT "FK_a58b1a3a1a0c7727441158f86a1" FOREIGN KEY ("group_id") REFERENCES "substance_group"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "list_exemption" ADD CONSTRAINT "FK_2edd95d424d9666ef7c7d4c229a" FOREIGN KEY ("list_id") REFERENCES "regulatory_list"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "list_exemption" ADD CONSTRAINT "FK_0d0884e106cd0450787bd4545cc" FOREIGN KEY ("substance_id") REFERENCES "substance"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "list_exemption" ADD CONSTRAINT "FK_81e0c1fc0b1906fe9f3a7e9d118" FOREIGN KEY ("group_id") REFERENCES "substance_group"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "list_category_applicability" ADD CONSTRAINT "FK_ecaf867fe018061596ba1800b0c" FOREIGN KEY ("list_id") REFERENCES "regulatory_list"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "list_category_applicability" ADD CONSTRAINT "FK_5acc60f242c9b19d74c9ba8a21a" FOREIGN KEY ("category_id") REFERENCES "material_category"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "substance_target" ADD CONSTRAINT "FK_3184c6d3fe59b67d42966f1fd14" FOREIGN KEY ("substance_id") REFERENCES "substance"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "substance_target" ADD CONSTRAINT "FK_d2ccda5c669def9c4231ccd3627" FOREIGN KEY ("group_id") REFERENCES "substance_group"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "substance_target" ADD CONSTRAINT "FK_480f7dd23958c3e553ce6c60f2a" FOREIGN KEY ("updated_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    for (const table of APPEND_ONLY) {
      await queryRunner.query(
        `CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION append_only_guard()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION append_only_guard()`,
      );
    }
    // A published list version is the law as it stood: never changed or removed (a new edition
    // is a new version). A draft may be published (status and published_at set) or removed.
    await queryRunner.query(`CREATE FUNCTION regulatory_list_version_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.status = 'PUBLISHED' THEN
          RAISE EXCEPTION 'regulatory list version % is published: % refused (a new edition is a new version)', OLD.id, TG_OP USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
        IF (NEW.id, NEW.list_id, NEW.created_at, NEW.created_by_id) IS DISTINCT FROM (OLD.id, OLD.list_id, OLD.created_at, OLD.created_by_id) THEN
          RAISE EXCEPTION 'regulatory list version %: its list and creation cannot change', OLD.id USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER regulatory_list_version_guard BEFORE UPDATE OR DELETE ON "regulatory_list_version" FOR EACH ROW EXECUTE FUNCTION regulatory_list_version_guard()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER regulatory_list_version_no_truncate BEFORE TRUNCATE ON "regulatory_list_version" FOR EACH STATEMENT EXECUTE FUNCTION append_only_guard()`,
    );
    // Entries change only while their version is a draft.
    await queryRunner.query(`CREATE FUNCTION regulatory_list_entry_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE version_status varchar;
      BEGIN
        SELECT status INTO version_status FROM regulatory_list_version
         WHERE id = CASE WHEN TG_OP = 'DELETE' THEN OLD.version_id ELSE NEW.version_id END;
        IF version_status IS DISTINCT FROM 'DRAFT' THEN
          RAISE EXCEPTION 'entries of a % list version cannot change', version_status USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF TG_OP = 'UPDATE' AND OLD.version_id <> NEW.version_id THEN
          RAISE EXCEPTION 'an entry cannot move to another list version' USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER regulatory_list_entry_guard BEFORE INSERT OR UPDATE OR DELETE ON "regulatory_list_entry" FOR EACH ROW EXECUTE FUNCTION regulatory_list_entry_guard()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER regulatory_list_entry_no_truncate BEFORE TRUNCATE ON "regulatory_list_entry" FOR EACH STATEMENT EXECUTE FUNCTION append_only_guard()`,
    );

    await seedReferenceData(queryRunner);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP TRIGGER regulatory_list_entry_no_truncate ON "regulatory_list_entry"`,
    );
    await queryRunner.query(`DROP TRIGGER regulatory_list_entry_guard ON "regulatory_list_entry"`);
    await queryRunner.query(`DROP FUNCTION regulatory_list_entry_guard()`);
    await queryRunner.query(
      `DROP TRIGGER regulatory_list_version_no_truncate ON "regulatory_list_version"`,
    );
    await queryRunner.query(
      `DROP TRIGGER regulatory_list_version_guard ON "regulatory_list_version"`,
    );
    await queryRunner.query(`DROP FUNCTION regulatory_list_version_guard()`);
    for (const table of APPEND_ONLY) {
      await queryRunner.query(`DROP TRIGGER ${table}_no_truncate ON "${table}"`);
      await queryRunner.query(`DROP TRIGGER ${table}_append_only ON "${table}"`);
    }
    await queryRunner.query(
      `ALTER TABLE "substance_target" DROP CONSTRAINT "FK_480f7dd23958c3e553ce6c60f2a"`,
    );
    await queryRunner.query(
      `ALTER TABLE "substance_target" DROP CONSTRAINT "FK_d2ccda5c669def9c4231ccd3627"`,
    );
    await queryRunner.query(
      `ALTER TABLE "substance_target" DROP CONSTRAINT "FK_3184c6d3fe59b67d42966f1fd14"`,
    );
    await queryRunner.query(
      `ALTER TABLE "list_category_applicability" DROP CONSTRAINT "FK_5acc60f242c9b19d74c9ba8a21a"`,
    );
    await queryRunner.query(
      `ALTER TABLE "list_category_applicability" DROP CONSTRAINT "FK_ecaf867fe018061596ba1800b0c"`,
    );
    await queryRunner.query(
      `ALTER TABLE "list_exemption" DROP CONSTRAINT "FK_81e0c1fc0b1906fe9f3a7e9d118"`,
    );
    await queryRunner.query(
      `ALTER TABLE "list_exemption" DROP CONSTRAINT "FK_0d0884e106cd0450787bd4545cc"`,
    );
    await queryRunner.query(
      `ALTER TABLE "list_exemption" DROP CONSTRAINT "FK_2edd95d424d9666ef7c7d4c229a"`,
    );
    await queryRunner.query(
      `ALTER TABLE "regulatory_list_entry" DROP CONSTRAINT "FK_a58b1a3a1a0c7727441158f86a1"`,
    );
    await queryRunner.query(
      `ALTER TABLE "regulatory_list_entry" DROP CONSTRAINT "FK_5d37817cfae44d7735401b9914e"`,
    );
    await queryRunner.query(
      `ALTER TABLE "regulatory_list_entry" DROP CONSTRAINT "FK_40167e3fb738087f4b94a565e39"`,
    );
    await queryRunner.query(
      `ALTER TABLE "regulatory_list_version" DROP CONSTRAINT "FK_9e0fb31e1da15c0cb2b00a448d5"`,
    );
    await queryRunner.query(
      `ALTER TABLE "regulatory_list_version" DROP CONSTRAINT "FK_9a1a605cec631269a39d5cdc234"`,
    );
    await queryRunner.query(
      `ALTER TABLE "substance_group_member" DROP CONSTRAINT "FK_4855b153381b823bec6c3173e18"`,
    );
    await queryRunner.query(
      `ALTER TABLE "substance_group_member" DROP CONSTRAINT "FK_fe7b16dd892e8044016987d1201"`,
    );
    await queryRunner.query(`DROP INDEX "public"."substance_target_substance_key"`);
    await queryRunner.query(`DROP INDEX "public"."substance_target_group_key"`);
    await queryRunner.query(`DROP TABLE "substance_target"`);
    await queryRunner.query(`DROP TABLE "list_category_applicability"`);
    await queryRunner.query(`DROP INDEX "public"."list_exemption_code_key"`);
    await queryRunner.query(`DROP TABLE "list_exemption"`);
    await queryRunner.query(`DROP INDEX "public"."regulatory_list_entry_substance_key"`);
    await queryRunner.query(`DROP INDEX "public"."regulatory_list_entry_group_key"`);
    await queryRunner.query(`DROP INDEX "public"."regulatory_list_entry_version_idx"`);
    await queryRunner.query(`DROP TABLE "regulatory_list_entry"`);
    await queryRunner.query(`DROP INDEX "public"."regulatory_list_version_label_key"`);
    await queryRunner.query(`DROP INDEX "public"."regulatory_list_version_effective_idx"`);
    await queryRunner.query(`DROP TABLE "regulatory_list_version"`);
    await queryRunner.query(`DROP TABLE "regulatory_list"`);
    await queryRunner.query(`DROP TABLE "substance_group_member"`);
    await queryRunner.query(`DROP TABLE "substance_group"`);
    await queryRunner.query(`DROP INDEX "public"."substance_cas_key"`);
    await queryRunner.query(`DROP INDEX "public"."substance_name_idx"`);
    await queryRunner.query(`DROP TABLE "substance"`);
  }
}
