import type { FieldProblem } from "../../shared/errors";

/** A map as its validation reads it. */
export interface MapShape {
  /** Node id -> its tier's position (1 = origin) and whether it is the root. */
  nodes: ReadonlyMap<string, { position: number; tierCode: string; name: string; isRoot: boolean }>;
  links: readonly { id: string; upstream: string; downstream: string }[];
}

/** True when material can already flow from `from` to `to` along the map's links. */
export function reaches(shape: MapShape, from: string, to: string): boolean {
  const downstreamOf = new Map<string, string[]>();
  for (const l of shape.links) {
    const list = downstreamOf.get(l.upstream) ?? [];
    list.push(l.downstream);
    downstreamOf.set(l.upstream, list);
  }
  const seen = new Set<string>();
  const stack = [from];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (id === to) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(downstreamOf.get(id) ?? []));
  }
  return false;
}

/**
 * The problems of a new link from `upstream` to `downstream`: both nodes of this map, no
 * duplicate, no cycle, and upstream at a lower tier than downstream (tiers may be skipped:
 * a trader may buy polysilicon straight from a quartzite mine's smelter).
 */
export function linkProblems(
  shape: MapShape,
  upstream: string,
  downstream: string,
  path = "input",
): FieldProblem[] {
  const up = shape.nodes.get(upstream);
  const down = shape.nodes.get(downstream);
  const problems: FieldProblem[] = [];
  if (!up) problems.push({ path: `${path}.upstreamNodeId`, message: "is not a node of this map" });
  if (!down)
    problems.push({ path: `${path}.downstreamNodeId`, message: "is not a node of this map" });
  if (!up || !down) return problems;
  if (upstream === downstream)
    return [
      { path: `${path}.downstreamNodeId`, message: "must be another node than upstreamNodeId" },
    ];
  if (shape.links.some((l) => l.upstream === upstream && l.downstream === downstream))
    problems.push({
      path: `${path}.downstreamNodeId`,
      message: `${up.name} is already linked to ${down.name}`,
    });
  if (reaches(shape, downstream, upstream))
    problems.push({
      path: `${path}.upstreamNodeId`,
      message: `would close a cycle: ${down.name} already supplies ${up.name}`,
    });
  if (up.position >= down.position)
    problems.push({
      path: `${path}.upstreamNodeId`,
      message: `must be at a lower tier than the downstream node (${up.tierCode} is not upstream of ${down.tierCode})`,
    });
  return problems;
}

/**
 * The problems of putting node `id` (absent: a new node) at tier `position`: below the root's
 * tier, and, for a node with links, still in tier order with each of its neighbours.
 */
export function tierProblems(
  shape: MapShape,
  id: string | null,
  position: number,
  tierCode: string,
  path = "input.tierId",
): FieldProblem[] {
  const node = id ? shape.nodes.get(id) : undefined;
  const root = [...shape.nodes.values()].find((n) => n.isRoot);
  if (node?.isRoot) {
    return position === node.position
      ? []
      : [{ path, message: `the root stays at the category's top tier (${node.tierCode})` }];
  }
  if (root && position >= root.position)
    return [{ path, message: `must be a tier upstream of the root's (${root.tierCode})` }];
  if (!id) return [];
  const problems: FieldProblem[] = [];
  for (const l of shape.links) {
    const other =
      l.upstream === id
        ? shape.nodes.get(l.downstream)
        : l.downstream === id
          ? shape.nodes.get(l.upstream)
          : undefined;
    if (!other) continue;
    const inOrder = l.upstream === id ? position < other.position : other.position < position;
    if (!inOrder)
      problems.push({
        path,
        message: `${tierCode} would put the link with ${other.name} (${other.tierCode}) out of tier order`,
      });
  }
  return problems;
}

/** ISO 3166-2 codes start with their country's alpha-2 code. */
export function regionProblems(
  country: string,
  region: string | null,
  path = "input.region",
): FieldProblem[] {
  if (region === null || region.slice(0, 2) === country) return [];
  return [{ path, message: `must be a subdivision of ${country} (${country}-...)` }];
}
