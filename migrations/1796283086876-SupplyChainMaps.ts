import type { MigrationInterface, QueryRunner } from "typeorm";

export class SupplyChainMaps1796283086876 implements MigrationInterface {
  name = "SupplyChainMaps1796283086876";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "supply_chain_tier_set" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(40) NOT NULL, "name" character varying(120) NOT NULL, CONSTRAINT "UQ_40ccc806feee3cffbc3adb9c6c8" UNIQUE ("code"), CONSTRAINT "PK_35aa75593820c7dcbf245f18061" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "supply_chain_tier" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tier_set_id" uuid NOT NULL, "code" character varying(40) NOT NULL, "name" character varying(120) NOT NULL, "position" integer NOT NULL, CONSTRAINT "PK_87444f7f0c2d0feda0b25ec300e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "supply_chain_tier_position_key" ON "supply_chain_tier" ("tier_set_id", "position") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "supply_chain_tier_code_key" ON "supply_chain_tier" ("tier_set_id", "code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "category_tier_set" ("category_id" uuid NOT NULL, "tier_set_id" uuid NOT NULL, "top_tier_id" uuid NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_782ddb29307ddc42a74a0599b77" PRIMARY KEY ("category_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "supply_chain_map" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "supplier_id" uuid NOT NULL, "category_id" uuid NOT NULL, "tier_set_id" uuid NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_075ebed35d45395b8b6294077aa" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "supply_chain_map_supplier_category_key" ON "supply_chain_map" ("supplier_id", "category_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "supply_chain_node" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "map_id" uuid NOT NULL, "tier_id" uuid NOT NULL, "is_root" boolean NOT NULL DEFAULT false, "name" character varying(200) NOT NULL, "country" character(2) NOT NULL, "region" character varying(6), "address" character varying(500), "latitude" double precision, "longitude" double precision, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "supply_chain_node_coordinates_check" CHECK ((latitude IS NULL) = (longitude IS NULL)), CONSTRAINT "supply_chain_node_longitude_check" CHECK (longitude BETWEEN -180 AND 180), CONSTRAINT "supply_chain_node_latitude_check" CHECK (latitude BETWEEN -90 AND 90), CONSTRAINT "PK_ca1c5c4a503940b9b399017e64a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "supply_chain_node_root_key" ON "supply_chain_node" ("map_id") WHERE is_root`,
    );
    await queryRunner.query(
      `CREATE INDEX "supply_chain_node_map_idx" ON "supply_chain_node" ("map_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "supply_chain_link" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "map_id" uuid NOT NULL, "upstream_node_id" uuid NOT NULL, "downstream_node_id" uuid NOT NULL, "custody" character varying(20) NOT NULL, "evidence" jsonb NOT NULL DEFAULT '[]', "state" character varying(10) NOT NULL DEFAULT 'DECLARED', "verified_by_id" uuid, "verified_at" TIMESTAMP WITH TIME ZONE, "verification_note" character varying(2000), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "supply_chain_link_verified_check" CHECK ((state = 'VERIFIED') = (verified_by_id IS NOT NULL AND verified_at IS NOT NULL)), CONSTRAINT "supply_chain_link_state_check" CHECK (state IN ('DECLARED', 'VERIFIED')), CONSTRAINT "supply_chain_link_custody_check" CHECK (custody IN ('IDENTITY_PRESERVED', 'SEGREGATED', 'MASS_BALANCE', 'NONE')), CONSTRAINT "supply_chain_link_distinct_check" CHECK (upstream_node_id <> downstream_node_id), CONSTRAINT "PK_55938126f1a78d57aae0821fd09" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "supply_chain_link_downstream_idx" ON "supply_chain_link" ("downstream_node_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "supply_chain_link_nodes_key" ON "supply_chain_link" ("upstream_node_id", "downstream_node_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "supply_chain_link_map_idx" ON "supply_chain_link" ("map_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "supply_chain_tier" ADD CONSTRAINT "FK_92a4c39511b20738966f554c679" FOREIGN KEY ("tier_set_id") REFERENCES "supply_chain_tier_set"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "category_tier_set" ADD CONSTRAINT "FK_782ddb29307ddc42a74a0599b77" FOREIGN KEY ("category_id") REFERENCES "material_category"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "category_tier_set" ADD CONSTRAINT "FK_1a53596162e3b254338c8779673" FOREIGN KEY ("tier_set_id") REFERENCES "supply_chain_tier_set"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "category_tier_set" ADD CONSTRAINT "FK_3bc7e7076ef134bc9a85b2507f3" FOREIGN KEY ("top_tier_id") REFERENCES "supply_chain_tier"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "supply_chain_map" ADD CONSTRAINT "FK_6d4573d6f7f8181cd69a2c12eba" FOREIGN KEY ("supplier_id") REFERENCES "supplier"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "supply_chain_map" ADD CONSTRAINT "FK_75510b703b1fecac2e073f96e23" FOREIGN KEY ("category_id") REFERENCES "material_category"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "supply_chain_map" ADD CONSTRAINT "FK_7832024841db1119a9e153aa7b2" FOREIGN KEY ("tier_set_id") REFERENCES "supply_chain_tier_set"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "supply_chain_node" ADD CONSTRAINT "FK_53f81b42f27e3704c5f546eb2ce" FOREIGN KEY ("map_id") REFERENCES "supply_chain_map"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "supply_chain_node" ADD CONSTRAINT "FK_e2690b0ee82fc57bca862698357" FOREIGN KEY ("tier_id") REFERENCES "supply_chain_tier"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "supply_chain_link" ADD CONSTRAINT "FK_d793f7f53da587b26ba03672edd" FOREIGN KEY ("map_id") REFERENCES "supply_chain_map"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "supply_chain_link" ADD CONSTRAINT "FK_d35500d1b5c9bb1635c774709b8" FOREIGN KEY ("upstream_node_id") REFERENCES "supply_chain_node"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "supply_chain_link" ADD CONSTRAINT "FK_afc045f4b8e9444d43c8d4d4574" FOREIGN KEY ("downstream_node_id") REFERENCES "supply_chain_node"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "supply_chain_link" ADD CONSTRAINT "FK_b56c1ad7aab16096c8d2568068f" FOREIGN KEY ("verified_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // Tiers as data (issue 18), origin first; a category's suppliers stand at its top tier.
    await queryRunner.query(`INSERT INTO "supply_chain_tier_set" ("code", "name") VALUES
      ('PV', 'Photovoltaic modules'), ('BATTERY', 'Batteries')`);
    await queryRunner.query(`INSERT INTO "supply_chain_tier" ("tier_set_id", "code", "name", "position")
      SELECT s.id, t.code, t.name, t.position
        FROM (VALUES
          ('PV', 'QUARTZITE', 'Quartzite mining', 1),
          ('PV', 'METALLURGICAL_SILICON', 'Metallurgical-grade silicon', 2),
          ('PV', 'POLYSILICON', 'Polysilicon', 3),
          ('PV', 'INGOT', 'Ingot', 4),
          ('PV', 'WAFER', 'Wafer', 5),
          ('PV', 'CELL', 'Cell', 6),
          ('PV', 'MODULE', 'Module', 7),
          ('BATTERY', 'MINE', 'Mine', 1),
          ('BATTERY', 'REFINERY', 'Refinery', 2),
          ('BATTERY', 'PRECURSOR', 'Precursor', 3),
          ('BATTERY', 'ACTIVE_MATERIAL', 'Active material', 4),
          ('BATTERY', 'CELL', 'Cell', 5),
          ('BATTERY', 'PACK', 'Pack', 6)
        ) AS t(tier_set, code, name, position)
        JOIN "supply_chain_tier_set" s ON s.code = t.tier_set`);
    await queryRunner.query(`INSERT INTO "category_tier_set" ("category_id", "tier_set_id", "top_tier_id", "updated_at")
      SELECT c.id, s.id, t.id, now()
        FROM (VALUES
          ('POLYSILICON', 'PV', 'POLYSILICON'),
          ('WAFER', 'PV', 'WAFER'),
          ('CELL', 'PV', 'CELL'),
          ('LITHIUM', 'BATTERY', 'REFINERY'),
          ('BATTERY_CELL', 'BATTERY', 'CELL')
        ) AS m(category, tier_set, top_tier)
        JOIN "material_category" c ON c.code = m.category
        JOIN "supply_chain_tier_set" s ON s.code = m.tier_set
        JOIN "supply_chain_tier" t ON t.tier_set_id = s.id AND t.code = m.top_tier`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "supply_chain_link" DROP CONSTRAINT "FK_b56c1ad7aab16096c8d2568068f"`,
    );
    await queryRunner.query(
      `ALTER TABLE "supply_chain_link" DROP CONSTRAINT "FK_afc045f4b8e9444d43c8d4d4574"`,
    );
    await queryRunner.query(
      `ALTER TABLE "supply_chain_link" DROP CONSTRAINT "FK_d35500d1b5c9bb1635c774709b8"`,
    );
    await queryRunner.query(
      `ALTER TABLE "supply_chain_link" DROP CONSTRAINT "FK_d793f7f53da587b26ba03672edd"`,
    );
    await queryRunner.query(
      `ALTER TABLE "supply_chain_node" DROP CONSTRAINT "FK_e2690b0ee82fc57bca862698357"`,
    );
    await queryRunner.query(
      `ALTER TABLE "supply_chain_node" DROP CONSTRAINT "FK_53f81b42f27e3704c5f546eb2ce"`,
    );
    await queryRunner.query(
      `ALTER TABLE "supply_chain_map" DROP CONSTRAINT "FK_7832024841db1119a9e153aa7b2"`,
    );
    await queryRunner.query(
      `ALTER TABLE "supply_chain_map" DROP CONSTRAINT "FK_75510b703b1fecac2e073f96e23"`,
    );
    await queryRunner.query(
      `ALTER TABLE "supply_chain_map" DROP CONSTRAINT "FK_6d4573d6f7f8181cd69a2c12eba"`,
    );
    await queryRunner.query(
      `ALTER TABLE "category_tier_set" DROP CONSTRAINT "FK_3bc7e7076ef134bc9a85b2507f3"`,
    );
    await queryRunner.query(
      `ALTER TABLE "category_tier_set" DROP CONSTRAINT "FK_1a53596162e3b254338c8779673"`,
    );
    await queryRunner.query(
      `ALTER TABLE "category_tier_set" DROP CONSTRAINT "FK_782ddb29307ddc42a74a0599b77"`,
    );
    await queryRunner.query(
      `ALTER TABLE "supply_chain_tier" DROP CONSTRAINT "FK_92a4c39511b20738966f554c679"`,
    );
    await queryRunner.query(`DROP INDEX "public"."supply_chain_link_map_idx"`);
    await queryRunner.query(`DROP INDEX "public"."supply_chain_link_nodes_key"`);
    await queryRunner.query(`DROP INDEX "public"."supply_chain_link_downstream_idx"`);
    await queryRunner.query(`DROP TABLE "supply_chain_link"`);
    await queryRunner.query(`DROP INDEX "public"."supply_chain_node_map_idx"`);
    await queryRunner.query(`DROP INDEX "public"."supply_chain_node_root_key"`);
    await queryRunner.query(`DROP TABLE "supply_chain_node"`);
    await queryRunner.query(`DROP INDEX "public"."supply_chain_map_supplier_category_key"`);
    await queryRunner.query(`DROP TABLE "supply_chain_map"`);
    await queryRunner.query(`DROP TABLE "category_tier_set"`);
    await queryRunner.query(`DROP INDEX "public"."supply_chain_tier_code_key"`);
    await queryRunner.query(`DROP INDEX "public"."supply_chain_tier_position_key"`);
    await queryRunner.query(`DROP TABLE "supply_chain_tier"`);
    await queryRunner.query(`DROP TABLE "supply_chain_tier_set"`);
  }
}
