import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The interface's texts: every key in one locale exists in the other, with the same
 * placeholders, so no screen falls back to English (or shows a key) in Chinese, and no Chinese
 * text is left without its English source. Plural forms differ by language (English has
 * _one/_other, Chinese only _other): they are compared by their base key.
 */
const ROOT = join(__dirname, "../../src/web/i18n/locales");
const LOCALES = ["en", "zh-CN"];
const PLURAL = /_(zero|one|two|few|many|other)$/;

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [inner, text] of flatten(value, path)) out.set(inner, text);
  }
  return out;
}

const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*([\w.]+)(?:\s*,[^}]*)?\s*\}\}/g)].map((m) => m[1]).sort();

function load(locale: string, namespace: string): Map<string, string> {
  return flatten(JSON.parse(readFileSync(join(ROOT, locale, `${namespace}.json`), "utf8")) as Tree);
}

/** Base key -> the union of its texts' placeholders (a plural's forms together). */
function byBase(texts: Map<string, string>): Map<string, string[]> {
  const out = new Map<string, Set<string>>();
  for (const [key, text] of texts) {
    const base = key.replace(PLURAL, "");
    const set = out.get(base) ?? new Set<string>();
    for (const name of placeholders(text)) set.add(name);
    out.set(base, set);
  }
  return new Map([...out].map(([key, set]) => [key, [...set].sort()]));
}

const namespaces = readdirSync(join(ROOT, "en"))
  .filter((file) => file.endsWith(".json"))
  .map((file) => file.replace(/\.json$/, ""))
  .sort();

describe("the interface's locales", () => {
  it("have the same namespaces in every locale, each loaded by the web app", () => {
    expect(namespaces.length).toBeGreaterThan(10);
    for (const locale of LOCALES) {
      const files = readdirSync(join(ROOT, locale))
        .filter((file) => file.endsWith(".json"))
        .map((file) => file.replace(/\.json$/, ""))
        .sort();
      expect(files).toEqual(namespaces);
    }
    const names = readFileSync(join(ROOT, "../resources.ts"), "utf8");
    for (const locale of LOCALES) {
      const resources = readFileSync(join(ROOT, `../resources.${locale}.ts`), "utf8");
      for (const namespace of namespaces) {
        expect(resources).toContain(`"./locales/${locale}/${namespace}.json"`);
        expect(names).toContain(`"${namespace}"`);
      }
    }
  });

  it.each(namespaces)("%s: the same keys and placeholders in en and zh-CN", (namespace) => {
    const en = byBase(load("en", namespace));
    const zh = byBase(load("zh-CN", namespace));
    const missingInZh = [...en.keys()].filter((key) => !zh.has(key));
    const missingInEn = [...zh.keys()].filter((key) => !en.has(key));
    expect({ missingInZh, missingInEn }).toEqual({ missingInZh: [], missingInEn: [] });
    const differing = [...en.keys()].filter(
      (key) => JSON.stringify(en.get(key)) !== JSON.stringify(zh.get(key)),
    );
    expect(differing.map((key) => `${key}: ${en.get(key)} vs ${zh.get(key)}`)).toEqual([]);
  });

  it.each(namespaces)("%s: no empty text, and English plurals have their _other form", (ns) => {
    for (const locale of LOCALES) {
      const texts = load(locale, ns);
      expect([...texts].filter(([, text]) => text.trim() === "").map(([key]) => key)).toEqual([]);
      for (const key of texts.keys()) {
        if (/_one$/.test(key)) expect(texts.has(key.replace(/_one$/, "_other"))).toBe(true);
      }
    }
  });

  it("writes Chinese in the Chinese locale", () => {
    // A copied English file would pass the key check; most texts must hold CJK characters.
    for (const namespace of namespaces) {
      const texts = [...load("zh-CN", namespace).values()];
      if (texts.length === 0) continue;
      const chinese = texts.filter((text) => /[\u4e00-\u9fff]/.test(text)).length;
      expect({ namespace, share: chinese / texts.length >= 0.6 }).toEqual({
        namespace,
        share: true,
      });
    }
  });
});
