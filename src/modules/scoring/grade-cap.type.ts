import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { EsgArea } from "../../shared/domain/esg-area.enum";
import { Grade } from "../../shared/domain/procurement.enums";
import type { GradeCapRule as GradeCapRuleName } from "./supplier-score";

export enum GradeCapRule {
  AREA_WITHOUT_SOURCE = "AREA_WITHOUT_SOURCE",
  ZERO_TOLERANCE_FINDING = "ZERO_TOLERANCE_FINDING",
}

// The enum mirrors the pure result's string union: a rule added there fails the type check here.
const RULES: Record<GradeCapRuleName, GradeCapRule> = GradeCapRule;
void RULES;

registerEnumType(GradeCapRule, {
  name: "GradeCapRule",
  description: "A SPEC 7 rule that caps the grade below what the overall score gives",
});

@ObjectType({
  description: "A cap that makes the grade worse than the overall score alone would give",
  simpleResolvers: true,
})
export class GradeCap {
  @Field(() => GradeCapRule)
  rule: GradeCapRule;

  @Field(() => Grade, { description: "The best grade this cap allows" })
  grade: Grade;

  @Field(() => Int, {
    description: "Areas without a valid source, or open zero-tolerance findings",
  })
  count: number;

  @Field(() => [EsgArea], { description: "The areas without a source (AREA_WITHOUT_SOURCE)" })
  areas: EsgArea[];

  @Field(() => String, { description: "The cap in words, with its number" })
  reason: string;
}
