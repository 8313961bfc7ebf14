import { Length } from "class-validator";
import { Field, InputType } from "type-graphql";

@InputType()
export class CorrectiveActionInput {
  @Field(() => String)
  @Length(1, 4000)
  rootCause: string;

  @Field(() => String)
  @Length(1, 4000)
  actions: string;

  @Field(() => String, { description: "Who at the supplier answers for the plan" })
  @Length(1, 200)
  owner: string;

  @Field(() => Date)
  targetDate: Date;
}
