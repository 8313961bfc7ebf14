import type { EntityManager } from "typeorm";
import {
  mapTraceability,
  type CategoryTraceability,
  type MapGraph,
} from "../scoring/map-traceability";
import { LinkState } from "./supply-chain.enums";
import type { SupplyChainLink } from "./supply-chain-link.entity";
import type { SupplyChainNode } from "./supply-chain-node.entity";
import type { SupplyChainTier } from "./tier.entity";

/** A map's rows as the traceability rule reads them. */
export function graphOf(
  nodes: readonly Pick<SupplyChainNode, "id" | "tierId" | "isRoot">[],
  links: readonly Pick<SupplyChainLink, "upstreamNodeId" | "downstreamNodeId" | "state">[],
  tiers: readonly Pick<SupplyChainTier, "id" | "position">[],
): MapGraph | null {
  const root = nodes.find((n) => n.isRoot);
  if (!root || tiers.length === 0) return null;
  const position = new Map(tiers.map((t) => [t.id, t.position]));
  return {
    rootId: root.id,
    originPosition: Math.min(...tiers.map((t) => t.position)),
    nodes: nodes.map((n) => ({ id: n.id, tierPosition: position.get(n.tierId) ?? 0 })),
    links: links.map((l) => ({
      upstream: l.upstreamNodeId,
      downstream: l.downstreamNodeId,
      verified: l.state === LinkState.VERIFIED,
    })),
  };
}

interface TraceabilityRow {
  category_id: string;
  category_code: string;
  origin_code: string | null;
  origin_position: number | null;
  root_id: string | null;
  nodes: { id: string; p: number }[] | null;
  links: { u: string; d: string; v: boolean }[] | null;
}

/**
 * Per category (the supplier's, or those named), what its map gives for traceability: one
 * statement with the maps' nodes and links as JSON, since standings are recomputed inside
 * every change's transaction.
 */
export async function loadCategoryTraceability(
  manager: EntityManager,
  supplierId: string,
  categoryIds?: readonly string[],
): Promise<(CategoryTraceability & { categoryId: string })[]> {
  const rows = (await manager.query(
    `SELECT mc.id AS category_id, mc.code AS category_code,
       ot.code AS origin_code, ot.position AS origin_position,
       (SELECT n.id FROM supply_chain_node n WHERE n.map_id = m.id AND n.is_root) AS root_id,
       (SELECT json_agg(json_build_object('id', n.id, 'p', t.position))
          FROM supply_chain_node n JOIN supply_chain_tier t ON t.id = n.tier_id
         WHERE n.map_id = m.id) AS nodes,
       (SELECT json_agg(json_build_object('u', l.upstream_node_id, 'd', l.downstream_node_id,
           'v', l.state = 'VERIFIED'))
          FROM supply_chain_link l WHERE l.map_id = m.id) AS links
     FROM material_category mc
     LEFT JOIN category_tier_set cts ON cts.category_id = mc.id
     LEFT JOIN supply_chain_map m ON m.supplier_id = $1 AND m.category_id = mc.id
     LEFT JOIN LATERAL (SELECT code, position FROM supply_chain_tier
        WHERE tier_set_id = COALESCE(m.tier_set_id, cts.tier_set_id)
        ORDER BY position LIMIT 1) ot ON true
     WHERE ${
       categoryIds
         ? "mc.id = ANY($2::uuid[])"
         : "mc.id IN (SELECT category_id FROM supplier_category WHERE supplier_id = $1)"
     }
     ORDER BY mc.code`,
    categoryIds ? [supplierId, categoryIds] : [supplierId],
  )) as TraceabilityRow[];
  return rows.map((row) => ({
    categoryId: row.category_id,
    categoryCode: row.category_code,
    originTierCode: row.origin_code,
    map:
      row.root_id && row.origin_position !== null
        ? mapTraceability({
            rootId: row.root_id,
            originPosition: row.origin_position,
            nodes: (row.nodes ?? []).map((n) => ({ id: n.id, tierPosition: n.p })),
            links: (row.links ?? []).map((l) => ({
              upstream: l.u,
              downstream: l.d,
              verified: l.v,
            })),
          })
        : null,
  }));
}
