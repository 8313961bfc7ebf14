import DataLoader from "dataloader";
import { In, type DataSource } from "typeorm";
import { byId, groupBy } from "../../graphql/batch";
import { Answer } from "./answer.entity";
import { SelfAssessment } from "./self-assessment.entity";

export function selfAssessmentLoaders(dataSource: DataSource) {
  const manager = dataSource.manager;
  return {
    selfAssessment: new DataLoader<string, SelfAssessment | null>(async (ids) =>
      byId(await manager.findBy(SelfAssessment, { id: In([...ids]) }), ids),
    ),
    selfAssessmentsBySupplier: new DataLoader<string, SelfAssessment[]>(async (ids) =>
      groupBy(
        await manager.find(SelfAssessment, {
          where: { supplierId: In([...ids]) },
          order: { createdAt: "DESC", id: "ASC" },
        }),
        ids,
        (saq) => saq.supplierId,
      ),
    ),
    answersBySelfAssessment: new DataLoader<string, Answer[]>(async (ids) =>
      groupBy(
        await manager
          .createQueryBuilder(Answer, "answer")
          .innerJoin("answer.item", "item")
          .where("answer.selfAssessmentId IN (:...ids)", { ids: [...ids] })
          .orderBy("item.order", "ASC")
          .addOrderBy("answer.id", "ASC")
          .getMany(),
        ids,
        (answer) => answer.selfAssessmentId,
      ),
    ),
  };
}

declare module "../../graphql/context" {
  interface Loaders extends ReturnType<typeof selfAssessmentLoaders> {}
}
