import type { MigrationInterface, QueryRunner } from "typeorm";

export class ScoresAndPriorities1795803894941 implements MigrationInterface {
  name = "ScoresAndPriorities1795803894941";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "priority_adjustment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "supplier_id" uuid NOT NULL, "delta" double precision NOT NULL, "reason" character varying(1000) NOT NULL, "category_id" uuid, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_by_id" uuid, "revoke_reason" character varying(1000), CONSTRAINT "priority_adjustment_delta_check" CHECK (delta BETWEEN -30 AND 30), CONSTRAINT "PK_a81c95120ad60f8d86168dce06f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "priority_adjustment_supplier_idx" ON "priority_adjustment" ("supplier_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "ranking_entry" ("scope_id" uuid NOT NULL, "supplier_id" uuid NOT NULL, "priority_score" double precision NOT NULL, "esg_score" double precision NOT NULL, "supplier_name" character varying(200) NOT NULL, "country" character(2) NOT NULL, "grade" character varying(1) NOT NULL, "status" character varying(16) NOT NULL, "explanation" jsonb NOT NULL, "adjustment_ids" jsonb NOT NULL DEFAULT '[]', CONSTRAINT "PK_a0397085c63a6755a482c02ea85" PRIMARY KEY ("scope_id", "supplier_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "score_snapshot" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "seq" BIGSERIAL NOT NULL, "supplier_id" uuid NOT NULL, "overall" double precision NOT NULL, "grade" character varying(1) NOT NULL, "areas" jsonb NOT NULL, "explanation" jsonb NOT NULL, "cause" character varying(40) NOT NULL, "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "valid_until" TIMESTAMP WITH TIME ZONE, "formula_version" character varying(20) NOT NULL, "status_at" jsonb, CONSTRAINT "PK_ce4ca78346c75ab924a9ce55cfb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "score_snapshot_supplier_idx" ON "score_snapshot" ("supplier_id", "seq") `,
    );
    await queryRunner.query(
      `CREATE TABLE "supplier_standing" ("supplier_id" uuid NOT NULL, "score_overall" double precision, "grade" character varying(1), "score_areas" jsonb, "score_explanation" jsonb, "score_computed_at" TIMESTAMP WITH TIME ZONE, "score_valid_until" TIMESTAMP WITH TIME ZONE, "formula_version" character varying(20), "status" character varying(16) NOT NULL, "status_reasons" jsonb NOT NULL DEFAULT '[]', "material_score" double precision NOT NULL, "open_zero_tolerance_count" integer NOT NULL DEFAULT '0', "overdue_finding_count" integer NOT NULL DEFAULT '0', "last_completed_audit_at" TIMESTAMP WITH TIME ZONE, "next_audit_due" TIMESTAMP WITH TIME ZONE NOT NULL, "next_change_at" TIMESTAMP WITH TIME ZONE, "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_002cff96e0b3c469cb4292608c6" PRIMARY KEY ("supplier_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "supplier_standing_next_change_idx" ON "supplier_standing" ("next_change_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "priority_adjustment" ADD CONSTRAINT "FK_3e57c5e072aa4d1ede13f311227" FOREIGN KEY ("supplier_id") REFERENCES "supplier"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "priority_adjustment" ADD CONSTRAINT "FK_138f186982f3031653d01fecd2f" FOREIGN KEY ("category_id") REFERENCES "material_category"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "priority_adjustment" ADD CONSTRAINT "FK_5fa72ca7b81666741b618ca376d" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ranking_entry" ADD CONSTRAINT "FK_bb8cca3b46da51a7cd8c38c503d" FOREIGN KEY ("supplier_id") REFERENCES "supplier"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "score_snapshot" ADD CONSTRAINT "FK_58a8a1f38fa66c89ff6121def5b" FOREIGN KEY ("supplier_id") REFERENCES "supplier"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "supplier_standing" ADD CONSTRAINT "FK_002cff96e0b3c469cb4292608c6" FOREIGN KEY ("supplier_id") REFERENCES "supplier"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Rankings page through this index in order: cost does not grow with the supplier count.
    await queryRunner.query(
      `CREATE INDEX "ranking_entry_order_idx" ON "ranking_entry" ("scope_id", "priority_score" DESC, "esg_score" DESC, "supplier_name", "supplier_id")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ranking_entry_order_idx"`);
    await queryRunner.query(
      `ALTER TABLE "supplier_standing" DROP CONSTRAINT "FK_002cff96e0b3c469cb4292608c6"`,
    );
    await queryRunner.query(
      `ALTER TABLE "score_snapshot" DROP CONSTRAINT "FK_58a8a1f38fa66c89ff6121def5b"`,
    );
    await queryRunner.query(
      `ALTER TABLE "ranking_entry" DROP CONSTRAINT "FK_bb8cca3b46da51a7cd8c38c503d"`,
    );
    await queryRunner.query(
      `ALTER TABLE "priority_adjustment" DROP CONSTRAINT "FK_5fa72ca7b81666741b618ca376d"`,
    );
    await queryRunner.query(
      `ALTER TABLE "priority_adjustment" DROP CONSTRAINT "FK_138f186982f3031653d01fecd2f"`,
    );
    await queryRunner.query(
      `ALTER TABLE "priority_adjustment" DROP CONSTRAINT "FK_3e57c5e072aa4d1ede13f311227"`,
    );
    await queryRunner.query(`DROP INDEX "public"."supplier_standing_next_change_idx"`);
    await queryRunner.query(`DROP TABLE "supplier_standing"`);
    await queryRunner.query(`DROP INDEX "public"."score_snapshot_supplier_idx"`);
    await queryRunner.query(`DROP TABLE "score_snapshot"`);
    await queryRunner.query(`DROP TABLE "ranking_entry"`);
    await queryRunner.query(`DROP INDEX "public"."priority_adjustment_supplier_idx"`);
    await queryRunner.query(`DROP TABLE "priority_adjustment"`);
  }
}
