import type { EntityManager } from "typeorm";
import type { Tx } from "../../database/transaction";
import { ScreeningHit } from "./screening-hit.entity";
import {
  indexEntries,
  matchesOf,
  type EntryIndex,
  type ListedEntry,
  type NodeMatch,
  type ScreenedNode,
} from "./screening-match";
import { normaliseName, normaliseRegion } from "./name-normalisation";
import { HitField, ScreeningListKind } from "./screening.enums";

export const SCREENING_HIT = "ScreeningHit";

/**
 * A list import re-screens every node and map edits re-screen theirs: an import takes this
 * lock alone, edits share it, so both never write a hit for the same node and party at once.
 */
export async function lockScreening(tx: Tx, mode: "shared" | "exclusive"): Promise<void> {
  await tx.manager.query(
    mode === "shared"
      ? "SELECT pg_advisory_xact_lock_shared(hashtext('screening'))"
      : "SELECT pg_advisory_xact_lock(hashtext('screening'))",
  );
}

/** Nodes read and compared per round of a full re-screen. */
const NODE_BATCH = 1000;

/** The current (highest-numbered) version of each list that has one. */
export async function currentVersions(
  manager: EntityManager,
): Promise<Map<ScreeningListKind, { id: string; number: number }>> {
  const rows = (await manager.query(
    `SELECT DISTINCT ON (kind) id, kind, number FROM screening_list_version
      ORDER BY kind, number DESC`,
  )) as { id: string; kind: ScreeningListKind; number: number }[];
  return new Map(rows.map((r) => [r.kind, { id: r.id, number: r.number }]));
}

const NODE_SQL = `SELECT n.id, m.supplier_id AS "supplierId", n.name, n.region
  FROM supply_chain_node n JOIN supply_chain_map m ON m.id = n.map_id`;

export async function nodesById(tx: Tx, ids: readonly string[]): Promise<ScreenedNode[]> {
  if (ids.length === 0) return [];
  return (await tx.manager.query(`${NODE_SQL} WHERE n.id = ANY($1::uuid[])`, [
    [...ids],
  ])) as ScreenedNode[];
}

/** Every node of every map, by id, NODE_BATCH at a time. */
export async function* allNodes(tx: Tx): AsyncGenerator<ScreenedNode[]> {
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const rows = (await tx.manager.query(`${NODE_SQL} WHERE n.id > $1 ORDER BY n.id LIMIT $2`, [
      after,
      NODE_BATCH,
    ])) as ScreenedNode[];
    if (rows.length === 0) return;
    yield rows;
    after = rows[rows.length - 1].id;
    if (rows.length < NODE_BATCH) return;
  }
}

interface EntryRow {
  id: string;
  version_id: string;
  kind: ScreeningListKind;
  name: string;
  aliases: string[];
  region_code: string | null;
  match_keys: string[];
}

/** The entries of the current versions that could match these nodes (by key or region). */
export async function candidateEntries(
  manager: EntityManager,
  nodes: readonly ScreenedNode[],
): Promise<EntryIndex> {
  const versions = [...(await currentVersions(manager)).values()].map((v) => v.id);
  const keys = [...new Set(nodes.map((n) => normaliseName(n.name)).filter(Boolean))];
  const regions = [
    ...new Set(nodes.map((n) => normaliseRegion(n.region)).filter((r): r is string => !!r)),
  ];
  if (versions.length === 0 || (keys.length === 0 && regions.length === 0)) return indexEntries([]);
  const rows = (await manager.query(
    `SELECT e.id, e.version_id, v.kind, e.name, e.aliases, e.region_code, e.match_keys
       FROM screening_list_entry e JOIN screening_list_version v ON v.id = e.version_id
      WHERE e.version_id = ANY($1::uuid[])
        AND (e.match_keys && $2::text[] OR e.region_code = ANY($3::varchar[]))`,
    [versions, keys, regions],
  )) as EntryRow[];
  return indexEntries(
    rows.map(
      (r): ListedEntry => ({
        id: r.id,
        versionId: r.version_id,
        kind: r.kind,
        name: r.name,
        aliases: r.aliases,
        regionCode: r.region_code,
        matchKeys: r.match_keys,
      }),
    ),
  );
}

export interface ScreeningChanges {
  found: number;
  cleared: number;
  /** Hits that still match and now name the newer entry. */
  kept: number;
}

/**
 * Compares `nodes` with `index` for the lists of `kinds` and brings their uncleared hits of
 * those lists in line: new matches become hits, matches that remain keep their hit (now
 * naming the current entry), hits that no longer match are cleared with `clearedBecause`.
 * With `write: false` only counts (a dry run). Suppliers whose hits changed are touched.
 */
