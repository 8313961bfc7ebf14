import type { RequestContext } from "../../graphql/context";
import { decodeCursor, pageSize, toConnection, type Connection } from "../../graphql/pagination";
import { notFound } from "../../shared/errors";
import { isUuid } from "../../shared/text";
import { assertSupplierVisible, requireRole, supplierScope } from "../identity/access";
import { judgeDeclaration } from "./declaration-compliance";
import { rulesKey } from "./declaration.loaders";
import type { DeclarationCompliance } from "./declaration-compliance.types";
import type { DeclarationStatus } from "./declaration.enums";
import { DECLARATION_PERMISSIONS } from "./declaration.permissions";
import { MATERIAL_DECLARATION } from "./declaration.repository";
import { MaterialDeclaration } from "./material-declaration.entity";

/** Reads: every role, a supplier user only its own supplier's (NOT_FOUND otherwise). */
export async function findDeclaration(
  ctx: RequestContext,
  id: string,
): Promise<MaterialDeclaration> {
  const viewer = requireRole(ctx, ...DECLARATION_PERMISSIONS.materialDeclaration);
  if (!isUuid(id)) throw notFound(MATERIAL_DECLARATION, id);
  const declaration = await ctx.loaders.materialDeclaration.load(id.toLowerCase());
  if (!declaration) throw notFound(MATERIAL_DECLARATION, id);
  assertSupplierVisible(viewer, declaration.supplierId, MATERIAL_DECLARATION, id);
  return declaration;
}

/** Newest first; a supplier user gets its own supplier's only, whatever `supplierId` says. */
export async function listDeclarations(
  ctx: RequestContext,
  filter: { supplierId?: string; status?: DeclarationStatus },
  first: number | undefined,
  after: string | undefined,
): Promise<Connection<MaterialDeclaration>> {
  const viewer = requireRole(ctx, ...DECLARATION_PERMISSIONS.materialDeclarations);
  const limit = pageSize(first);
  const scope = supplierScope(viewer);
  const query = ctx.dataSource.manager.createQueryBuilder(MaterialDeclaration, "d");
  if (scope !== null && filter.supplierId && filter.supplierId !== scope)
    return toConnection([], limit, 0, () => []);
  const supplierId = scope ?? filter.supplierId;
  if (supplierId && !isUuid(supplierId)) return toConnection([], limit, 0, () => []);
  if (supplierId) query.andWhere("d.supplierId = :supplierId", { supplierId });
  if (filter.status) query.andWhere("d.status = :status", { status: filter.status });
  const totalCount = await query.clone().getCount();
  if (after) {
    const [createdAt, id] = decodeCursor(after, ["timestamp", "uuid"]);
    query.andWhere("(d.createdAt, d.id) < (:createdAt, :id)", { createdAt, id });
  }
  const rows = await query
    .orderBy("d.createdAt", "DESC")
    .addOrderBy("d.id", "DESC")
    .limit(limit + 1)
    .getMany();
  return toConnection(rows, limit, totalCount, (d) => [d.createdAt.toISOString(), d.id]);
}

/** Supplier.materialDeclarations; another supplier's user gets none. */
export async function listSupplierDeclarations(
  ctx: RequestContext,
  supplierId: string,
): Promise<MaterialDeclaration[]> {
  const scope = supplierScope(requireRole(ctx, ...DECLARATION_PERMISSIONS.materialDeclarations));
  if (scope !== null && scope !== supplierId) return [];
  return ctx.loaders.materialDeclarationsBySupplier.load(supplierId);
}

export async function complianceOfDeclaration(
  ctx: RequestContext,
  declaration: MaterialDeclaration,
): Promise<DeclarationCompliance> {
  const at = declaration.declaredAt ?? ctx.clock.now();
  const [lists, targets] = await Promise.all([
    ctx.loaders.listRulesAt.load(rulesKey(declaration.categoryId, at)),
    ctx.loaders.targetRules.load("all"),
  ]);
  return judgeDeclaration(declaration, lists, targets, at);
}
