import type { EntityManager } from "typeorm";
import type { ListRules, RuleTarget } from "./compliance";
import type { EntryApplicability, ThresholdBasis } from "./substance.enums";

interface EntryRow {
  list_id: string;
  list_code: string;
  label: string;
  substance_cas: string | null;
  substance_name: string | null;
  group_code: string | null;
  group_name: string | null;
  member_cas: string[] | null;
  threshold_percent: string;
  basis: ThresholdBasis;
  applies_to: EntryApplicability;
}

interface ExemptionRow {
  list_id: string;
  code: string;
  substance_cas: string | null;
  substance_name: string | null;
  group_code: string | null;
  group_name: string | null;
  member_cas: string[] | null;
  max_percent: string | null;
  valid_from: string;
  expires_at: string | null;
}

const targetOf = (row: {
  substance_cas: string | null;
  substance_name: string | null;
  group_code: string | null;
  group_name: string | null;
  member_cas: string[] | null;
}): RuleTarget | null =>
  row.group_code
    ? {
        kind: "group",
        code: row.group_code,
        name: row.group_name ?? row.group_code,
        memberCas: row.member_cas ?? [],
      }
    : row.substance_cas
      ? { kind: "substance", cas: row.substance_cas, name: row.substance_name ?? row.substance_cas }
      : null;

const TARGET_COLUMNS = `s.cas AS substance_cas, s.name AS substance_name, g.code AS group_code,
  g.name AS group_name,
  (SELECT array_agg(ms.cas) FROM substance_group_member m JOIN substance ms ON ms.id = m.substance_id
    WHERE m.group_id = g.id AND ms.cas IS NOT NULL) AS member_cas`;

/**
 * What the evaluator needs for a material category at an instant: for each list that applies
 * to the category (its applicability row, else the list's default), the version in force (the
 * latest PUBLISHED one whose effective date has come) with its entries and the list's
 * exemptions (each ending on its adopted expiry or an earlier recorded one). Entries without a CAS number cannot be matched by a declaration and are left out.
 * Three statements whatever the lists' sizes.
 */
export async function loadListRules(
  manager: EntityManager,
  categoryId: string,
  at: Date,
): Promise<ListRules[]> {
  const entries = (await manager.query(
    `WITH applicable AS (
       SELECT l.id, l.code FROM regulatory_list l
         LEFT JOIN list_category_applicability a ON a.list_id = l.id AND a.category_id = $1
        WHERE COALESCE(a.applies, l.applies_by_default)
     ), current_version AS (
       SELECT DISTINCT ON (v.list_id) v.id, v.list_id, v.label, l.code
         FROM regulatory_list_version v JOIN applicable l ON l.id = v.list_id
        WHERE v.status = 'PUBLISHED' AND v.effective_date <= $2
        ORDER BY v.list_id, v.effective_date DESC, v.published_at DESC
     )
     SELECT cv.list_id, cv.code AS list_code, cv.label, ${TARGET_COLUMNS},
            e.threshold_percent, e.basis, e.applies_to
       FROM current_version cv
       JOIN regulatory_list_entry e ON e.version_id = cv.id
       LEFT JOIN substance s ON s.id = e.substance_id
       LEFT JOIN substance_group g ON g.id = e.group_id
      ORDER BY cv.code, e.listed_name, e.id`,
    [categoryId, at],
  )) as EntryRow[];
  const listIds = [...new Set(entries.map((e) => e.list_id))];
  const exemptions =
    listIds.length === 0
      ? []
      : ((await manager.query(
          `SELECT x.list_id, x.code, ${TARGET_COLUMNS}, x.max_percent,
                  to_char(x.valid_from, 'YYYY-MM-DD') AS valid_from,
                  to_char(LEAST(x.expires_at, (SELECT min(xe.last_day) FROM list_exemption_expiry xe
                                                WHERE xe.exemption_id = x.id)),
                          'YYYY-MM-DD') AS expires_at
             FROM list_exemption x
             LEFT JOIN substance s ON s.id = x.substance_id
             LEFT JOIN substance_group g ON g.id = x.group_id
            WHERE x.list_id = ANY($1::uuid[])
            ORDER BY x.code, x.valid_from`,
          [listIds],
        )) as ExemptionRow[]);
  const byList = new Map<string, ListRules & { entries: ListRules["entries"][number][] }>();
  for (const row of entries) {
    let rules = byList.get(row.list_id);
    if (!rules) {
      rules = { list: row.list_code, listVersion: row.label, entries: [], exemptions: [] };
      byList.set(row.list_id, rules);
    }
    const target = targetOf(row);
    if (!target) continue;
    rules.entries.push({
      target,
      thresholdPercent: Number(row.threshold_percent),
      basis: row.basis,
      appliesTo: row.applies_to,
    });
  }
  for (const row of exemptions) {
    const rules = byList.get(row.list_id);
    if (!rules) continue;
    (rules.exemptions as ListRules["exemptions"][number][]).push({
      code: row.code,
      target: targetOf(row),
      maxPercent: row.max_percent === null ? null : Number(row.max_percent),
      validFrom: row.valid_from,
      expiresAt: row.expires_at,
    });
  }
  return [...byList.values()];
}
