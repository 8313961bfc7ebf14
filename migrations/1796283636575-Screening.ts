import type { MigrationInterface, QueryRunner } from "typeorm";

export class Screening1796283636575 implements MigrationInterface {
  name = "Screening1796283636575";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "screening_list_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying(20) NOT NULL, "number" integer NOT NULL, "entry_count" integer NOT NULL, "source_document_id" uuid, "source_filename" character varying(255) NOT NULL, "source_sha256" character(64) NOT NULL, "imported_by_id" uuid NOT NULL, "imported_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "screening_list_version_kind_check" CHECK (kind IN ('RESTRICTED_ENTITY', 'HIGH_RISK_REGION')), CONSTRAINT "PK_de4c097cb1431b625c7a5a90d2e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "screening_list_version_kind_number_key" ON "screening_list_version" ("kind", "number") `,
    );
    await queryRunner.query(
      `CREATE TABLE "screening_list_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version_id" uuid NOT NULL, "name" character varying(300) NOT NULL, "aliases" character varying(300) array NOT NULL DEFAULT '{}', "country" character(2), "region_code" character varying(6), "source" character varying(300) NOT NULL, "listed_on" date NOT NULL, "match_keys" text array NOT NULL DEFAULT '{}', CONSTRAINT "PK_c9dd99609a3f6b93b1e907e8162" PRIMARY KEY ("id"))`,
    );
    // Written by hand (the entity declares it with synchronize: false): node names are looked
    // up among the current versions' names and aliases with match_keys && ARRAY[...].
    await queryRunner.query(
      `CREATE INDEX "screening_list_entry_keys_idx" ON "screening_list_entry" USING gin ("match_keys")`,
    );
    await queryRunner.query(
      `CREATE INDEX "screening_list_entry_region_idx" ON "screening_list_entry" ("version_id", "region_code") `,
    );
    await queryRunner.query(
      `CREATE INDEX "screening_list_entry_version_idx" ON "screening_list_entry" ("version_id", "name") `,
    );
    await queryRunner.query(
      `CREATE TABLE "screening_hit" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "supplier_id" uuid NOT NULL, "node_id" uuid, "node_name" character varying(200) NOT NULL, "entry_id" uuid NOT NULL, "list_version_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "field" character varying(10) NOT NULL, "matched_value" character varying(300) NOT NULL, "matched_alias" character varying(300), "match_key" character varying(310) NOT NULL, "found_at" TIMESTAMP WITH TIME ZONE NOT NULL, "cleared_at" TIMESTAMP WITH TIME ZONE, "cleared_reason" character varying(200), CONSTRAINT "screening_hit_cleared_check" CHECK ((cleared_at IS NULL) = (cleared_reason IS NULL)), CONSTRAINT "screening_hit_field_check" CHECK (field IN ('NAME', 'ALIAS', 'REGION')), CONSTRAINT "PK_b7df0a098dee8caeae315b6b2ca" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "screening_hit_node_idx" ON "screening_hit" ("node_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "screening_hit_supplier_idx" ON "screening_hit" ("supplier_id", "found_at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "screening_hit_node_key" ON "screening_hit" ("node_id", "match_key") WHERE cleared_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "screening_rebuttal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "hit_id" uuid NOT NULL, "supplier_id" uuid NOT NULL, "reason" text NOT NULL, "evidence" jsonb NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "status" character varying(10) NOT NULL, "recorded_by_id" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, "decided_by_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "decision_note" text, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "screening_rebuttal_evidence_check" CHECK (jsonb_array_length(evidence) > 0), CONSTRAINT "screening_rebuttal_four_eyes_check" CHECK (decided_by_id IS NULL OR decided_by_id <> recorded_by_id), CONSTRAINT "screening_rebuttal_decision_check" CHECK ((status = 'PENDING') = (decided_at IS NULL) AND (decided_at IS NULL) = (decided_by_id IS NULL)), CONSTRAINT "screening_rebuttal_status_check" CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')), CONSTRAINT "PK_154ecfc946b1cdfbec735d18156" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "screening_rebuttal_supplier_idx" ON "screening_rebuttal" ("supplier_id", "status", "expires_at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "screening_rebuttal_one_pending_key" ON "screening_rebuttal" ("hit_id") WHERE status = 'PENDING'`,
    );
    await queryRunner.query(
      `CREATE INDEX "screening_rebuttal_hit_idx" ON "screening_rebuttal" ("hit_id", "recorded_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "screening_list_entry" ADD CONSTRAINT "FK_c7f24ff118f9c0374381bb37564" FOREIGN KEY ("version_id") REFERENCES "screening_list_version"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "screening_hit" ADD CONSTRAINT "FK_477e8b10ef003ceff4c5ba2b3e1" FOREIGN KEY ("supplier_id") REFERENCES "supplier"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "screening_hit" ADD CONSTRAINT "FK_2cfe22e07013e40a7638ef71377" FOREIGN KEY ("node_id") REFERENCES "supply_chain_node"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "screening_hit" ADD CONSTRAINT "FK_699f2b8edaa2368fd13524465a8" FOREIGN KEY ("entry_id") REFERENCES "screening_list_entry"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "screening_hit" ADD CONSTRAINT "FK_e393bddc8e33a7381d78435465d" FOREIGN KEY ("list_version_id") REFERENCES "screening_list_version"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "screening_rebuttal" ADD CONSTRAINT "FK_b27b0c3a5c1efb4b5bf57d75fdd" FOREIGN KEY ("hit_id") REFERENCES "screening_hit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "screening_rebuttal" ADD CONSTRAINT "FK_75735a518bf647a86c6e560c993" FOREIGN KEY ("recorded_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "screening_rebuttal" ADD CONSTRAINT "FK_1ee86141bff0ff5ae9a72c3b025" FOREIGN KEY ("decided_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "screening_rebuttal" DROP CONSTRAINT "FK_1ee86141bff0ff5ae9a72c3b025"`,
    );
    await queryRunner.query(
      `ALTER TABLE "screening_rebuttal" DROP CONSTRAINT "FK_75735a518bf647a86c6e560c993"`,
    );
    await queryRunner.query(
      `ALTER TABLE "screening_rebuttal" DROP CONSTRAINT "FK_b27b0c3a5c1efb4b5bf57d75fdd"`,
    );
    await queryRunner.query(
      `ALTER TABLE "screening_hit" DROP CONSTRAINT "FK_e393bddc8e33a7381d78435465d"`,
    );
    await queryRunner.query(
      `ALTER TABLE "screening_hit" DROP CONSTRAINT "FK_699f2b8edaa2368fd13524465a8"`,
    );
    await queryRunner.query(
      `ALTER TABLE "screening_hit" DROP CONSTRAINT "FK_2cfe22e07013e40a7638ef71377"`,
    );
    await queryRunner.query(
      `ALTER TABLE "screening_hit" DROP CONSTRAINT "FK_477e8b10ef003ceff4c5ba2b3e1"`,
    );
    await queryRunner.query(
      `ALTER TABLE "screening_list_entry" DROP CONSTRAINT "FK_c7f24ff118f9c0374381bb37564"`,
    );
    await queryRunner.query(`DROP INDEX "public"."screening_rebuttal_hit_idx"`);
    await queryRunner.query(`DROP INDEX "public"."screening_rebuttal_one_pending_key"`);
    await queryRunner.query(`DROP INDEX "public"."screening_rebuttal_supplier_idx"`);
    await queryRunner.query(`DROP TABLE "screening_rebuttal"`);
    await queryRunner.query(`DROP INDEX "public"."screening_hit_node_key"`);
    await queryRunner.query(`DROP INDEX "public"."screening_hit_supplier_idx"`);
    await queryRunner.query(`DROP INDEX "public"."screening_hit_node_idx"`);
    await queryRunner.query(`DROP TABLE "screening_hit"`);
    await queryRunner.query(`DROP INDEX "public"."screening_list_entry_version_idx"`);
    await queryRunner.query(`DROP INDEX "public"."screening_list_entry_keys_idx"`);
    await queryRunner.query(`DROP INDEX "public"."screening_list_entry_region_idx"`);
    await queryRunner.query(`DROP TABLE "screening_list_entry"`);
    await queryRunner.query(`DROP INDEX "public"."screening_list_version_kind_number_key"`);
    await queryRunner.query(`DROP TABLE "screening_list_version"`);
  }
}
