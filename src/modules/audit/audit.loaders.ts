import DataLoader from "dataloader";
import { In, type DataSource } from "typeorm";
import { byId, groupBy } from "../../graphql/batch";
import { entityFrom, selectList, tableOf } from "../../database/rows";
import { ChecklistItem } from "../checklist/checklist-item.entity";
import { Checklist } from "../checklist/checklist.entity";
import { AuditItemResult } from "./audit-item-result.entity";
import { Audit } from "./audit.entity";
import { CorrectiveActionTransition } from "./corrective-action-transition.entity";
import { CorrectiveAction } from "./corrective-action.entity";
import { historiesOf } from "./corrective-action.repository";
import { Finding } from "./finding.entity";

/** Names carry an audit prefix where another module may load the same entity its own way. */
export function auditLoaders(dataSource: DataSource) {
  const manager = dataSource.manager;
  const loaders = {
    audit: new DataLoader<string, Audit | null>(async (ids) =>
      byId(await manager.findBy(Audit, { id: In([...ids]) }), ids),
    ),
    auditsBySupplier: new DataLoader<string, Audit[]>(async (ids) =>
      groupBy(
        await manager.find(Audit, {
          where: { supplierId: In([...ids]) },
          order: { plannedDate: "DESC", id: "DESC" },
        }),
        ids,
        (audit) => audit.supplierId,
      ),
    ),
    auditResults: new DataLoader<string, AuditItemResult[]>(async (ids) =>
      groupBy(
        await manager
          .createQueryBuilder(AuditItemResult, "r")
          .innerJoin("r.item", "i")
          .where("r.auditId IN (:...ids)", { ids: [...ids] })
          .orderBy("i.order", "ASC")
          .addOrderBy("r.id", "ASC")
          .getMany(),
        ids,
        (result) => result.auditId,
      ),
    ),
    auditFindings: new DataLoader<string, Finding[]>(async (ids) =>
      groupBy(
        await manager.find(Finding, {
          where: { auditId: In([...ids]) },
          order: { riskScore: "DESC", createdAt: "ASC", id: "ASC" },
        }),
        ids,
        (finding) => finding.auditId,
      ),
    ),
    finding: new DataLoader<string, Finding | null>(async (ids) =>
      byId(await manager.findBy(Finding, { id: In([...ids]) }), ids),
    ),
    correctiveActionByFinding: new DataLoader<string, CorrectiveAction | null>(async (ids) => {
      const plans = await manager.findBy(CorrectiveAction, { findingId: In([...ids]) });
      const byFinding = new Map(plans.map((plan) => [plan.findingId, plan]));
      return ids.map((id) => byFinding.get(id) ?? null);
    }),
    correctiveActionHistory: new DataLoader<string, CorrectiveActionTransition[]>(async (ids) =>
      groupBy(await historiesOf(manager, ids), ids, (step) => step.correctiveActionId),
    ),
    auditChecklist: new DataLoader<string, Checklist | null>(async (ids) =>
      byId(await manager.findBy(Checklist, { id: In([...ids]) }), ids),
    ),
    auditChecklistItem: new DataLoader<string, ChecklistItem | null>(async (ids) =>
      byId(await manager.findBy(ChecklistItem, { id: In([...ids]) }), ids),
    ),
  };
  return {
    ...loaders,
    /**
     * `auditsBySupplier` with every audit's findings and their corrective actions read in the
     * same statement (primed into `auditFindings` and `correctiveActionByFinding`), for a
     * query that asks for them.
     */
    auditsWithFindingsBySupplier: new DataLoader<string, Audit[]>(async (ids) => {
      const rows = (await manager.query(
        `SELECT ${selectList(manager, Audit, "a")}, ${selectList(manager, Finding, "f")},
           ${selectList(manager, CorrectiveAction, "p")}
         FROM ${tableOf(manager, Audit)} a
         LEFT JOIN ${tableOf(manager, Finding)} f ON f.audit_id = a.id
         LEFT JOIN ${tableOf(manager, CorrectiveAction)} p ON p.finding_id = f.id
         WHERE a.supplier_id = ANY($1::uuid[])
         ORDER BY a.planned_date DESC, a.id DESC, f.risk_score DESC, f.created_at ASC, f.id ASC`,
        [ids],
      )) as Record<string, unknown>[];
      const audits: Audit[] = [];
      let findings: Finding[] = [];
      for (const row of rows) {
        if (row.a_id !== audits.at(-1)?.id) {
          audits.push(entityFrom(manager, Audit, row, "a")!);
          // auditFindings' order: the rows' order within each audit
          loaders.auditFindings.prime(row.a_id as string, (findings = []));
        }
        const finding = entityFrom(manager, Finding, row, "f");
        if (!finding) continue;
        findings.push(finding);
        loaders.correctiveActionByFinding.prime(
          finding.id,
          entityFrom(manager, CorrectiveAction, row, "p"),
        );
      }
      return groupBy(audits, ids, (audit) => audit.supplierId);
    }),
  };
}

declare module "../../graphql/context" {
  interface Loaders extends ReturnType<typeof auditLoaders> {}
}
