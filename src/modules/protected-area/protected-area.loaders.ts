import DataLoader from "dataloader";
import { In, type DataSource } from "typeorm";
import { byId } from "../../graphql/batch";
import { ProtectedArea } from "./protected-area.entity";
import { ProtectedAreaList } from "./protected-area-list.entity";

export function protectedAreaLoaders(dataSource: DataSource) {
  const manager = dataSource.manager;
  return {
    /** Without the polygons: a page of flags names its areas, never draws them. */
    protectedArea: new DataLoader<string, ProtectedArea | null>(async (ids) =>
      byId(
        await manager.find(ProtectedArea, {
          where: { id: In([...ids]) },
          select: {
            id: true,
            versionId: true,
            areaKey: true,
            name: true,
            designation: true,
            country: true,
            shape: true,
            radiusM: true,
            minLat: true,
            maxLat: true,
            minLon: true,
            maxLon: true,
          },
        }),
        ids,
      ),
    ),
    protectedAreaList: new DataLoader<string, ProtectedAreaList | null>(async (ids) =>
      byId(await manager.findBy(ProtectedAreaList, { id: In([...ids]) }), ids),
    ),
  };
}

declare module "../../graphql/context" {
  interface Loaders extends ReturnType<typeof protectedAreaLoaders> {}
}
