import type { MigrationInterface, QueryRunner } from "typeorm";

export class ProtectedAreas1796283514714 implements MigrationInterface {
  name = "ProtectedAreas1796283514714";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "protected_area_list" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(100) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_25125b4b582e5242f1949de7623" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "protected_area_list_name_key" ON "protected_area_list" ("name") `,
    );
    await queryRunner.query(
      `CREATE TABLE "protected_area_list_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "list_id" uuid NOT NULL, "version" integer NOT NULL, "format" character varying(10) NOT NULL, "source_document_id" uuid, "source_filename" character varying(200) NOT NULL, "source_sha256" character(64) NOT NULL, "area_count" integer NOT NULL, "imported_by_id" uuid NOT NULL, "imported_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_8e888046258c4502b9e003eac2f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "protected_area_list_version_key" ON "protected_area_list_version" ("list_id", "version") `,
    );
    await queryRunner.query(
      `CREATE TABLE "protected_area" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version_id" uuid NOT NULL, "area_key" character varying(400) NOT NULL, "name" character varying(300) NOT NULL, "designation" character varying(200), "country" character(2), "shape" character varying(10) NOT NULL, "polygons" jsonb, "radius_m" double precision, "min_lat" double precision NOT NULL, "max_lat" double precision NOT NULL, "min_lon" double precision NOT NULL, "max_lon" double precision NOT NULL, CONSTRAINT "protected_area_shape_check" CHECK ((shape = 'POLYGON' AND polygons IS NOT NULL) OR (shape = 'POINT' AND radius_m > 0)), CONSTRAINT "PK_81de6f245f30e4264fd71b1e9ae" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "protected_area_version_idx" ON "protected_area" ("version_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "protected_area_flag" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "supplier_id" uuid NOT NULL, "target" character varying(10) NOT NULL, "site_id" uuid, "node_id" uuid, "target_name" character varying(300) NOT NULL, "list_id" uuid NOT NULL, "area_id" uuid NOT NULL, "area_key" character varying(400) NOT NULL, "latitude" double precision NOT NULL, "longitude" double precision NOT NULL, "distance_km" double precision NOT NULL, "state" character varying(10) NOT NULL, "flagged_at" TIMESTAMP WITH TIME ZONE NOT NULL, "cleared_at" TIMESTAMP WITH TIME ZONE, "cleared_by_id" uuid, "clearance_note" character varying(2000), "evidence" jsonb NOT NULL DEFAULT '[]', "withdrawn_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "protected_area_flag_cleared_check" CHECK ((state = 'CLEARED') = (cleared_at IS NOT NULL) OR state = 'WITHDRAWN'), CONSTRAINT "protected_area_flag_target_check" CHECK ((target = 'SITE' AND site_id IS NOT NULL AND node_id IS NULL) OR (target = 'NODE' AND node_id IS NOT NULL AND site_id IS NULL)), CONSTRAINT "PK_165eae57d32194232060e74ec42" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "protected_area_flag_area_idx" ON "protected_area_flag" ("area_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "protected_area_flag_node_idx" ON "protected_area_flag" ("node_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "protected_area_flag_site_idx" ON "protected_area_flag" ("site_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "protected_area_flag_supplier_idx" ON "protected_area_flag" ("supplier_id", "state") `,
    );
    await queryRunner.query(`ALTER TABLE "supplier_site" ADD "latitude" double precision`);
    await queryRunner.query(`ALTER TABLE "supplier_site" ADD "longitude" double precision`);
    await queryRunner.query(
      `ALTER TABLE "supplier_site" ADD CONSTRAINT "supplier_site_coordinates_check" CHECK ((latitude IS NULL) = (longitude IS NULL) AND latitude BETWEEN -90 AND 90 AND longitude BETWEEN -180 AND 180)`,
    );
    await queryRunner.query(
      `ALTER TABLE "protected_area_list_version" ADD CONSTRAINT "FK_ce5c85ddfeffab15a4157cf26f9" FOREIGN KEY ("list_id") REFERENCES "protected_area_list"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "protected_area_list_version" ADD CONSTRAINT "FK_33bb64521bfad97c639c45a2aa7" FOREIGN KEY ("imported_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "protected_area" ADD CONSTRAINT "FK_79ea274d155849a754d6515c094" FOREIGN KEY ("version_id") REFERENCES "protected_area_list_version"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "protected_area_flag" ADD CONSTRAINT "FK_13b6b600e483210ddc7c6a9d3b4" FOREIGN KEY ("supplier_id") REFERENCES "supplier"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "protected_area_flag" ADD CONSTRAINT "FK_a3c4356db3650f2eb2f393e0412" FOREIGN KEY ("site_id") REFERENCES "supplier_site"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "protected_area_flag" ADD CONSTRAINT "FK_c87211907ab9988302aea3c20be" FOREIGN KEY ("node_id") REFERENCES "supply_chain_node"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "protected_area_flag" ADD CONSTRAINT "FK_ad8cbcd9f6708be3fabd3b57d69" FOREIGN KEY ("list_id") REFERENCES "protected_area_list"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "protected_area_flag" ADD CONSTRAINT "FK_12de7448cbd8e906eb50136eb8e" FOREIGN KEY ("area_id") REFERENCES "protected_area"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "protected_area_flag" ADD CONSTRAINT "FK_33c2c6c12662638c316e7ed6696" FOREIGN KEY ("cleared_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "protected_area_flag" DROP CONSTRAINT "FK_33c2c6c12662638c316e7ed6696"`,
    );
    await queryRunner.query(
      `ALTER TABLE "protected_area_flag" DROP CONSTRAINT "FK_12de7448cbd8e906eb50136eb8e"`,
    );
    await queryRunner.query(
      `ALTER TABLE "protected_area_flag" DROP CONSTRAINT "FK_ad8cbcd9f6708be3fabd3b57d69"`,
    );
    await queryRunner.query(
      `ALTER TABLE "protected_area_flag" DROP CONSTRAINT "FK_c87211907ab9988302aea3c20be"`,
    );
    await queryRunner.query(
      `ALTER TABLE "protected_area_flag" DROP CONSTRAINT "FK_a3c4356db3650f2eb2f393e0412"`,
    );
    await queryRunner.query(
      `ALTER TABLE "protected_area_flag" DROP CONSTRAINT "FK_13b6b600e483210ddc7c6a9d3b4"`,
    );
    await queryRunner.query(
      `ALTER TABLE "protected_area" DROP CONSTRAINT "FK_79ea274d155849a754d6515c094"`,
    );
    await queryRunner.query(
      `ALTER TABLE "protected_area_list_version" DROP CONSTRAINT "FK_33bb64521bfad97c639c45a2aa7"`,
    );
    await queryRunner.query(
      `ALTER TABLE "protected_area_list_version" DROP CONSTRAINT "FK_ce5c85ddfeffab15a4157cf26f9"`,
    );
    await queryRunner.query(
      `ALTER TABLE "supplier_site" DROP CONSTRAINT "supplier_site_coordinates_check"`,
    );
    await queryRunner.query(`ALTER TABLE "supplier_site" DROP COLUMN "longitude"`);
    await queryRunner.query(`ALTER TABLE "supplier_site" DROP COLUMN "latitude"`);
    await queryRunner.query(`DROP INDEX "public"."protected_area_flag_supplier_idx"`);
    await queryRunner.query(`DROP INDEX "public"."protected_area_flag_site_idx"`);
    await queryRunner.query(`DROP INDEX "public"."protected_area_flag_node_idx"`);
    await queryRunner.query(`DROP INDEX "public"."protected_area_flag_area_idx"`);
    await queryRunner.query(`DROP TABLE "protected_area_flag"`);
    await queryRunner.query(`DROP INDEX "public"."protected_area_version_idx"`);
    await queryRunner.query(`DROP TABLE "protected_area"`);
    await queryRunner.query(`DROP INDEX "public"."protected_area_list_version_key"`);
    await queryRunner.query(`DROP TABLE "protected_area_list_version"`);
    await queryRunner.query(`DROP INDEX "public"."protected_area_list_name_key"`);
    await queryRunner.query(`DROP TABLE "protected_area_list"`);
  }
}
