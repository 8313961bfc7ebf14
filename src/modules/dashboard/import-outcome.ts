/** The audit-trail actions of applied imports, with what each imports in words. */
export const IMPORT_KINDS: Readonly<Record<string, string>> = {
  "suppliers.imported": "Suppliers",
  "users.imported": "Users",
  "purchases.imported": "Purchases",
  "screeningList.imported": "Screening list",
  "regulatoryListVersion.imported": "Regulatory substance list",
  "protected_area_list.imported": "Protected areas",
  "material_declaration.imported": "Material declaration (IPC-1752A)",
  "third_party_assessment.imported": "Third-party assessment result",
};

type Changes = Record<string, { after?: unknown }>;

const plural = (count: number, one: string, many = `${one}s`) =>
  `${count} ${count === 1 ? one : many}`;

/** The outcome an import's audit-trail event recorded, in words. */
export function importOutcome(action: string, changes: Changes): string {
  const value = (field: string) => changes[field]?.after;
  const count = (field: string) => {
    const raw = value(field);
    return typeof raw === "number" ? raw : 0;
  };
  switch (action) {
    case "suppliers.imported":
    case "users.imported":
    case "purchases.imported": {
      const parts = [`${count("inserted")} new`];
      if (action !== "purchases.imported") parts.push(`${count("updated")} updated`);
      if ("skipped" in changes) parts.push(`${count("skipped")} skipped`);
      return `${plural(count("rows"), "row")}: ${parts.join(", ")}`;
    }
    case "screeningList.imported":
      return (
        `Version ${count("number")}, ${plural(count("entries"), "entry", "entries")}: ` +
        `${plural(count("hitsFound"), "match", "matches")} found, ${count("hitsCleared")} cleared`
      );
    case "regulatoryListVersion.imported":
      return (
        `${String(value("list") ?? "")} ${String(value("label") ?? "")}: ` +
        `${plural(count("entries"), "entry", "entries")}, ` +
        `${plural(count("substancesAdded"), "new substance")}`
      ).trim();
    case "protected_area_list.imported":
      return `${String(value("name") ?? "")} version ${count("version")}: ${plural(count("areas"), "area")}`;
    case "material_declaration.imported":
      return "One declaration read from the file";
    case "third_party_assessment.imported":
      return "One result entered with its report";
    default:
      return "Imported";
  }
}
