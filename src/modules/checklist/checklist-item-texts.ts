import type { FieldProblem } from "../../shared/errors";
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from "../../shared/i18n/locale";
import type { ChecklistItemText } from "./checklist-item-text.entity";
import type { ChecklistItemInput } from "./checklist.inputs";

export type TextValues = Pick<ChecklistItemText, "saqQuestion" | "auditQuestion" | "guidance">;
/** An item's texts by locale; a locale without an entry has no text yet. */
export type ItemTexts = Partial<Record<Locale, TextValues>>;

const EMPTY: TextValues = { saqQuestion: "", auditQuestion: "", guidance: "" };

export function textsByLocale(rows: readonly ChecklistItemText[]): ItemTexts {
  const texts: ItemTexts = {};
  for (const { locale, saqQuestion, auditQuestion, guidance } of rows)
    texts[locale] = { saqQuestion, auditQuestion, guidance };
  return texts;
}

/** Rows in LOCALES order, as editors list them. */
export function textRows(itemId: string, texts: ItemTexts): ChecklistItemText[] {
  return LOCALES.flatMap((locale) => {
    const text = texts[locale];
    return text ? [{ itemId, locale, ...text }] : [];
  });
}

/** A locale has text once both questions are written (guidance may rightly be empty). */
const written = (text: TextValues | undefined): text is TextValues =>
  !!text && text.saqQuestion !== "" && text.auditQuestion !== "";

export interface ServedText extends TextValues {
  /** The locale the text is in. */
  locale: Locale;
  /** The requested locale had no text, so English is served. */
  fallback: boolean;
}

/**
 * The text a reader of `locale` gets: that locale's when written, else English (every item has
 * an English audit question; see `resolveTexts`). Whole, never mixed field by field, so a
 * question and its guidance are always in one language.
 */
export function servedText(texts: ItemTexts, locale: Locale): ServedText {
  const own = texts[locale];
  if (written(own) || locale === DEFAULT_LOCALE) {
    const text = own ?? EMPTY;
    // An English SAQ question not written separately yet: the audit question is asked.
    return {
      ...text,
      saqQuestion: text.saqQuestion || text.auditQuestion,
      locale,
      fallback: false,
    };
  }
  return { ...servedText(texts, DEFAULT_LOCALE), fallback: true };
}

const trimmed = (value: string | null | undefined): string => value?.trim() ?? "";

/**
 * The texts an item gets from an editor's input, over `existing` (an update keeps the locales
 * the input does not name). `texts` entries replace their locale's text; an entry left all
 * blank removes that locale's text (English cannot be removed). `question` and `guidance`, the
 * fields API clients used before texts existed, are the English audit question and guidance:
 * they set the English SAQ question too while nobody wrote it separately.
 */
export function resolveTexts(
  input: Pick<ChecklistItemInput, "question" | "guidance" | "texts">,
  existing: ItemTexts,
  path: string,
): { texts: ItemTexts; problems: FieldProblem[] } {
  const texts: ItemTexts = { ...existing };
  const problems: FieldProblem[] = [];
  const given = new Map<Locale, number>();
  (input.texts ?? []).forEach((entry, index) => {
    const at = `${path}.texts.${index}`;
    if (!isLocale(entry.locale)) {
      problems.push({ path: `${at}.locale`, message: `must be one of ${LOCALES.join(", ")}` });
      return;
    }
    if (given.has(entry.locale)) {
      problems.push({ path: `${at}.locale`, message: `${entry.locale} is given twice` });
      return;
    }
    given.set(entry.locale, index);
    const text = {
      saqQuestion: trimmed(entry.saqQuestion),
      auditQuestion: trimmed(entry.auditQuestion),
      guidance: trimmed(entry.guidance),
    };
    if (entry.locale !== DEFAULT_LOCALE && Object.values(text).every((value) => value === ""))
      delete texts[entry.locale];
    else texts[entry.locale] = text;
  });

  const englishAt = given.get(DEFAULT_LOCALE);
  if (input.question != null) {
    const question = input.question.trim();
    const guidance = trimmed(input.guidance);
    if (englishAt !== undefined) {
      const english = texts.en!;
      if (english.auditQuestion !== question)
        problems.push({
          path: `${path}.question`,
          message: "differs from the English audit question in texts: give one of them",
        });
      if (input.guidance != null && english.guidance !== guidance)
        problems.push({
          path: `${path}.guidance`,
          message: "differs from the English guidance in texts: give one of them",
        });
    } else {
      const before = existing.en;
      const separateSaq = before && before.saqQuestion !== before.auditQuestion;
      texts.en = {
        saqQuestion: separateSaq ? before.saqQuestion : question,
        auditQuestion: question,
        guidance,
      };
    }
  } else if (input.guidance != null && englishAt === undefined && texts.en) {
    texts.en = { ...texts.en, guidance: trimmed(input.guidance) };
  }

  if (!texts.en?.auditQuestion && problems.length === 0) {
    problems.push(
      englishAt === undefined
        ? {
            path: `${path}.question`,
            message: "is required: the English audit question, here or in texts",
          }
        : {
            path: `${path}.texts.${englishAt}.auditQuestion`,
            message: "must not be blank: English is the fallback for every language",
          },
    );
  }
  return { texts, problems };
}

/**
 * What stops publishing for the texts: each item needs both questions in every required
 * locale, and guidance there too wherever the English text has guidance.
 */
export function textPublishProblems(
  items: readonly { code: string; texts: ItemTexts }[],
  requiredLocales: readonly Locale[],
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const { code, texts } of items) {
    for (const locale of requiredLocales) {
      const text = texts[locale] ?? EMPTY;
      const at = `items.${code}.text.${locale}`;
      if (!text.saqQuestion)
        problems.push({
          path: `${at}.saqQuestion`,
          message: `${code} has no SAQ question in ${locale}`,
        });
      if (!text.auditQuestion)
        problems.push({
          path: `${at}.auditQuestion`,
          message: `${code} has no audit question in ${locale}`,
        });
      if (!text.guidance && texts.en?.guidance)
        problems.push({ path: `${at}.guidance`, message: `${code} has no guidance in ${locale}` });
    }
  }
  return problems;
}

/**
 * Required locales as stored: known ones, each once, English always (it is every text's
 * fallback), in LOCALES order.
 */
export function resolveRequiredLocales(
  requested: readonly string[],
  path: string,
): { locales: Locale[]; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  requested.forEach((locale, index) => {
    if (!isLocale(locale))
      problems.push({ path: `${path}.${index}`, message: `must be one of ${LOCALES.join(", ")}` });
  });
  if (!requested.includes(DEFAULT_LOCALE))
    problems.push({ path, message: "must include en: English is the fallback for every text" });
  return { locales: LOCALES.filter((locale) => requested.includes(locale)), problems };
}
