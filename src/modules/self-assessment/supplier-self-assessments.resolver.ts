import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { Supplier } from "../supplier/supplier.entity";
import { SelfAssessment } from "./self-assessment.entity";
import { listSupplierSelfAssessments } from "./self-assessment.queries";

@Resolver(() => Supplier)
export class SupplierSelfAssessmentsResolver {
  @FieldResolver(() => [SelfAssessment], { description: "Newest first" })
  selfAssessments(@Root() supplier: Supplier, @Ctx() ctx: RequestContext) {
    return listSupplierSelfAssessments(ctx, supplier.id);
  }
}
