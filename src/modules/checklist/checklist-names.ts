import type { FieldProblem } from "../../shared/errors";
import { DEFAULT_LOCALE, isLocale, type Locale } from "../../shared/i18n/locale";

/** A checklist's name in the languages other than English (English is `checklist.name`). */
export type NameTranslations = Partial<Record<Locale, string>>;

/** The locales a name can be translated into: every one but English, which is `name` itself. */
export const TRANSLATED_NAME_LOCALES: readonly Locale[] = ["zh-CN"];

/**
 * The name a reader of `locale` sees: that locale's when written, else the English name. Every
 * place that shows a checklist's name to a person goes through here, so they agree.
 */
export function checklistNameIn(
  name: string,
  translations: NameTranslations | null | undefined,
  locale: Locale,
): string {
  if (locale === DEFAULT_LOCALE) return name;
  return translations?.[locale]?.trim() || name;
}

/**
 * The translations an editor's input leaves, over `existing` (locales the input does not name
 * keep theirs): each entry replaces its locale's name, a blank one removes it.
 */
export function resolveNameTranslations(
  input: readonly { locale: string; name?: string | null }[] | null | undefined,
  existing: NameTranslations,
  path: string,
): { translations: NameTranslations; problems: FieldProblem[] } {
  const translations: NameTranslations = { ...existing };
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  (input ?? []).forEach((entry, index) => {
    const at = `${path}.${index}`;
    const locale = entry.locale;
    if (!isLocale(locale) || !TRANSLATED_NAME_LOCALES.includes(locale)) {
      problems.push({
        path: `${at}.locale`,
        message: `must be ${TRANSLATED_NAME_LOCALES.join(" or ")}: the English name is the checklist's name`,
      });
      return;
    }
    if (seen.has(locale)) {
      problems.push({ path: `${at}.locale`, message: `${locale} is given twice` });
      return;
    }
    seen.add(locale);
    const name = entry.name?.trim() ?? "";
    if (name === "") delete translations[locale];
    else translations[locale] = name;
  });
  return { translations, problems };
}

/** What stops publishing for the name: a name in every required locale besides English. */
export function namePublishProblems(
  translations: NameTranslations,
  requiredLocales: readonly Locale[],
): FieldProblem[] {
  return requiredLocales
    .filter((locale) => locale !== DEFAULT_LOCALE && !translations[locale]?.trim())
    .map((locale) => ({
      path: `nameTranslations.${locale}`,
      message: `The checklist has no name in ${locale}`,
    }));
}

/** Rows for the API, in the order of TRANSLATED_NAME_LOCALES. */
export function nameRows(translations: NameTranslations): { locale: Locale; name: string }[] {
  return TRANSLATED_NAME_LOCALES.flatMap((locale) => {
    const name = translations[locale];
    return name ? [{ locale, name }] : [];
  });
}
