import i18next from "i18next";
import { NAMESPACES } from "./resources";
import { en } from "./resources.en";

// No DOM types here and no React: this module also runs in Node (the field-message tests), and
// React's types would change the tests' DOM typings. main.tsx hands the instance to React.
interface BrowserGlobals {
  localStorage?: { getItem(key: string): string | null; setItem(key: string, value: string): void };
  navigator?: { languages?: readonly string[]; language?: string };
  document?: { documentElement: { lang: string } };
}
const browser = globalThis as BrowserGlobals;

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
    const stored = browser.localStorage?.getItem(STORAGE_KEY);
    if (isWebLocale(stored)) return stored;
  } catch {
    // Storage refused (private mode): the browser's language.
  }
  const tags = browser.navigator?.languages ?? [browser.navigator?.language];
  for (const tag of tags) {
    const locale = tag ? fromBrowserTag(tag) : null;
    if (locale) return locale;
  }
  return "en";
}

void i18next.init({
  resources: { en },
  ns: NAMESPACES,
  defaultNS: "common",
  lng: "en",
  fallbackLng: "en",
  supportedLngs: [...WEB_LOCALES],
  // React escapes; i18next must not escape twice.
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

function markDocument(locale: string) {
  if (browser.document) browser.document.documentElement.lang = locale;
}
markDocument(i18next.language);
i18next.on("languageChanged", markDocument);

export function currentLocale(): WebLocale {
  return isWebLocale(i18next.language) ? i18next.language : "en";
}

/** A language's texts, fetched once (English is in the bundle; each other is its own chunk). */
const LOADERS: Record<WebLocale, () => Promise<Record<string, object>>> = {
  en: () => Promise.resolve(en),
  "zh-CN": () => import("./resources.zh-CN").then((module) => module.zhCN),
};

async function load(locale: WebLocale): Promise<void> {
  if (i18next.hasResourceBundle(locale, "common")) return;
  const bundles = await LOADERS[locale]();
  for (const [namespace, texts] of Object.entries(bundles)) {
    i18next.addResourceBundle(locale, namespace, texts, true, true);
  }
}

/** Shows the interface in `locale` and remembers it on this browser. */
export async function showLocale(locale: WebLocale): Promise<void> {
  await load(locale);
  try {
    browser.localStorage?.setItem(STORAGE_KEY, locale);
  } catch {
    // Not remembered on this browser: the user's stored locale still is.
  }
  if (i18next.language !== locale) await i18next.changeLanguage(locale);
}

/** Settles once the first language's texts are there: main.tsx renders after it. */
export const ready: Promise<void> = load(initialLocale())
  .then(() => i18next.changeLanguage(initialLocale()))
  .then(
    () => undefined,
    // The chunk did not load (offline): English, which is in the bundle.
    () => undefined,
  );

export { i18next };
