import { Router } from "express";
import { localizeFormattedError } from "../../graphql/format-error";
import { DEFAULT_LOCALE, negotiateLocale } from "../../shared/i18n/locale";
import { XLSX_TYPE } from "../../shared/spreadsheet";
import { templateCsv, templateXlsx } from "../../shared/table-template";
import { USER_TEMPLATE_EXAMPLE, USER_TEMPLATE_HEADERS } from "../identity/user-import";
import { SUPPLIER_TEMPLATE_EXAMPLE, SUPPLIER_TEMPLATE_HEADERS } from "./supplier-import";

const TEMPLATES: Record<string, readonly (readonly string[])[]> = {
  suppliers: [SUPPLIER_TEMPLATE_HEADERS, SUPPLIER_TEMPLATE_EXAMPLE],
  users: [USER_TEMPLATE_HEADERS, USER_TEMPLATE_EXAMPLE],
};

/**
 * GET /imports/templates/{suppliers,users}.{csv,xlsx}: the bulk imports' templates (the exact
 * headers and an example row). No token needed: a template holds no data of the portal.
 */
export function importTemplateRoutes(): Router {
  const router = Router();
  router.get("/imports/templates/:file", async (req, res) => {
    const match = /^(suppliers|users)\.(csv|xlsx)$/.exec(req.params.file);
    if (!match) {
      // No token needed, so no context: the request's Accept-Language says the language.
      const locale = negotiateLocale(req.header("accept-language")) ?? DEFAULT_LOCALE;
      res.status(404).json({
        errors: [
          localizeFormattedError(
            {
              message: "No such template: suppliers or users, .csv or .xlsx",
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
