import { IsDate, IsOptional, IsUUID, MaxLength } from "class-validator";
import { Field, Float, ID, InputType } from "type-graphql";

@InputType()
export class PriorityAdjustmentInput {
  @Field(() => ID)
  @IsUUID("all", { message: "must be a supplier id" })
  supplierId: string;

  @Field(() => Float, { description: "-30..+30 priority points" })
  delta: number;

  @Field(() => String, { description: "Why; at least 10 characters, kept in the history" })
  @MaxLength(1000)
  reason: string;

  @Field(() => ID, {
    nullable: true,
    description: "Count it only in this material category's ranking",
  })
  @IsOptional()
  @IsUUID("all", { message: "must be a material category id" })
  categoryId?: string;

  @Field(() => Date, { nullable: true, description: "Default 12 months ahead, at most 24" })
  @IsOptional()
  @IsDate()
  expiresAt?: Date;
}