export async function applyScreening(
  tx: Tx,
  nodes: readonly ScreenedNode[],
  kinds: readonly ScreeningListKind[],
  index: EntryIndex,
  clearedBecause: (hit: ScreeningHit) => string,
  write: boolean,
): Promise<ScreeningChanges> {
  const changes: ScreeningChanges = { found: 0, cleared: 0, kept: 0 };
  if (nodes.length === 0) return changes;
  const existing = (
    await tx.manager
      .createQueryBuilder(ScreeningHit, "h")
      .where("h.nodeId IN (:...ids)", { ids: nodes.map((n) => n.id) })
      .andWhere("h.clearedAt IS NULL")
      .andWhere("h.kind IN (:...kinds)", { kinds: [...kinds] })
      .getMany()
  ).reduce(
    (map, hit) => map.set(`${hit.nodeId}|${hit.matchKey}`, hit),
    new Map<string, ScreeningHit>(),
  );
  const seen = new Set<string>();
  const touched = new Set<string>();
  for (const node of nodes) {
    const matches = matchesOf(node, index).filter((m) => kinds.includes(m.entry.kind));
    // One hit per listed party and node: a name match wins over an alias match of the same entry.
    const byKey = new Map<string, NodeMatch>();
    for (const match of matches) {
      const had = byKey.get(match.matchKey);
      if (!had || (had.field === HitField.ALIAS && match.field === HitField.NAME))
        byKey.set(match.matchKey, match);
    }
    for (const match of byKey.values()) {
      const key = `${node.id}|${match.matchKey}`;
      seen.add(key);
      const hit = existing.get(key);
      if (hit) {
        const same =
          hit.entryId === match.entry.id &&
          hit.field === match.field &&
          hit.matchedAlias === match.matchedAlias &&
          hit.nodeName === node.name;
        if (same) continue;
        changes.kept++;
        if (!write) continue;
        await tx.manager.update(ScreeningHit, hit.id, {
          entryId: match.entry.id,
          listVersionId: match.entry.versionId,
          field: match.field,
          matchedValue: match.matchedValue,
          matchedAlias: match.matchedAlias,
          nodeName: node.name,
        });
        continue;
      }
      changes.found++;
      touched.add(node.supplierId);
      if (!write) continue;
      const values = {
        supplierId: node.supplierId,
        nodeId: node.id,
        nodeName: node.name,
        entryId: match.entry.id,
        listVersionId: match.entry.versionId,
        kind: match.entry.kind,
        field: match.field,
        matchedValue: match.matchedValue,
        matchedAlias: match.matchedAlias,
        matchKey: match.matchKey,
        foundAt: tx.now,
        clearedAt: null,
        clearedReason: null,
      };
      const inserted = await tx.manager.insert(ScreeningHit, values);
      await tx.record({
        action: "screeningHit.found",
        entityType: SCREENING_HIT,
        entityId: inserted.identifiers[0].id as string,
        after: {
          supplierId: node.supplierId,
          nodeId: node.id,
          nodeName: node.name,
          entry: match.entry.name,
          kind: match.entry.kind,
          field: match.field,
          matchedValue: match.matchedValue,
          matchedAlias: match.matchedAlias,
          listVersionId: match.entry.versionId,
        },
      });
    }
  }
  for (const [key, hit] of existing) {
    if (seen.has(key)) continue;
    changes.cleared++;
    touched.add(hit.supplierId);
    if (write) await clearHit(tx, hit, clearedBecause(hit));
  }
  if (write) for (const supplierId of touched) tx.touchSupplier(supplierId, "SCREENING_CHANGED");
  return changes;
}

export async function clearHit(tx: Tx, hit: ScreeningHit, reason: string): Promise<void> {
  await tx.manager.update(ScreeningHit, hit.id, { clearedAt: tx.now, clearedReason: reason });
  await tx.record({
    action: "screeningHit.cleared",
    entityType: SCREENING_HIT,
    entityId: hit.id,
    before: { clearedAt: null },
    after: { clearedAt: tx.now, clearedReason: reason },
  });
}

/**
 * The supply-chain hook (installed by src/app/unit-of-work.ts): re-screens a map's added and
 * edited nodes against both current lists, and clears the hits of its removed nodes (the
 * delete set their node id to null).
 */
export async function screenChangedNodes(
  tx: Tx,
  change: { supplierId: string; changedNodeIds: readonly string[] },
): Promise<void> {
  await lockScreening(tx, "shared");
  const orphans = await tx.manager
    .createQueryBuilder(ScreeningHit, "h")
    .where("h.supplierId = :supplierId", { supplierId: change.supplierId })
    .andWhere("h.nodeId IS NULL AND h.clearedAt IS NULL")
    .getMany();
  for (const hit of orphans) await clearHit(tx, hit, "the node was removed from its map");
  if (orphans.length > 0) tx.touchSupplier(change.supplierId, "SCREENING_CHANGED");
  const nodes = await nodesById(tx, [...new Set(change.changedNodeIds)]);
  if (nodes.length === 0) return;
  await applyScreening(
    tx,
    nodes,
    [ScreeningListKind.RESTRICTED_ENTITY, ScreeningListKind.HIGH_RISK_REGION],
    await candidateEntries(tx.manager, nodes),
    () => "the node's name or region no longer matches",
    true,
  );
}
