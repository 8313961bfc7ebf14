import { In, type EntityManager } from "typeorm";
import type { RequestContext } from "../../graphql/context";
import { decodeCursor, pageSize, toConnection, type Connection } from "../../graphql/pagination";
import { change, create } from "../../database/change";
import { inTransaction, type Tx } from "../../database/transaction";
import {
  badInput,
  conflict,
  DomainError,
  ErrorCode,
  notFound,
  stateConflict,
} from "../../shared/errors";
import { trimToNull } from "../../shared/text";
import { nextAuditDueSql } from "../scoring/deadlines";
import {
  assertSupplierVisible,
  requireRole,
  requireViewer,
  supplierScope,
} from "../identity/access";
import { Role } from "../../shared/domain/role.enum";
import { MaterialCategory } from "./material-category.entity";
import { categoriesSet } from "./category-hooks";
import { sitesSet } from "./site-hooks";
import { SupplierCategory } from "./supplier-category.entity";
import { SupplierSite } from "./supplier-site.entity";
import { Supplier } from "./supplier.entity";
import type {
  CreateMaterialCategoryInput,
  CreateSupplierInput,
  SiteInput,
  SupplierFilter,
  SustainabilityInput,
  UpdateSupplierInput,
} from "./supplier.inputs";
import { SupplierOrder } from "./supplier.inputs";
import { Traceability } from "../../shared/domain/sustainability.enums";
import { SUPPLIER, SUPPLIERS } from "./supplier.repository";
import {
  SUPPLIER_FIELD_OWNERS,
  SUPPLIER_PERMISSIONS,
  type SupplierFieldGroup,
} from "./supplier.permissions";

/** Why a field group is refused, in the FORBIDDEN answer (who owns it: SUPPLIER_FIELD_OWNERS). */
const REFUSAL: Readonly<Record<SupplierFieldGroup, string>> = {
  masterData: "are maintained by the buyer (ADMIN or PROCUREMENT)",
  declaration:
    "are the supplier's own declaration; an AUDITOR or ADMIN verifies them with verifySustainability",
};

/** SPEC 11: a field sent by a role that does not own it answers FORBIDDEN, naming each field. */
function assertMayWrite(role: Role, input: UpdateSupplierInput): void {
  const refused = (Object.keys(SUPPLIER_FIELD_OWNERS) as SupplierFieldGroup[])
    .filter((group) => !SUPPLIER_FIELD_OWNERS[group].roles.includes(role))
    .map((group) => ({
      who: REFUSAL[group],
      sent: SUPPLIER_FIELD_OWNERS[group].fields.filter(
        (field) => input[field] !== undefined && input[field] !== null,
      ),
    }))
    .filter((group) => group.sent.length > 0);
  if (refused.length === 0) return;
  throw new DomainError(
    ErrorCode.FORBIDDEN,
    `You may not change ${refused.flatMap((g) => g.sent).join(", ")}: these ${refused.map((g) => g.who).join("; ")}`,
    refused.flatMap(({ who, sent }) =>
      sent.map((field) => ({
        path: `input.${field}`,
        message: `is not yours to change: it ${who.replace(/^are/, "is")}`,
      })),
    ),
  );
}

/** The declared attributes an input sets, and what a declaration of `true` flags (SPEC 11). */
function declarationOf(input: SustainabilityInput | undefined, now: Date): Record<string, unknown> {
  const values = Object.fromEntries(
    Object.entries(input ?? {}).filter(([, value]) => value !== undefined && value !== null),
  );
  if (Object.keys(values).length === 0) return {};
  return {
    declared: values,
    sustainabilityDeclaredAt: now,
    ...(values.sourcesFromProtectedArea === true ? { protectedAreaFlaggedAt: now } : {}),
  };
}

async function assertCategoriesExist(manager: EntityManager, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const found = await manager.countBy(MaterialCategory, { id: In(ids) });
  if (found !== new Set(ids).size) {
    throw badInput([
      {
        path: "input.categoryIds",
        message: "contains an unknown material category",
      },
    ]);
  }
}

async function replaceCategories(tx: Tx, supplierId: string, ids: string[]): Promise<void> {
  const unique = [...new Set(ids)];
  await assertCategoriesExist(tx.manager, unique);
  await categoriesSet(tx, supplierId, unique);
  await tx.manager.delete(SupplierCategory, { supplierId });
  if (unique.length > 0) {
    await tx.manager.insert(
      SupplierCategory,
      unique.map((categoryId) => ({ supplierId, categoryId })),
    );
  }
}

