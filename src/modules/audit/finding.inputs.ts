import { Type } from "class-transformer";
import {
  ArrayMaxSize,
  IsEnum,
  IsInt,
  IsOptional,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { EsgArea } from "../../shared/domain/esg-area.enum";
import { EvidenceInput, MAX_EVIDENCE_ITEMS } from "../evidence/evidence";
import { RISK_FACTOR_MAX, RISK_FACTOR_MIN } from "../scoring/scoring-policy";
import { FindingStatus, Severity } from "../../shared/domain/audit.enums";

@InputType()
export class FindingInput {
  @Field(() => EsgArea)
  @IsEnum(EsgArea)
  area: EsgArea;

  @Field(() => ID, { nullable: true, description: "An item of the audit's checklist, in `area`" })
  @IsOptional()
  @IsUUID("all", { message: "must be a checklist item id" })
  itemId?: string;

  @Field(() => Severity)
  @IsEnum(Severity)
  severity: Severity;

  @Field(() => Int, { description: "1 (rare) to 5 (almost certain)" })
  @IsInt()
  @Min(RISK_FACTOR_MIN)
  @Max(RISK_FACTOR_MAX)
  likelihood: number;

  @Field(() => Int, { description: "1 (negligible) to 5 (severe)" })
  @IsInt()
  @Min(RISK_FACTOR_MIN)
  @Max(RISK_FACTOR_MAX)
  impact: number;

  @Field(() => String)
  @Length(1, 4000)
  description: string;

  @Field(() => [EvidenceInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_EVIDENCE_ITEMS)
  @ValidateNested({ each: true })
  @Type(() => EvidenceInput)
  evidence?: EvidenceInput[];
}

@InputType()
export class FindingFilter {
  @Field(() => Boolean, { nullable: true, description: "Open and past its due date" })
  @IsOptional()
  overdue?: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description: "Open, needs a plan (not an OBSERVATION), and has none yet or a REJECTED one",
  })
  @IsOptional()
  awaitingCorrectiveAction?: boolean;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all", { message: "must be a supplier id" })
  supplierId?: string;

  @Field(() => FindingStatus, { nullable: true })
  @IsOptional()
  @IsEnum(FindingStatus)
  status?: FindingStatus;

  @Field(() => Severity, { nullable: true })
  @IsOptional()
  @IsEnum(Severity)
  severity?: Severity;

  @Field(() => EsgArea, { nullable: true })
  @IsOptional()
  @IsEnum(EsgArea)
  area?: EsgArea;

  @Field(() => String, {
    nullable: true,
    description: "Words that must all appear in the description (full-text, any order)",
  })
  @IsOptional()
  @MaxLength(200)
  text?: string;

  @Field(() => Date, { nullable: true, description: "Of an audit completed at or after" })
  @IsOptional()
  completedFrom?: Date;

  @Field(() => Date, { nullable: true, description: "Of an audit completed before" })
  @IsOptional()
  completedTo?: Date;
}
