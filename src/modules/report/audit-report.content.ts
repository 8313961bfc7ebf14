import { createHash } from "node:crypto";
import {
  FindingStatus,
  type AuditStatus,
  type AuditType,
  type CorrectiveActionStatus,
  type ItemResult,
  type RiskLevel,
  type Severity,
} from "../../shared/domain/audit.enums";
import { ESG_AREAS, type EsgArea } from "../../shared/domain/esg-area.enum";
import type { AuditItemResult } from "../audit/audit-item-result.entity";
import type { Audit } from "../audit/audit.entity";
import type { CorrectiveAction } from "../audit/corrective-action.entity";
import type { Finding } from "../audit/finding.entity";
import type { ChecklistItem } from "../checklist/checklist-item.entity";
import type { Checklist } from "../checklist/checklist.entity";
import type { User } from "../identity/user.entity";
import { computeAreaScores, resultConformance } from "../scoring/conformance";
import { isOverdue } from "../scoring/deadlines";
import { AREA_LABELS } from "../scoring/explanation-format";
import { riskLevel } from "../scoring/risk";
import { roundTo } from "../scoring/rounding";
import { SCORE_DECIMALS } from "../scoring/scoring-policy";
import type { SupplierSite } from "../supplier/supplier-site.entity";
import type { Supplier } from "../supplier/supplier.entity";

/** Names the shape of the canonical content: bump it when a field is added, renamed or dropped. */
export const AUDIT_REPORT_FORMAT = "esg-audit-report/1";

export interface ReportItem {
  code: string;
  question: string;
  /** null: no result recorded (an audit not completed yet). */
  result: ItemResult | null;
  note: string | null;
}

export interface ReportArea {
  area: EsgArea;
  label: string;
  /** 0-100, 2 decimals; null when no item of the area is scored (all NOT_APPLICABLE or none). */
  score: number | null;
  scoredItems: number;
  /** In checklist order. */
  items: ReportItem[];
}

export interface ReportFinding {
  /** 1-based, in the order printed (highest risk first). */
  number: number;
  area: EsgArea;
  itemCode: string | null;
  severity: Severity;
  likelihood: number;
  impact: number;
  riskScore: number;
  riskLevel: RiskLevel;
  repeat: boolean;
  description: string;
  capDueDate: string | null;
  dueDate: string | null;
  status: FindingStatus;
  /** At the generation time (SPEC 6), so it is part of what the report says. */
  overdue: boolean;
  correctiveActionStatus: CorrectiveActionStatus | null;
}

/**
 * Everything an audit report prints, in a fixed key order, as plain JSON values (dates as ISO
 * 8601 UTC strings). The PDF renders this object and nothing else of the audit, so its SHA-256
 * (`reportSha256`) identifies what the report says, independently of the PDF's bytes.
 */
export interface AuditReportContent {
  format: typeof AUDIT_REPORT_FORMAT;
  audit: {
    id: string;
    type: AuditType;
    status: AuditStatus;
    plannedDate: string;
    startedAt: string | null;
    completedAt: string | null;
    cancelledAt: string | null;
    cancelReason: string | null;
    auditFirm: string | null;
  };
  supplier: { id: string; name: string; legalName: string | null; country: string };
  site: { name: string; country: string; address: string | null } | null;
  /** The model has one lead auditor per audit and no co-auditors. */
  leadAuditor: { name: string } | null;
  checklist: { name: string; version: number };
  /** The nine ESG areas, in their policy order. */
  areas: ReportArea[];
  findings: ReportFinding[];
}

export interface AuditReportSource {
  audit: Audit;
  supplier: Supplier;
  site: SupplierSite | null;
  leadAuditor: User | null;
  checklist: Checklist;
  /** The checklist's name in the requester's language (English where it has none). */
  checklistName: string;
  /** The checklist's items, in checklist order. */
  items: readonly ChecklistItem[];
  /**
   * Each item's audit question and guidance in the requester's language (English where it has
   * none), by item id.
   */
  itemTexts: ReadonlyMap<string, { question: string; guidance: string }>;
  results: readonly AuditItemResult[];
  /** Highest risk first, as `Audit.findings`. */
  findings: readonly Finding[];
  correctiveActions: ReadonlyMap<string, CorrectiveAction>;
  /** Finding item codes, by item id (items of other checklist versions included). */
  itemCodes: ReadonlyMap<string, string>;
}

