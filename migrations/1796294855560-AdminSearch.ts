import type { MigrationInterface, QueryRunner } from "typeorm";

/** Trigram indexes the global search (src/modules/search) reads: `lower(column) LIKE '%q%'`. */
const SEARCH_INDEXES: [name: string, table: string, column: string][] = [
  ["supplier_name_trgm_idx", "supplier", "name"],
  ["supplier_legal_name_trgm_idx", "supplier", "legal_name"],
  ["supplier_registration_number_trgm_idx", "supplier", "registration_number"],
  ["supplier_external_id_trgm_idx", "supplier", "external_id"],
  ["audit_audit_firm_trgm_idx", "audit", "audit_firm"],
  ["finding_description_trgm_idx", "finding", "description"],
];

/**
 * Material categories gain a version (renaming refuses a stale one), and the search its
 * indexes. pg_trgm ships with PostgreSQL (contrib) and is a trusted extension since 13, so the
 * database's owner may create it. The indexes are on expressions, which TypeORM's schema diff
 * does not see (it neither creates nor drops them).
 */
export class AdminSearch1796294855560 implements MigrationInterface {
  name = "AdminSearch1796294855560";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "material_category" ADD "version" integer NOT NULL DEFAULT '1'`,
    );
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    for (const [name, table, column] of SEARCH_INDEXES) {
      await queryRunner.query(
        `CREATE INDEX "${name}" ON "${table}" USING gin (lower("${column}") gin_trgm_ops)`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [name] of [...SEARCH_INDEXES].reverse()) {
      await queryRunner.query(`DROP INDEX "${name}"`);
    }
    await queryRunner.query(`ALTER TABLE "material_category" DROP COLUMN "version"`);
  }
}
