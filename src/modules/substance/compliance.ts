import { BatteryCategory, EntryApplicability, ThresholdBasis } from "./substance.enums";

/**
 * The compliance evaluator: a declaration's materials against the regulatory lists that apply
 * to its category, on a date. Pure (no I/O): the caller loads the lists' versions, entries and
 * exemptions. Compliance is computed, never typed in (issue 16).
 *
 * Rules:
 * - An entry restricts a substance (by CAS) or a group (PBDE, PBB...); a group's threshold is
 *   for the sum of its members present, so a PBDE congener counts against PBDE.
 * - HOMOGENEOUS_MATERIAL entries (RoHS) are checked in each material on its own; ARTICLE
 *   entries (REACH SVHC, battery Annex I) on the substance's mass summed over the article's
 *   materials divided by the article's mass.
 * - Over the threshold is a violation; exactly at it passes. Percentages are compared at
 *   1e-8 % (0.0001 ppm), so floating-point noise never decides.
 * - A claimed exemption lifts a violation when it is one of the list's, valid on the date
 *   (valid_from <= date <= expires_at, both days inclusive), and covers the substance (or
 *   names none). One with a ceiling (6(c): lead up to 4 %) raises the allowed value to it.
 * - PORTABLE_BATTERY entries apply only to an article declared as a portable battery.
 */

/** A substance in a homogeneous material: its concentration in ppm (w/w), or its mass. */
export interface DeclaredSubstance {
  cas: string;
  name?: string | null;
  ppm?: number | null;
  /** Grams, with the material's mass. */
  massG?: number | null;
}

export interface DeclaredMaterial {
  /** How the declaration names it ("solder", "copper alloy pin"). */
  name: string;
  massG?: number | null;
  substances: readonly DeclaredSubstance[];
  /** Exemption codes claimed for this material only (besides the article's). */
  exemptions?: readonly string[];
}

export interface DeclaredArticle {
  /** Grams; without it, the sum of the materials' masses. */
  massG?: number | null;
  /** Set when the article is a battery (Annex I's portable-only entries need it). */
  batteryCategory?: BatteryCategory | null;
  materials: readonly DeclaredMaterial[];
  /** Exemption codes claimed for the whole article. */
  claimedExemptions?: readonly string[];
}

/** What an entry or exemption names: one substance, or a group with its members' CAS numbers. */
export type RuleTarget =
  | { kind: "substance"; cas: string; name: string }
  | { kind: "group"; code: string; name: string; memberCas: readonly string[] };

export interface RuleEntry {
  target: RuleTarget;
  thresholdPercent: number;
  basis: ThresholdBasis;
  appliesTo: EntryApplicability;
}

export interface RuleExemption {
  code: string;
  /** The substance or group it covers; null: any entry of its list. */
  target: RuleTarget | null;
  /** The most it allows (percent w/w, same basis as the entry); null: no ceiling. */
  maxPercent: number | null;
  /** ISO days, inclusive. */
  validFrom: string;
  expiresAt: string | null;
}

/** One applicable list version, as the evaluator needs it. */
export interface ListRules {
  list: string;
  listVersion: string;
  entries: readonly RuleEntry[];
  exemptions: readonly RuleExemption[];
}

export interface Violation {
  /** The declared substance over the limit; for a group, its largest contributor. */
  cas: string;
  /** Every declared CAS number that counted (several for a group). */
  casNumbers: string[];
  /** The list's name of what is restricted (the group's, for a group entry). */
  substanceName: string;
  group: string | null;
  list: string;
  listVersion: string;
  basis: ThresholdBasis;
  measuredPercent: number;
  allowedPercent: number;
  /** The material's name; null for an article-basis entry. */
  material: string | null;
}

/** A restricted substance that could not be measured: a mass without the material's mass... */
export interface Unevaluated {
  cas: string;
  list: string;
  listVersion: string;
  material: string | null;
  reason: string;
}

export interface ComplianceResult {
  violations: Violation[];
  unevaluated: Unevaluated[];
}

const PRECISION = 1e8;
const round = (percent: number) => Math.round(percent * PRECISION) / PRECISION;

/** The UTC day of an instant, as the exemptions' validity is written (`2026-06-01`). */
export function isoDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

function matches(target: RuleTarget, cas: string): boolean {
  return target.kind === "substance" ? target.cas === cas : target.memberCas.includes(cas);
}

function covers(exemption: RuleTarget | null, entry: RuleTarget, casNumbers: string[]): boolean {
  if (exemption === null) return true;
  if (exemption.kind === "group")
    return entry.kind === "group"
      ? exemption.code === entry.code
      : exemption.memberCas.includes(entry.cas);
  return casNumbers.includes(exemption.cas);
}

function validOn(exemption: RuleExemption, day: string): boolean {
  return exemption.validFrom <= day && (exemption.expiresAt === null || day <= exemption.expiresAt);
}

/** What the claimed, valid, covering exemptions allow: Infinity for none with a ceiling. */
function exemptedUpTo(
  rules: ListRules,
  entry: RuleEntry,
  casNumbers: string[],
  claimed: ReadonlySet<string>,
  day: string,
): number | null {
  const lifting = rules.exemptions.filter(
    (e) => claimed.has(e.code) && validOn(e, day) && covers(e.target, entry.target, casNumbers),
  );
  if (lifting.length === 0) return null;
  return Math.max(...lifting.map((e) => e.maxPercent ?? Number.POSITIVE_INFINITY));
}

interface Contribution {
  cas: string;
  percent: number;
  massG: number | null;
}

