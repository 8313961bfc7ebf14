import type { Locale } from "./locale";
import { SERVER_RESOURCES, translator } from "./server-i18n";
import { hasPlaceholders, templatesOf } from "./templates";

/**
 * Explanations and reasons (score lines, grade caps, status reasons, priority terms,
 * traceability, screening hits) are composed in English where they are computed, and some are
 * stored so (supplier_standing, ranking_entry, score_snapshot). They are translated when read:
 * each text is matched against the catalog's English templates (messages/zh-CN/explanations.ts),
 * and the values in it are translated too when the catalog knows them (an area's name, a
 * nested term). What a placeholder may hold follows from its name, so that adjacent values
 * ("Recycled content 40 %") split where they should:
 */
/** Numbers, as formatNumber and countOf write them. */
const NUMBERS = new Set([
  "count",
  "n",
  "weight",
  "total",
  "score",
  "each",
  "limit",
  "percent",
  "share",
  "declared",
  "factor",
  "massShare",
  "points",
  "min",
  "max",
  "number",
  "months",
  "saqMonths",
  "critical",
  "major",
  "minor",
  "verified",
  "ssiLevel",
]);
/** Days (YYYY-MM-DD) or months (YYYY-MM). */
const DAYS = new Set(["day", "from", "to"]);
/** Data that stays as it is: names, codes, free text someone typed. */
const DATA = new Set([
  "node",
  "supplier",
  "category",
  "code",
  "id",
  "part",
  "why",
  "reason",
  "alias",
  "normalised",
  "region",
  "element",
  "origin",
  "scheme",
  "grade",
  "entry",
  "listSource",
  "listedOn",
  "purchased",
  "recycled",
  "elementKg",
]);
/** ", "-joined lists whose items are translated one by one and joined the Chinese way. */
const LISTS = new Set(["areaList", "hitList", "partList"]);

function group(name: string): string {
  if (NUMBERS.has(name)) return "(-?\\d[\\d,]*(?:\\.\\d+)?)";
  if (DAYS.has(name)) return "(\\d{4}-\\d{2}(?:-\\d{2})?)";
  return "([\\s\\S]+?)";
}

const KEYS = Object.keys(SERVER_RESOURCES.en.explanations);
const EXACT = new Set(KEYS.filter((key) => !hasPlaceholders(key)));
// The most specific first: "Traceability {{level}} ({{points}} points), {{source}}" before
// "{{value}}, verified".
const TEMPLATES = templatesOf(KEYS, group);

const MAX_DEPTH = 6;
// The same lines and parts recur across a ranking's suppliers: remembered (bounded).
const MEMO_LIMIT = 50_000;

interface Translated {
  text: string;
  translated: boolean;
  /**
   * How much of the text the catalog accounts for: template words, numbers and dates, and what
   * inner templates cover. A data placeholder can swallow anything ("Traceability ...,
   * {{source}}" would take a whole line), so of the templates that match, the one that
   * explains the most of the text wins.
   */
  covered: number;
}

/** A list's items, re-joining parts an item's own ", " split ("Acme Co., Ltd. (restricted party)"). */
function translateList(list: string, locale: Locale, depth: number): Translated {
  const pieces = list.split(", ");
  const items: string[] = [];
  let covered = 0;
  for (let start = 0; start < pieces.length; ) {
    let end = start;
    let found: Translated | null = null;
    for (; end < pieces.length; end++) {
      const attempt = translateOne(pieces.slice(start, end + 1).join(", "), locale, depth);
      if (attempt.translated) {
        found = attempt;
        break;
      }
    }
    if (found) {
      items.push(found.text);
      covered += found.covered;
      start = end + 1;
    } else {
      items.push(pieces[start]);
      start++;
    }
  }
  return { text: items.join("、"), translated: true, covered };
}

const inner = new Map<string, Translated>();

function translateOne(text: string, locale: Locale, depth: number): Translated {
  const memoKey = `${locale}\u0000${text}`;
  const known = inner.get(memoKey);
  if (known) return known;
  const t = translator(locale, "explanations");
  let best: Translated = { text, translated: false, covered: 0 };
  if (EXACT.has(text)) best = { text: t(text), translated: true, covered: text.length };
  else if (depth <= MAX_DEPTH) {
    for (const template of TEMPLATES) {
      const match = template.pattern.exec(text);
      if (!match) continue;
      let covered = template.literal;
      const values: Record<string, string> = {};
      template.names.forEach((name, i) => {
        const raw = match[i + 1];
        if (NUMBERS.has(name) || DAYS.has(name)) {
          values[name] = raw;
          covered += raw.length;
        } else if (DATA.has(name)) values[name] = raw;
        else {
          const part = LISTS.has(name)
            ? translateList(raw, locale, depth + 1)
            : translateOne(raw, locale, depth + 1);
          values[name] = part.text;
          covered += part.covered;
        }
      });
      if (covered > best.covered)
        best = { text: t(template.key, values), translated: true, covered };
    }
  }
  if (inner.size >= MEMO_LIMIT) inner.clear();
  inner.set(memoKey, best);
  return best;
}

/** `text` in `locale`; English (the text as written) where the catalog has no template. */
export function translateExplanation(text: string, locale: Locale): string {
  if (locale === "en" || text === "") return text;
  return translateOne(text, locale, 0).text;
}

/** Whether the catalog has a template for `text` (the catalog test's check). */
export function hasExplanationTemplate(text: string, locale: Locale = "zh-CN"): boolean {
  return translateOne(text, locale, 0).translated;
}

export function translateExplanations(texts: readonly string[], locale: Locale): string[] {
  return locale === "en" ? [...texts] : texts.map((text) => translateExplanation(text, locale));
}

export function translateLines<T extends { label: string }>(
  lines: readonly T[],
  locale: Locale,
): T[] {
  if (locale === "en") return lines as T[];
  return lines.map((line) => ({ ...line, label: translateExplanation(line.label, locale) }));
}

/** A sentence composed at read time: `key` with its values, in `locale`. */
export function explanationText(
  locale: Locale,
  key: string,
  values: Record<string, string | number> = {},
): string {
  return translator(locale, "explanations")(key, values);
}
