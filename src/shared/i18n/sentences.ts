import type { Locale } from "./locale";
import { sentences } from "./messages/en/sentences";
import { translator } from "./server-i18n";
import { compileTemplate, type Template } from "./templates";

/** A catalog key, plural forms under their base key (`import.rows` for `import.rows_one`). */
export type SentenceKey = keyof typeof sentences extends infer K
  ? K extends `${infer Base}_${"one" | "other"}`
    ? Base
    : K
  : never;

export type SentenceValues = Record<string, string | number>;

/**
 * A sentence as data: kept beside the English text where it is computed, so the API can answer
 * it in the reader's language without parsing the English back.
 */
export interface Sentence {
  key: SentenceKey;
  values?: SentenceValues;
}

/** `key` in `locale` with its values (a `count` value picks the plural form). */
export function sentenceText(locale: Locale, key: SentenceKey, values?: SentenceValues): string {
  return translator(locale, "sentences")(key, values);
}

export const renderSentence = (locale: Locale, sentence: Sentence): string =>
  sentenceText(locale, sentence.key, sentence.values);

const patterns = new Map<SentenceKey, Template>();

function patternOf(key: SentenceKey): Template {
  let known = patterns.get(key);
  if (!known) {
    // A stored value may be empty (a file without a name).
    known = compileTemplate(key, sentences[key as keyof typeof sentences], () => "([\\s\\S]*?)");
    patterns.set(key, known);
  }
  return known;
}

/**
 * A text the server once wrote into a record from one of `keys` (in English), in `locale`;
 * anything else (what a person typed) as it is.
 */
export function storedSentence(text: string, locale: Locale, keys: readonly SentenceKey[]): string {
  if (locale === "en") return text;
  for (const key of keys) {
    const { pattern, names } = patternOf(key);
    const match = pattern.exec(text);
    if (match)
      return sentenceText(
        locale,
        key,
        Object.fromEntries(names.map((name, i) => [name, match[i + 1]])),
      );
  }
  return text;
}
