import { MAX_FILENAME_LENGTH } from "./document.limits";

// Path separators, characters Windows refuses, and control characters.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f<>:"/\\|?*]+/g;
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f]/g;

/**
 * A name that is safe to show and to offer as a download name: the last path segment, without
 * control, bidirectional-override or reserved characters, no leading dots, at most
 * MAX_FILENAME_LENGTH characters with the extension kept. Unicode (Chinese names) stays.
 */
export function sanitiseFilename(raw: string | undefined | null): string {
  const last = (raw ?? "").split(/[/\\]/).pop() ?? "";
  let name = last
    .normalize("NFC")
    .replace(BIDI, "")
    .replace(UNSAFE, "_")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[.\s]+/, "")
    .replace(/[.\s]+$/, "");
  if (name === "" || /^_+$/.test(name)) name = "document";
  const chars = [...name];
  if (chars.length <= MAX_FILENAME_LENGTH) return name;
  const dot = name.lastIndexOf(".");
  const extension = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : "";
  return chars.slice(0, MAX_FILENAME_LENGTH - [...extension].length).join("") + extension;
}
