import { Field, Float, ObjectType } from "type-graphql";
import { AreaScore } from "../scoring/area-score.type";
import { GradeCap } from "../scoring/grade-cap.type";
import { Grade } from "../../shared/domain/procurement.enums";

@ObjectType({
  description: "One line of an explanation; the lines add up to the number shown",
  // Plain data: graphql-js reads the property; no per-field type-graphql wrapper needed.
  simpleResolvers: true,
})
export class ScoreLine {
  @Field(() => String)
  label: string;

  @Field(() => Float)
  points: number;
}

@ObjectType({ description: "A supplier's current ESG score (SPEC 7)" })
export class SupplierScore {
  @Field(() => Float)
  overall: number;

  @Field(() => Grade)
  grade: Grade;

  @Field(() => Grade, { description: "The grade the overall alone gives, before any cap" })
  gradeFromScore: Grade;

  @Field(() => [GradeCap], {
    description: "Why the grade is worse than gradeFromScore; empty when it is not",
  })
  gradeCaps: GradeCap[];

  @Field(() => Date)
  computedAt: Date;

  @Field(() => Boolean, { description: "True once a source behind the score is past its validity" })
  expired: boolean;

  @Field(() => Date, { nullable: true })
  validUntil: Date | null;

  @Field(() => String)
  formulaVersion: string;

  @Field(() => [AreaScore], { description: "Nine rows; source AUDIT, SELF_ASSESSMENT or NONE" })
  areas: AreaScore[];

  @Field(() => [ScoreLine])
  explanation: ScoreLine[];
}