async function replaceSites(tx: Tx, supplierId: string, sites: SiteInput[]): Promise<void> {
  const existing = await tx.manager.findBy(SupplierSite, { supplierId });
  const existingIds = new Set(existing.map((site) => site.id));
  sites.forEach((site, index) => {
    if (site.id && !existingIds.has(site.id)) {
      throw badInput([
        {
          path: `input.sites.${index}.id`,
          message: "is not a site of this supplier",
        },
      ]);
    }
    if (((site.latitude ?? null) === null) !== ((site.longitude ?? null) === null)) {
      const missing = (site.latitude ?? null) === null ? "latitude" : "longitude";
      throw badInput([
        {
          path: `input.sites.${index}.${missing}`,
          message: "is required with the other coordinate (or clear both)",
        },
      ]);
    }
  });
  const kept = new Set(sites.flatMap((site) => (site.id ? [site.id] : [])));
  const removed = existing.filter((site) => !kept.has(site.id)).map((site) => site.id);
  if (removed.length > 0) await tx.manager.delete(SupplierSite, { id: In(removed) });
  for (const site of sites) {
    const values = {
      supplierId,
      name: site.name.trim(),
      country: site.country.toUpperCase(),
      address: trimToNull(site.address),
      // Omitted coordinates keep the stored ones (the bulk import resends sites without them).
      ...(site.latitude !== undefined || site.longitude !== undefined
        ? { latitude: site.latitude ?? null, longitude: site.longitude ?? null }
        : {}),
    };
    if (site.id) await tx.manager.update(SupplierSite, { id: site.id }, values);
    else await tx.manager.insert(SupplierSite, values);
  }
  await sitesSet(tx, supplierId);
}

export async function findSupplier(ctx: RequestContext, id: string): Promise<Supplier> {
  const viewer = requireViewer(ctx);
  assertSupplierVisible(viewer, id);
  const supplier = await ctx.loaders.supplier.load(id);
  if (!supplier) throw notFound(SUPPLIER, id);
  return supplier;
}

