import type { TFunction } from "i18next";
import PDFDocument from "pdfkit";
import type { Locale } from "../../shared/i18n/locale";
import { translator } from "../../shared/i18n/server-i18n";
import type { AuditReportContent, ReportArea, ReportFinding } from "./audit-report.content";
import type { ReportFonts } from "./report-fonts";

/** Who the report is printed for: their language, and each item's guidance in it by code. */
export interface ReportReader {
  locale: Locale;
  guidance?: ReadonlyMap<string, string>;
}

export interface ReportStamp {
  generatedAt: Date;
  /** `reportSha256(content)`, printed in every page's footer. */
  sha256: string;
}

const PAGE = { size: "A4", margin: 50, footerHeight: 30 } as const;
const CELL_PADDING = 3;
const GREY = "#555555";
const RULE = "#cccccc";
const DASH = "—";

type Doc = PDFKit.PDFDocument;

interface Column {
  header: string;
  width: number;
}

/** "NOT_APPLICABLE" -> "Not applicable": enum values as a reader writes them. */
export function words(value: string): string {
  return value.charAt(0) + value.slice(1).toLowerCase().replaceAll("_", " ");
}

const ZH_DAY = new Intl.DateTimeFormat("zh-CN", { dateStyle: "long", timeZone: "UTC" });

/** Dates as the reader's locale writes them; English keeps the ISO forms it always printed. */
function dates(locale: Locale) {
  const zh = locale !== "en";
  const dayOf = (iso: string) => (zh ? ZH_DAY.format(new Date(iso)) : iso.slice(0, 10));
  return {
    day: (iso: string | null): string => (iso ? dayOf(iso) : DASH),
    minute: (iso: string | null): string => (iso ? `${dayOf(iso)} ${iso.slice(11, 16)} UTC` : DASH),
    second: (at: Date): string =>
      `${dayOf(at.toISOString())} ${at.toISOString().slice(11, 19)} UTC`,
  };
}

class ReportWriter {
  readonly doc: Doc;
  private readonly t: TFunction;
  private readonly enums: TFunction;
  private readonly dates: ReturnType<typeof dates>;

  constructor(
    fonts: ReportFonts,
    private readonly content: AuditReportContent,
    private readonly stamp: ReportStamp,
    private readonly reader: ReportReader,
  ) {
    const t = translator(reader.locale, "report");
    this.t = t;
    this.enums = translator(reader.locale, "enums");
    this.dates = dates(reader.locale);
    this.doc = new PDFDocument({
      size: PAGE.size,
      margins: {
        top: PAGE.margin,
        left: PAGE.margin,
        right: PAGE.margin,
        bottom: PAGE.margin + PAGE.footerHeight,
      },
      // Footers are written last, when the page count is known.
      bufferPages: true,
      lang: reader.locale,
      info: {
        Title: t("title", { supplier: content.supplier.name }),
        Subject: t("subject", { id: content.audit.id }),
        Author: t("author"),
        CreationDate: stamp.generatedAt,
      },
    });
    this.doc.registerFont("regular", fonts.regular);
    this.doc.registerFont("bold", fonts.bold);
    this.doc.font("regular");
  }

  /** A code in words: English as the report always printed it, other locales by the enums. */
  private label(group: string, code: string): string {
    if (this.reader.locale === "en") return words(code);
    return group === "riskLevel" ? this.t(`riskLevel.${code}`) : this.enums(`${group}.${code}`);
  }

  private areaLabel(area: ReportArea | undefined, code: string): string {
    if (this.reader.locale === "en") return area?.label ?? code;
    return this.enums(`area.${code}`);
  }

  private get left(): number {
    return this.doc.page.margins.left;
  }

