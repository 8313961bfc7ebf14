import type { Element } from "../../gql/graphql";

/** The elements tracked, in the order the selectors offer them. */
export const ELEMENTS: { value: Element; label: string }[] = [
  { value: "LI", label: "Lithium (Li)" },
  { value: "CO", label: "Cobalt (Co)" },
  { value: "NI", label: "Nickel (Ni)" },
  { value: "PB", label: "Lead (Pb)" },
  { value: "AL", label: "Aluminium (Al)" },
  { value: "SI", label: "Silicon (Si)" },
];

export const elementLabel = (element: string) =>
  ELEMENTS.find((option) => option.value === element)?.label ?? element;

export const SOURCE_LABELS: Record<string, string> = {
  POLICY: "Policy",
  EU_2023_1542: "EU 2023/1542",
};

export const METHOD_LABELS: Record<string, string> = {
  MASS_BALANCE: "Mass balance",
  SEGREGATED: "Segregated",
};

/**
 * An unverified declaration counts at this factor (DECLARED_SHARE_FACTOR in the scoring
 * policy, the integrity rule of SPEC section 11); shown beside the declared figure.
 */
export const DECLARED_FACTOR = 0.5;

/** A 0-1 share as a percentage: `0.0725` -> `7.25 %`; null (nothing bought) as a dash. */
export function percent(value: number | null | undefined, digits = 2): string {
  if (value === null || value === undefined) return "—";
  return `${(value * 100).toFixed(digits)} %`;
}

/** Kilograms with thousands separators, as the ERP shows them. */
export function kg(value: number, digits = 0): string {
  return `${value.toLocaleString("en-GB", { maximumFractionDigits: digits, minimumFractionDigits: digits })} kg`;
}

/** A percentage typed in a form (`6` or `6,5`) as a 0-1 fraction; NaN when it is not a number. */
export function fractionOf(text: string): number {
  const value = text.trim().replace(",", ".");
  return value === "" ? Number.NaN : Number(value) / 100;
}
