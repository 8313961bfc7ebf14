import { Type } from "class-transformer";
import {
  ArrayMaxSize,
  IsBoolean,
  IsDate,
  IsEmail,
  IsEnum,
  IsISO31661Alpha2,
  IsOptional,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from "class-validator";
import { Field, Float, ID, InputType, registerEnumType } from "type-graphql";
import { Traceability } from "../../shared/domain/sustainability.enums";

@InputType()
export class SiteInput {
  @Field(() => ID, {
    nullable: true,
    description: "Existing site to keep (update); omit to add",
  })
  @IsOptional()
  @IsUUID("all", { message: "must be a site id" })
  id?: string;

  @Field(() => String)
  @Length(1, 200)
  name: string;

  @Field(() => String, { description: "ISO 3166-1 alpha-2" })
  @IsISO31661Alpha2({ message: "must be an ISO 3166-1 alpha-2 country code" })
  country: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  address?: string;

  @Field(() => Float, {
    nullable: true,
    description: "WGS84 degrees, -90 to 90, with longitude; omitted: kept, null: cleared",
  })
  @IsOptional()
  @Min(-90)
  @Max(90)
  latitude?: number;

  @Field(() => Float, {
    nullable: true,
    description: "WGS84 degrees, -180 to 180, with latitude; omitted: kept, null: cleared",
  })
  @IsOptional()
  @Min(-180)
  @Max(180)
  longitude?: number;
}

@InputType()
export class SustainabilityInput {
  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(100)
  renewableElectricityShare?: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(100)
  thirdPartyVerifiedMaterialShare?: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(100)
  recycledContentShare?: number;

  @Field(() => Traceability, { nullable: true })
  @IsOptional()
  @IsEnum(Traceability)
  traceability?: Traceability;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  sourcesFromProtectedArea?: boolean;
}

@InputType()
export class UpdateSupplierInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  legalName?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(64)
  registrationNumber?: string;

  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-2" })
  @IsOptional()
  @IsISO31661Alpha2({ message: "must be an ISO 3166-1 alpha-2 country code" })
  country?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: "must be an e-mail address" })
  @MaxLength(254)
  contactEmail?: string;

  @Field(() => [ID], {
    nullable: true,
    description: "Replaces the supplier's categories",
  })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsUUID("all", { each: true, message: "must be material category ids" })
  categoryIds?: string[];

  @Field(() => [SiteInput], {
    nullable: true,
    description: "Replaces the site list: sites with an id are kept and updated",
  })
  @IsOptional()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => SiteInput)
  sites?: SiteInput[];

  @Field(() => SustainabilityInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SustainabilityInput)
  sustainability?: SustainabilityInput;
}

@InputType()
export class CreateSupplierInput extends UpdateSupplierInput {
  @Field(() => String)
  @Length(1, 200)
  declare name: string;

  @Field(() => String, { description: "ISO 3166-1 alpha-2" })
  @IsISO31661Alpha2({ message: "must be an ISO 3166-1 alpha-2 country code" })
  declare country: string;

  @Field(() => String)
  @IsEmail({}, { message: "must be an e-mail address" })
  @MaxLength(254)
  declare contactEmail: string;
}

@InputType()
export class SupplierFilter {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsISO31661Alpha2({ message: "must be an ISO 3166-1 alpha-2 country code" })
  country?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all", { message: "must be a material category id" })
  categoryId?: string;

  @Field(() => String, {
    nullable: true,
    description: "Part of the name or legal name",
  })
  @IsOptional()
  @MaxLength(200)
  search?: string;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  includeArchived?: boolean;

  @Field(() => Date, { nullable: true, description: "Only suppliers due for re-audit by then" })
  @IsOptional()
  @IsDate()
  auditDueBefore?: Date;
}

export enum SupplierOrder {
  NAME = "NAME",
  /** Risk-based re-audit planning (SPEC 6): the most overdue first. */
  NEXT_AUDIT_DUE = "NEXT_AUDIT_DUE",
}

registerEnumType(SupplierOrder, { name: "SupplierOrder" });

@InputType()
export class CreateMaterialCategoryInput {
  @Field(() => String)
  @Length(2, 40)
  code: string;

  @Field(() => String)
  @Length(2, 120)
  name: string;
}
