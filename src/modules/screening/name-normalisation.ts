/**
 * How a screening compares names (docs/traceability-and-due-diligence.md, "Screening"): two
 * names match when their normalised forms are equal, nothing looser, so every hit can be
 * explained by showing both forms. Pure.
 */

/** Letters NFKD does not take apart into a base letter and a mark. */
const FOLDED: Readonly<Record<string, string>> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
};

/**
 * Legal-form words dropped from the end of a name, longest first, as they read after the
 * punctuation is gone ("Co., Ltd." is "co ltd"). Only at the end: "Ltd Holdings" keeps its "ltd".
 */
export const LEGAL_FORM_SUFFIXES: readonly string[] = [
  "company limited",
  "co ltd",
  "coltd",
  "pte ltd",
  "pty ltd",
  "sdn bhd",
  "gmbh and co kg",
  "ag and co kg",
  "gmbh co kg",
  "ag co kg",
  "limited liability company",
  "incorporated",
  "corporation",
  "limited",
  "company",
  "gmbh",
  "corp",
  "ltd",
  "llc",
  "llp",
  "inc",
  "plc",
  "co",
  "ag",
  "kg",
  "sa",
  "sas",
  "sarl",
  "srl",
  "spa",
  "bv",
  "nv",
  "oy",
  "ab",
  "as",
  "a s",
  "kk",
  "jsc",
  "ojsc",
  "pjsc",
  "ooo",
  "sro",
  "lp",
];

/** Chinese legal forms, written without spaces at the end of a name. */
export const CJK_LEGAL_FORM_SUFFIXES: readonly string[] = [
  "股份有限公司",
  "有限责任公司",
  "有限公司",
];

function stripSuffixes(words: string[]): string[] {
  let rest = words;
  for (let changed = true; changed; ) {
    changed = false;
    for (const suffix of LEGAL_FORM_SUFFIXES) {
      const parts = suffix.split(" ");
      if (rest.length <= parts.length) continue;
      if (parts.every((part, i) => rest[rest.length - parts.length + i] === part)) {
        rest = rest.slice(0, rest.length - parts.length);
        changed = true;
        break;
      }
    }
  }
  const last = rest[rest.length - 1];
  const cjk = CJK_LEGAL_FORM_SUFFIXES.find((s) => last?.endsWith(s) && last.length > s.length);
  if (cjk) rest = [...rest.slice(0, -1), last.slice(0, -cjk.length)];
  return rest;
}

/**
 * A name as screening compares it: Unicode compatibility forms folded (NFKD), accents and
 * other combining marks removed, a few letters spelled out (ß -> ss, ø -> o ...), lower case,
 * "&" read as "and", full stops and apostrophes dropped ("P.S." is "ps"), every other
 * character that is not a letter or digit read as a space,
 * spaces collapsed, then legal-form suffixes dropped from the end (repeatedly, never the whole
 * name). "Ünited Pölysilicon Co., Ltd." and "united polysilicon" are the same name.
 */
export function normaliseName(name: string): string {
  const folded = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (c) => FOLDED[c] ?? c)
    .replace(/&/g, " and ")
    // Abbreviation dots and apostrophes join what they stand between: "P.S." is "ps".
    .replace(/[.'\u2019]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  if (folded === "") return "";
  return stripSuffixes(folded.split(" ")).join(" ");
}

/** ISO 3166-2 subdivision codes: the country, a hyphen, one to three letters or digits. */
export const REGION_CODE = /^[A-Z]{2}-[A-Z0-9]{1,3}$/;

/** A region code as compared: trimmed, upper case; null when it is not ISO 3166-2 shaped. */
export function normaliseRegion(code: string | null | undefined): string | null {
  const value = code?.trim().toUpperCase() ?? "";
  return REGION_CODE.test(value) ? value : null;
}