/** The material's substances the entry restricts, each with its share of the material. */
function contributions(
  entry: RuleEntry,
  material: DeclaredMaterial,
): { found: Contribution[]; missing: string[] } {
  const found: Contribution[] = [];
  const missing: string[] = [];
  for (const substance of material.substances) {
    if (!matches(entry.target, substance.cas)) continue;
    const materialMass = material.massG ?? null;
    let percent: number | null = null;
    let massG: number | null = null;
    if (substance.ppm !== null && substance.ppm !== undefined) {
      percent = substance.ppm / 10_000;
      massG = materialMass !== null ? (substance.ppm * materialMass) / 1_000_000 : null;
    } else if (substance.massG !== null && substance.massG !== undefined) {
      massG = substance.massG;
      percent = materialMass ? (substance.massG / materialMass) * 100 : null;
    }
    if (percent === null && massG === null) missing.push(substance.cas);
    else {
      const same = found.find((c) => c.cas === substance.cas);
      if (same) {
        same.percent += percent ?? Number.NaN;
        same.massG = same.massG !== null && massG !== null ? same.massG + massG : null;
      } else found.push({ cas: substance.cas, percent: percent ?? Number.NaN, massG });
    }
  }
  return { found, missing };
}

const nameOf = (target: RuleTarget) => target.name;
const groupOf = (target: RuleTarget) => (target.kind === "group" ? target.code : null);

function applies(entry: RuleEntry, article: DeclaredArticle): boolean {
  return (
    entry.appliesTo === EntryApplicability.ALL ||
    (entry.appliesTo === EntryApplicability.PORTABLE_BATTERY &&
      article.batteryCategory === BatteryCategory.PORTABLE)
  );
}

function articleMass(article: DeclaredArticle): number | null {
  if (article.massG) return article.massG;
  const masses = article.materials.map((m) => m.massG ?? null);
  if (masses.length === 0 || masses.some((m) => m === null)) return null;
  const total = (masses as number[]).reduce((a, b) => a + b, 0);
  return total > 0 ? total : null;
}

/** Every violation of the article against the lists, on `day` (ISO, `isoDay`). */
export function evaluateCompliance(
  article: DeclaredArticle,
  lists: readonly ListRules[],
  day: string,
): ComplianceResult {
  const violations: Violation[] = [];
  const unevaluated: Unevaluated[] = [];
  const articleClaims = article.claimedExemptions ?? [];
  for (const rules of lists) {
    const base = { list: rules.list, listVersion: rules.listVersion };
    for (const entry of rules.entries) {
      if (!applies(entry, article)) continue;
      if (entry.basis === ThresholdBasis.HOMOGENEOUS_MATERIAL) {
        for (const material of article.materials) {
          const { found, missing } = contributions(entry, material);
          for (const cas of [
            ...missing,
            ...found.filter((c) => Number.isNaN(c.percent)).map((c) => c.cas),
          ])
            unevaluated.push({
              ...base,
              cas,
              material: material.name,
              reason: "neither a concentration (ppm) nor a mass with the material's mass",
            });
          const measured = found.filter((c) => !Number.isNaN(c.percent));
          if (measured.length === 0) continue;
          const claimed = new Set([...articleClaims, ...(material.exemptions ?? [])]);
          const violation = judge(rules, entry, measured, claimed, day, material.name);
          if (violation) violations.push(violation);
        }
      } else {
        const perMaterial = article.materials.map((m) => contributions(entry, m));
        const relevant = perMaterial.some((c) => c.found.length > 0 || c.missing.length > 0);
        if (!relevant) continue;
        const mass = articleMass(article);
        const masses = new Map<string, number>();
        let complete = mass !== null;
        for (const { found, missing } of perMaterial) {
          if (missing.length > 0) complete = false;
          for (const c of found) {
            if (c.massG === null) complete = false;
            else masses.set(c.cas, (masses.get(c.cas) ?? 0) + c.massG);
          }
        }
        if (!complete || mass === null) {
          const listed = new Set(
            perMaterial.flatMap((c) => [...c.missing, ...c.found.map((f) => f.cas)]),
          );
          for (const cas of listed)
            unevaluated.push({
              ...base,
              cas,
              material: null,
              reason:
                "the article's mass and every material's mass are needed for a per-article limit",
            });
          continue;
        }
        const measured = [...masses].map(([cas, m]) => ({
          cas,
          percent: (m / mass) * 100,
          massG: m,
        }));
        const claimed = new Set([
          ...articleClaims,
          ...article.materials.flatMap((m) => m.exemptions ?? []),
        ]);
        const violation = judge(rules, entry, measured, claimed, day, null);
        if (violation) violations.push(violation);
      }
    }
  }
  return { violations, unevaluated };
}

function judge(
  rules: ListRules,
  entry: RuleEntry,
  measured: Contribution[],
  claimed: ReadonlySet<string>,
  day: string,
  material: string | null,
): Violation | null {
  const total = round(measured.reduce((sum, c) => sum + c.percent, 0));
  if (total <= entry.thresholdPercent) return null;
  const casNumbers = measured.map((c) => c.cas);
  const ceiling = exemptedUpTo(rules, entry, casNumbers, claimed, day);
  const allowed =
    ceiling === null ? entry.thresholdPercent : Math.max(ceiling, entry.thresholdPercent);
  if (total <= allowed) return null;
  const largest = measured.reduce((a, b) => (b.percent > a.percent ? b : a));
  return {
    cas: largest.cas,
    casNumbers,
    substanceName: nameOf(entry.target),
    group: groupOf(entry.target),
    list: rules.list,
    listVersion: rules.listVersion,
    basis: entry.basis,
    measuredPercent: total,
    allowedPercent: allowed,
    material,
  };
}
