import { translateExplanations, translateLines } from "../../shared/i18n/explanations";
import { plainToInstance } from "class-transformer";
import { validate } from "class-validator";
import { stringify } from "csv-stringify";
import type { Request, Response } from "express";
import type { RequestContext } from "../../graphql/context";
import { flattenValidationErrors } from "../../graphql/validation";
import { sendErrorResponse } from "../../http/error-response";
import { neutraliseCell } from "../../shared/csv";
import { badInput } from "../../shared/errors";
import { translator } from "../../shared/i18n/server-i18n";
import { requireRole } from "../identity/access";
import { PROCUREMENT_PERMISSIONS } from "./procurement.permissions";
import { listRankings } from "./ranking.service";
import { RankingFilter } from "./ranking.types";

/** The columns in order; the header row names them in the requester's language. */
export const RANKING_EXPORT_COLUMNS = [
  "rank",
  "supplier_id",
  "supplier",
  "country",
  "status",
  "status_reasons",
  "grade",
  "esg_score",
  "priority_score",
  "explanation",
] as const;

/** One statement per page: the ranking, its suppliers and their status reasons. */
const EXPORT_PAGE = { maxPageSize: 500, statusReasons: true };

// Kept importable from here: the output-hardening test names it by this module.
export { neutraliseCell };

async function filterFrom(query: Request["query"]): Promise<RankingFilter> {
  const text = (name: string) =>
    typeof query[name] === "string" && query[name] !== "" ? (query[name] as string) : undefined;
  const filter = plainToInstance(RankingFilter, {
    categoryId: text("categoryId"),
    country: text("country"),
    minGrade: text("minGrade"),
    statuses: text("statuses")?.split(","),
  });
  const problems = flattenValidationErrors(
    await validate(filter, { skipMissingProperties: true }),
    "",
  );
  if (problems.length > 0) throw badInput(problems);
  return filter;
}

/**
 * GET /exports/rankings.csv: the same ranking, filters, token and visibility as
 * `supplierRankings`, streamed page by page so memory stays flat for any supplier count.
 */
export async function exportRankingsCsv(
  ctx: RequestContext,
  req: Request,
  res: Response,
): Promise<void> {
  try {
    requireRole(ctx, ...PROCUREMENT_PERMISSIONS.supplierRankings);
    const filter = await filterFrom(req.query);
    let page = await listRankings(ctx, filter, undefined, undefined, EXPORT_PAGE);
    res.status(200);
    res.setHeader("content-type", "text/csv; charset=utf-8");
    res.setHeader("content-disposition", 'attachment; filename="supplier-rankings.csv"');
    res.setHeader("cache-control", "no-store");
    // The BOM makes Excel read the file as UTF-8 (CJK supplier names), not in the locale's code page.
    const t = translator(ctx.locale, "csv");
    const csv = stringify({
      bom: true,
      header: true,
      // Headers in the requester's language; cells keep codes (country, status, grade).
      columns: RANKING_EXPORT_COLUMNS.map((column) => t(`rankings.${column}`)),
    });
    csv.pipe(res);
    for (;;) {
      for (const { node } of page.edges) {
        // Sentences in the requester's language too; the codes beside them stay codes.
        const reasons = translateExplanations(node.statusReasons ?? [], ctx.locale);
        const cells = [
          node.rank,
          node.supplier.id,
          node.supplier.name,
          node.supplier.country,
          node.status,
          reasons.join("; "),
          node.grade,
          node.esgScore,
          node.priorityScore,
          translateLines(node.explanation, ctx.locale)
            .map((line) => `${line.label}: ${line.points}`)
            .join("; "),
        ];
        csv.write(cells.map(neutraliseCell));
      }
      if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) break;
      page = await listRankings(ctx, filter, undefined, page.pageInfo.endCursor, EXPORT_PAGE);
    }
    csv.end();
  } catch (error) {
    sendErrorResponse(res, error, ctx.logger, "ranking export", ctx.locale);
  }
}
