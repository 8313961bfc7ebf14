import type { EntityManager } from "typeorm";
import type { RequestContext } from "../../graphql/context";
import { Basis } from "../../shared/domain/sustainability.enums";
import { badInput } from "../../shared/errors";
import { requireRole } from "../identity/access";
import { DECLARED_SHARE_FACTOR } from "../scoring/scoring-policy";
import { addMonthsTo, monthIndex, monthOf, monthStart } from "./month";
import type { Element } from "./recycled-content.enums";
import type { RecycledShareArgs } from "./recycled-content.inputs";
import { MAX_SHARE_LINES, MAX_SHARE_MONTHS } from "./recycled-content.limits";
import { RECYCLED_CONTENT_PERMISSIONS } from "./recycled-content.permissions";
import type {
  RecycledShare,
  RecycledShareLine,
  RecycledShareMonth,
} from "./recycled-content.types";

/** The categories concerned: a declaration of the element overlaps the period. */
const CONCERNED = `
  SELECT category_id FROM recycled_content_declaration
   WHERE element = $1 AND valid_from <= $3 AND valid_to >= $2`;

/**
 * The purchases an element's figure counts, one row per supplier, category and month: the
 * rollup rows (recycled_content_month: non-voided kg with the declaration in force, the latest
 * declared) of the categories concerned. $1 element, $2 first month, $3 last month (the 1st).
 */
const COUNTED = `
  WITH counted AS (
    SELECT supplier_id, category_id, period, kg, declared, verified,
           element_kg, recycled_kg, pre_kg, post_kg
      FROM recycled_content_month
     WHERE element = $1 AND period BETWEEN $2 AND $3 AND category_id IN (${CONCERNED}))`;

/** Verified recycled mass in full, declared at the integrity rule's discount ($4). */
const COUNTED_KG = `CASE WHEN verified THEN recycled_kg ELSE recycled_kg * $4 END`;

/** Sums over some of the counted rows (a month, or the whole period). */
export interface ShareSums {
  purchasedKg: number;
  coveredKg: number;
  elementKg: number;
  recycledKg: number;
  verifiedRecycledKg: number;
  preKg: number;
  postKg: number;
  countedRecycledKg: number;
}

const ZERO: ShareSums = {
  purchasedKg: 0,
  coveredKg: 0,
  elementKg: 0,
  recycledKg: 0,
  verifiedRecycledKg: 0,
  preKg: 0,
  postKg: 0,
  countedRecycledKg: 0,
};

export function addSums(a: ShareSums, b: ShareSums): ShareSums {
  const sum = { ...a };
  for (const key of Object.keys(ZERO) as (keyof ShareSums)[]) sum[key] += b[key];
  return sum;
}

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : null);

export const shareOf = (sums: ShareSums) => ratio(sums.countedRecycledKg, sums.elementKg);

interface SumsRow {
  period: string | null;
  /** Null on the period's row when nothing was bought. */
  purchased: string | null;
  covered: string | null;
  element: string;
  recycled: string;
  verified_recycled: string | null;
  pre: string;
  post: string;
  counted: string;
}

const toSums = (row: SumsRow): ShareSums => ({
  purchasedKg: Number(row.purchased),
  coveredKg: Number(row.covered ?? 0),
  elementKg: Number(row.element),
  recycledKg: Number(row.recycled),
  verifiedRecycledKg: Number(row.verified_recycled ?? 0),
  preKg: Number(row.pre),
  postKg: Number(row.post),
  countedRecycledKg: Number(row.counted),
});

/** Every month's sums and the period's, in one aggregate query. */
export async function monthlySums(
  manager: EntityManager,
  element: Element,
  from: string,
  to: string,
): Promise<{ months: Map<string, ShareSums>; total: ShareSums }> {
  // The per-category rollup: the same sums as over COUNTED, from a few rows a month.
  const rows = (await manager.query(
    `SELECT period::text AS period, sum(kg) AS purchased, sum(covered_kg) AS covered,
            sum(element_kg) AS element, sum(recycled_kg) AS recycled,
            sum(verified_recycled_kg) AS verified_recycled, sum(pre_kg) AS pre, sum(post_kg) AS post,
            sum(verified_recycled_kg + (recycled_kg - verified_recycled_kg) * $4) AS counted
       FROM recycled_content_category_month
      WHERE element = $1 AND period BETWEEN $2 AND $3 AND category_id IN (${CONCERNED})
      GROUP BY GROUPING SETS ((period), ())`,
    [element, monthStart(from), monthStart(to), DECLARED_SHARE_FACTOR],
  )) as SumsRow[];
  const months = new Map<string, ShareSums>();
  let total = ZERO;
  for (const row of rows) {
    if (row.period === null) total = row.purchased === null ? ZERO : toSums(row);
    else months.set(monthOf(row.period), toSums(row));
  }
  return { months, total };
}

