import type { Locale } from "./locale";
import { SERVER_RESOURCES, translator } from "./server-i18n";
import { hasPlaceholders, templatesOf } from "./templates";

/**
 * Error messages are written in English where they arise (some 130 `badInput` sites,
 * class-validator, the database mapping) and translated at the response boundary: each message
 * is matched against the catalog's English templates, `{{name}}` standing for a value, and the
 * values themselves are translated when the catalog knows them (an entity name, a reason).
 */

const KEYS = Object.keys(SERVER_RESOURCES.en.errors);
const EXACT = new Set(KEYS.filter((key) => !hasPlaceholders(key)));
const TEMPLATES = templatesOf(KEYS);

export interface TranslatedMessage {
  text: string;
  /** False when (part of) the message had no text in the locale and stayed English. */
  translated: boolean;
}

function translateOne(message: string, locale: Locale, depth: number): TranslatedMessage {
  const t = translator(locale, "errors");
  if (EXACT.has(message)) return { text: t(message), translated: true };
  for (const template of TEMPLATES) {
    const match = template.pattern.exec(message);
    if (!match) continue;
    const values: Record<string, string> = {};
    template.names.forEach((name, i) => {
      const raw = match[i + 1];
      // A value the catalog knows (an entity, a reason) is translated too; others are data.
      const inner = depth < 3 ? translateMessage(raw, locale, depth + 1) : null;
      values[name] = inner?.translated ? inner.text : raw;
    });
    return { text: t(template.key, values), translated: true };
  }
  return { text: message, translated: false };
}

/**
 * `message` in `locale`. A message that joins several with "; " (badInput's default, a draft's
 * problems) is translated part by part, a `path: message` part keeping its path.
 */
export function translateMessage(message: string, locale: Locale, depth = 0): TranslatedMessage {
  if (locale === "en" || message === "") return { text: message, translated: true };
  const whole = translateOne(message, locale, depth);
  if (whole.translated || depth > 0) return whole;
  const parts = message.split("; ").map((part) => {
    const own = part === message ? whole : translateOne(part, locale, depth + 1);
    const labelled = own.translated ? null : /^([\w.-]+): ([\s\S]+)$/.exec(part);
    if (!labelled) return own;
    const rest = translateOne(labelled[2], locale, depth + 1);
    return { text: `${labelled[1]}：${rest.text}`, translated: rest.translated };
  });
  return {
    text: parts.map((p) => p.text).join("；"),
    translated: parts.every((p) => p.translated),
  };
}
