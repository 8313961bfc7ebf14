import DataLoader from "dataloader";
import { In, type DataSource } from "typeorm";
import { groupBy } from "../../graphql/batch";
import { ThirdPartyAssessment } from "./third-party.entity";

export function thirdPartyLoaders(dataSource: DataSource) {
  const manager = dataSource.manager;
  return {
    /** Every result (at most MAX_THIRD_PARTY_ASSESSMENTS_PER_SUPPLIER each), latest first. */
    thirdPartyAssessmentsBySupplier: new DataLoader<string, ThirdPartyAssessment[]>(async (ids) =>
      groupBy(
        await manager.find(ThirdPartyAssessment, {
          where: { supplierId: In([...ids]) },
          order: { assessedAt: "DESC", importedAt: "DESC", id: "DESC" },
        }),
        ids,
        (assessment) => assessment.supplierId,
      ),
    ),
  };
}

declare module "../../graphql/context" {
  interface Loaders extends ReturnType<typeof thirdPartyLoaders> {}
}
