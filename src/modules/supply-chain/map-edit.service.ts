import type { RequestContext } from "../../graphql/context";
import { advisoryLock, aggregateOf, change, create } from "../../database/change";
import { inTransaction, type Tx } from "../../database/transaction";
import { badInput, conflict, notFound, staleVersion, type FieldProblem } from "../../shared/errors";
import { trimToNull } from "../../shared/text";
import { AttachmentKind } from "../document/attachment-kind";
import { attachEvidence } from "../document/evidence-links";
import { assertSupplierVisible, requireRole } from "../identity/access";
import { linkEvidenceFromInput } from "./link-evidence";
import { linkProblems, regionProblems, tierProblems, type MapShape } from "./map-rules";
import { nodesChanged } from "./node-hooks";
import { LinkState } from "./supply-chain.enums";
import type {
  SupplyChainLinkInput,
  SupplyChainLinkUpdateInput,
  SupplyChainNodeInput,
} from "./supply-chain.inputs";
import { MAX_LINKS_PER_MAP, MAX_NODES_PER_MAP } from "./supply-chain.limits";
import { SUPPLY_CHAIN_PERMISSIONS as P } from "./supply-chain.permissions";
import { SupplyChainLink } from "./supply-chain-link.entity";
import { SupplyChainMap } from "./supply-chain-map.entity";
import { SupplyChainNode } from "./supply-chain-node.entity";
import { CategoryTierSet } from "./category-tier-set.entity";
import { SupplyChainTier } from "./tier.entity";

export const MAP = "SupplyChainMap";
export const NODE = "SupplyChainNode";
export const LINK = "SupplyChainLink";

export const NODES = aggregateOf(SupplyChainNode, NODE, {
  versioned: false,
  omit: ["map", "tier", "updatedAt"],
});
export const LINKS = aggregateOf(SupplyChainLink, LINK, {
  versioned: false,
  omit: ["map", "upstreamNode", "downstreamNode", "verifiedBy", "updatedAt"],
});
const MAPS = aggregateOf(SupplyChainMap, MAP, {
  versioned: true,
  omit: ["supplier", "category", "tierSet", "updatedAt"],
});

/** A locked map with everything its rules read. */
export interface LoadedMap {
  map: SupplyChainMap;
  tiers: SupplyChainTier[];
  nodes: SupplyChainNode[];
  links: SupplyChainLink[];
  shape: MapShape;
}

function shapeOf(
  tiers: readonly SupplyChainTier[],
  nodes: readonly SupplyChainNode[],
  links: readonly SupplyChainLink[],
): MapShape {
  const tierById = new Map(tiers.map((t) => [t.id, t]));
  return {
    nodes: new Map(
      nodes.map((n) => [
        n.id,
        {
          position: tierById.get(n.tierId)?.position ?? 0,
          tierCode: tierById.get(n.tierId)?.code ?? "?",
          name: n.name,
          isRoot: n.isRoot,
        },
      ]),
    ),
    links: links.map((l) => ({
      id: l.id,
      upstream: l.upstreamNodeId,
      downstream: l.downstreamNodeId,
    })),
  };
}

/**
 * Locks the map (every edit of one map is serialised on its row), refuses a map the viewer
 * may not see as NOT_FOUND, and a stale `expectedVersion` as CONFLICT.
 */
export async function lockMap(tx: Tx, mapId: string, expectedVersion: number): Promise<LoadedMap> {
  const viewer = tx.ctx.viewer!;
  const map = await tx.manager.findOne(SupplyChainMap, {
    where: { id: mapId },
    lock: { mode: "pessimistic_write" },
  });
  if (!map) throw notFound(MAP, mapId);
  assertSupplierVisible(viewer, map.supplierId, MAP, mapId);
  if (map.version !== expectedVersion) throw staleVersion(MAP, expectedVersion, map.version);
  const [tiers, nodes, links] = await Promise.all([
    tx.manager.find(SupplyChainTier, {
      where: { tierSetId: map.tierSetId },
      order: { position: "ASC" },
    }),
    tx.manager.find(SupplyChainNode, { where: { mapId }, order: { id: "ASC" } }),
    tx.manager.find(SupplyChainLink, { where: { mapId }, order: { id: "ASC" } }),
  ]);
  return { map, tiers, nodes, links, shape: shapeOf(tiers, nodes, links) };
}

/**
 * The end of every change to a map: its version bumped, the node hooks run for the nodes it
 * changed, the supplier's standing recomputed before commit.
 */
