import { Router } from "express";
import type { Logger } from "pino";
import { sendErrorResponse } from "../../http/error-response";
import type { Locale } from "../../shared/i18n/locale";
import type { RequestContextFor } from "../../http/request-context-for";
import {
  auditReportContent,
  itemGuidance,
  reportSha256,
  type AuditReportContent,
} from "./audit-report.content";
import { loadAuditReport } from "./audit-report.data";
import { renderAuditReport } from "./audit-report.pdf";
import { reportFonts } from "./report-fonts";

/**
 * `audit-sunrise-polysilicon-co-2026-05-20-1a2b3c4d.pdf`: the supplier's name in ASCII (a
 * Chinese name leaves nothing: the day and id remain), the completion or planned day and the
 * start of the audit id, so two downloads of different audits never share a name.
 */
export function reportFileName(content: AuditReportContent): string {
  const slug = content.supplier.name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
  const day = (content.audit.completedAt ?? content.audit.plannedDate).slice(0, 10);
  return ["audit", slug, day, content.audit.id.slice(0, 8)].filter(Boolean).join("-") + ".pdf";
}

/**
 * GET /reports/audits/:id.pdf: an audit's report as a PDF (docs/audit-report.md), for whoever
 * may read the audit (`audit(id)`'s visibility: NOT_FOUND for anything else), with the bearer
 * token of the GraphQL API. Errors answer in the GraphQL JSON shape (src/http/error-response.ts).
 */
export function auditReportRoutes(deps: { requestContext: RequestContextFor; logger: Logger }) {
  const router = Router();
  router.get("/reports/audits/:id.pdf", async (req, res) => {
    let logger = deps.logger;
    let locale: Locale | undefined;
    try {
      const ctx = await deps.requestContext(req, res);
      logger = ctx.logger;
      locale = ctx.locale;
      const source = await loadAuditReport(ctx, req.params.id);
      const generatedAt = ctx.clock.now();
      const content = auditReportContent(source, generatedAt);
      const sha256 = reportSha256(content);
      // Rendered before any header is sent: a failure still answers with a JSON error.
      // In the requester's language (the questions in the content already are).
      const doc = renderAuditReport(content, { generatedAt, sha256 }, await reportFonts(), {
        locale: ctx.locale,
        guidance: itemGuidance(source),
      });
      res.status(200);
      res.setHeader("content-type", "application/pdf");
      res.setHeader("content-disposition", `attachment; filename="${reportFileName(content)}"`);
      res.setHeader("cache-control", "no-store");
      res.setHeader("x-report-sha256", sha256);
      doc.on("error", (error: unknown) =>
        sendErrorResponse(res, error, logger, "audit report", locale),
      );
      doc.pipe(res);
    } catch (error) {
      sendErrorResponse(res, error, logger, "audit report", locale);
    }
  });
  return router;
}
