import PDFDocument from "pdfkit";
import type { AuditReportContent, ReportArea, ReportFinding } from "./audit-report.content";
import type { ReportFonts } from "./report-fonts";

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

const day = (iso: string | null): string => (iso ? iso.slice(0, 10) : DASH);
const minute = (iso: string | null): string =>
  iso ? `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` : DASH;
const second = (at: Date): string => `${at.toISOString().slice(0, 19).replace("T", " ")} UTC`;

class ReportWriter {
  readonly doc: Doc;

  constructor(
    fonts: ReportFonts,
    private readonly content: AuditReportContent,
    private readonly stamp: ReportStamp,
  ) {
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
      lang: "en",
      info: {
        Title: `ESG audit report: ${content.supplier.name}`,
        Subject: `Audit ${content.audit.id}`,
        Author: "Supplier ESG audit portal",
        CreationDate: stamp.generatedAt,
      },
    });
    this.doc.registerFont("regular", fonts.regular);
    this.doc.registerFont("bold", fonts.bold);
    this.doc.font("regular");
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
    this.paragraph("Supplier ESG audit report", { size: 11, color: GREY });
    this.doc.moveDown(0.2);
    this.paragraph(supplier.name, { size: 20, bold: true });
    if (supplier.legalName) this.paragraph(supplier.legalName, { size: 11 });
    this.doc.moveDown(0.8);
    const site_ = site
      ? [site.name, site.address, site.country].filter((part) => part).join(", ")
      : DASH;
    const rows: string[][] = [
      ["Supplier", supplier.name],
      ["Legal name", supplier.legalName ?? DASH],
      ["Country", supplier.country],
      ["Site", site_],
      ["Audit type", words(audit.type)],
      ["Status", words(audit.status)],
      ["Planned date", day(audit.plannedDate)],
      ["Started", minute(audit.startedAt)],
      ["Completed", minute(audit.completedAt)],
      ...(audit.cancelledAt
        ? [
            ["Cancelled", minute(audit.cancelledAt)],
            ["Cancel reason", audit.cancelReason ?? DASH],
          ]
        : []),
      ["Lead auditor", leadAuditor?.name ?? DASH],
      ["Audit firm", audit.auditFirm ?? DASH],
      ["Checklist", `${checklist.name}, version ${checklist.version}`],
      ["Audit id", audit.id],
    ];
    this.table(this.columns(["Field", 0.25], ["Value", 0.75]), rows, { header: false });
  }

  areaScores(): void {
    this.heading("Area scores");
    this.paragraph(
      "Score 0-100 per ESG area: conformance of each recorded result (conforms 1, partial 0.5, " +
        "nonconforms 0) weighted by the checklist item's weight; not applicable items are left " +
        "out. These are the audit's own scores: the supplier's ESG score deducts points for open " +
        "findings from them.",
      { color: GREY, size: 8 },
    );
    this.doc.moveDown(0.3);
    this.table(
      this.columns(["Area", 0.6], ["Score", 0.2], ["Scored items", 0.2]),
      this.content.areas.map((area) => [
        area.label,
        area.score === null ? "not scored" : area.score.toFixed(2),
        String(area.scoredItems),
      ]),
    );
  }

  private areaResults(area: ReportArea, index: number): void {
    const score = area.score === null ? "not scored" : `score ${area.score.toFixed(2)}`;
    this.heading(`${index + 1}. ${area.label} (${score})`, 11);
    if (area.items.length === 0) {
      this.paragraph("No checklist item in this area.", { color: GREY });
      return;
    }
    this.table(
      this.columns(["Code", 0.1], ["Question", 0.44], ["Result", 0.14], ["Note", 0.32]),
      area.items.map((item) => [
        item.code,
        item.question,
        item.result ? words(item.result) : "not recorded",
        item.note ?? "",
      ]),
    );
  }

  results(): void {
    this.doc.addPage();
    this.heading("Checklist results", 14);
    this.content.areas.forEach((area, index) => this.areaResults(area, index));
  }

  private finding(finding: ReportFinding): void {
    const area = this.content.areas.find((a) => a.area === finding.area)?.label ?? finding.area;
    this.ensureRoom(70);
    this.doc.moveDown(0.4);
    this.paragraph(
      `F${finding.number}  ${words(finding.severity)} · ${area}` +
        `${finding.itemCode ? ` · item ${finding.itemCode}` : ""}${finding.repeat ? " · repeat finding" : ""}`,
      { bold: true, size: 10 },
    );
    this.paragraph(
      `Risk: likelihood ${finding.likelihood} x impact ${finding.impact} = ${finding.riskScore} ` +
        `(${words(finding.riskLevel)})`,
    );
    this.doc.moveDown(0.2);
    this.paragraph(finding.description);
    this.doc.moveDown(0.2);
    this.paragraph(
      [
        `CAP due ${day(finding.capDueDate)}`,
        `due ${day(finding.dueDate)}`,
        `status ${words(finding.status)}`,
        `overdue ${finding.overdue ? "yes" : "no"}`,
        `corrective action ${finding.correctiveActionStatus ? words(finding.correctiveActionStatus) : "none yet"}`,
      ].join(" · "),
      { color: GREY },
    );
    this.doc.moveDown(0.3);
    this.rule();
  }

  findings(): void {
    this.doc.addPage();
    const { findings } = this.content;
    this.heading(`Findings (${findings.length})`, 14);
    if (findings.length === 0) {
      this.paragraph("No findings recorded.", { color: GREY });
      return;
    }
    this.paragraph("Highest risk first. Overdue: open and past its due date at generation time.", {
      color: GREY,
      size: 8,
    });
    for (const finding of findings) this.finding(finding);
  }

  about(): void {
    this.doc.moveDown(1.5);
    this.paragraph(
      "Content SHA-256: the SHA-256 of this report's canonical content (the UTF-8 JSON of the " +
        "data printed here, without page numbers, generation time and the hash itself), also " +
        "sent as the x-report-sha256 header of the download. It is the same for every copy " +
        "that says the same, whatever the PDF's bytes.",
      { color: GREY, size: 8 },
    );
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
      doc.text(`Content SHA-256: ${this.stamp.sha256}`, this.left, y, {
        width: this.width,
        lineBreak: false,
      });
      doc.text(`Page ${i + 1} of ${range.count}`, this.left, y, {
        width: this.width,
        align: "right",
        lineBreak: false,
      });
      doc.text(
        `Generated ${second(this.stamp.generatedAt)} · audit ${this.content.audit.id}`,
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
): Doc {
  const writer = new ReportWriter(fonts, content, stamp);
  writer.cover();
  writer.areaScores();
  writer.results();
  writer.findings();
  writer.about();
  writer.footers();
  writer.doc.end();
  return writer.doc;
}
