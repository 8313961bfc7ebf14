import { IsEnum, IsOptional, IsUUID } from "class-validator";
import { ArgsType, Field, ID } from "type-graphql";
import { FlagState } from "./protected-area.enums";

@ArgsType()
export class ProtectedAreaFlagFilterArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all", { message: "must be a supplier id" })
  supplierId?: string;

  @Field(() => FlagState, { nullable: true })
  @IsOptional()
  @IsEnum(FlagState)
  state?: FlagState;
}
