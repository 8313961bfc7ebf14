import DataLoader from "dataloader";
import { In, type DataSource } from "typeorm";
import { byId, groupBy } from "../../graphql/batch";
import { ListExemptionExpiry } from "./list-exemption-expiry.entity";
import { ListExemption } from "./list-exemption.entity";
import { RegulatoryListVersion } from "./regulatory-list-version.entity";
import { RegulatoryList } from "./regulatory-list.entity";
import { SubstanceGroup, SubstanceGroupMember } from "./substance-group.entity";
import { SubstanceTarget } from "./substance-target.entity";
import { Substance } from "./substance.entity";
import { MAX_EXEMPTIONS_SHOWN, MAX_GROUPS_SHOWN, MAX_VERSIONS_SHOWN } from "./substance.limits";

export function substanceLoaders(dataSource: DataSource) {
  const manager = dataSource.manager;
  return {
    substance: new DataLoader<string, Substance | null>(async (ids) =>
      byId(await manager.findBy(Substance, { id: In([...ids]) }), ids),
    ),
    substanceGroup: new DataLoader<string, SubstanceGroup | null>(async (ids) =>
      byId(await manager.findBy(SubstanceGroup, { id: In([...ids]) }), ids),
    ),
    groupsBySubstance: new DataLoader<string, SubstanceGroup[]>(async (ids) => {
      const members = await manager.find(SubstanceGroupMember, {
        where: { substanceId: In([...ids]) },
        relations: { group: true },
        order: { group: { code: "ASC" } },
      });
      return groupBy(members, ids, (m) => m.substanceId).map((list) =>
        list.slice(0, MAX_GROUPS_SHOWN).map((m) => m.group as SubstanceGroup),
      );
    }),
    targetBySubstance: new DataLoader<string, SubstanceTarget | null>(async (ids) => {
      const targets = await manager.findBy(SubstanceTarget, { substanceId: In([...ids]) });
      const map = new Map(targets.map((t) => [t.substanceId, t]));
      return ids.map((id) => map.get(id) ?? null);
    }),
    regulatoryList: new DataLoader<string, RegulatoryList | null>(async (ids) =>
      byId(await manager.findBy(RegulatoryList, { id: In([...ids]) }), ids),
    ),
    /** Newest effective date first, at most MAX_VERSIONS_SHOWN per list. */
    versionsByList: new DataLoader<string, RegulatoryListVersion[]>(async (ids) =>
      groupBy(
        await manager.find(RegulatoryListVersion, {
          where: { listId: In([...ids]) },
          order: { effectiveDate: "DESC", createdAt: "DESC", id: "ASC" },
        }),
        ids,
        (v) => v.listId,
      ).map((list) => list.slice(0, MAX_VERSIONS_SHOWN)),
    ),
    exemptionsByList: new DataLoader<string, ListExemption[]>(async (ids) =>
      groupBy(
        await manager.find(ListExemption, {
          where: { listId: In([...ids]) },
          order: { code: "ASC", validFrom: "ASC" },
        }),
        ids,
        (e) => e.listId,
      ).map((list) => list.slice(0, MAX_EXEMPTIONS_SHOWN)),
    ),
    /** The earliest recorded early end of each exemption (the one in force), or null. */
    exemptionExpiry: new DataLoader<string, ListExemptionExpiry | null>(async (ids) => {
      const rows = await manager.find(ListExemptionExpiry, {
        where: { exemptionId: In([...ids]) },
        order: { lastDay: "ASC", recordedAt: "ASC" },
      });
      return ids.map((id) => rows.find((r) => r.exemptionId === id) ?? null);
    }),
  };
}

declare module "../../graphql/context" {
  interface Loaders extends ReturnType<typeof substanceLoaders> {}
}