export async function mapChanged(
  tx: Tx,
  loaded: LoadedMap,
  nodes: { changed?: string[]; removed?: string[] },
  cause: "SUPPLY_CHAIN_CHANGED" | "SUPPLY_CHAIN_LINK_VERIFIED" = "SUPPLY_CHAIN_CHANGED",
): Promise<SupplyChainMap> {
  const { map } = loaded;
  await tx.manager.query(
    `UPDATE supply_chain_map SET version = version + 1, updated_at = $2 WHERE id = $1`,
    [map.id, tx.now],
  );
  await nodesChanged(tx, {
    supplierId: map.supplierId,
    categoryId: map.categoryId,
    mapId: map.id,
    changedNodeIds: nodes.changed ?? [],
    removedNodeIds: nodes.removed ?? [],
  });
  tx.touchSupplier(map.supplierId, cause);
  return tx.manager.findOneByOrFail(SupplyChainMap, { id: map.id });
}

/** Runs an edit of a map by a SUPPLIER (its own) or an ADMIN, in one transaction. */
function editMap(
  ctx: RequestContext,
  operation: keyof typeof P,
  mapId: string,
  expectedVersion: number,
  work: (tx: Tx, loaded: LoadedMap) => Promise<{ changed?: string[]; removed?: string[] }>,
): Promise<SupplyChainMap> {
  requireRole(ctx, ...P[operation]);
  return inTransaction(ctx, async (tx) => {
    const loaded = await lockMap(tx, mapId, expectedVersion);
    const nodes = await work(tx, loaded);
    return mapChanged(tx, loaded, nodes);
  });
}

export const linkSubject = (subjectId: string, supplierId: string) => ({
  kind: AttachmentKind.SUPPLY_CHAIN_LINK,
  subjectId,
  supplierId,
});

/** A verified link back to DECLARED: what the auditor checked is not what it is now. */
async function unverify(tx: Tx, links: readonly SupplyChainLink[], why: string): Promise<void> {
  for (const link of links.filter((l) => l.state === LinkState.VERIFIED)) {
    await change(tx, LINKS, link, {
      action: "supplyChainLink.unverified",
      set: {
        state: LinkState.DECLARED,
        verifiedById: null,
        verifiedAt: null,
        verificationNote: null,
        updatedAt: tx.now,
      },
      recorded: (before, after) => ({
        before: { state: before.state, verifiedById: before.verifiedById },
        after: { state: after.state, reason: why },
      }),
    });
  }
}

/**
 * Starts a supplier's map for a category it supplies: the root node is the supplier itself at
 * the category's top tier. One map per supplier and category.
 */
export async function createSupplyChainMap(
  ctx: RequestContext,
  supplierId: string,
  categoryId: string,
): Promise<SupplyChainMap> {
  const viewer = requireRole(ctx, ...P.createSupplyChainMap);
  assertSupplierVisible(viewer, supplierId);
  return inTransaction(ctx, async (tx) => {
    const [supplier] = (await tx.manager.query(
      `SELECT s.id, s.name, s.country,
         EXISTS (SELECT 1 FROM supplier_category sc
                  WHERE sc.supplier_id = s.id AND sc.category_id = $2) AS supplies
         FROM supplier s WHERE s.id = $1`,
      [supplierId, categoryId],
    )) as { id: string; name: string; country: string; supplies: boolean }[];
    if (!supplier) throw notFound("Supplier", supplierId);
    if (!supplier.supplies)
      throw badInput([
        { path: "categoryId", message: "is not a material category this supplier supplies" },
      ]);
    const tiers = await tx.manager.findOneBy(CategoryTierSet, { categoryId });
    if (!tiers)
      throw badInput([
        {
          path: "categoryId",
          message: "has no supply-chain tiers (an admin sets them: setCategoryTierSet)",
        },
      ]);
    await advisoryLock(tx, `supply-chain-map:${supplierId}:${categoryId}`);
    if (await tx.manager.existsBy(SupplyChainMap, { supplierId, categoryId }))
      throw conflict("This supplier's map for the category exists already: edit it");
    const map = await create(
      tx,
      MAPS,
      { supplierId, categoryId, tierSetId: tiers.tierSetId, createdAt: tx.now, updatedAt: tx.now },
      { action: "supplyChainMap.created" },
    );
    const root = await create(
      tx,
      NODES,
      {
        mapId: map.id,
        tierId: tiers.topTierId,
        isRoot: true,
        name: supplier.name,
        country: supplier.country,
        updatedAt: tx.now,
      },
      { action: "supplyChainNode.added" },
    );
    await nodesChanged(tx, {
      supplierId,
      categoryId,
      mapId: map.id,
      changedNodeIds: [root.id],
      removedNodeIds: [],
    });
    tx.touchSupplier(supplierId, "SUPPLY_CHAIN_CHANGED");
    return map;
  });
}

