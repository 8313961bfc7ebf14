import DataLoader from "dataloader";
import { In, type DataSource } from "typeorm";
import { byId, groupBy } from "../../graphql/batch";
import { SupplyChainNode } from "../supply-chain/supply-chain-node.entity";
import { ScreeningHit } from "./screening-hit.entity";
import { ScreeningListEntry } from "./screening-list-entry.entity";
import { ScreeningListVersion } from "./screening-list-version.entity";
import { ScreeningRebuttal } from "./screening-rebuttal.entity";
import { MAX_REBUTTALS_PER_HIT_SHOWN } from "./screening.limits";

export function screeningLoaders(dataSource: DataSource) {
  const manager = dataSource.manager;
  return {
    screeningHit: new DataLoader<string, ScreeningHit | null>(async (ids) =>
      byId(await manager.findBy(ScreeningHit, { id: In([...ids]) }), ids),
    ),
    screeningEntry: new DataLoader<string, ScreeningListEntry | null>(async (ids) =>
      byId(await manager.findBy(ScreeningListEntry, { id: In([...ids]) }), ids),
    ),
    screeningListVersion: new DataLoader<string, ScreeningListVersion | null>(async (ids) =>
      byId(await manager.findBy(ScreeningListVersion, { id: In([...ids]) }), ids),
    ),
    screenedNode: new DataLoader<string, SupplyChainNode | null>(async (ids) =>
      byId(await manager.findBy(SupplyChainNode, { id: In([...ids]) }), ids),
    ),
    /** Newest first, the latest MAX_REBUTTALS_PER_HIT_SHOWN of each hit. */
    screeningRebuttalsByHit: new DataLoader<string, ScreeningRebuttal[]>(async (ids) => {
      const rows = (await manager.query(
        `SELECT id FROM (SELECT id, row_number() OVER (PARTITION BY hit_id
                                                       ORDER BY recorded_at DESC, id DESC) AS n
             FROM screening_rebuttal WHERE hit_id = ANY($1::uuid[])) r WHERE n <= $2`,
        [[...ids], MAX_REBUTTALS_PER_HIT_SHOWN],
      )) as { id: string }[];
      const rebuttals =
        rows.length === 0
          ? []
          : await manager.find(ScreeningRebuttal, {
              where: { id: In(rows.map((r) => r.id)) },
              order: { recordedAt: "DESC", id: "DESC" },
            });
      return groupBy(rebuttals, ids, (r) => r.hitId);
    }),
  };
}

declare module "../../graphql/context" {
  interface Loaders extends ReturnType<typeof screeningLoaders> {}
}
