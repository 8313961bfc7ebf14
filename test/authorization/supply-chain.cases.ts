import { SUPPLY_CHAIN_PERMISSIONS as P } from "../../src/modules/supply-chain/supply-chain.permissions";
import type { Supplier } from "../../src/modules/supplier/supplier.entity";
import type { MatrixCase, MatrixFixture } from "./matrix";

const OWNERSHIP = "SUPPLIER: NOT_FOUND for another supplier's map";

const tierId = async (fx: MatrixFixture, code: string): Promise<string> =>
  (
    await fx.app.dataSource.query(
      `SELECT t.id FROM supply_chain_tier t JOIN supply_chain_tier_set s ON s.id = t.tier_set_id
        WHERE s.code = 'PV' AND t.code = $1`,
      [code],
    )
  )[0].id;

/** The supplier's POLYSILICON map (made once, with its root), at its current version. */
async function mapOf(
  fx: MatrixFixture,
  supplier: Supplier,
): Promise<{ id: string; version: number }> {
  const db = fx.app.dataSource;
  const [{ id: category }] = await db.query(
    `SELECT id FROM material_category WHERE code = 'POLYSILICON'`,
  );
  await db.query(`INSERT INTO supplier_category VALUES ($1, $2) ON CONFLICT DO NOTHING`, [
    supplier.id,
    category,
  ]);
  const [existing] = await db.query(
    `SELECT id, version FROM supply_chain_map WHERE supplier_id = $1 AND category_id = $2`,
    [supplier.id, category],
  );
  if (existing) return existing;
  const [map] = await db.query(
    `INSERT INTO supply_chain_map (supplier_id, category_id, tier_set_id, created_at, updated_at)
     SELECT $1, $2, tier_set_id, now(), now() FROM category_tier_set WHERE category_id = $2
     RETURNING id, version`,
    [supplier.id, category],
  );
  await db.query(
    `INSERT INTO supply_chain_node (map_id, tier_id, is_root, name, country, updated_at)
     SELECT $1, top_tier_id, true, $3, 'DE', now() FROM category_tier_set WHERE category_id = $2`,
    [map.id, category, supplier.name],
  );
  return map;
}

async function freshNode(fx: MatrixFixture, mapId: string, tier = "QUARTZITE"): Promise<string> {
  const [node] = await fx.app.dataSource.query(
    `INSERT INTO supply_chain_node (map_id, tier_id, name, country, updated_at)
     VALUES ($1, $2, 'Matrix Quarry', 'NO', now()) RETURNING id`,
    [mapId, await tierId(fx, tier)],
  );
  return node.id;
}

/** A declared link from a fresh quarry to the map's root. */
async function freshLink(fx: MatrixFixture, mapId: string): Promise<string> {
  const upstream = await freshNode(fx, mapId);
  const [link] = await fx.app.dataSource.query(
    `INSERT INTO supply_chain_link (map_id, upstream_node_id, downstream_node_id, custody, updated_at)
     SELECT $1, $2, id, 'SEGREGATED', now() FROM supply_chain_node WHERE map_id = $1 AND is_root
     RETURNING id`,
    [mapId, upstream],
  );
  return link.id;
}

/** Re-read after the fixtures wrote: they do not bump the version. */
const versionOf = async (fx: MatrixFixture, mapId: string): Promise<number> =>
  (await fx.app.dataSource.query(`SELECT version FROM supply_chain_map WHERE id = $1`, [mapId]))[0]
    .version;

const NODE_INPUT = `{ tierId: $tierId, name: "Matrix Smelter", country: "NO" }`;

