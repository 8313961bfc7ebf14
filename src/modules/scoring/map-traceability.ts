import { Basis, Traceability } from "../../shared/domain/sustainability.enums";
import { roundTo } from "./rounding";
import { DECLARED_TRACEABILITY } from "./scoring-policy";

/** A supply-chain map as the traceability rule reads it: tiers by position, links by state. */
export interface MapGraph {
  rootId: string;
  /** Position of the tier set's origin tier (1). */
  originPosition: number;
  nodes: readonly { id: string; tierPosition: number }[];
  /** Material flows from `upstream` to `downstream`. */
  links: readonly { upstream: string; downstream: string; verified: boolean }[];
}

export interface MapTraceability {
  /** What counts: the verified level, or the declared one a level lower, whichever is higher. */
  level: Traceability;
  /** VERIFIED when verified links carry `level`; DECLARED when only declared ones do. */
  basis: Basis;
  /** The level the links would give if every declared link were verified. */
  declaredLevel: Traceability;
  /** Paths from the root upstream to a node with no supplier of its own. */
  pathCount: number;
  /** Of those, the ones ending at the origin tier through verified links only. */
  verifiedPathCount: number;
  /** Of those, the ones ending at the origin tier, whatever their links' state. */
  originPathCount: number;
  /** verifiedPathCount / pathCount as a percentage, 1 decimal; 0 without paths. */
  coverage: number;
  directLinkCount: number;
  verifiedDirectLinkCount: number;
}

const RANK: Readonly<Record<Traceability, number>> = {
  [Traceability.NONE]: 0,
  [Traceability.TIER1]: 1,
  [Traceability.TO_ORIGIN]: 2,
};

export function lowerTraceability(a: Traceability, b: Traceability): Traceability {
  return RANK[a] <= RANK[b] ? a : b;
}

/**
 * Issue 18: TO_ORIGIN when every path from the root reaches the origin tier through verified
 * links, TIER1 when the root's direct suppliers are all linked by verified links, NONE
 * otherwise. A level reached only through declared links counts one level lower (SPEC 11), so
 * drawing a map cannot raise the supplier's own verdict past what an auditor checked.
 *
 * Paths are counted, not listed (a map is a DAG: links go upstream to downstream in tier
 * order), so a wide map costs one pass over its links.
 */
export function mapTraceability(graph: MapGraph): MapTraceability {
  const tierOf = new Map(graph.nodes.map((n) => [n.id, n.tierPosition]));
  const upstreamOf = new Map<string, { upstream: string; verified: boolean }[]>();
  for (const link of graph.links) {
    const list = upstreamOf.get(link.downstream) ?? [];
    list.push(link);
    upstreamOf.set(link.downstream, list);
  }
  const memo = new Map<string, { paths: number; verified: number; origin: number }>();
  const visiting = new Set<string>();
  const count = (id: string): { paths: number; verified: number; origin: number } => {
    const known = memo.get(id);
    if (known) return known;
    // Validation keeps maps acyclic; a cycle here would be a bug, counted as a dead end.
    if (visiting.has(id)) return { paths: 0, verified: 0, origin: 0 };
    visiting.add(id);
    const ups = upstreamOf.get(id) ?? [];
    let result: { paths: number; verified: number; origin: number };
    if (ups.length === 0) {
      const atOrigin = tierOf.get(id) === graph.originPosition ? 1 : 0;
      result = { paths: 1, verified: atOrigin, origin: atOrigin };
    } else {
      result = { paths: 0, verified: 0, origin: 0 };
      for (const up of ups) {
        const sub = count(up.upstream);
        result.paths += sub.paths;
        result.origin += sub.origin;
        if (up.verified) result.verified += sub.verified;
      }
    }
    visiting.delete(id);
    memo.set(id, result);
    return result;
  };

  const direct = upstreamOf.get(graph.rootId) ?? [];
  const verifiedDirect = direct.filter((l) => l.verified).length;
  const totals = direct.length === 0 ? { paths: 0, verified: 0, origin: 0 } : count(graph.rootId);

  const levelOf = (toOrigin: boolean, tier1: boolean) =>
    toOrigin ? Traceability.TO_ORIGIN : tier1 ? Traceability.TIER1 : Traceability.NONE;
  const hasPaths = totals.paths > 0;
  const verifiedLevel = levelOf(
    hasPaths && totals.verified === totals.paths,
    direct.length > 0 && verifiedDirect === direct.length,
  );
  const declaredLevel = levelOf(hasPaths && totals.origin === totals.paths, direct.length > 0);
  const discounted = DECLARED_TRACEABILITY[declaredLevel];
  const level = RANK[discounted] > RANK[verifiedLevel] ? discounted : verifiedLevel;
  const basis =
    RANK[discounted] > RANK[verifiedLevel]
      ? Basis.DECLARED
      : verifiedLevel !== Traceability.NONE
        ? Basis.VERIFIED
        : direct.length > 0
          ? Basis.DECLARED
          : Basis.NONE;

  return {
    level,
    basis,
    declaredLevel,
    pathCount: totals.paths,
    verifiedPathCount: totals.verified,
    originPathCount: totals.origin,
    coverage: hasPaths ? roundTo((100 * totals.verified) / totals.paths, 1) : 0,
    directLinkCount: direct.length,
    verifiedDirectLinkCount: verifiedDirect,
  };
}