interface NodeValues {
  tierId: string;
  name: string;
  country: string;
  region: string | null;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
}

function nodeValues(loaded: LoadedMap, id: string | null, input: SupplyChainNodeInput): NodeValues {
  const problems: FieldProblem[] = [];
  const tier = loaded.tiers.find((t) => t.id === input.tierId?.toLowerCase());
  const name = input.name.trim();
  const country = input.country.toUpperCase();
  const region = trimToNull(input.region)?.toUpperCase() ?? null;
  if (!tier)
    problems.push({ path: "input.tierId", message: "is not a tier of this map's tier set" });
  else problems.push(...tierProblems(loaded.shape, id, tier.position, tier.code));
  if (name.length === 0) problems.push({ path: "input.name", message: "must not be blank" });
  problems.push(...regionProblems(country, region));
  const latitude = input.latitude ?? null;
  const longitude = input.longitude ?? null;
  if ((latitude === null) !== (longitude === null))
    problems.push({
      path: latitude === null ? "input.latitude" : "input.longitude",
      message: "give latitude and longitude together",
    });
  if (problems.length > 0) throw badInput(problems);
  return {
    tierId: tier!.id,
    name,
    country,
    region,
    address: trimToNull(input.address),
    latitude,
    longitude,
  };
}

export function addSupplyChainNode(
  ctx: RequestContext,
  mapId: string,
  expectedVersion: number,
  input: SupplyChainNodeInput,
): Promise<SupplyChainMap> {
  return editMap(ctx, "addSupplyChainNode", mapId, expectedVersion, async (tx, loaded) => {
    const values = nodeValues(loaded, null, input);
    if (loaded.nodes.length >= MAX_NODES_PER_MAP)
      throw conflict(`A map has at most ${MAX_NODES_PER_MAP} nodes`);
    const node = await create(
      tx,
      NODES,
      { ...values, mapId, isRoot: false, updatedAt: tx.now },
      { action: "supplyChainNode.added" },
    );
    return { changed: [node.id] };
  });
}

/** The node's links were checked against what it was: a verified one goes back to DECLARED. */
export function updateSupplyChainNode(
  ctx: RequestContext,
  id: string,
  expectedVersion: number,
  input: SupplyChainNodeInput,
): Promise<SupplyChainMap> {
  return nodeEdit(ctx, "updateSupplyChainNode", id, expectedVersion, async (tx, loaded, node) => {
    const values = nodeValues(loaded, node.id, input);
    const same = (Object.keys(values) as (keyof NodeValues)[]).every((k) => node[k] === values[k]);
    if (same) return {};
    await change(tx, NODES, node, {
      action: "supplyChainNode.updated",
      set: { ...values, updatedAt: tx.now },
    });
    await unverify(
      tx,
      loaded.links.filter((l) => l.upstreamNodeId === node.id || l.downstreamNodeId === node.id),
      `node ${node.name} changed`,
    );
    return { changed: [node.id] };
  });
}

/** Removes a node and its links; the root stays. */
export function removeSupplyChainNode(
  ctx: RequestContext,
  id: string,
  expectedVersion: number,
): Promise<SupplyChainMap> {
  return nodeEdit(ctx, "removeSupplyChainNode", id, expectedVersion, async (tx, loaded, node) => {
    if (node.isRoot)
      throw badInput([{ path: "id", message: "is the map's root (the supplier itself)" }]);
    const links = loaded.links.filter(
      (l) => l.upstreamNodeId === node.id || l.downstreamNodeId === node.id,
    );
    for (const link of links) await removeLink(tx, link, loaded.map.supplierId);
    await tx.manager.delete(SupplyChainNode, { id: node.id });
    await tx.record({
      action: "supplyChainNode.removed",
      entityType: NODE,
      entityId: node.id,
      before: NODES.snapshot(node),
    });
    return { removed: [node.id] };
  });
}

async function nodeEdit(
  ctx: RequestContext,
  operation: "updateSupplyChainNode" | "removeSupplyChainNode",
  id: string,
  expectedVersion: number,
  work: (
    tx: Tx,
    loaded: LoadedMap,
    node: SupplyChainNode,
  ) => Promise<{ changed?: string[]; removed?: string[] }>,
): Promise<SupplyChainMap> {
  requireRole(ctx, ...P[operation]);
  const found = await ctx.dataSource.manager.findOneBy(SupplyChainNode, { id });
  if (!found) throw notFound(NODE, id);
  return editMap(ctx, operation, found.mapId, expectedVersion, async (tx, loaded) => {
    const node = loaded.nodes.find((n) => n.id === id);
    if (!node) throw notFound(NODE, id);
    return work(tx, loaded, node);
  });
}

