import type { MigrationInterface, QueryRunner } from "typeorm";

export class Foundation1795803023273 implements MigrationInterface {
  name = "Foundation1795803023273";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "action" character varying(80) NOT NULL, "entity_type" character varying(60) NOT NULL, "entity_id" uuid NOT NULL, "actor_id" uuid, "role" character varying(20), "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "changes" jsonb, "request_id" character varying(100), CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "audit_event_entity_idx" ON "audit_event" ("entity_type", "entity_id", "at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "login_failure" ("id" BIGSERIAL NOT NULL, "email" character varying(254) NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_5df78140d5d3f4afc249d879cdf" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "login_failure_email_at_idx" ON "login_failure" ("email", "at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "supplier" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "legal_name" character varying(200), "registration_number" character varying(64), "country" character(2) NOT NULL, "contact_email" character varying(254) NOT NULL, "blocked_by_admin" boolean NOT NULL DEFAULT false, "block_reason" character varying(500), "archived" boolean NOT NULL DEFAULT false, "archived_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "renewable_electricity_share" double precision NOT NULL DEFAULT '0', "third_party_verified_material_share" double precision NOT NULL DEFAULT '0', "recycled_content_share" double precision NOT NULL DEFAULT '0', "traceability" character varying(16) NOT NULL DEFAULT 'NONE', "sources_from_protected_area" boolean NOT NULL DEFAULT false, CONSTRAINT "supplier_shares_check" CHECK (renewable_electricity_share BETWEEN 0 AND 100 AND third_party_verified_material_share BETWEEN 0 AND 100 AND recycled_content_share BETWEEN 0 AND 100), CONSTRAINT "PK_2bc0d2cab6276144d2ff98a2828" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "supplier_name_id_idx" ON "supplier" ("name", "id") `);
    await queryRunner.query(
      `CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "name" character varying(200) NOT NULL, "role" character varying(20) NOT NULL, "supplier_id" uuid, "password_hash" character varying(255) NOT NULL, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "app_user_email_lower_check" CHECK (email = lower(email)), CONSTRAINT "app_user_supplier_role_check" CHECK ((role = 'SUPPLIER') = (supplier_id IS NOT NULL)), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "app_user_supplier_idx" ON "app_user" ("supplier_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "app_user_email_key" ON "app_user" ("email") `);
    await queryRunner.query(
      `CREATE TABLE "material_category" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(40) NOT NULL, "name" character varying(120) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_b6c6ce22b149070b3b975cf2e1c" UNIQUE ("code"), CONSTRAINT "PK_f801cc3914e97d9ba4ba87c5d4d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "supplier_category" ("supplier_id" uuid NOT NULL, "category_id" uuid NOT NULL, CONSTRAINT "PK_ffd2f340f374d7c9128c89b3149" PRIMARY KEY ("supplier_id", "category_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "supplier_category_category_idx" ON "supplier_category" ("category_id", "supplier_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "supplier_site" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "supplier_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "country" character(2) NOT NULL, "address" character varying(500), CONSTRAINT "PK_15d504afc8555c5da219780ea10" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "supplier_site_supplier_idx" ON "supplier_site" ("supplier_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "FK_48085ce5740dea69aa7a9f80729" FOREIGN KEY ("supplier_id") REFERENCES "supplier"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "supplier_category" ADD CONSTRAINT "FK_bf3732dc3ad5c5359662e6bfe8f" FOREIGN KEY ("supplier_id") REFERENCES "supplier"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "supplier_category" ADD CONSTRAINT "FK_d2194f97a25246af704d48b3f46" FOREIGN KEY ("category_id") REFERENCES "material_category"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "supplier_site" ADD CONSTRAINT "FK_091c13074a1f537c9e27cf26d97" FOREIGN KEY ("supplier_id") REFERENCES "supplier"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // SPEC 9: the audit trail is append-only, enforced by the database itself. Triggers fire
    // for every role, including the table owner; REVOKE covers other roles.
    await queryRunner.query(`CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER audit_event_no_update_delete BEFORE UPDATE OR DELETE ON "audit_event" FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON "audit_event" FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()`,
    );
    await queryRunner.query(`REVOKE UPDATE, DELETE, TRUNCATE ON "audit_event" FROM PUBLIC`);

    // The PV / energy-storage material taxonomy (SPEC 3); admins extend it.
    await queryRunner.query(`INSERT INTO "material_category" ("code", "name") VALUES
      ('POLYSILICON', 'Polysilicon'),
      ('WAFER', 'Silicon wafer'),
      ('CELL', 'Solar cell'),
      ('GLASS', 'Solar glass'),
      ('ALU_FRAME', 'Aluminium frame'),
      ('BACKSHEET', 'Backsheet'),
      ('ENCAPSULANT', 'Encapsulant (EVA/POE)'),
      ('RIBBON', 'Ribbon and busbar'),
      ('JUNCTION_BOX', 'Junction box and connectors'),
      ('LITHIUM', 'Lithium compounds'),
      ('BATTERY_CELL', 'Battery cells and materials'),
      ('PACKAGING', 'Packaging'),
      ('LOGISTICS', 'Logistics services')`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_event_no_truncate ON "audit_event"`);
    await queryRunner.query(`DROP TRIGGER audit_event_no_update_delete ON "audit_event"`);
    await queryRunner.query(`DROP FUNCTION audit_event_append_only()`);
    await queryRunner.query(
      `ALTER TABLE "supplier_site" DROP CONSTRAINT "FK_091c13074a1f537c9e27cf26d97"`,
    );
    await queryRunner.query(
      `ALTER TABLE "supplier_category" DROP CONSTRAINT "FK_d2194f97a25246af704d48b3f46"`,
    );
    await queryRunner.query(
      `ALTER TABLE "supplier_category" DROP CONSTRAINT "FK_bf3732dc3ad5c5359662e6bfe8f"`,
    );
    await queryRunner.query(
      `ALTER TABLE "app_user" DROP CONSTRAINT "FK_48085ce5740dea69aa7a9f80729"`,
    );
    await queryRunner.query(`DROP INDEX "public"."supplier_site_supplier_idx"`);
    await queryRunner.query(`DROP TABLE "supplier_site"`);
    await queryRunner.query(`DROP INDEX "public"."supplier_category_category_idx"`);
    await queryRunner.query(`DROP TABLE "supplier_category"`);
    await queryRunner.query(`DROP TABLE "material_category"`);
    await queryRunner.query(`DROP INDEX "public"."app_user_email_key"`);
    await queryRunner.query(`DROP INDEX "public"."app_user_supplier_idx"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
    await queryRunner.query(`DROP INDEX "public"."supplier_name_id_idx"`);
    await queryRunner.query(`DROP TABLE "supplier"`);
    await queryRunner.query(`DROP INDEX "public"."login_failure_email_at_idx"`);
    await queryRunner.query(`DROP TABLE "login_failure"`);
    await queryRunner.query(`DROP INDEX "public"."audit_event_entity_idx"`);
    await queryRunner.query(`DROP TABLE "audit_event"`);
  }
}
