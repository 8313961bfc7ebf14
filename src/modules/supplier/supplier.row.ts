import { DeclaredSustainabilityColumns, Supplier } from "./supplier.entity";
import type { Traceability } from "../../shared/domain/sustainability.enums";

/**
 * Every supplier column, aliased `s_*`, for hand-written SQL on hot read paths that join the
 * supplier (`FROM supplier s`): TypeORM's query builder and entity hydration cost more CPU
 * than the query itself there. Keep in step with supplier.entity.ts.
 */
export const SUPPLIER_COLUMNS = `s.id AS s_id, s.name AS s_name, s.legal_name AS s_legal_name,
  s.registration_number AS s_registration_number, s.external_id AS s_external_id,
  s.country AS s_country,
  s.contact_email AS s_contact_email, s.renewable_electricity_share AS s_renewable_electricity_share,
  s.third_party_verified_material_share AS s_third_party_verified_material_share,
  s.recycled_content_share AS s_recycled_content_share, s.traceability AS s_traceability,
  s.sources_from_protected_area AS s_sources_from_protected_area,
  s.sustainability_declared_at AS s_sustainability_declared_at,
  s.protected_area_flagged_at AS s_protected_area_flagged_at,
  s.blocked_by_admin AS s_blocked_by_admin, s.block_reason AS s_block_reason,
  s.archived AS s_archived, s.archived_at AS s_archived_at, s.version AS s_version,
  s.created_at AS s_created_at, s.updated_at AS s_updated_at`;

export interface SupplierRow {
  s_id: string;
  s_name: string;
  s_legal_name: string | null;
  s_registration_number: string | null;
  s_external_id: string | null;
  s_country: string;
  s_contact_email: string;
  s_renewable_electricity_share: number;
  s_third_party_verified_material_share: number;
  s_recycled_content_share: number;
  s_traceability: Traceability;
  s_sources_from_protected_area: boolean;
  s_sustainability_declared_at: Date | null;
  s_protected_area_flagged_at: Date | null;
  s_blocked_by_admin: boolean;
  s_block_reason: string | null;
  s_archived: boolean;
  s_archived_at: Date | null;
  s_version: number;
  s_created_at: Date;
  s_updated_at: Date;
}

/** The entity TypeORM would hydrate from the same row. */
export function supplierFromRow(row: SupplierRow): Supplier {
  const declared = Object.assign(new DeclaredSustainabilityColumns(), {
    renewableElectricityShare: row.s_renewable_electricity_share,
    thirdPartyVerifiedMaterialShare: row.s_third_party_verified_material_share,
    recycledContentShare: row.s_recycled_content_share,
    traceability: row.s_traceability,
    sourcesFromProtectedArea: row.s_sources_from_protected_area,
  });
  return Object.assign(new Supplier(), {
    id: row.s_id,
    name: row.s_name,
    legalName: row.s_legal_name,
    registrationNumber: row.s_registration_number,
    externalId: row.s_external_id,
    country: row.s_country,
    contactEmail: row.s_contact_email,
    declared,
    sustainabilityDeclaredAt: row.s_sustainability_declared_at,
    protectedAreaFlaggedAt: row.s_protected_area_flagged_at,
    blockedByAdmin: row.s_blocked_by_admin,
    blockReason: row.s_block_reason,
    archived: row.s_archived,
    archivedAt: row.s_archived_at,
    version: row.s_version,
    createdAt: row.s_created_at,
    updatedAt: row.s_updated_at,
  });
}
