import { Field, Float, Int, ObjectType } from "type-graphql";
import { RiskLevel } from "../../shared/domain/audit.enums";

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

@ObjectType({ description: "One cell of the 5x5 likelihood x severity matrix" })
export class RiskHeatMapCell {
  @Field(() => Int)
  likelihood: number;

  @Field(() => Int)
  severity: number;

  @Field(() => Int, { description: "likelihood x severity" })
  riskScore: number;

  @Field(() => RiskLevel, { description: "The findings' band of riskScore" })
  riskLevel: RiskLevel;

  @Field(() => Int, { description: "Entries whose latest assessment falls in the cell" })
  count: number;
}
