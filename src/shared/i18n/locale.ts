import Negotiator from "negotiator";

/**
 * The languages the portal speaks. The policy it implements is issued in Chinese and English
 * (the Chinese text prevailing); English is the fallback wherever a text is missing.
 */
export const LOCALES = ["en", "zh-CN"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

// "zh" alone, "zh-Hans", "zh-SG", "zh-TW": every Chinese reader gets the Chinese text (there is
// one, simplified); any English variant gets English.
const OFFERED = ["en", "zh-CN", "zh"];

/**
 * The best of our locales for an `Accept-Language` header, by its q-values; null when the header
 * is missing or names none of them (the caller falls back to DEFAULT_LOCALE).
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale | null {
  if (!acceptLanguage) return null;
  const preferred = new Negotiator({ headers: { "accept-language": acceptLanguage } }).languages(
    OFFERED,
  );
  const best = preferred[0];
  if (!best) {
    // Negotiator matches "zh-TW" to neither "zh-CN" nor "zh": take the language part ourselves.
    const first = acceptLanguage.split(",")[0]?.trim().toLowerCase() ?? "";
    if (first.startsWith("zh")) return "zh-CN";
    return null;
  }
  return best === "en" ? "en" : "zh-CN";
}

/** A locale argument from a client: one of ours, or the request's own. */
export function localeOr(value: string | null | undefined, fallback: Locale): Locale {
  return isLocale(value) ? value : fallback;
}
