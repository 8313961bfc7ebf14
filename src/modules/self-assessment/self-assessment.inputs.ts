import { Type } from "class-transformer";
import { ArrayMaxSize, IsOptional, IsUUID, MaxLength, ValidateNested } from "class-validator";
import { Field, Float, ID, InputType, Int } from "type-graphql";
import { YesNoChoice } from "../../shared/domain/checklist.enums";
import { EvidenceInput } from "../evidence/evidence";

/** Evidence references per answer; more is a sign of a misuse, not of diligence. */
export const MAX_EVIDENCE_PER_ANSWER = 20;

/**
 * One answer. The value field that fits the item's answer type is required and the others
 * must be absent; which one fits is checked against the checklist (answer-validation.ts).
 */
@InputType()
export class AnswerInput {
  @Field(() => ID)
  @IsUUID("all", { message: "must be a checklist item id" })
  itemId: string;

  @Field(() => YesNoChoice, { nullable: true, description: "For YES_NO items" })
  choice?: YesNoChoice | null;

  @Field(() => Int, { nullable: true, description: "For SCALE_0_4 items: 0-4" })
  scale?: number | null;

  @Field(() => Float, { nullable: true, description: "For NUMBER items" })
  number?: number | null;

  @Field(() => String, { nullable: true, description: "For TEXT items: 1-10000 characters" })
  text?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Omit to keep the saved comment; null or empty clears it",
  })
  @IsOptional()
  @MaxLength(2000)
  comment?: string | null;

  @Field(() => [EvidenceInput], {
    nullable: true,
    description: "Replaces the answer's evidence; omit to keep it, null or [] clears it",
  })
  @IsOptional()
  @ArrayMaxSize(MAX_EVIDENCE_PER_ANSWER)
  @ValidateNested({ each: true })
  @Type(() => EvidenceInput)
  evidence?: EvidenceInput[] | null;
}