  private get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  private get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  /** A new page unless `height` still fits on this one. */
  private ensureRoom(height: number): void {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  /** Keeps a heading with what follows it: a table's header and first rows, a paragraph. */
  heading(text: string, size = 14): void {
    this.ensureRoom(size * 3 + 80);
    this.doc.moveDown(0.6).font("bold").fontSize(size).fillColor("black");
    this.doc.text(text, this.left, this.doc.y, { width: this.width });
    this.doc.moveDown(0.3).font("regular").fontSize(9);
  }

  paragraph(text: string, options: { size?: number; color?: string; bold?: boolean } = {}): void {
    this.doc
      .font(options.bold ? "bold" : "regular")
      .fontSize(options.size ?? 9)
      .fillColor(options.color ?? "black");
    this.doc.text(text, this.left, this.doc.y, { width: this.width });
    this.doc.font("regular").fillColor("black");
  }

  /**
   * One table row, its cells side by side; the header row is repeated on a new page. A row
   * taller than a page (a 4,000-character note) is written as a block instead, which pdfkit
   * may break across pages.
   */
  private row(columns: Column[], cells: string[], bold: boolean, header?: string[]): void {
    const { doc } = this;
    doc.font(bold ? "bold" : "regular").fontSize(9);
    const heights = cells.map((cell, i) =>
      doc.heightOfString(cell, { width: columns[i].width - 2 * CELL_PADDING }),
    );
    const height = Math.max(...heights) + 2 * CELL_PADDING;
    const pageRoom = this.bottom - doc.page.margins.top;
    if (height > pageRoom - 40) {
      this.ensureRoom(40);
      this.paragraph(columns.map((c, i) => `${c.header}: ${cells[i]}`).join("\n"));
      this.rule();
      return;
    }
    if (doc.y + height > this.bottom) {
      doc.addPage();
      if (header) this.row(columns, header, true);
      doc.font(bold ? "bold" : "regular").fontSize(9);
    }
    const top = doc.y;
    let x = this.left;
    cells.forEach((cell, i) => {
      doc.text(cell, x + CELL_PADDING, top + CELL_PADDING, {
        width: columns[i].width - 2 * CELL_PADDING,
      });
      x += columns[i].width;
    });
    doc.x = this.left;
    doc.y = top + height;
    this.rule();
    doc.font("regular");
  }

  private rule(): void {
    const { doc } = this;
    doc
      .moveTo(this.left, doc.y)
      .lineTo(this.left + this.width, doc.y)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke();
  }

  table(columns: Column[], rows: string[][], options: { header?: boolean } = {}): void {
    const header = options.header === false ? undefined : columns.map((c) => c.header);
    if (header) {
      this.ensureRoom(40);
      this.row(columns, header, true);
    }
    for (const cells of rows) this.row(columns, cells, false, header);
    this.doc.moveDown(0.5);
  }

  /** Widths as shares of the text width. */
  columns(...spec: Array<[header: string, share: number]>): Column[] {
    return spec.map(([header, share]) => ({ header, width: this.width * share }));
  }

  cover(): void {
    const { audit, supplier, site, leadAuditor, checklist } = this.content;
    const { t } = this;
    const { day, minute } = this.dates;
    this.paragraph(t("kicker"), { size: 11, color: GREY });
    this.doc.moveDown(0.2);
    this.paragraph(supplier.name, { size: 20, bold: true });
    if (supplier.legalName) this.paragraph(supplier.legalName, { size: 11 });
    this.doc.moveDown(0.8);
    const site_ = site
      ? [site.name, site.address, site.country].filter((part) => part).join(", ")
      : DASH;
    const rows: string[][] = [
      [t("supplier"), supplier.name],
      [t("legalName"), supplier.legalName ?? DASH],
      [t("country"), supplier.country],
      [t("site"), site_],
      [t("auditType"), this.label("auditType", audit.type)],
      [t("status"), this.label("auditStatus", audit.status)],
      [t("plannedDate"), day(audit.plannedDate)],
      [t("started"), minute(audit.startedAt)],
      [t("completed"), minute(audit.completedAt)],
      ...(audit.cancelledAt
        ? [
            [t("cancelled"), minute(audit.cancelledAt)],
            [t("cancelReason"), audit.cancelReason ?? DASH],
          ]
        : []),
      [t("leadAuditor"), leadAuditor?.name ?? DASH],
      [t("auditFirm"), audit.auditFirm ?? DASH],
      [t("checklist"), t("checklistVersion", checklist)],
      [t("auditId"), audit.id],
    ];
    this.table(this.columns([t("field"), 0.25], [t("value"), 0.75]), rows, { header: false });
  }

  areaScores(): void {
    const { t } = this;
    this.heading(t("areaScores"));
    this.paragraph(t("areaScoresHelp"), { color: GREY, size: 8 });
    this.doc.moveDown(0.3);
    this.table(
      this.columns([t("area"), 0.6], [t("score"), 0.2], [t("scoredItems"), 0.2]),
      this.content.areas.map((area) => [
        this.areaLabel(area, area.area),
        area.score === null ? t("notScored") : area.score.toFixed(2),
        String(area.scoredItems),
      ]),
    );
  }

  private areaResults(area: ReportArea, index: number): void {
    const { t } = this;
    const score =
      area.score === null ? t("notScored") : t("areaScore", { score: area.score.toFixed(2) });
    this.heading(
      t("areaHeading", { number: index + 1, area: this.areaLabel(area, area.area), score }),
      11,
    );
    if (area.items.length === 0) {
      this.paragraph(t("noItems"), { color: GREY });
      return;
    }
    this.table(
      this.columns([t("code"), 0.1], [t("question"), 0.44], [t("result"), 0.14], [t("note"), 0.32]),
      area.items.map((item) => {
        const guidance = this.reader.guidance?.get(item.code);
        return [
          item.code,
          guidance ? `${item.question}\n${guidance}` : item.question,
          item.result ? this.label("itemResult", item.result) : t("notRecorded"),
          item.note ?? "",
        ];
      }),
    );
  }

  results(): void {
    this.doc.addPage();
    this.heading(this.t("checklistResults"), 14);
    this.content.areas.forEach((area, index) => this.areaResults(area, index));
  }

  private finding(finding: ReportFinding): void {
    const { t } = this;
    const { day } = this.dates;
    const area = this.areaLabel(
      this.content.areas.find((a) => a.area === finding.area),
      finding.area,
    );
    this.ensureRoom(70);
    this.doc.moveDown(0.4);
    this.paragraph(
      `F${finding.number}  ${this.label("severity", finding.severity)} · ${area}` +
        `${finding.itemCode ? ` · ${t("item", { code: finding.itemCode })}` : ""}` +
        `${finding.repeat ? ` · ${t("repeatFinding")}` : ""}`,
      { bold: true, size: 10 },
    );
    this.paragraph(
      t("risk", {
        likelihood: finding.likelihood,
        impact: finding.impact,
        score: finding.riskScore,
        level: this.label("riskLevel", finding.riskLevel),
      }),
    );
    this.doc.moveDown(0.2);
    this.paragraph(finding.description);
    this.doc.moveDown(0.2);
    this.paragraph(
      [
        t("capDue", { day: day(finding.capDueDate) }),
        t("due", { day: day(finding.dueDate) }),
        t("findingStatus", { status: this.label("findingStatus", finding.status) }),
        t("overdue", { value: t(finding.overdue ? "yes" : "no") }),
        t("correctiveAction", {
          status: finding.correctiveActionStatus
            ? this.label("capStatus", finding.correctiveActionStatus)
            : t("noneYet"),
        }),
      ].join(" · "),
      { color: GREY },
    );
    this.doc.moveDown(0.3);
    this.rule();
  }

  findings(): void {
    this.doc.addPage();
    const { findings } = this.content;
    this.heading(this.t("findings", { count: findings.length }), 14);
    if (findings.length === 0) {
      this.paragraph(this.t("noFindings"), { color: GREY });
      return;
    }
    this.paragraph(this.t("findingsHelp"), { color: GREY, size: 8 });
    for (const finding of findings) this.finding(finding);
  }

  about(): void {
    this.doc.moveDown(1.5);
    this.paragraph(this.t("about"), { color: GREY, size: 8 });
  }

  /** Page number, generation time and content hash at the foot of every page. */
  footers(): void {
    const { doc } = this;
    const range = doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      const margins = doc.page.margins;
      const bottomMargin = margins.bottom;
      // Writing inside the bottom margin would make pdfkit open a new page.
      margins.bottom = 0;
      const y = doc.page.height - PAGE.margin - PAGE.footerHeight / 2;
      doc.font("regular").fontSize(7).fillColor(GREY);
      doc.text(this.t("footerHash", { sha256: this.stamp.sha256 }), this.left, y, {
        width: this.width,
        lineBreak: false,
      });
      doc.text(this.t("footerPage", { page: i + 1, count: range.count }), this.left, y, {
        width: this.width,
        align: "right",
        lineBreak: false,
      });
      doc.text(
        this.t("footerGenerated", {
          at: this.dates.second(this.stamp.generatedAt),
          id: this.content.audit.id,
        }),
        this.left,
        y + 10,
        { width: this.width, lineBreak: false },
      );
      margins.bottom = bottomMargin;
    }
  }
}

/**
 * Renders the report into a pdfkit document and ends it: the caller pipes the returned stream
 * (pdfkit buffers the pages until `end`, then emits the file). Everything printed comes from
 * `content`, apart from the stamp: page numbers, generation time and the content hash.
 */
export function renderAuditReport(
  content: AuditReportContent,
  stamp: ReportStamp,
  fonts: ReportFonts,
  reader: ReportReader = { locale: "en" },
): Doc {
  const writer = new ReportWriter(fonts, content, stamp, reader);
  writer.cover();
  writer.areaScores();
  writer.results();
  writer.findings();
  writer.about();
  writer.footers();
  writer.doc.end();
  return writer.doc;
}