const iso = (at: Date | null): string | null => (at ? at.toISOString() : null);

/**
 * The audit's area scores as the standing computes them from the latest completed audit
 * (procurement/standing-inputs.ts): SPEC 7 conformance of each recorded result, weighted by
 * the checklist item's weight; rounded once, for display, as `AreaScore.score` is.
 */
function areaScores(
  items: readonly ChecklistItem[],
  resultOf: ReadonlyMap<string, AuditItemResult>,
) {
  const scored = items.flatMap((item) => {
    const result = resultOf.get(item.id);
    return result
      ? [{ area: item.area, weight: item.weight, value: resultConformance(result.result) }]
      : [];
  });
  return computeAreaScores(scored);
}

/**
 * The guidance printed under each question, by item code. Not part of the content (and its
 * hash): it is the checklist's advice to auditors, not what the audit found.
 */
export function itemGuidance(source: AuditReportSource): Map<string, string> {
  return new Map(
    source.items.flatMap((item) => {
      const guidance = source.itemTexts.get(item.id)?.guidance;
      return guidance ? [[item.code, guidance] as const] : [];
    }),
  );
}

/** The report's content from the loaded rows; `now` decides which findings are overdue. */
export function auditReportContent(source: AuditReportSource, now: Date): AuditReportContent {
  const { audit, supplier, site, checklist, items } = source;
  const resultOf = new Map(source.results.map((result) => [result.itemId, result]));
  const scores = areaScores(items, resultOf);
  return {
    format: AUDIT_REPORT_FORMAT,
    audit: {
      id: audit.id,
      type: audit.type,
      status: audit.status,
      plannedDate: audit.plannedDate.toISOString(),
      startedAt: iso(audit.startedAt),
      completedAt: iso(audit.completedAt),
      cancelledAt: iso(audit.cancelledAt),
      cancelReason: audit.cancelReason,
      auditFirm: audit.auditFirm,
    },
    supplier: {
      id: supplier.id,
      name: supplier.name,
      legalName: supplier.legalName,
      country: supplier.country,
    },
    site: site ? { name: site.name, country: site.country, address: site.address } : null,
    leadAuditor: source.leadAuditor ? { name: source.leadAuditor.name } : null,
    checklist: { name: source.checklistName, version: checklist.version },
    areas: ESG_AREAS.map((area) => {
      const aggregate = scores.get(area);
      return {
        area,
        label: AREA_LABELS[area],
        score: aggregate ? roundTo(aggregate.score, SCORE_DECIMALS) : null,
        scoredItems: aggregate?.itemCount ?? 0,
        items: items
          .filter((item) => item.area === area)
          .map((item) => {
            const result = resultOf.get(item.id);
            return {
              code: item.code,
              question: source.itemTexts.get(item.id)?.question ?? "",
              result: result?.result ?? null,
              note: result?.note ?? null,
            };
          }),
      };
    }),
    findings: source.findings.map((finding, index) => ({
      number: index + 1,
      area: finding.area,
      itemCode: finding.itemId ? (source.itemCodes.get(finding.itemId) ?? null) : null,
      severity: finding.severity,
      likelihood: finding.likelihood,
      impact: finding.impact,
      riskScore: finding.riskScore,
      riskLevel: riskLevel(finding.riskScore),
      repeat: finding.repeat,
      description: finding.description,
      capDueDate: iso(finding.capDueDate),
      dueDate: iso(finding.dueDate),
      status: finding.status,
      overdue: isOverdue(finding.dueDate, finding.status === FindingStatus.CLOSED, now),
      correctiveActionStatus: source.correctiveActions.get(finding.id)?.status ?? null,
    })),
  };
}

/**
 * The canonical content: `JSON.stringify` of the content object, whose keys are always built
 * in the order of `AuditReportContent`, without whitespace, encoded as UTF-8.
 */
export function canonicalJson(content: AuditReportContent): string {
  return JSON.stringify(content);
}

/**
 * The report's "content SHA-256" (docs/audit-report.md): hex SHA-256 of the canonical JSON.
 * A PDF cannot carry the hash of its own bytes, and its bytes change with every generation
 * (time, PDF ids); this hash changes only when what the report says changes.
 */
export function reportSha256(content: AuditReportContent): string {
  return createHash("sha256").update(canonicalJson(content), "utf8").digest("hex");
}
