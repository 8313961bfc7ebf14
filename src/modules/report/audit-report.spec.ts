import { ESG_AREAS, EsgArea } from "../../shared/domain/esg-area.enum";
import {
  FindingStatus,
  ItemResult,
  RiskLevel,
  Severity,
  AuditStatus,
  AuditType,
} from "../../shared/domain/audit.enums";
import { AREA_LABELS } from "../scoring/explanation-format";
import { AUDIT_REPORT_FORMAT, reportSha256, type AuditReportContent } from "./audit-report.content";
import { renderAuditReport, words } from "./audit-report.pdf";
import { reportFileName } from "./audit-report.routes";
import { reportFonts } from "./report-fonts";

function content(overrides: Partial<AuditReportContent> = {}): AuditReportContent {
  return {
    format: AUDIT_REPORT_FORMAT,
    audit: {
      id: "1a2b3c4d-0000-4000-8000-000000000000",
      type: AuditType.PERIODIC,
      status: AuditStatus.COMPLETED,
      plannedDate: "2026-05-18T00:00:00.000Z",
      startedAt: "2026-05-18T08:00:00.000Z",
      completedAt: "2026-05-20T16:30:00.000Z",
      cancelledAt: null,
      cancelReason: null,
      auditFirm: null,
    },
    supplier: { id: "s1", name: "Sunrise Polysilicon Co.", legalName: null, country: "CN" },
    site: { name: "Leshan plant", country: "CN", address: "Leshan, Sichuan" },
    leadAuditor: { name: "Arne Auditor" },
    checklist: { name: "Supplier ESG audit checklist", version: 1 },
    areas: ESG_AREAS.map((area) => ({
      area,
      label: AREA_LABELS[area],
      score: 100,
      scoredItems: 1,
      items: [
        { code: `${area.slice(0, 2)}-01`, question: "Q?", result: ItemResult.CONFORMS, note: null },
      ],
    })),
    findings: [],
    ...overrides,
  };
}

async function pdfOf(report: AuditReportContent): Promise<Buffer> {
  const doc = renderAuditReport(
    report,
    { generatedAt: new Date("2026-06-01T09:00:00Z"), sha256: reportSha256(report) },
    await reportFonts(),
  );
  const chunks: Buffer[] = [];
  for await (const chunk of doc) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe("reportSha256", () => {
  it("is the SHA-256 of the canonical JSON: same content, same hash; any change, another", () => {
    const base = reportSha256(content());
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(reportSha256(content())).toBe(base);
    const renamed = content();
    renamed.supplier.name = "Sunrise Polysilicon Co., Ltd.";
    expect(reportSha256(renamed)).not.toBe(base);
  });
});

describe("reportFileName", () => {
  it.each([
    ["Sunrise Polysilicon Co.", "audit-sunrise-polysilicon-co-2026-05-20-1a2b3c4d.pdf"],
    ["Ålborg Glas A/S", "audit-alborg-glas-a-s-2026-05-20-1a2b3c4d.pdf"],
    ["江苏光伏材料有限公司", "audit-2026-05-20-1a2b3c4d.pdf"],
    ['"; rm -rf / \r\n', "audit-rm-rf-2026-05-20-1a2b3c4d.pdf"],
  ])("%s -> %s", (name, expected) => {
    const report = content();
    report.supplier.name = name;
    expect(reportFileName(report)).toBe(expected);
  });
});

describe("words", () => {
  it.each([
    ["NOT_APPLICABLE", "Not applicable"],
    ["ZERO_TOLERANCE", "Zero tolerance"],
    ["HIGH", "High"],
  ])("%s -> %s", (value, expected) => expect(words(value)).toBe(expected));
});

describe("renderAuditReport", () => {
  it("renders the largest report an audit can hold: 4,000-character notes, 200 findings", async () => {
    const long = "长文本 long text ".repeat(300).slice(0, 4000);
    const report = content({
      areas: content().areas.map((area) => ({
        ...area,
        items: area.items.map((item) => ({ ...item, note: long, question: long.slice(0, 500) })),
      })),
      findings: Array.from({ length: 200 }, (_, i) => ({
        number: i + 1,
        area: EsgArea.HEALTH_AND_SAFETY,
        itemCode: "HS-01",
        severity: Severity.MAJOR,
        likelihood: 4,
        impact: 4,
        riskScore: 16,
        riskLevel: RiskLevel.HIGH,
        repeat: false,
        description: long,
        capDueDate: "2026-06-15T00:00:00.000Z",
        dueDate: "2026-08-30T00:00:00.000Z",
        status: FindingStatus.OPEN,
        overdue: false,
        correctiveActionStatus: null,
      })),
    });
    const pdf = await pdfOf(report);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    // Subset fonts: far below the 20 MB of the two font files.
    expect(pdf.length).toBeLessThan(5_000_000);
  }, 60_000);
});
