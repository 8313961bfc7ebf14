import type { RequestContext } from "../../graphql/context";
import { notFound } from "../../shared/errors";
import { assertAuditVisible } from "../audit/audit.access";
import type { CorrectiveAction } from "../audit/corrective-action.entity";
import { requireRole } from "../identity/access";
import type { AuditReportSource } from "./audit-report.content";
import { REPORT_PERMISSIONS } from "./report.permissions";
import { isUuid } from "../../shared/text";
import { FindingStatus } from "../../shared/domain/audit.enums";
import { servedText } from "../checklist/checklist-item-texts";
import { checklistNameIn } from "../checklist/checklist-names";

/**
 * Loads what an audit report prints, with the visibility of `audit(id)` (a supplier reaches
 * its own audits once COMPLETED, anything else is NOT_FOUND). Through the request's
 * DataLoaders: one statement per table whatever the number of items and findings (the audit;
 * then supplier, sites, checklist, items, results, findings and lead auditor together; then
 * the findings' plans, and the items of findings outside the audit's checklist if any).
 */
export async function loadAuditReport(ctx: RequestContext, id: string): Promise<AuditReportSource> {
  const viewer = requireRole(ctx, ...REPORT_PERMISSIONS.auditReport);
  // A malformed id names no audit: NOT_FOUND rather than a database error.
  if (!isUuid(id)) throw notFound("Audit");
  const audit = await ctx.loaders.audit.load(id);
  assertAuditVisible(viewer, audit, id);

  const { loaders } = ctx;
  const [supplier, sites, checklist, items, results, recorded, leadAuditor, texts] =
    await Promise.all([
      loaders.supplier.load(audit.supplierId),
      audit.siteId ? loaders.sitesBySupplier.load(audit.supplierId) : Promise.resolve([]),
      loaders.auditChecklist.load(audit.checklistId),
      loaders.itemsByChecklist.load(audit.checklistId),
      loaders.auditResults.load(audit.id),
      loaders.auditFindings.load(audit.id),
      loaders.user.load(audit.leadAuditorId),
      loaders.itemTextsByChecklist.load(audit.checklistId),
    ]);
  // A finding withdrawn before completion is not part of what the audit found.
  const findings = recorded.filter((finding) => finding.status !== FindingStatus.WITHDRAWN);
  // Foreign keys guarantee both; a missing one is a broken database, not a missing audit.
  if (!supplier || !checklist) throw new Error(`audit ${audit.id}: supplier or checklist missing`);

  const itemCodes = new Map(items.map((item) => [item.id, item.code]));
  const otherItemIds = [
    ...new Set(findings.flatMap((f) => (f.itemId && !itemCodes.has(f.itemId) ? [f.itemId] : []))),
  ];
  const [plans, otherItems] = await Promise.all([
    findings.length > 0
      ? loaders.correctiveActionByFinding.loadMany(findings.map((finding) => finding.id))
      : Promise.resolve([]),
    otherItemIds.length > 0 ? loaders.auditChecklistItem.loadMany(otherItemIds) : [],
  ]);
  for (const item of otherItems) {
    if (item instanceof Error) throw item;
    if (item) itemCodes.set(item.id, item.code);
  }
  const correctiveActions = new Map<string, CorrectiveAction>();
  for (const plan of plans) {
    if (plan instanceof Error) throw plan;
    if (plan) correctiveActions.set(plan.findingId, plan);
  }

  return {
    audit,
    supplier,
    site: sites.find((site) => site.id === audit.siteId) ?? null,
    leadAuditor,
    checklist,
    checklistName: checklistNameIn(checklist.name, checklist.nameTranslations, ctx.locale),
    items,
    itemTexts: new Map(
      items.map((item) => {
        const text = servedText(texts.get(item.id) ?? {}, ctx.locale);
        return [item.id, { question: text.auditQuestion, guidance: text.guidance }];
      }),
    ),
    results,
    findings,
    correctiveActions,
    itemCodes,
  };
}
