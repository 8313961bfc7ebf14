import { Type } from "class-transformer";
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsDate,
  IsEnum,
  IsOptional,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from "class-validator";
import { Field, Float, InputType } from "type-graphql";
import { IsCasNumber } from "./cas.validator";
import { EntryApplicability, TargetKind, ThresholdBasis } from "./substance.enums";
import {
  MAX_ENTRIES_PER_VERSION,
  MAX_LABEL_LENGTH,
  MAX_NOTE_LENGTH,
  MAX_REASON_LENGTH,
  MAX_SCOPE_LENGTH,
  MAX_SOURCE_LENGTH,
  MAX_SUBSTANCE_NAME_LENGTH,
} from "./substance.limits";

@InputType({ description: "One restricted substance (by CAS) or group (by code) of a version" })
export class ListEntryInput {
  @Field(() => String, { nullable: true, description: "CAS number; or give groupCode" })
  @IsOptional()
  @IsCasNumber()
  cas?: string;

  @Field(() => String, { nullable: true, description: "A substance group's code, e.g. PBDE" })
  @IsOptional()
  @Length(1, 40)
  groupCode?: string;

  @Field(() => String, { description: "The name as the list writes it" })
  @Length(1, MAX_SUBSTANCE_NAME_LENGTH)
  name: string;

  @Field(() => Float, { description: "Percent by weight, over 0 and at most 100" })
  @Min(0.000001)
  @Max(100)
  thresholdPercent: number;

  @Field(() => ThresholdBasis)
  @IsEnum(ThresholdBasis)
  basis: ThresholdBasis;

  @Field(() => EntryApplicability, { defaultValue: EntryApplicability.ALL })
  @IsEnum(EntryApplicability)
  appliesTo: EntryApplicability;

  @Field(() => String, { description: '"per homogeneous material", "portable batteries only"...' })
  @Length(1, MAX_SCOPE_LENGTH)
  scope: string;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  dateOfInclusion?: Date;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(MAX_REASON_LENGTH)
  reason?: string;
}

@InputType()
export class CreateListVersionInput {
  @Field(() => String, { description: "ROHS, REACH_SVHC, BATTERY_ANNEX_I" })
  @Length(1, 40)
  listCode: string;

  @Field(() => String, { description: "Unique within the list" })
  @Length(1, MAX_LABEL_LENGTH)
  label: string;

  @Field(() => Date)
  @IsDate()
  effectiveDate: Date;

  @Field(() => String, { nullable: true, description: "Where the entries come from, as of when" })
  @IsOptional()
  @MaxLength(MAX_SOURCE_LENGTH)
  source?: string;

  @Field(() => [ListEntryInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_ENTRIES_PER_VERSION)
  @ValidateNested()
  @Type(() => ListEntryInput)
  entries: ListEntryInput[];
}

@InputType()
export class SubstanceTargetInput {
  @Field(() => String, { nullable: true, description: "CAS number; or give groupCode" })
  @IsOptional()
  @IsCasNumber()
  cas?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 40)
  groupCode?: string;

  @Field(() => TargetKind)
  @IsEnum(TargetKind)
  kind: TargetKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(MAX_NOTE_LENGTH)
  note?: string;
}

@InputType({ description: "A list exemption (RoHS Annex III style), or a renewal of a code" })
export class AddListExemptionInput {
  @Field(() => String, { description: "ROHS, REACH_SVHC, BATTERY_ANNEX_I" })
  @Length(1, 40)
  listCode: string;

  @Field(() => String, { description: 'As the regulation numbers it, e.g. "6(c)"' })
  @Length(1, 40)
  code: string;

  @Field(() => String)
  @Length(1, 2000)
  text: string;

  @Field(() => String, {
    nullable: true,
    description: "The substance it covers (CAS); or groupCode; neither: any entry of the list",
  })
  @IsOptional()
  @IsCasNumber()
  cas?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 40)
  groupCode?: string;

  @Field(() => Float, { nullable: true, description: "The most it allows, percent w/w" })
  @IsOptional()
  @Min(0.000001)
  @Max(100)
  maxPercent?: number;

  @Field(() => Date, { description: "First day it applies (its UTC day)" })
  @IsDate()
  validFrom: Date;

  @Field(() => Date, { nullable: true, description: "Last day it applies; null: no expiry" })
  @IsOptional()
  @IsDate()
  expiresAt?: Date;
}
