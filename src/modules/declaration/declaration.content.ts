import { Type } from "class-transformer";
import { ArrayMaxSize, IsOptional, Length, Max, Min, ValidateNested } from "class-validator";
import { Field, Float, InputType, ObjectType } from "type-graphql";
import { IsCasNumber } from "../substance/cas.validator";
import {
  MAX_EXEMPTIONS_CLAIMED,
  MAX_NAME_LENGTH,
  MAX_SUBSTANCES_PER_MATERIAL,
} from "./declaration.limits";

/** Class A: the supplier's statement for one regulatory list. */
@ObjectType()
export class ListStatement {
  @Field(() => String, { description: "The list's code (ROHS, REACH_SVHC, BATTERY_ANNEX_I)" })
  list: string;

  @Field(() => String, {
    nullable: true,
    description: "The version label declared against; null: the version in force",
  })
  listVersion: string | null;

  @Field(() => Boolean, { description: "The supplier's yes/no: the part complies with the list" })
  compliant: boolean;

  @Field(() => [String], { description: "Exemption codes claimed (RoHS Annex III: 6(c), 7(a))" })
  exemptions: string[];
}

@ObjectType()
export class DeclaredSubstanceLine {
  @Field(() => String)
  cas: string;

  @Field(() => String, { nullable: true })
  name: string | null;

  @Field(() => Float, { nullable: true, description: "Concentration in the material, ppm w/w" })
  ppm: number | null;

  @Field(() => Float, { nullable: true, description: "Mass in the material, mg" })
  massMg: number | null;
}

/** Class C: one homogeneous material of the part with its substances. */
@ObjectType()
export class HomogeneousMaterial {
  @Field(() => String)
  name: string;

  @Field(() => Float, { nullable: true, description: "mg" })
  massMg: number | null;

  @Field(() => [DeclaredSubstanceLine])
  substances: DeclaredSubstanceLine[];

  @Field(() => [String], { description: "Exemption codes claimed for this material" })
  exemptions: string[];
}

@InputType()
export class ListStatementInput {
  @Field(() => String)
  @Length(1, 40)
  list: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  listVersion?: string | null;

  @Field(() => Boolean)
  compliant: boolean;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_EXEMPTIONS_CLAIMED)
  @Length(1, 40, { each: true })
  exemptions?: string[] | null;
}

@InputType()
export class DeclaredSubstanceInput {
  @Field(() => String)
  @IsCasNumber()
  cas: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, MAX_NAME_LENGTH)
  name?: string | null;

  @Field(() => Float, { nullable: true, description: "ppm w/w; or give massMg" })
  @IsOptional()
  @Min(0)
  @Max(1_000_000)
  ppm?: number | null;

  @Field(() => Float, { nullable: true, description: "mg" })
  @IsOptional()
  @Min(0)
  massMg?: number | null;
}

@InputType()
export class HomogeneousMaterialInput {
  @Field(() => String)
  @Length(1, MAX_NAME_LENGTH)
  name: string;

  @Field(() => Float, { nullable: true, description: "mg" })
  @IsOptional()
  @Min(0)
  massMg?: number | null;

  @Field(() => [DeclaredSubstanceInput])
  @ArrayMaxSize(MAX_SUBSTANCES_PER_MATERIAL)
  @ValidateNested({ each: true })
  @Type(() => DeclaredSubstanceInput)
  substances: DeclaredSubstanceInput[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_EXEMPTIONS_CLAIMED)
  @Length(1, 40, { each: true })
  exemptions?: string[] | null;
}
