import type { RequestContext } from "../../graphql/context";
import { decodeCursor, pageSize, toConnection, type Connection } from "../../graphql/pagination";
import { requireRole } from "../identity/access";
import type { TargetKind } from "../substance/substance.enums";
import { RISK_REGISTER_PERMISSIONS } from "./risk-register.permissions";
import type { SubstitutionLine, SubstitutionStatus } from "./substitution.types";

/**
 * Every declared substance line of the status's declarations that is one of the company's
 * targets (a substance target, or a member of a group target; ELIMINATE wins when both apply),
 * present as `targetsPresent` reads it (an amount of zero is absence). $1 status, $2 category
 * or null, $3 now.
 */
const LINES = `WITH targets AS (
    SELECT DISTINCT ON (cas) cas, kind, name FROM (
      SELECT s.cas::text AS cas, t.kind, s.name FROM substance_target t
        JOIN substance s ON s.id = t.substance_id WHERE s.cas IS NOT NULL
      UNION ALL
      SELECT ms.cas::text, t.kind, ms.name FROM substance_target t
        JOIN substance_group_member m ON m.group_id = t.group_id
        JOIN substance ms ON ms.id = m.substance_id WHERE ms.cas IS NOT NULL) all_targets
     ORDER BY cas, kind
  ), lines AS (
    SELECT d.id AS "declarationId", d.supplier_id AS "supplierId", d.category_id AS "categoryId",
           d.status, d.part_number AS "partNumber", d.part_name AS "partName",
           d.valid_until AS "validUntil", d.valid_until < $3::timestamptz AS expired,
           c.code AS "categoryCode", sup.name AS "supplierName",
           m.ord::int AS "materialIndex", m.value->>'name' AS material,
           sl.ord::int AS "substanceIndex", sl.value->>'cas' AS cas,
           COALESCE(sl.value->>'name', t.name) AS "substanceName", t.kind AS "targetKind",
           COALESCE((sl.value->>'ppm')::float8,
             CASE WHEN (m.value->>'massMg')::float8 > 0
                  THEN (sl.value->>'massMg')::float8 / (m.value->>'massMg')::float8 * 1e6 END)
             AS ppm
      FROM material_declaration d
      JOIN material_category c ON c.id = d.category_id
      JOIN supplier sup ON sup.id = d.supplier_id
      CROSS JOIN LATERAL jsonb_array_elements(d.materials) WITH ORDINALITY AS m(value, ord)
      CROSS JOIN LATERAL jsonb_array_elements(m.value->'substances') WITH ORDINALITY AS sl(value, ord)
      JOIN targets t ON t.cas = sl.value->>'cas'
     WHERE d.status = $1::text AND ($2::uuid IS NULL OR d.category_id = $2::uuid)
       AND COALESCE((sl.value->>'ppm')::float8, 1) <> 0
       AND NOT ((sl.value->>'ppm') IS NULL AND (sl.value->>'massMg')::float8 = 0)
  )`;

const KEY = `("categoryCode", "supplierName", "partNumber", "declarationId", "materialIndex", "substanceIndex")`;

/**
 * Which suppliers' declarations of `status` still contain target substances, by material
 * category (code), supplier, part, then the order declared; paged. Staff only.
 */
export async function listSubstitution(
  ctx: RequestContext,
  filter: { status: SubstitutionStatus; categoryId?: string | null },
  first: number | undefined,
  after: string | undefined,
): Promise<Connection<SubstitutionLine>> {
  requireRole(ctx, ...RISK_REGISTER_PERMISSIONS.substitution);
  const limit = pageSize(first);
  const category = filter.categoryId ?? null;
  const params: unknown[] = [filter.status, category, ctx.clock.now()];
  const [{ total }] = (await ctx.dataSource.query(
    `${LINES} SELECT count(*)::int AS total FROM lines`,
    params,
  )) as { total: number }[];
  let where = "";
  if (after) {
    const key = decodeCursor(after, ["string", "string", "string", "uuid", "int", "int"]);
    params.push(...key);
    where = `WHERE ${KEY} > ($4::text, $5::text, $6::text, $7::uuid, $8::int, $9::int)`;
  }
  params.push(limit + 1);
  const rows = (await ctx.dataSource.query(
    `${LINES} SELECT * FROM lines ${where} ORDER BY ${KEY.slice(1, -1)} LIMIT $${params.length}`,
    params,
  )) as (SubstitutionLine & { targetKind: TargetKind })[];
  return toConnection(rows, limit, total, (r) => [
    r.categoryCode,
    r.supplierName,
    r.partNumber,
    r.declarationId,
    r.materialIndex,
    r.substanceIndex,
  ]);
}
