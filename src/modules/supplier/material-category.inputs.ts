import { Length } from "class-validator";
import { Field, InputType } from "type-graphql";

/** The code stays: lists, imports and exports refer to a category by it. */
@InputType()
export class UpdateMaterialCategoryInput {
  @Field(() => String)
  @Length(2, 120, { message: "must be 2 to 120 characters" })
  name: string;
}
