/**
 * English catalog texts as patterns: `{{name}}` stands for a value, the rest must match to the
 * letter. The server's texts are written in English where they arise and matched against these
 * to be said in another language (error-messages.ts, explanations.ts, sentences.ts).
 */
export interface Template {
  key: string;
  pattern: RegExp;
  /** The placeholders, in the order of the pattern's groups. */
  names: string[];
  /** Characters outside placeholders: the more, the more specific. */
  literal: number;
}

const PLACEHOLDER = /\{\{(\w+)\}\}/g;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const ANYTHING = "([\\s\\S]+?)";

export const hasPlaceholders = (key: string): boolean => key.includes("{{");

/** `text`'s pattern; `group` says what a placeholder may hold (by default: anything, lazily). */
export function compileTemplate(
  key: string,
  text: string = key,
  group: (name: string) => string = () => ANYTHING,
): Template {
  const names: string[] = [];
  let source = "";
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    source += escapeRegExp(text.slice(last, match.index)) + group(match[1]);
    names.push(match[1]);
    last = match.index + match[0].length;
  }
  source += escapeRegExp(text.slice(last));
  return {
    key,
    pattern: new RegExp(`^${source}$`),
    names,
    literal: text.replace(PLACEHOLDER, "").length,
  };
}

/**
 * The templates among `keys`, the most specific first: "{{entity}} {{id}} not found" is tried
 * before "{{entity}} not found".
 */
export function templatesOf(keys: readonly string[], group?: (name: string) => string): Template[] {
  return keys
    .filter(hasPlaceholders)
    .map((key) => compileTemplate(key, key, group))
    .sort((a, b) => b.literal - a.literal || b.names.length - a.names.length);
}
