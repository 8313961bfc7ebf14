import { Field, Float, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "Material categories with a current assessment (the policy: >= 90 %)" })
export class RiskRegisterCoverage {
  @Field(() => Int)
  categoriesTotal: number;

  @Field(() => Int, {
    description: "Categories with at least one entry whose assessment is not due",
  })
  categoriesAssessed: number;

  @Field(() => Float, { description: "categoriesAssessed / categoriesTotal, 0-1" })
  share: number;
}
