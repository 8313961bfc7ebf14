import type { Element } from "../../gql/graphql";
import { i18next } from "../../i18n";
import { formatNumber, formatPercent } from "../../i18n/format";

/** The elements tracked, in the order the selectors offer them. */
const ELEMENT_CODES: readonly Element[] = ["LI", "CO", "NI", "PB", "AL", "SI"];

/**
 * A code's words in the current language (recycled.json's `group`); a code the namespace does
 * not know stays as it is, as the API sent it.
 */
function wordOf(group: "element" | "source" | "method" | "basis", code: string): string {
  const key = `${group}.${code}`;
  return i18next.exists(key, { ns: "recycled" })
    ? (i18next.t(key as never, { ns: "recycled" }) as string)
    : code;
}

/** The element selector's options, read when rendered (they follow the language). */
export function elementOptions(): { value: Element; label: string }[] {
  return ELEMENT_CODES.map((value) => ({ value, label: wordOf("element", value) }));
}

export const elementLabel = (element: string) => wordOf("element", element);

/** POLICY, EU_2023_1542: where a target comes from. */
export const sourceLabel = (source: string) => wordOf("source", source);

/** MASS_BALANCE, SEGREGATED. */
export const methodLabel = (method: string) => wordOf("method", method);

export function methodOptions(): { value: string; label: string }[] {
  return ["MASS_BALANCE", "SEGREGATED"].map((value) => ({ value, label: methodLabel(value) }));
}

/** VERIFIED, DECLARED: how a line counts. */
export const basisLabel = (basis: string) => wordOf("basis", basis);

/**
 * An unverified declaration counts at this factor (DECLARED_SHARE_FACTOR in the scoring
 * policy, the integrity rule of SPEC section 11); shown beside the declared figure.
 */
export const DECLARED_FACTOR = 0.5;

/** A 0-1 share as a percentage: `0.0725` -> `7.25 %` (`7.25%` in Chinese); null as a dash. */
export function percent(value: number | null | undefined, digits = 2): string {
  return formatPercent(value, digits);
}

/** Kilograms with thousands separators, as the ERP shows them. */
export function kg(value: number, digits = 0): string {
  return i18next.t("kg", { ns: "recycled", value: formatNumber(value, digits) });
}

/** A percentage typed in a form (`6` or `6,5`) as a 0-1 fraction; NaN when it is not a number. */
export function fractionOf(text: string): number {
  const value = text.trim().replace(",", ".");
  return value === "" ? Number.NaN : Number(value) / 100;
}
