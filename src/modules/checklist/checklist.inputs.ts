import { Type } from "class-transformer";
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEnum,
  IsOptional,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from "class-validator";
import { Field, InputType, Int } from "type-graphql";
import { AnswerType } from "../../shared/domain/checklist.enums";
import { EsgArea } from "../../shared/domain/esg-area.enum";
import { LOCALES } from "../../shared/i18n/locale";

/** Enough for any real questionnaire; bounds the size of one mutation. */
export const MAX_CHECKLIST_ITEMS = 500;

const NOT_BLANK = /\S/;

@InputType({ description: "What a checklist item says in one language" })
export class ChecklistItemTextInput {
  @Field(() => String, { description: "en or zh-CN" })
  @MaxLength(10)
  locale: string;

  @Field(() => String, { nullable: true, description: "Asked of the supplier in the SAQ" })
  @IsOptional()
  @MaxLength(1000)
  saqQuestion?: string | null;

  @Field(() => String, { nullable: true, description: "Asked by the auditor in the audit" })
  @IsOptional()
  @MaxLength(1000)
  auditQuestion?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  guidance?: string | null;
}

@InputType()
export class ChecklistItemInput {
  @Field(() => String, {
    description: "Unique in the checklist, e.g. CFL-03; stored trimmed and in upper case",
  })
  @Matches(/^\s*[A-Za-z0-9][A-Za-z0-9._-]{0,19}\s*$/, {
    message: "must be 1-20 letters, digits, '.', '_' or '-'",
  })
  code: string;

  @Field(() => EsgArea)
  @IsEnum(EsgArea)
  area: EsgArea;

  @Field(() => String, {
    nullable: true,
    description:
      "The English audit question (the English SAQ question too, until written in texts); required unless texts has en",
  })
  @IsOptional()
  @Length(1, 1000)
  @Matches(NOT_BLANK, { message: "must not be blank" })
  question?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The English guidance: what counts as evidence; default empty",
  })
  @IsOptional()
  @MaxLength(2000)
  guidance?: string | null;

  @Field(() => [ChecklistItemTextInput], {
    nullable: true,
    description:
      "Texts per locale: each replaces its locale's text (all blank: removes it); locales not given keep theirs",
  })
  @IsOptional()
  // Room for a repeated or unknown locale, which the service names at its entry.
  @ArrayMaxSize(2 * LOCALES.length)
  @ValidateNested({ each: true })
  @Type(() => ChecklistItemTextInput)
  texts?: ChecklistItemTextInput[] | null;

  @Field(() => AnswerType)
  @IsEnum(AnswerType)
  answerType: AnswerType;

  @Field(() => Int, { description: "1-5, reflecting risk" })
  @Min(1)
  @Max(5)
  weight: number;

  @Field(() => Boolean, {
    nullable: true,
    description: "A non-conformance is a zero-tolerance breach; default false",
  })
  @IsOptional()
  zeroTolerance?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Default false" })
  @IsOptional()
  evidenceRequired?: boolean | null;
}

@InputType({ description: "A checklist's name in one language other than English" })
export class ChecklistNameInput {
  @Field(() => String, { description: "zh-CN (the English name is the checklist's name)" })
  @MaxLength(10)
  locale: string;

  @Field(() => String, { nullable: true, description: "Blank or null: removes that name" })
  @IsOptional()
  @MaxLength(200)
  name?: string | null;
}

/** Room for a repeated or unknown locale, which the service names at its entry. */
const MAX_NAME_TRANSLATIONS = 2 * LOCALES.length;

@InputType()
export class CreateChecklistInput {
  @Field(() => String)
  @Length(1, 200)
  @Matches(NOT_BLANK, { message: "must not be blank" })
  name: string;

  @Field(() => [ChecklistNameInput], {
    nullable: true,
    description: "The name in other languages (zh-CN); default none",
  })
  @IsOptional()
  @ArrayMaxSize(MAX_NAME_TRANSLATIONS)
  @ValidateNested({ each: true })
  @Type(() => ChecklistNameInput)
  nameTranslations?: ChecklistNameInput[] | null;

  @Field(() => [String], {
    nullable: true,
    description: "Locales every item must have text in before publishing; default [en]",
  })
  @IsOptional()
  @ArrayMaxSize(LOCALES.length)
  requiredLocales?: string[] | null;

  @Field(() => [ChecklistItemInput], { description: "In the order they are asked" })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_CHECKLIST_ITEMS)
  @ValidateNested({ each: true })
  @Type(() => ChecklistItemInput)
  items: ChecklistItemInput[];
}

@InputType()
export class RenameChecklistInput {
  @Field(() => String, { nullable: true, description: "The English name; default unchanged" })
  @IsOptional()
  @Length(1, 200)
  @Matches(NOT_BLANK, { message: "must not be blank" })
  name?: string | null;

  @Field(() => [ChecklistNameInput], {
    nullable: true,
    description:
      "Each replaces its locale's name (blank: removes it); locales not given keep theirs",
  })
  @IsOptional()
  @ArrayMaxSize(MAX_NAME_TRANSLATIONS)
  @ValidateNested({ each: true })
  @Type(() => ChecklistNameInput)
  nameTranslations?: ChecklistNameInput[] | null;
}
