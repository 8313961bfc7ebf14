import { ArrayMaxSize, IsDate, IsUUID, MaxLength, ValidateNested } from "class-validator";
import { Type } from "class-transformer";
import { Field, ID, InputType } from "type-graphql";
import { EvidenceInput } from "../evidence/evidence";
import { MAX_REBUTTAL_EVIDENCE } from "./screening.limits";
import { REBUTTAL_REASON_MAX_LENGTH } from "./screening.policy";

@InputType()
export class ScreeningRebuttalInput {
  @Field(() => ID)
  @IsUUID("all", { message: "must be a screening hit id" })
  hitId: string;

  @Field(() => String, { description: "Why the hit does not stand; at least 20 characters" })
  @MaxLength(REBUTTAL_REASON_MAX_LENGTH)
  reason: string;

  @Field(() => [EvidenceInput], {
    description: "At least one uploaded document; links may be added",
  })
  @ArrayMaxSize(MAX_REBUTTAL_EVIDENCE)
  @ValidateNested({ each: true })
  @Type(() => EvidenceInput)
  evidence: EvidenceInput[];

  @Field(() => Date, { description: "When it stops counting: at most 12 months ahead" })
  @IsDate()
  expiresAt: Date;
}