export const CASES: MatrixCase[] = [
  {
    operation: "supplyChainTierSets",
    kind: "query",
    allowed: P.supplyChainTierSets,
    prepare: async () => ({ query: `{ supplyChainTierSets { code tiers { code } } }` }),
  },
  {
    operation: "setCategoryTierSet",
    kind: "mutation",
    allowed: P.setCategoryTierSet,
    prepare: async (fx) => ({
      query: `mutation($categoryId: ID!, $topTierId: ID) {
        setCategoryTierSet(categoryId: $categoryId, topTierId: $topTierId) { categoryId } }`,
      variables: {
        categoryId: (
          await fx.app.dataSource.query(`SELECT id FROM material_category WHERE code = 'GLASS'`)
        )[0].id,
        topTierId: await tierId(fx, "MODULE"),
      },
    }),
  },
  {
    operation: "createSupplyChainMap",
    kind: "mutation",
    allowed: P.createSupplyChainMap,
    // The map may exist already (another role's run): CONFLICT is an allowed answer.
    prepare: async (fx) => {
      const map = await mapOf(fx, fx.ownSupplier);
      const [{ category_id }] = await fx.app.dataSource.query(
        `SELECT category_id FROM supply_chain_map WHERE id = $1`,
        [map.id],
      );
      return {
        query: `mutation($s: ID!, $c: ID!) { createSupplyChainMap(supplierId: $s, categoryId: $c) { id } }`,
        variables: { s: fx.ownSupplier.id, c: category_id },
      };
    },
  },
  {
    operation: "addSupplyChainNode",
    kind: "mutation",
    allowed: P.addSupplyChainNode,
    prepare: async (fx) => {
      const map = await mapOf(fx, fx.ownSupplier);
      return {
        query: `mutation($id: ID!, $v: Int!, $tierId: ID!) {
          addSupplyChainNode(mapId: $id, expectedVersion: $v, input: ${NODE_INPUT}) { version } }`,
        variables: {
          id: map.id,
          v: map.version,
          tierId: await tierId(fx, "METALLURGICAL_SILICON"),
        },
      };
    },
  },
  {
    operation: "addSupplyChainNode (another supplier's map)",
    kind: "mutation",
    allowed: P.addSupplyChainNode.filter((role) => role !== "SUPPLIER"),
    note: OWNERSHIP,
    prepare: async (fx) => {
      const map = await mapOf(fx, fx.otherSupplier);
      return {
        query: `mutation($id: ID!, $v: Int!, $tierId: ID!) {
          addSupplyChainNode(mapId: $id, expectedVersion: $v, input: ${NODE_INPUT}) { version } }`,
        variables: { id: map.id, v: map.version, tierId: await tierId(fx, "QUARTZITE") },
      };
    },
  },
  {
    operation: "updateSupplyChainNode",
    kind: "mutation",
    allowed: P.updateSupplyChainNode,
    prepare: async (fx) => {
      const map = await mapOf(fx, fx.ownSupplier);
      const id = await freshNode(fx, map.id, "METALLURGICAL_SILICON");
      return {
        query: `mutation($id: ID!, $v: Int!, $tierId: ID!) {
          updateSupplyChainNode(id: $id, expectedVersion: $v, input: ${NODE_INPUT}) { version } }`,
        variables: {
          id,
          v: await versionOf(fx, map.id),
          tierId: await tierId(fx, "METALLURGICAL_SILICON"),
        },
      };
    },
  },
  {
    operation: "removeSupplyChainNode",
    kind: "mutation",
    allowed: P.removeSupplyChainNode,
    prepare: async (fx) => {
      const map = await mapOf(fx, fx.ownSupplier);
      const id = await freshNode(fx, map.id);
      return {
        query: `mutation($id: ID!, $v: Int!) { removeSupplyChainNode(id: $id, expectedVersion: $v) { version } }`,
        variables: { id, v: await versionOf(fx, map.id) },
      };
    },
  },
  {
    operation: "addSupplyChainLink",
    kind: "mutation",
    allowed: P.addSupplyChainLink,
    prepare: async (fx) => {
      const map = await mapOf(fx, fx.ownSupplier);
      const up = await freshNode(fx, map.id);
      const down = await freshNode(fx, map.id, "METALLURGICAL_SILICON");
      return {
        query: `mutation($id: ID!, $v: Int!, $up: ID!, $down: ID!) {
          addSupplyChainLink(mapId: $id, expectedVersion: $v,
            input: { upstreamNodeId: $up, downstreamNodeId: $down, custody: MASS_BALANCE }) { version } }`,
        variables: { id: map.id, v: await versionOf(fx, map.id), up, down },
      };
    },
  },
  {
    operation: "updateSupplyChainLink",
    kind: "mutation",
    allowed: P.updateSupplyChainLink,
    prepare: async (fx) => {
      const map = await mapOf(fx, fx.ownSupplier);
      const id = await freshLink(fx, map.id);
      return {
        query: `mutation($id: ID!, $v: Int!) { updateSupplyChainLink(id: $id, expectedVersion: $v,
          input: { custody: IDENTITY_PRESERVED, evidence: [] }) { version } }`,
        variables: { id, v: await versionOf(fx, map.id) },
      };
    },
  },
  {
    operation: "removeSupplyChainLink",
    kind: "mutation",
    allowed: P.removeSupplyChainLink,
    prepare: async (fx) => {
      const map = await mapOf(fx, fx.ownSupplier);
      const id = await freshLink(fx, map.id);
      return {
        query: `mutation($id: ID!, $v: Int!) { removeSupplyChainLink(id: $id, expectedVersion: $v) { version } }`,
        variables: { id, v: await versionOf(fx, map.id) },
      };
    },
  },
  {
    operation: "verifySupplyChainLink",
    kind: "mutation",
    allowed: P.verifySupplyChainLink,
    // The link has no document: BAD_USER_INPUT for the roles allowed, a refusal for the others.
    prepare: async (fx) => {
      const map = await mapOf(fx, fx.ownSupplier);
      const id = await freshLink(fx, map.id);
      return {
        query: `mutation($id: ID!, $v: Int!) { verifySupplyChainLink(id: $id, expectedVersion: $v) { version } }`,
        variables: { id, v: await versionOf(fx, map.id) },
      };
    },
  },
];