export async function listSuppliers(
  ctx: RequestContext,
  filter: SupplierFilter | undefined,
  first: number | undefined,
  after: string | undefined,
  order: SupplierOrder = SupplierOrder.NAME,
): Promise<Connection<Supplier>> {
  const viewer = requireViewer(ctx);
  const limit = pageSize(first);
  const query = ctx.dataSource.manager.createQueryBuilder(Supplier, "s");
  const scope = supplierScope(viewer);
  if (scope) query.andWhere("s.id = :scope", { scope });
  if (!filter?.includeArchived) query.andWhere("s.archived = false");
  if (filter?.country)
    query.andWhere("s.country = :country", { country: filter.country.toUpperCase() });
  if (filter?.categoryId) {
    query.andWhere(
      "EXISTS (SELECT 1 FROM supplier_category sc WHERE sc.supplier_id = s.id AND sc.category_id = :categoryId)",
      { categoryId: filter.categoryId },
    );
  }
  if (filter?.search?.trim()) {
    const pattern = `%${filter.search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query.andWhere("(s.name ILIKE :pattern OR s.legal_name ILIKE :pattern)", { pattern });
  }
  const due = nextAuditDueSql("st", "s");
  if (order === SupplierOrder.NEXT_AUDIT_DUE || filter?.auditDueBefore) {
    // By entity name: procurement's SupplierStanding; the supplier module sits below procurement.
    query.leftJoin("SupplierStanding", "st", "st.supplier_id = s.id");
  }
  if (filter?.auditDueBefore)
    query.andWhere(`${due} <= :dueBefore`, { dueBefore: filter.auditDueBefore });
  const totalCount = await query.clone().getCount();

  if (order === SupplierOrder.NEXT_AUDIT_DUE) {
    if (after) {
      const [at, id] = decodeCursor(after, ["timestamp", "uuid"]);
      query.andWhere(`(${due}, s.id) > (:at, :id)`, { at, id });
    }
    const { entities, raw } = await query
      .addSelect(due, "due_at")
      .orderBy(due, "ASC")
      .addOrderBy("s.id", "ASC")
      .limit(limit + 1)
      .getRawAndEntities<{ due_at: Date }>();
    const dueAt = new Map(entities.map((supplier, index) => [supplier.id, raw[index].due_at]));
    return toConnection(entities, limit, totalCount, (s) => [dueAt.get(s.id)!.toISOString(), s.id]);
  }
  if (after) {
    const [name, id] = decodeCursor(after, ["string", "uuid"]);
    query.andWhere("(s.name, s.id) > (:name, :id)", { name, id });
  }
  const rows = await query
    .orderBy("s.name", "ASC")
    .addOrderBy("s.id", "ASC")
    .limit(limit + 1)
    .getMany();
  return toConnection(rows, limit, totalCount, (s) => [s.name, s.id]);
}

/**
 * Inserts a supplier with its categories and sites: the one creation path (createSupplier and
 * the bulk import), so every hook on a supplier's categories runs for both.
 */
export async function insertSupplier(
  tx: Tx,
  input: CreateSupplierInput,
  externalId: string | null = null,
): Promise<Supplier> {
  const declaration = declarationOf(input.sustainability, tx.now);
  const supplier = await create(
    tx,
    SUPPLIERS,
    {
      name: input.name.trim(),
      legalName: trimToNull(input.legalName),
      registrationNumber: trimToNull(input.registrationNumber),
      externalId,
      country: input.country.toUpperCase(),
      contactEmail: input.contactEmail.trim(),
      ...declaration,
      declared: {
        renewableElectricityShare: input.sustainability?.renewableElectricityShare ?? 0,
        thirdPartyVerifiedMaterialShare: input.sustainability?.thirdPartyVerifiedMaterialShare ?? 0,
        recycledContentShare: input.sustainability?.recycledContentShare ?? 0,
        traceability: input.sustainability?.traceability ?? Traceability.NONE,
        sourcesFromProtectedArea: input.sustainability?.sourcesFromProtectedArea ?? false,
      },
    },
    {
      action: "supplier.created",
      alsoWrite: async (id) => {
        if (input.categoryIds) await replaceCategories(tx, id, input.categoryIds);
        if (input.sites) await replaceSites(tx, id, input.sites);
      },
      recorded: (stored) => ({
        ...SUPPLIERS.snapshot(stored),
        categoryIds: input.categoryIds ?? [],
        sites: input.sites ?? [],
      }),
    },
  );
  tx.touchSupplier(supplier.id, "SUPPLIER_UPDATED");
  return supplier;
}

export async function createSupplier(
  ctx: RequestContext,
  input: CreateSupplierInput,
): Promise<Supplier> {
  requireRole(ctx, ...SUPPLIER_PERMISSIONS.createSupplier);
  return inTransaction(ctx, (tx) => insertSupplier(tx, input));
}

/**
 * Optimistic locking by hand: TypeORM's @VersionColumn does not refuse stale writes
 * (typeorm#2848), so the UPDATE itself carries `version = expectedVersion`.
 */
export async function updateSupplier(
  ctx: RequestContext,
  id: string,
  expectedVersion: number,
  input: UpdateSupplierInput,
): Promise<Supplier> {
  const viewer = requireRole(ctx, ...SUPPLIER_PERMISSIONS.updateSupplier);
  assertSupplierVisible(viewer, id);
  assertMayWrite(viewer.role, input);
  return inTransaction(ctx, (tx) => applySupplierUpdate(tx, id, expectedVersion, input));
}

/**
 * Edits a supplier (the caller checked who may send which field): the one editing path
 * (updateSupplier and the bulk import), so every hook on a supplier's categories runs for both.
 */
export async function applySupplierUpdate(
  tx: Tx,
  id: string,
  expectedVersion: number,
  input: UpdateSupplierInput,
): Promise<Supplier> {
  const after = await change(tx, SUPPLIERS, id, {
    action: "supplier.updated",
    expectedVersion,
    check: (before) => {
      if (before.archived) throw stateConflict(`Supplier ${id} is archived; it cannot be edited`);
    },
    set: {
      ...(input.name !== undefined ? { name: input.name.trim() } : {}),
      ...(input.legalName !== undefined ? { legalName: trimToNull(input.legalName) } : {}),
      ...(input.registrationNumber !== undefined
        ? { registrationNumber: trimToNull(input.registrationNumber) }
        : {}),
      ...(input.country !== undefined ? { country: input.country.toUpperCase() } : {}),
      ...(input.contactEmail !== undefined ? { contactEmail: input.contactEmail.trim() } : {}),
      ...declarationOf(input.sustainability, tx.now),
    },
    alsoWrite: async () => {
      if (input.categoryIds) await replaceCategories(tx, id, input.categoryIds);
      if (input.sites) await replaceSites(tx, id, input.sites);
    },
    recorded: (before, changed) => ({
      before: {
        ...SUPPLIERS.snapshot(before),
        ...(input.categoryIds ? { categoryIds: null } : {}),
        ...(input.sites ? { sites: null } : {}),
      },
      after: {
        ...SUPPLIERS.snapshot(changed),
        ...(input.categoryIds ? { categoryIds: input.categoryIds } : {}),
        ...(input.sites ? { sites: input.sites } : {}),
      },
    }),
  });
  // Name, country, categories and sustainability attributes all feed the ranking.
  tx.touchSupplier(id, "SUPPLIER_UPDATED");
  return after;
}

export async function listMaterialCategories(ctx: RequestContext): Promise<MaterialCategory[]> {
  requireViewer(ctx);
  return ctx.dataSource.manager.find(MaterialCategory, {
    order: { name: "ASC" },
  });
}

export async function createMaterialCategory(
  ctx: RequestContext,
  input: CreateMaterialCategoryInput,
): Promise<MaterialCategory> {
  requireRole(ctx, ...SUPPLIER_PERMISSIONS.createMaterialCategory);
  const code = input.code.trim().toUpperCase();
  return inTransaction(ctx, async (tx) => {
    if (await tx.manager.existsBy(MaterialCategory, { code })) {
      throw conflict(`Material category ${code} already exists`);
    }
    const category = tx.manager.create(MaterialCategory, {
      code,
      name: input.name.trim(),
    });
    await tx.manager.insert(MaterialCategory, category);
    await tx.record({
      action: "material_category.created",
      entityType: "MaterialCategory",
      entityId: category.id,
      after: { code, name: category.name },
    });
    return category;
  });
}
