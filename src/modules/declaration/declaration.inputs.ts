import { Type } from "class-transformer";
import {
  ArrayMaxSize,
  IsDate,
  IsEnum,
  IsOptional,
  IsUUID,
  Length,
  ValidateNested,
} from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { EvidenceInput } from "../evidence/evidence";
import { DeclarationClass } from "./declaration.enums";
import { HomogeneousMaterialInput, ListStatementInput } from "./declaration.content";
import {
  MAX_MATERIAL_DECLARATION_EVIDENCE,
  MAX_MATERIALS,
  MAX_PART_TEXT,
  MAX_STATEMENTS,
} from "./declaration.limits";

/** The fields both create and update take; on update, omitted means "keep". */
@InputType()
export class DeclarationContentInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, MAX_PART_TEXT)
  partNumber?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, MAX_PART_TEXT)
  partName?: string | null;

  @Field(() => [ListStatementInput], { nullable: true, description: "Class A" })
  @IsOptional()
  @ArrayMaxSize(MAX_STATEMENTS)
  @ValidateNested({ each: true })
  @Type(() => ListStatementInput)
  statements?: ListStatementInput[];

  @Field(() => [HomogeneousMaterialInput], { nullable: true, description: "Class C" })
  @IsOptional()
  @ArrayMaxSize(MAX_MATERIALS)
  @ValidateNested({ each: true })
  @Type(() => HomogeneousMaterialInput)
  materials?: HomogeneousMaterialInput[];

  @Field(() => [EvidenceInput], { nullable: true, description: "Test reports" })
  @IsOptional()
  @ArrayMaxSize(MAX_MATERIAL_DECLARATION_EVIDENCE)
  @ValidateNested({ each: true })
  @Type(() => EvidenceInput)
  evidence?: EvidenceInput[];

  @Field(() => Date, { nullable: true, description: "When declared; null: judged as of now" })
  @IsOptional()
  @IsDate()
  declaredAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  validUntil?: Date;
}

@InputType()
export class MaterialDeclarationInput extends DeclarationContentInput {
  @Field(() => ID)
  @IsUUID()
  supplierId: string;

  @Field(() => ID)
  @IsUUID()
  categoryId: string;

  @Field(() => DeclarationClass)
  @IsEnum(DeclarationClass)
  declarationClass: DeclarationClass;
}
