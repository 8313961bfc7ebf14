/**
 * The audit trail records field names and stored values as they are in the database; these
 * turn them into words: `supplierId` -> "Supplier", `PROCUREMENT` -> "Procurement". The words
 * are the "history" namespace's; a name it does not know is split into English words.
 */
import { currentLocale, i18next } from "../../i18n";
import { formatDateTime } from "../../i18n/format";
import enums from "../../i18n/locales/en/enums.json";
import en from "../../i18n/locales/en/history.json";

type Table = "entity" | "field" | "action" | "role";

function lookup(table: Table, name: string): string | undefined {
  return Object.hasOwn(en[table], name)
    ? i18next.t(`history:${table}.${name}` as never)
    : undefined;
}

const t = (key: string, options?: Record<string, unknown>): string =>
  String(i18next.t(`history:${key}` as never, options as never));

/** Record kinds as the trail names them (`entityType`), in words. */
export function entityWords(entityType: string): string {
  return (
    lookup("entity", entityType) ?? entityType.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase()
  );
}

/** `targetDate` -> "Target date", `block_reason` -> "Block reason". */
export function fieldWords(field: string): string {
  const known = lookup("field", field);
  if (known) return known;
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
  const known = lookup("action", verb);
  if (known) return known;
  const words = verb.replace(/[_.]+/g, " ").trim().toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The role an actor acted in: "auditor", "supplier user". */
export function roleWords(role: string): string {
  return lookup("role", role) ?? role;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const CODE = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;

/** Codes such as TO_ORIGIN read as "To origin"; two-letter ones (countries) stay. */
function codeWords(code: string): string {
  if (code.length <= 3) return code;
  if (currentLocale() !== "en") {
    // An enum value the interface has words for (MAJOR: 重大); English reads the code itself.
    const group = (Object.keys(enums) as (keyof typeof enums)[]).find((name) =>
      Object.hasOwn(enums[name], code),
    );
    if (group) return i18next.t(`enums:${group}.${code}` as never);
  }
  const words = code.replace(/_/g, " ").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** One stored value as a person reads it; nested values as "key: value" lines. */
export function valueWords(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "boolean") return value ? t("value.yes") : t("value.no");
  if (typeof value === "number") return String(value);
  if (value === SESSIONS_OPEN) return t("value.open");
  if (value === SESSIONS_ENDED) return t("value.allEnded");
  if (typeof value === "string") {
    if (UUID.test(value)) return t("value.record", { id: value.slice(0, 8) });
    if (ISO_DATE.test(value)) {
      const date = new Date(value);
      if (!Number.isNaN(date.getTime())) return formatDateTime(date);
    }
    if (CODE.test(value)) return codeWords(value);
    return value;
  }
  if (Array.isArray(value)) {
    return value.length === 0
      ? t("value.none")
      : value.map((item) => valueWords(item)).join(t("value.listJoin"));
  }
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return "—";
    return entries
      .map(([key, inner]) => t("value.pair", { key: fieldWords(key), value: valueWords(inner) }))
      .join(t("value.pairJoin"));
  }
  return String(value);
}

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** The sessions row's values: words of the page, not stored values. */
const SESSIONS_OPEN = Symbol("sessions open");
const SESSIONS_ENDED = Symbol("sessions ended");

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
        return ended ? { field: "sessions", before: SESSIONS_OPEN, after: SESSIONS_ENDED } : null;
      }
      return { field, before: pair.before ?? null, after: pair.after ?? null };
    })
    .filter((change): change is FieldChange => change !== null);
}