async function topLines(
  manager: EntityManager,
  element: Element,
  from: string,
  to: string,
): Promise<{ lines: RecycledShareLine[]; total: number }> {
  const rows = (await manager.query(
    `${COUNTED}
     SELECT supplier_id, category_id,
            CASE WHEN NOT declared THEN 'NONE' WHEN verified THEN 'VERIFIED' ELSE 'DECLARED' END AS basis,
            sum(kg) AS purchased, sum(element_kg) AS element, sum(recycled_kg) AS recycled,
            sum(${COUNTED_KG}) AS counted, count(*) OVER () AS lines
       FROM counted
      GROUP BY 1, 2, 3
      ORDER BY sum(recycled_kg) DESC, sum(kg) DESC, 1, 2, 3
      LIMIT $5`,
    [element, monthStart(from), monthStart(to), DECLARED_SHARE_FACTOR, MAX_SHARE_LINES],
  )) as {
    supplier_id: string;
    category_id: string;
    basis: Basis;
    purchased: string;
    element: string;
    recycled: string;
    counted: string;
    lines: string;
  }[];
  return {
    total: rows.length > 0 ? Number(rows[0].lines) : 0,
    lines: rows.map((row) => ({
      supplierId: row.supplier_id,
      categoryId: row.category_id,
      basis: row.basis,
      purchasedKg: Number(row.purchased),
      elementKg: Number(row.element),
      recycledKg: Number(row.recycled),
      countedRecycledKg: Number(row.counted),
    })) as RecycledShareLine[],
  };
}

/** The months asked: a year, or from / to (default: the 12 months to the current one). */
export function periodOf(args: RecycledShareArgs, now: Date): { from: string; to: string } {
  if (args.year !== undefined && args.year !== null) {
    if (args.from || args.to)
      throw badInput([{ path: "year", message: "give either year or from / to, not both" }]);
    return { from: `${args.year}-01`, to: `${args.year}-12` };
  }
  const to = args.to ?? monthOf(now);
  const from = args.from ?? addMonthsTo(to, -11);
  const months = monthIndex(to) - monthIndex(from) + 1;
  if (months < 1) throw badInput([{ path: "to", message: "must not be before from" }]);
  if (months > MAX_SHARE_MONTHS)
    throw badInput([{ path: "from", message: `the period is at most ${MAX_SHARE_MONTHS} months` }]);
  return { from, to };
}

/**
 * The portfolio's recycled share of an element over a period: recycled element mass over
 * element mass of the purchases (element mass = kg x the declared element fraction), with the
 * verified, declared and pre/post-consumer figures, the coverage, every month and the lines.
 */
export async function recycledContentShare(
  ctx: RequestContext,
  args: RecycledShareArgs,
): Promise<RecycledShare> {
  requireRole(ctx, ...RECYCLED_CONTENT_PERMISSIONS.recycledContentShare);
  const { from, to } = periodOf(args, ctx.clock.now());
  const manager = ctx.dataSource.manager;
  const [{ months, total }, { lines, total: linesTotal }] = await Promise.all([
    monthlySums(manager, args.element, from, to),
    topLines(manager, args.element, from, to),
  ]);
  const monthly: RecycledShareMonth[] = [];
  for (let i = monthIndex(from); i <= monthIndex(to); i++) {
    const month = addMonthsTo(from, i - monthIndex(from));
    const sums = months.get(month) ?? ZERO;
    monthly.push({
      month,
      share: shareOf(sums),
      coverage: ratio(sums.coveredKg, sums.purchasedKg),
      elementKg: sums.elementKg,
    });
  }
  return {
    element: args.element,
    from,
    to,
    share: shareOf(total),
    verifiedShare: ratio(total.verifiedRecycledKg, total.elementKg),
    declaredShare: ratio(total.recycledKg, total.elementKg),
    preConsumerShare: ratio(total.preKg, total.elementKg),
    postConsumerShare: ratio(total.postKg, total.elementKg),
    coverage: ratio(total.coveredKg, total.purchasedKg),
    purchasedKg: total.purchasedKg,
    elementKg: total.elementKg,
    recycledKg: total.recycledKg,
    countedRecycledKg: total.countedRecycledKg,
    monthly,
    lines,
    linesTotal,
  };
}
