import { Field, Float, ObjectType } from "type-graphql";
import { EsgArea } from "../../shared/domain/esg-area.enum";

@ObjectType({ description: "One ESG area's score and where it comes from" })
export class AreaScore {
  @Field(() => EsgArea)
  area: EsgArea;

  @Field(() => Float, {
    description:
      "0-100, 2 decimals. On SelfAssessment.areaScores it is the raw score of the answers, not " +
      "discounted: the 0.7 self-assessment discount applies only when the supplier score is " +
      "computed.",
  })
  score: number;

  @Field(() => String, { description: "AUDIT, SELF_ASSESSMENT or NONE" })
  source: string;
}
