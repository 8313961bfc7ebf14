import { Router } from "express";
import type { Logger } from "pino";
import type { RequestContextFor } from "../../http/request-context-for";

/** GET /reports/audits/:id.pdf (placeholder until the report lands). */
export function auditReportRoutes(_deps: { requestContext: RequestContextFor; logger: Logger }) {
  return Router();
}
