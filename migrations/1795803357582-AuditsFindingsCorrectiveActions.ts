import type { MigrationInterface, QueryRunner } from "typeorm";

export class AuditsFindingsCorrectiveActions1795803357582 implements MigrationInterface {
  name = "AuditsFindingsCorrectiveActions1795803357582";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "supplier_id" uuid NOT NULL, "site_id" uuid, "checklist_id" uuid NOT NULL, "type" character varying(16) NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'PLANNED', "lead_auditor_id" uuid NOT NULL, "audit_firm" character varying(200), "planned_date" TIMESTAMP WITH TIME ZONE NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE, "completed_at" TIMESTAMP WITH TIME ZONE, "cancelled_at" TIMESTAMP WITH TIME ZONE, "cancel_reason" character varying(2000), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1d3d120ddaf7bc9b1ed68ed463a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "audit_lead_auditor_idx" ON "audit" ("lead_auditor_id", "status") `,
    );
    await queryRunner.query(
      `CREATE INDEX "audit_status_planned_idx" ON "audit" ("status", "planned_date") `,
    );
    await queryRunner.query(
      `CREATE INDEX "audit_supplier_completed_idx" ON "audit" ("supplier_id", "completed_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "audit_item_result" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "audit_id" uuid NOT NULL, "item_id" uuid NOT NULL, "result" character varying(16) NOT NULL, "note" character varying(4000), "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_8f4b8bd6bc958f083cb9a7291da" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "audit_item_result_item_key" ON "audit_item_result" ("audit_id", "item_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "finding" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "audit_id" uuid NOT NULL, "supplier_id" uuid NOT NULL, "area" character varying(32) NOT NULL, "item_id" uuid, "severity" character varying(16) NOT NULL, "likelihood" integer NOT NULL, "impact" integer NOT NULL, "risk_score" integer NOT NULL, "status" character varying(8) NOT NULL DEFAULT 'OPEN', "description" character varying(4000) NOT NULL, "evidence" jsonb NOT NULL DEFAULT '[]', "cap_due_date" TIMESTAMP WITH TIME ZONE, "due_date" TIMESTAMP WITH TIME ZONE, "repeat" boolean NOT NULL DEFAULT false, "closed_at" TIMESTAMP WITH TIME ZONE, "recorded_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "finding_risk_score_check" CHECK (risk_score = likelihood * impact), CONSTRAINT "finding_impact_check" CHECK (impact BETWEEN 1 AND 5), CONSTRAINT "finding_likelihood_check" CHECK (likelihood BETWEEN 1 AND 5), CONSTRAINT "PK_a904dfcf401ccfbaa60bb6eec29" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "finding_open_due_idx" ON "finding" ("status", "due_date") `,
    );
    await queryRunner.query(
      `CREATE INDEX "finding_supplier_status_idx" ON "finding" ("supplier_id", "status") `,
    );
    await queryRunner.query(`CREATE INDEX "finding_audit_idx" ON "finding" ("audit_id") `);
    await queryRunner.query(
      `CREATE TABLE "corrective_action" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "finding_id" uuid NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'PROPOSED', "root_cause" character varying(4000) NOT NULL, "actions" character varying(4000) NOT NULL, "owner" character varying(200) NOT NULL, "target_date" TIMESTAMP WITH TIME ZONE NOT NULL, "implementation_evidence" jsonb NOT NULL DEFAULT '[]', "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3cb01798ab5a10097eb0d0fc6fd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "corrective_action_status_idx" ON "corrective_action" ("status") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "corrective_action_finding_key" ON "corrective_action" ("finding_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "corrective_action_transition" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "corrective_action_id" uuid NOT NULL, "from_status" character varying(16), "to_status" character varying(16) NOT NULL, "actor_id" uuid, "actor_role" character varying(20), "comment" character varying(4000), "at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_dca9d124606e12ff5d2ada9a77e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "corrective_action_transition_cap_idx" ON "corrective_action_transition" ("corrective_action_id", "at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "audit" ADD CONSTRAINT "FK_5c4d894e10b69eedb51444af0be" FOREIGN KEY ("supplier_id") REFERENCES "supplier"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "audit" ADD CONSTRAINT "FK_f233c861414362b20d5e303ea35" FOREIGN KEY ("site_id") REFERENCES "supplier_site"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "audit" ADD CONSTRAINT "FK_340889b7890e5558ad4dad8a6d5" FOREIGN KEY ("checklist_id") REFERENCES "checklist"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "audit" ADD CONSTRAINT "FK_b5c4429802caa74be02df214207" FOREIGN KEY ("lead_auditor_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "audit_item_result" ADD CONSTRAINT "FK_0ee49db34d243517f1564f5dc2e" FOREIGN KEY ("audit_id") REFERENCES "audit"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "audit_item_result" ADD CONSTRAINT "FK_e7985a6d513b0666cf246ae4c5d" FOREIGN KEY ("item_id") REFERENCES "checklist_item"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "finding" ADD CONSTRAINT "FK_0e60f430c54001cf7ceeffb7bf8" FOREIGN KEY ("audit_id") REFERENCES "audit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "finding" ADD CONSTRAINT "FK_d9a5ba83d1edb59fa7fe2f56623" FOREIGN KEY ("supplier_id") REFERENCES "supplier"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "finding" ADD CONSTRAINT "FK_9b9cc631e75ae560604683ed61c" FOREIGN KEY ("item_id") REFERENCES "checklist_item"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "corrective_action" ADD CONSTRAINT "FK_41338ae27b2f2baef379c191b5e" FOREIGN KEY ("finding_id") REFERENCES "finding"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "corrective_action_transition" ADD CONSTRAINT "FK_8031c5e50aff32d66e4fbeb5ce6" FOREIGN KEY ("corrective_action_id") REFERENCES "corrective_action"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // SPEC 6: results and findings are recorded only while the audit is in progress, and
    // completion locks them. Closing a finding and its deadlines stay writable.
    await queryRunner.query(`CREATE FUNCTION audit_record_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE audit_status varchar;
      BEGIN
        SELECT status INTO audit_status FROM audit WHERE id = COALESCE(NEW.audit_id, OLD.audit_id);
        IF TG_TABLE_NAME = 'finding' AND TG_OP = 'UPDATE' THEN
          IF (NEW.audit_id, NEW.supplier_id, NEW.area, NEW.item_id, NEW.severity, NEW.likelihood, NEW.impact, NEW.description, NEW.evidence)
             IS NOT DISTINCT FROM (OLD.audit_id, OLD.supplier_id, OLD.area, OLD.item_id, OLD.severity, OLD.likelihood, OLD.impact, OLD.description, OLD.evidence) THEN
            RETURN NEW;
          END IF;
        END IF;
        IF audit_status IS DISTINCT FROM 'IN_PROGRESS' THEN
          RAISE EXCEPTION '% of a % audit cannot change', TG_TABLE_NAME, audit_status USING ERRCODE = 'check_violation';
        END IF;
        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER audit_item_result_guard BEFORE INSERT OR UPDATE OR DELETE ON "audit_item_result" FOR EACH ROW EXECUTE FUNCTION audit_record_guard()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER finding_guard BEFORE INSERT OR UPDATE OR DELETE ON "finding" FOR EACH ROW EXECUTE FUNCTION audit_record_guard()`,
    );

    await queryRunner.query(`CREATE FUNCTION append_only_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER cap_transition_append_only BEFORE UPDATE OR DELETE ON "corrective_action_transition" FOR EACH ROW EXECUTE FUNCTION append_only_guard()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER cap_transition_no_truncate BEFORE TRUNCATE ON "corrective_action_transition" FOR EACH STATEMENT EXECUTE FUNCTION append_only_guard()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP TRIGGER cap_transition_no_truncate ON "corrective_action_transition"`,
    );
    await queryRunner.query(
      `DROP TRIGGER cap_transition_append_only ON "corrective_action_transition"`,
    );
    await queryRunner.query(`DROP FUNCTION append_only_guard()`);
    await queryRunner.query(`DROP TRIGGER finding_guard ON "finding"`);
    await queryRunner.query(`DROP TRIGGER audit_item_result_guard ON "audit_item_result"`);
    await queryRunner.query(`DROP FUNCTION audit_record_guard()`);
    await queryRunner.query(
      `ALTER TABLE "corrective_action_transition" DROP CONSTRAINT "FK_8031c5e50aff32d66e4fbeb5ce6"`,
    );
    await queryRunner.query(
      `ALTER TABLE "corrective_action" DROP CONSTRAINT "FK_41338ae27b2f2baef379c191b5e"`,
    );
    await queryRunner.query(
      `ALTER TABLE "finding" DROP CONSTRAINT "FK_9b9cc631e75ae560604683ed61c"`,
    );
    await queryRunner.query(
      `ALTER TABLE "finding" DROP CONSTRAINT "FK_d9a5ba83d1edb59fa7fe2f56623"`,
    );
    await queryRunner.query(
      `ALTER TABLE "finding" DROP CONSTRAINT "FK_0e60f430c54001cf7ceeffb7bf8"`,
    );
    await queryRunner.query(
      `ALTER TABLE "audit_item_result" DROP CONSTRAINT "FK_e7985a6d513b0666cf246ae4c5d"`,
    );
    await queryRunner.query(
      `ALTER TABLE "audit_item_result" DROP CONSTRAINT "FK_0ee49db34d243517f1564f5dc2e"`,
    );
    await queryRunner.query(`ALTER TABLE "audit" DROP CONSTRAINT "FK_b5c4429802caa74be02df214207"`);
    await queryRunner.query(`ALTER TABLE "audit" DROP CONSTRAINT "FK_340889b7890e5558ad4dad8a6d5"`);
    await queryRunner.query(`ALTER TABLE "audit" DROP CONSTRAINT "FK_f233c861414362b20d5e303ea35"`);
    await queryRunner.query(`ALTER TABLE "audit" DROP CONSTRAINT "FK_5c4d894e10b69eedb51444af0be"`);
    await queryRunner.query(`DROP INDEX "public"."corrective_action_transition_cap_idx"`);
    await queryRunner.query(`DROP TABLE "corrective_action_transition"`);
    await queryRunner.query(`DROP INDEX "public"."corrective_action_finding_key"`);
    await queryRunner.query(`DROP INDEX "public"."corrective_action_status_idx"`);
    await queryRunner.query(`DROP TABLE "corrective_action"`);
    await queryRunner.query(`DROP INDEX "public"."finding_audit_idx"`);
    await queryRunner.query(`DROP INDEX "public"."finding_supplier_status_idx"`);
    await queryRunner.query(`DROP INDEX "public"."finding_open_due_idx"`);
    await queryRunner.query(`DROP TABLE "finding"`);
    await queryRunner.query(`DROP INDEX "public"."audit_item_result_item_key"`);
    await queryRunner.query(`DROP TABLE "audit_item_result"`);
    await queryRunner.query(`DROP INDEX "public"."audit_supplier_completed_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_status_planned_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_lead_auditor_idx"`);
    await queryRunner.query(`DROP TABLE "audit"`);
  }
}
