/**
 * The API's field problems (`extensions.fields`: a path like `input.targetDate` and a message
 * like "must be longer than or equal to 1 characters") in words for people: the field's label
 * instead of its internal name, and validator wording replaced by plain sentences. Every form
 * shows field errors through these two functions (components/ui.tsx).
 */

/** Labels for field names the API uses in several forms; others are split from camelCase. */
const FIELD_LABELS: Record<string, string> = {
  itemId: "Checklist item",
  supplierId: "Supplier",
  checklistId: "Checklist",
  leadAuditorId: "Lead auditor",
  siteId: "Site",
  categoryId: "Material category",
  documentId: "Document",
  plannedDate: "Planned date",
  targetDate: "Target date",
  auditFirm: "Audit firm",
  rootCause: "Root cause",
  expectedVersion: "Version",
  url: "Web address",
  email: "E-mail",
  validFrom: "Valid from",
  validTo: "Valid until",
  confirmPassword: "Repeated password",
};

const ENUM_WORDS: Record<string, string> = {
  ZERO_TOLERANCE: "zero tolerance",
  MANAGEMENT_SYSTEM: "management system",
  CHILD_AND_FORCED_LABOUR: "child and forced labour",
  NON_DISCRIMINATION: "non-discrimination",
  WAGES_AND_BENEFITS: "wages and benefits",
  WORKING_HOURS: "working hours",
  HEALTH_AND_SAFETY: "health and safety",
  ENVIRONMENT: "environment",
  BUSINESS_ETHICS: "business ethics",
  FREEDOM_OF_ASSOCIATION: "freedom of association",
};

/** "targetDate" -> "target date", "leadAuditorId" -> "lead auditor". */
function words(name: string): string {
  return name
    .replace(/Id$/, "")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .toLowerCase();
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * What a field is called, from its path: `input.targetDate` -> "Target date",
 * `input.sites.0.country` -> "Site 1: country", `items.CFL-01` -> "Item CFL-01".
 */
export function fieldLabel(path: string): string {
  const parts = path.split(".").filter((part) => part !== "input" && part !== "filter");
  if (parts.length === 0) return "This field";
  const out: string[] = [];
  for (let i = 0; i < parts.length; i += 1) {
    const part = parts[i];
    const next = parts[i + 1];
    if (next !== undefined && /^\d+$/.test(next)) {
      out.push(`${capitalise(words(part).replace(/s$/, ""))} ${Number(next) + 1}`);
      i += 1;
    } else if (part === "items" && next !== undefined) {
      out.push(`Item ${next}`);
      i += 1;
    } else {
      out.push(FIELD_LABELS[part] ?? capitalise(words(part)));
    }
  }
  return out.join(": ");
}

/** Validator wording, enum codes and camelCase names in a message, as plain words. */
export function plainMessage(message: string): string {
  const rules: [RegExp, (m: RegExpMatchArray) => string][] = [
    [/^must be longer than or equal to 1 characters?$/, () => "must be filled in"],
    [
      /^must be longer than or equal to (\d+) characters?$/,
      (m) => `needs at least ${m[1]} characters`,
    ],
    [
      /^must be shorter than or equal to (\d+) characters?$/,
      (m) => `can have at most ${m[1]} characters`,
    ],
    [/^must not be less than (-?[\d.]+)$/, (m) => `must be at least ${m[1]}`],
    [/^must not be greater than (-?[\d.]+)$/, (m) => `must be at most ${m[1]}`],
    [/^must be one of the following values: .*$/, () => "must be one of the choices offered"],
    [/^must be a valid enum value$/, () => "must be one of the choices offered"],
    [/^must be an integer number$/, () => "must be a whole number"],
    [/^must be a number.*$/, () => "must be a number"],
    [/^must be a UUID$/, () => "must be chosen from the list"],
    [/^(should not be empty|must not be blank|is required)$/, () => "must be filled in"],
    [/^must be a URL address$/, () => "must be a web address such as https://example.com"],
    [/^must be an email$/, () => "must be an e-mail address"],
    [/^must contain not more than (\d+) elements$/, (m) => `can have at most ${m[1]} entries`],
    [/^must contain at least (\d+) elements$/, (m) => `needs at least ${m[1]} entries`],
    [/^must be a Date instance$/, () => "must be a date"],
  ];
  for (const [pattern, replace] of rules) {
    const match = pattern.exec(message.trim());
    if (match) return replace(match);
  }
  return message
    .replace(
      /\b[A-Z][A-Z]*(?:_[A-Z]+)+\b/g,
      (code) => ENUM_WORDS[code] ?? code.toLowerCase().replace(/_/g, " "),
    )
    .replace(/\b[A-Z]{5,}\b/g, (code) => ENUM_WORDS[code] ?? code.toLowerCase())
    .replace(
      /\b[a-z]+(?:[A-Z][a-z0-9]*)+\b/g,
      (name) => FIELD_LABELS[name]?.toLowerCase() ?? words(name),
    );
}

/**
 * One sentence under a field: its label, then the plain message ("Description must be filled in.").
 * A message that is already a sentence ("The repeated password does not match the password") is
 * kept whole: prefixed with a label such as "Repeat the password" it would not read.
 */
export function fieldSentence(label: string, message: string): string {
  if (/^[A-Z][a-z]/.test(message.trim())) return `${message.trim().replace(/\.$/, "")}.`;
  const subject = label.replace(/\s*\([^)]*\)\s*$/, "").trim() || "This field";
  const text = message.split("; ").map(plainMessage).join("; ");
  return `${subject} ${text.replace(/\.$/, "")}.`;
}