/** Unlinks its documents too (the orphan sweep may then delete them). */
async function removeLink(tx: Tx, link: SupplyChainLink, supplierId: string): Promise<void> {
  await attachEvidence(tx, linkSubject(link.id, supplierId), []);
  await tx.manager.delete(SupplyChainLink, { id: link.id });
  await tx.record({
    action: "supplyChainLink.removed",
    entityType: LINK,
    entityId: link.id,
    before: LINKS.snapshot(link),
  });
}

export function addSupplyChainLink(
  ctx: RequestContext,
  mapId: string,
  expectedVersion: number,
  input: SupplyChainLinkInput,
): Promise<SupplyChainMap> {
  return editMap(ctx, "addSupplyChainLink", mapId, expectedVersion, async (tx, loaded) => {
    const upstream = input.upstreamNodeId.toLowerCase();
    const downstream = input.downstreamNodeId.toLowerCase();
    const problems = linkProblems(loaded.shape, upstream, downstream);
    if (problems.length > 0) throw badInput(problems);
    if (loaded.links.length >= MAX_LINKS_PER_MAP)
      throw conflict(`A map has at most ${MAX_LINKS_PER_MAP} links`);
    const supplierId = loaded.map.supplierId;
    const evidence = await linkEvidenceFromInput(tx, input.evidence, "input.evidence", supplierId);
    const link = await create(
      tx,
      LINKS,
      {
        mapId,
        upstreamNodeId: upstream,
        downstreamNodeId: downstream,
        custody: input.custody,
        evidence,
        state: LinkState.DECLARED,
        updatedAt: tx.now,
      },
      { action: "supplyChainLink.added" },
    );
    await attachEvidence(tx, linkSubject(link.id, supplierId), evidence);
    return {};
  });
}

/** A changed link is not the one the auditor checked: it goes back to DECLARED. */
export function updateSupplyChainLink(
  ctx: RequestContext,
  id: string,
  expectedVersion: number,
  input: SupplyChainLinkUpdateInput,
): Promise<SupplyChainMap> {
  return linkEdit(ctx, "updateSupplyChainLink", id, expectedVersion, async (tx, loaded, link) => {
    const supplierId = loaded.map.supplierId;
    const evidence = await linkEvidenceFromInput(tx, input.evidence, "input.evidence", supplierId);
    await change(tx, LINKS, link, {
      action: "supplyChainLink.updated",
      set: {
        custody: input.custody,
        evidence,
        state: LinkState.DECLARED,
        verifiedById: null,
        verifiedAt: null,
        verificationNote: null,
        updatedAt: tx.now,
      },
    });
    await attachEvidence(tx, linkSubject(link.id, supplierId), evidence);
    return {};
  });
}

export function removeSupplyChainLink(
  ctx: RequestContext,
  id: string,
  expectedVersion: number,
): Promise<SupplyChainMap> {
  return linkEdit(ctx, "removeSupplyChainLink", id, expectedVersion, async (tx, loaded, link) => {
    await removeLink(tx, link, loaded.map.supplierId);
    return {};
  });
}

export async function linkEdit(
  ctx: RequestContext,
  operation: "updateSupplyChainLink" | "removeSupplyChainLink" | "verifySupplyChainLink",
  id: string,
  expectedVersion: number,
  work: (
    tx: Tx,
    loaded: LoadedMap,
    link: SupplyChainLink,
  ) => Promise<{ changed?: string[]; removed?: string[] }>,
  cause: "SUPPLY_CHAIN_CHANGED" | "SUPPLY_CHAIN_LINK_VERIFIED" = "SUPPLY_CHAIN_CHANGED",
): Promise<SupplyChainMap> {
  requireRole(ctx, ...P[operation]);
  const found = await ctx.dataSource.manager.findOneBy(SupplyChainLink, { id });
  if (!found) throw notFound(LINK, id);
  return inTransaction(ctx, async (tx) => {
    const loaded = await lockMap(tx, found.mapId, expectedVersion);
    const link = loaded.links.find((l) => l.id === id);
    if (!link) throw notFound(LINK, id);
    const nodes = await work(tx, loaded, link);
    return mapChanged(tx, loaded, nodes, cause);
  });
}
