import DataLoader from "dataloader";
import { In, type DataSource } from "typeorm";
import { byId, groupBy } from "../../graphql/batch";
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
      type Joined = Audit & { joinedFindings: Array<Finding & { joinedPlan?: CorrectiveAction }> };
      const audits = (await manager
        .createQueryBuilder(Audit, "a")
        .leftJoinAndMapMany("a.joinedFindings", Finding, "f", "f.audit_id = a.id")
        .leftJoinAndMapOne("f.joinedPlan", CorrectiveAction, "p", "p.finding_id = f.id")
        .where("a.supplierId IN (:...ids)", { ids: [...ids] })
        .orderBy("a.plannedDate", "DESC")
        .addOrderBy("a.id", "DESC")
        // auditFindings' order (TypeORM keeps the rows' order within each audit)
        .addOrderBy("f.riskScore", "DESC")
        .addOrderBy("f.createdAt", "ASC")
        .addOrderBy("f.id", "ASC")
        .getMany()) as Joined[];
      for (const audit of audits) {
        const findings = audit.joinedFindings;
        delete (audit as Partial<Joined>).joinedFindings;
        for (const finding of findings) {
          loaders.correctiveActionByFinding.prime(finding.id, finding.joinedPlan ?? null);
          delete finding.joinedPlan;
        }
        loaders.auditFindings.prime(audit.id, findings);
      }
      return groupBy(audits, ids, (audit) => audit.supplierId);
    }),
  };
}

declare module "../../graphql/context" {
  interface Loaders extends ReturnType<typeof auditLoaders> {}
}
