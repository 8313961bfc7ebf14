/**
 * The audit trail records field names and stored values as they are in the database; these
 * turn them into words: `supplierId` -> "Supplier", `PROCUREMENT` -> "Procurement".
 */

/** Record kinds as the trail names them (`entityType`), in words. */
const ENTITY_WORDS: Record<string, string> = {
  MaterialCategory: "material category",
  CategoryTierSet: "supply-chain tiers of category",
  SelfAssessment: "self-assessment",
  CorrectiveAction: "corrective action",
  ApiToken: "API token",
  SupplyChainMap: "supply-chain map",
  RiskEntry: "risk register entry",
  MaterialDeclaration: "material declaration",
  PriorityAdjustment: "priority adjustment",
};

/** Field names whose generic spelling would read badly. */
const FIELD_WORDS: Record<string, string> = {
  supplierId: "Supplier",
  categoryId: "Category",
  leadAuditorId: "Lead auditor",
  checklistId: "Checklist",
  siteId: "Site",
  itemId: "Checklist item",
  auditId: "Audit",
  userId: "User",
  active: "Active",
  mustChangePassword: "Must change the password",
  riskScore: "Risk score",
  capDueDate: "Corrective-action plan due",
  dueDate: "Due",
  externalId: "External id",
  legalName: "Legal name",
  registrationNumber: "Registration number",
  contactEmail: "Contact e-mail",
};

export function entityWords(entityType: string): string {
  if (ENTITY_WORDS[entityType]) return ENTITY_WORDS[entityType];
  return entityType.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}

/** `targetDate` -> "Target date", `block_reason` -> "Block reason". */
export function fieldWords(field: string): string {
  if (FIELD_WORDS[field]) return FIELD_WORDS[field];
  const words = field
    .replace(/Id$/, "")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_.]+/g, " ")
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** `user.role_changed` -> "Role changed", `supplier.created` -> "Created". */
export function actionWords(action: string): string {
  const verb = action.includes(".") ? action.slice(action.indexOf(".") + 1) : action;
  const words = verb.replace(/[_.]+/g, " ").trim().toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const CODE = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;

/** Codes such as TO_ORIGIN read as "To origin"; two-letter ones (countries) stay. */
function codeWords(code: string): string {
  if (code.length <= 3) return code;
  const words = code.replace(/_/g, " ").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** One stored value as a person reads it; nested values as "key: value" lines. */
export function valueWords(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") {
    if (UUID.test(value)) return `record ${value.slice(0, 8)}…`;
    if (ISO_DATE.test(value)) {
      const date = new Date(value);
      if (!Number.isNaN(date.getTime())) {
        return date.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" });
      }
    }
    if (CODE.test(value)) return codeWords(value);
    return value;
  }
  if (Array.isArray(value)) {
    return value.length === 0 ? "none" : value.map((item) => valueWords(item)).join("; ");
  }
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return "—";
    return entries.map(([key, inner]) => `${fieldWords(key)}: ${valueWords(inner)}`).join(", ");
  }
  return String(value);
}

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** Bookkeeping every change bumps: it says nothing a reader needs. */
const NOISE = new Set(["id", "version", "updatedAt", "createdAt"]);

/** The trail's `changes` ({ field: { before, after } }) as rows, in the order recorded. */
export function fieldChanges(changes: unknown): FieldChange[] {
  if (!changes || typeof changes !== "object") return [];
  return Object.entries(changes as Record<string, unknown>)
    .filter(([field]) => !NOISE.has(field))
    .map(([field, change]): FieldChange | null => {
      const pair = (change ?? {}) as { before?: unknown; after?: unknown };
      // A new token generation is how every session of the user was ended.
      if (field === "tokenGeneration") {
        const ended =
          typeof pair.before === "number" &&
          typeof pair.after === "number" &&
          pair.after > pair.before;
        return ended ? { field: "sessions", before: "open", after: "all ended" } : null;
      }
      return { field, before: pair.before ?? null, after: pair.after ?? null };
    })
    .filter((change): change is FieldChange => change !== null);
}
