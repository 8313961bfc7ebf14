import { Router } from "express";
import { localizeFormattedError } from "../../graphql/format-error";
import { DEFAULT_LOCALE, negotiateLocale } from "../../shared/i18n/locale";
import { XLSX_TYPE } from "../../shared/spreadsheet";
import { templateCsv, templateXlsx } from "../../shared/table-template";
import {
  ENTITY_TEMPLATE_EXAMPLE,
  ENTITY_TEMPLATE_HEADERS,
  REGION_TEMPLATE_EXAMPLE,
  REGION_TEMPLATE_HEADERS,
} from "./screening-import";

const TEMPLATES: Record<string, readonly (readonly string[])[]> = {
  "restricted-entities": [ENTITY_TEMPLATE_HEADERS, ENTITY_TEMPLATE_EXAMPLE],
  "high-risk-regions": [REGION_TEMPLATE_HEADERS, REGION_TEMPLATE_EXAMPLE],
};

/**
 * GET /imports/templates/screening/{restricted-entities,high-risk-regions}.{csv,xlsx}: the
 * screening lists' templates (headers and a fictional example row). No token needed: a
 * template holds no data of the portal.
 */
export function screeningTemplateRoutes(): Router {
  const router = Router();
  router.get("/imports/templates/screening/:file", async (req, res) => {
    const match = /^(restricted-entities|high-risk-regions)\.(csv|xlsx)$/.exec(req.params.file);
    if (!match) {
      // No token needed, so no context: the request's Accept-Language says the language.
      const locale = negotiateLocale(req.header("accept-language")) ?? DEFAULT_LOCALE;
      res.status(404).json({
        errors: [
          localizeFormattedError(
            {
              message: "No such template: restricted-entities or high-risk-regions, .csv or .xlsx",
              extensions: { code: "NOT_FOUND" },
            },
            locale,
          ),
        ],
      });
      return;
    }
    const [, name, format] = match;
    const rows = TEMPLATES[name];
    const body = format === "csv" ? templateCsv(rows) : await templateXlsx(name, rows);
    res.status(200);
    res.setHeader("content-type", format === "csv" ? "text/csv; charset=utf-8" : XLSX_TYPE);
    res.setHeader("content-disposition", `attachment; filename="${name}-template.${format}"`);
    res.setHeader("cache-control", "public, max-age=3600");
    res.send(body);
  });
  return router;
}
