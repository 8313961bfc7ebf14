import { Type } from "class-transformer";
import {
  ArrayMaxSize,
  IsDate,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from "class-validator";
import { Field, Float, ID, InputType, Int } from "type-graphql";
import {
  AmforiGrade,
  EcoVadisMedal,
  EcoVadisTheme,
  RbaSection,
  SmetaPillar,
  ThirdPartyScheme,
} from "../../shared/domain/third-party.enums";
import { RBA_SCORE_MAX } from "../scoring/scoring-policy";
import {
  MAX_SMETA_NON_CONFORMANCES,
  MAX_THIRD_PARTY_ASSESSOR_LENGTH,
  MAX_THIRD_PARTY_REFERENCE_LENGTH,
} from "./third-party.limits";

@InputType()
export class RbaSectionScoreInput {
  @Field(() => RbaSection)
  @IsEnum(RbaSection)
  section: RbaSection;

  @Field(() => Float, { description: `0-${RBA_SCORE_MAX}` })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(RBA_SCORE_MAX)
  score: number;
}

@InputType({
  description: "An RBA Validated Audit: the total and, where the report has them, sections",
})
export class RbaVapResultInput {
  @Field(() => Float, { description: `0-${RBA_SCORE_MAX}` })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(RBA_SCORE_MAX)
  score: number;

  @Field(() => [RbaSectionScoreInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(Object.keys(RbaSection).length)
  @ValidateNested({ each: true })
  @Type(() => RbaSectionScoreInput)
  sections?: RbaSectionScoreInput[];
}

@InputType()
export class AmforiPerformanceAreaInput {
  @Field(() => Int, { description: "The performance area's number, 1-13 (Code of Conduct 2021)" })
  @IsInt()
  @Min(1)
  @Max(13)
  number: number;

  @Field(() => AmforiGrade)
  @IsEnum(AmforiGrade)
  grade: AmforiGrade;
}

@InputType({
  description: "An amfori BSCI audit: the overall rating and the graded performance areas",
})
export class AmforiBsciResultInput {
  @Field(() => AmforiGrade)
  @IsEnum(AmforiGrade)
  overallGrade: AmforiGrade;

  @Field(() => [AmforiPerformanceAreaInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(13)
  @ValidateNested({ each: true })
  @Type(() => AmforiPerformanceAreaInput)
  performanceAreas?: AmforiPerformanceAreaInput[];
}

@InputType()
export class EcoVadisThemeScoreInput {
  @Field(() => EcoVadisTheme)
  @IsEnum(EcoVadisTheme)
  theme: EcoVadisTheme;

  @Field(() => Int, { description: "0-100" })
  @IsInt()
  @Min(0)
  @Max(100)
  score: number;
}

@InputType({ description: "An EcoVadis scorecard: the overall score, the medal and the themes" })
export class EcoVadisResultInput {
  @Field(() => Int, { description: "0-100" })
  @IsInt()
  @Min(0)
  @Max(100)
  score: number;

  @Field(() => EcoVadisMedal, { nullable: true })
  @IsOptional()
  @IsEnum(EcoVadisMedal)
  medal?: EcoVadisMedal;

  @Field(() => [EcoVadisThemeScoreInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(Object.keys(EcoVadisTheme).length)
  @ValidateNested({ each: true })
  @Type(() => EcoVadisThemeScoreInput)
  themes?: EcoVadisThemeScoreInput[];
}

@InputType({
  description: "An SSI ESG Standard assessment: the level per dimension (0 below threshold, 1-3)",
})
export class SsiResultInput {
  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(3)
  governanceAndBusinessEthics: number;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(3)
  environment: number;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(3)
  humanAndLabourRights: number;
}

@InputType()
export class SmetaPillarInput {
  @Field(() => SmetaPillar)
  @IsEnum(SmetaPillar)
  pillar: SmetaPillar;

  @Field(() => Int, { description: "Critical (business-critical) non-conformances" })
  @IsInt()
  @Min(0)
  @Max(MAX_SMETA_NON_CONFORMANCES)
  critical: number;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(MAX_SMETA_NON_CONFORMANCES)
  major: number;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(MAX_SMETA_NON_CONFORMANCES)
  minor: number;
}

@InputType({
  description: "A SMETA audit: the pillars it covered (2 or 4) with non-conformances by severity",
})
export class SmetaResultInput {
  @Field(() => [SmetaPillarInput])
  @ArrayMaxSize(Object.keys(SmetaPillar).length)
  @ValidateNested({ each: true })
  @Type(() => SmetaPillarInput)
  pillars: SmetaPillarInput[];
}

@InputType({
  description: "One scheme's result: give the block of `scheme` and no other",
})
export class ThirdPartyAssessmentInput {
  @Field(() => ThirdPartyScheme)
  @IsEnum(ThirdPartyScheme)
  scheme: ThirdPartyScheme;

  @Field(() => Date, { description: "The day of the assessment or audit; not in the future" })
  @IsDate()
  assessedAt: Date;

  @Field(() => ID, {
    description: "The scheme's report: an upload (POST /documents) the caller may read",
  })
  @IsUUID("all", { message: "must be a document id" })
  reportDocumentId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(MAX_THIRD_PARTY_REFERENCE_LENGTH)
  reference?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(MAX_THIRD_PARTY_ASSESSOR_LENGTH)
  assessor?: string;

  @Field(() => RbaVapResultInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => RbaVapResultInput)
  rbaVap?: RbaVapResultInput;

  @Field(() => AmforiBsciResultInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AmforiBsciResultInput)
  amforiBsci?: AmforiBsciResultInput;

  @Field(() => EcoVadisResultInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => EcoVadisResultInput)
  ecoVadis?: EcoVadisResultInput;

  @Field(() => SsiResultInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SsiResultInput)
  ssi?: SsiResultInput;

  @Field(() => SmetaResultInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SmetaResultInput)
  smeta?: SmetaResultInput;
}
