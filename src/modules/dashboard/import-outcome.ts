import type { Locale } from "../../shared/i18n/locale";
import { sentenceText, type SentenceKey } from "../../shared/i18n/sentences";

/** The audit-trail actions of applied imports. */
export const IMPORT_ACTIONS = [
  "suppliers.imported",
  "users.imported",
  "purchases.imported",
  "screeningList.imported",
  "regulatoryListVersion.imported",
  "protected_area_list.imported",
  "material_declaration.imported",
  "third_party_assessment.imported",
] as const;

type ImportAction = (typeof IMPORT_ACTIONS)[number];

const isImportAction = (action: string): action is ImportAction =>
  (IMPORT_ACTIONS as readonly string[]).includes(action);

/** What an import brings in, in words; an unknown action as it is recorded. */
export function importKind(action: string, locale: Locale = "en"): string {
  return isImportAction(action) ? sentenceText(locale, `import.kind.${action}`) : action;
}

type Changes = Record<string, { after?: unknown }>;

/** The outcome an import's audit-trail event recorded, in words. */
export function importOutcome(action: string, changes: Changes, locale: Locale = "en"): string {
  const t = (key: SentenceKey, values?: Record<string, string | number>) =>
    sentenceText(locale, key, values);
  const value = (field: string) => changes[field]?.after;
  const count = (field: string) => {
    const raw = value(field);
    return typeof raw === "number" ? raw : 0;
  };
  const counted = (key: SentenceKey, field: string) => t(key, { count: count(field) });
  switch (action) {
    case "suppliers.imported":
    case "users.imported":
    case "purchases.imported": {
      const parts = [counted("import.inserted", "inserted")];
      if (action !== "purchases.imported") parts.push(counted("import.updated", "updated"));
      if ("skipped" in changes) parts.push(counted("import.skipped", "skipped"));
      return t("import.rowsOutcome", {
        rows: counted("import.rows", "rows"),
        parts: parts.join(t("import.partSeparator")),
      });
    }
    case "screeningList.imported":
      return t("import.screeningList", {
        number: count("number"),
        entries: counted("import.entries", "entries"),
        matches: counted("import.matches", "hitsFound"),
        cleared: count("hitsCleared"),
      });
    case "regulatoryListVersion.imported":
      return t("import.regulatoryList", {
        list: String(value("list") ?? ""),
        label: String(value("label") ?? ""),
        entries: counted("import.entries", "entries"),
        substances: counted("import.newSubstances", "substancesAdded"),
      }).trim();
    case "protected_area_list.imported":
      return t("import.protectedAreas", {
        name: String(value("name") ?? ""),
        version: count("version"),
        areas: counted("import.areas", "areas"),
      });
    case "material_declaration.imported":
      return t("import.materialDeclaration");
    case "third_party_assessment.imported":
      return t("import.thirdPartyAssessment");
    default:
      return t("import.other");
  }
}
