/**
 * The API's field problems (`extensions.fields`: a path like `input.targetDate` and a message
 * like "must be longer than or equal to 1 characters") in words for people: the field's label
 * instead of its internal name, and validator wording replaced by plain sentences. Every form
 * shows field errors through these two functions (components/ui.tsx). The words are the
 * "fields" namespace's; for a zh-CN caller the server already answers in Chinese, and such a
 * message is left as it is.
 */
import { currentLocale, i18next } from "../i18n";
import fields from "../i18n/locales/en/fields.json";

type Table = "labels" | "names" | "each" | "enumWords";

const t = (key: string, options?: Record<string, unknown>): string =>
  String(i18next.t(`fields:${key}` as never, options as never));

/** The word for `name` in one of the namespace's tables, or undefined when it has none. */
function lookup(table: Table, name: string): string | undefined {
  return Object.hasOwn(fields[table], name) ? t(`${table}.${name}`) : undefined;
}

const chinese = () => currentLocale() === "zh-CN";

/** Chinese text (the server's zh-CN messages): left alone. */
const HAN = /\p{Script=Han}/u;

/** "targetDate" -> "target date", "leadAuditorId" -> "lead auditor". */
function words(name: string): string {
  return name
    .replace(/Id$/, "")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .toLowerCase();
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * English keeps its own rules (the labels table, else the name split from camelCase); Chinese
 * also has words for the names that English only splits, and falls back to English for others.
 */
function partLabel(part: string): string {
  return (
    lookup("labels", part) ??
    (chinese() ? lookup("names", part) : undefined) ??
    capitalise(words(part))
  );
}

function listItemLabel(part: string): string {
  const english = capitalise(words(part).replace(/s$/, ""));
  return chinese() ? (lookup("each", part) ?? lookup("names", part) ?? english) : english;
}

/**
 * What a field is called, from its path: `input.targetDate` -> "Target date",
 * `input.sites.0.country` -> "Site 1: country", `items.CFL-01` -> "Item CFL-01".
 */
export function fieldLabel(path: string): string {
  const parts = path.split(".").filter((part) => part !== "input" && part !== "filter");
  if (parts.length === 0) return t("thisField");
  const out: string[] = [];
  for (let i = 0; i < parts.length; i += 1) {
    const part = parts[i];
    const next = parts[i + 1];
    if (next !== undefined && /^\d+$/.test(next)) {
      out.push(t("numbered", { name: listItemLabel(part), n: Number(next) + 1 }));
      i += 1;
    } else if (part === "items" && next !== undefined) {
      out.push(t("item", { code: next }));
      i += 1;
    } else {
      out.push(partLabel(part));
    }
  }
  return out.join(t("pathJoin"));
}

/** Validator wording, enum codes and camelCase names in a message, as plain words. */
export function plainMessage(message: string): string {
  if (HAN.test(message)) {
    // The server's Chinese for class-validator's "at least 1 character" says what it means.
    return /^长度不能少于 1 个字符$/.test(message.trim()) ? t("rules.filled") : message;
  }
  const rules: [RegExp, (m: RegExpMatchArray) => string][] = [
    [/^must be longer than or equal to 1 characters?$/, () => t("rules.filled")],
    [
      /^must be longer than or equal to (\d+) characters?$/,
      (m) => t("rules.atLeastChars", { n: m[1] }),
    ],
    [
      /^must be shorter than or equal to (\d+) characters?$/,
      (m) => t("rules.atMostChars", { n: m[1] }),
    ],
    [/^must not be less than (-?[\d.]+)$/, (m) => t("rules.atLeast", { n: m[1] })],
    [/^must not be greater than (-?[\d.]+)$/, (m) => t("rules.atMost", { n: m[1] })],
    [/^must be one of the following values: .*$/, () => t("rules.choice")],
    [/^must be a valid enum value$/, () => t("rules.choice")],
    [/^must be an integer number$/, () => t("rules.whole")],
    [/^must be a number.*$/, () => t("rules.number")],
    [/^must be a UUID$/, () => t("rules.fromList")],
    [/^(should not be empty|must not be blank|is required)$/, () => t("rules.filled")],
    [/^must be a URL address$/, () => t("rules.url")],
    [/^must be an email$/, () => t("rules.email")],
    [/^must contain not more than (\d+) elements$/, (m) => t("rules.atMostEntries", { n: m[1] })],
    [/^must contain at least (\d+) elements$/, (m) => t("rules.atLeastEntries", { n: m[1] })],
    [/^must be a Date instance$/, () => t("rules.date")],
  ];
  for (const [pattern, replace] of rules) {
    const match = pattern.exec(message.trim());
    if (match) return replace(match);
  }
  return message
    .replace(
      /\b[A-Z][A-Z]*(?:_[A-Z]+)+\b/g,
      (code) => lookup("enumWords", code) ?? code.toLowerCase().replace(/_/g, " "),
    )
    .replace(/\b[A-Z]{5,}\b/g, (code) => lookup("enumWords", code) ?? code.toLowerCase())
    .replace(
      /\b[a-z]+(?:[A-Z][a-z0-9]*)+\b/g,
      (name) => lookup("labels", name)?.toLowerCase() ?? words(name),
    );
}

/** A Chinese message that is a sentence of its own ("该邀请已过期", "两次输入的密码不一致。"). */
const CHINESE_SENTENCE = /^(该|此|这|您|你|请|两次|所选|本)|。$/;

/**
 * One sentence under a field: its label, then the plain message ("Description must be filled in.").
 * A message that is already a sentence ("The repeated password does not match the password") is
 * kept whole: prefixed with a label such as "Repeat the password" it would not read.
 */
export function fieldSentence(label: string, message: string): string {
  const trimmed = message.trim();
  if (/^[A-Z][a-z]/.test(trimmed)) return `${trimmed.replace(/\.$/, "")}.`;
  if (HAN.test(trimmed) && CHINESE_SENTENCE.test(trimmed)) {
    return `${trimmed.replace(/[。.]$/, "")}。`;
  }
  const subject = label.replace(/\s*[(（][^)）]*[)）]\s*$/, "").trim() || t("thisField");
  const text = message.split(/; |；/).map(plainMessage).join(t("listJoin"));
  return t("sentence", { subject, message: text.replace(/[.。]$/, "") });
}
