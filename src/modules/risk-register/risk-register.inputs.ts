import { IsOptional, IsUUID, Max, MaxLength, Min, MinLength } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { RISK_FACTOR_MAX, RISK_FACTOR_MIN } from "../scoring/scoring-policy";
import { ApplicationStage, ControlStatus, ControlType } from "./risk-register.enums";
import { MAX_LOCATION_LENGTH, MAX_TEXT_LENGTH } from "./risk-register.limits";

const FACTOR = `${RISK_FACTOR_MIN}-${RISK_FACTOR_MAX}`;

@InputType({ description: "The analysis: three factors, each an integer 1-5" })
export class RiskAnalysisInput {
  @Field(() => Int, { description: `Likelihood of occurrence, ${FACTOR}` })
  @Min(RISK_FACTOR_MIN)
  @Max(RISK_FACTOR_MAX)
  likelihood: number;

  @Field(() => Int, { description: `Frequency of exposure, ${FACTOR}` })
  @Min(RISK_FACTOR_MIN)
  @Max(RISK_FACTOR_MAX)
  exposure: number;

  @Field(() => Int, { description: `Severity of consequences, ${FACTOR}` })
  @Min(RISK_FACTOR_MIN)
  @Max(RISK_FACTOR_MAX)
  severity: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(MAX_TEXT_LENGTH)
  note?: string;
}

@InputType()
export class CreateRiskEntryInput extends RiskAnalysisInput {
  @Field(() => ID)
  @IsUUID("all", { message: "must be a substance id" })
  substanceId: string;

  @Field(() => ApplicationStage)
  stage: ApplicationStage;

  @Field(() => String, { description: "Site or product line" })
  @MinLength(1)
  @MaxLength(MAX_LOCATION_LENGTH)
  location: string;

  @Field(() => ID, { nullable: true, description: "The supplier it is bought from" })
  @IsOptional()
  @IsUUID("all", { message: "must be a supplier id" })
  supplierId?: string;

  @Field(() => ID, { nullable: true, description: "The material category it is bought in" })
  @IsOptional()
  @IsUUID("all", { message: "must be a material category id" })
  categoryId?: string;
}

@InputType({ description: "Omitted fields are kept; a changed stage or site makes it due" })
export class UpdateRiskEntryInput {
  @Field(() => ApplicationStage, { nullable: true })
  @IsOptional()
  stage?: ApplicationStage;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(1)
  @MaxLength(MAX_LOCATION_LENGTH)
  location?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all", { message: "must be a supplier id" })
  supplierId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all", { message: "must be a material category id" })
  categoryId?: string;
}

@InputType()
export class RiskControlInput {
  @Field(() => ControlType)
  type: ControlType;

  @Field(() => String)
  @MinLength(1)
  @MaxLength(MAX_TEXT_LENGTH)
  description: string;

  @Field(() => String)
  @MinLength(1)
  @MaxLength(MAX_LOCATION_LENGTH)
  owner: string;

  @Field(() => Date)
  dueDate: Date;
}

@InputType({ description: "Omitted fields are kept" })
export class UpdateRiskControlInput {
  @Field(() => ControlType, { nullable: true })
  @IsOptional()
  type?: ControlType;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(1)
  @MaxLength(MAX_TEXT_LENGTH)
  description?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(1)
  @MaxLength(MAX_LOCATION_LENGTH)
  owner?: string;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  dueDate?: Date;

  @Field(() => ControlStatus, { nullable: true })
  @IsOptional()
  status?: ControlStatus;
}
