import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { NAMESPACES, resources } from "./resources";

/** The languages of the interface, as the API names them (User.locale). */
export const WEB_LOCALES = ["en", "zh-CN"] as const;
export type WebLocale = (typeof WEB_LOCALES)[number];

/** What the language switch shows: each language in its own words. */
export const LOCALE_NAMES: Record<WebLocale, string> = { en: "English", "zh-CN": "简体中文" };

const STORAGE_KEY = "esg-portal.locale";

export function isWebLocale(value: unknown): value is WebLocale {
  return typeof value === "string" && (WEB_LOCALES as readonly string[]).includes(value);
}

/** "zh", "zh-TW", "zh-Hans-CN" -> zh-CN; "en-GB" -> en; anything else: null. */
function fromBrowserTag(tag: string): WebLocale | null {
  const lower = tag.toLowerCase();
  if (lower.startsWith("zh")) return "zh-CN";
  if (lower.startsWith("en")) return "en";
  return null;
}

/**
 * Before log-in: the last language chosen on this browser, else the browser's own. After
 * log-in the user's stored locale wins (api/auth.tsx).
 */
function initialLocale(): WebLocale {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (isWebLocale(stored)) return stored;
  } catch {
    // Storage refused (private mode): the browser's language.
  }
  const tags =
    typeof navigator === "undefined" ? [] : (navigator.languages ?? [navigator.language]);
  for (const tag of tags) {
    const locale = tag ? fromBrowserTag(tag) : null;
    if (locale) return locale;
  }
  return "en";
}

void i18next.use(initReactI18next).init({
  resources,
  ns: NAMESPACES,
  defaultNS: "common",
  lng: initialLocale(),
  fallbackLng: "en",
  supportedLngs: [...WEB_LOCALES],
  // React escapes; i18next must not escape twice.
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

function markDocument(locale: string) {
  if (typeof document !== "undefined") document.documentElement.lang = locale;
}
markDocument(i18next.language);
i18next.on("languageChanged", markDocument);

export function currentLocale(): WebLocale {
  return isWebLocale(i18next.language) ? i18next.language : "en";
}

/** Shows the interface in `locale` and remembers it on this browser. */
export async function showLocale(locale: WebLocale): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Not remembered on this browser: the user's stored locale still is.
  }
  if (i18next.language !== locale) await i18next.changeLanguage(locale);
}

export { i18next };