/** One of the supplier's categories as the ranking's traceability term reads it. */
export interface CategoryTraceability {
  categoryCode: string;
  /** Null: the category has no tier set, so no map can be drawn for it. */
  originTierCode: string | null;
  /** Null: no map drawn for it. */
  map: MapTraceability | null;
}

/** The traceability term of a ranking: its level and the explanation's wording of its source. */
export interface TraceabilityTerm {
  level: Traceability;
  /** Where the level comes from, e.g. "computed from the POLYSILICON supply-chain map: ...". */
  source: string;
}

const WORDS: Readonly<Record<Traceability, string>> = {
  [Traceability.NONE]: "none",
  [Traceability.TIER1]: "tier 1",
  [Traceability.TO_ORIGIN]: "to origin",
};

function sourceOf(c: CategoryTraceability): string {
  if (c.originTierCode === null) return `${c.categoryCode} has no supply-chain tiers`;
  if (!c.map) return `no supply-chain map for ${c.categoryCode}`;
  const m = c.map;
  const paths =
    m.pathCount === 1
      ? `${m.verifiedPathCount} of ${m.pathCount} path`
      : `${m.verifiedPathCount} of ${m.pathCount} paths`;
  const computed = `computed from the ${c.categoryCode} supply-chain map: ${paths} verified to ${c.originTierCode}`;
  return m.basis === Basis.DECLARED
    ? `${computed}; declared links only: ${WORDS[m.declaredLevel]}, counted one level lower`
    : computed;
}

/**
 * Issue 18: a category's ranking uses that category's map; the all-categories ranking (and
 * `computedTraceability` without a category) the lowest over the supplier's categories that
 * can be mapped (those with a tier set), so a well-mapped category cannot hide an unmapped one.
 * No category that can be mapped: NONE.
 */
export function traceabilityTerm(categories: readonly CategoryTraceability[]): TraceabilityTerm {
  if (categories.length === 0)
    return { level: Traceability.NONE, source: "no material category to map" };
  const mappable = categories.filter((c) => c.originTierCode !== null);
  const counted = mappable.length > 0 ? mappable : categories;
  const levelOf = (c: CategoryTraceability) => c.map?.level ?? Traceability.NONE;
  let lowest = counted[0];
  for (const c of counted) if (RANK[levelOf(c)] < RANK[levelOf(lowest)]) lowest = c;
  const source = sourceOf(lowest);
  return {
    level: levelOf(lowest),
    source: counted.length === 1 ? source : `lowest of ${counted.length} categories, ${source}`,
  };
}
