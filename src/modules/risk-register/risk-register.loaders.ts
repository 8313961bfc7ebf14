import DataLoader from "dataloader";
import { In, type DataSource } from "typeorm";
import { groupBy } from "../../graphql/batch";
import { RiskAssessment } from "./risk-assessment.entity";
import { RiskControl } from "./risk-control.entity";
import { MAX_ASSESSMENTS_SHOWN } from "./risk-register.limits";

/** A published list version newer than an entry's last assessment that lists its substance. */
export interface ListTrigger {
  entryId: string;
  code: string;
  label: string;
  publishedAt: Date;
}

/** A supplier that gained the entry's category after its last assessment. */
export interface SupplierTrigger {
  entryId: string;
  supplierName: string;
  categoryCode: string;
  addedAt: Date;
}

/**
 * An entry is due when a version of a list was published after its last assessment and that
 * version lists the substance or a group it belongs to; when a supplier gained the entry's
 * category since; or when its process was edited since. The same rules as the
 * `riskListTriggers` and `riskSupplierTriggers` loaders, as a condition on the entry alias `e`.
 */
export const DUE_SQL = `(e.process_changed OR EXISTS (
  SELECT 1 FROM regulatory_list_version v
    JOIN regulatory_list_entry le ON le.version_id = v.id
   WHERE v.status = 'PUBLISHED' AND v.published_at > e.last_assessed_at
     AND (le.substance_id = e.substance_id OR le.group_id IN (
          SELECT m.group_id FROM substance_group_member m WHERE m.substance_id = e.substance_id)))
  OR EXISTS (SELECT 1 FROM category_supplier_addition csa
              WHERE csa.category_id = e.category_id AND csa.added_at > e.last_assessed_at))`;

export function riskRegisterLoaders(dataSource: DataSource) {
  const manager = dataSource.manager;
  return {
    riskControlsByEntry: new DataLoader<string, RiskControl[]>(async (ids) =>
      groupBy(
        await manager.find(RiskControl, {
          where: { entryId: In([...ids]) },
          order: { createdAt: "ASC", id: "ASC" },
        }),
        ids,
        (c) => c.entryId,
      ),
    ),
    /** Newest first, the latest MAX_ASSESSMENTS_SHOWN of each entry. */
    riskAssessmentsByEntry: new DataLoader<string, RiskAssessment[]>(async (ids) => {
      const rows = (await manager.query(
        `SELECT id FROM (
           SELECT id, row_number() OVER (PARTITION BY entry_id
                                         ORDER BY assessed_at DESC, id DESC) AS n
             FROM risk_assessment WHERE entry_id = ANY($1::uuid[])) a
          WHERE n <= $2`,
        [[...ids], MAX_ASSESSMENTS_SHOWN],
      )) as { id: string }[];
      const assessments =
        rows.length === 0
          ? []
          : await manager.find(RiskAssessment, {
              where: { id: In(rows.map((r) => r.id)) },
              order: { assessedAt: "DESC", id: "DESC" },
            });
      return groupBy(assessments, ids, (a) => a.entryId);
    }),
    /** The list versions that make each entry due, oldest publication first. */
    riskListTriggers: new DataLoader<string, ListTrigger[]>(async (ids) => {
      const rows = (await manager.query(
        `SELECT e.id AS "entryId", l.code, v.label, v.published_at AS "publishedAt"
           FROM risk_entry e
           JOIN regulatory_list_version v
             ON v.status = 'PUBLISHED' AND v.published_at > e.last_assessed_at
           JOIN regulatory_list l ON l.id = v.list_id
          WHERE e.id = ANY($1::uuid[])
            AND EXISTS (SELECT 1 FROM regulatory_list_entry le
                         WHERE le.version_id = v.id
                           AND (le.substance_id = e.substance_id OR le.group_id IN (
                                SELECT m.group_id FROM substance_group_member m
                                 WHERE m.substance_id = e.substance_id)))
          ORDER BY v.published_at, l.code`,
        [[...ids]],
      )) as ListTrigger[];
      return groupBy(rows, ids, (r) => r.entryId);
    }),
    /** The suppliers that gained each entry's category since its assessment, oldest first. */
    riskSupplierTriggers: new DataLoader<string, SupplierTrigger[]>(async (ids) => {
      const rows = (await manager.query(
        `SELECT e.id AS "entryId", s.name AS "supplierName", c.code AS "categoryCode",
                csa.added_at AS "addedAt"
           FROM risk_entry e
           JOIN category_supplier_addition csa
             ON csa.category_id = e.category_id AND csa.added_at > e.last_assessed_at
           JOIN supplier s ON s.id = csa.supplier_id
           JOIN material_category c ON c.id = csa.category_id
          WHERE e.id = ANY($1::uuid[])
          ORDER BY csa.added_at, s.name, csa.id`,
        [[...ids]],
      )) as SupplierTrigger[];
      return groupBy(rows, ids, (r) => r.entryId);
    }),
  };
}

declare module "../../graphql/context" {
  interface Loaders extends ReturnType<typeof riskRegisterLoaders> {}
}
