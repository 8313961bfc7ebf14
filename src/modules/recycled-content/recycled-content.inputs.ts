import { Type } from "class-transformer";
import {
  ArrayMaxSize,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from "class-validator";
import { ArgsType, Field, Float, ID, InputType, Int } from "type-graphql";
import { EvidenceInput } from "../evidence/evidence";
import { Element, RecycledContentMethod, TargetSource } from "./recycled-content.enums";
import {
  MAX_DECLARATION_EVIDENCE,
  MAX_QUANTITY_KG,
  MAX_REFERENCE_LENGTH,
} from "./recycled-content.limits";

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const MONTH_MESSAGE = { message: "must be a month, YYYY-MM" };

@InputType()
export class CreatePurchaseInput {
  @Field(() => ID)
  @IsUUID("all", { message: "must be a supplier id" })
  supplierId: string;

  @Field(() => ID)
  @IsUUID("all", { message: "must be a material category id" })
  categoryId: string;

  @Field(() => String, { description: "The month, YYYY-MM" })
  @Matches(MONTH, MONTH_MESSAGE)
  period: string;

  @Field(() => Float)
  @Min(0.001, { message: "must be more than 0" })
  @Max(MAX_QUANTITY_KG)
  quantityKg: number;

  @Field(() => String, { nullable: true, description: "The ERP's reference; unique" })
  @IsOptional()
  @MaxLength(MAX_REFERENCE_LENGTH)
  reference?: string;
}

@InputType()
export class DeclareRecycledContentInput {
  @Field(() => ID)
  @IsUUID("all", { message: "must be a supplier id" })
  supplierId: string;

  @Field(() => ID)
  @IsUUID("all", { message: "must be a material category id" })
  categoryId: string;

  @Field(() => Element)
  element: Element;

  @Field(() => String, { description: "First month covered, YYYY-MM" })
  @Matches(MONTH, MONTH_MESSAGE)
  validFrom: string;

  @Field(() => String, { description: "Last month covered (inclusive), YYYY-MM" })
  @Matches(MONTH, MONTH_MESSAGE)
  validTo: string;

  @Field(() => Float, { description: "Mass of the element per mass of the goods, (0-1]" })
  @Min(0.000001)
  @Max(1)
  elementFraction: number;

  @Field(() => Float, { description: "Recycled share of the element, = pre + post" })
  @Min(0)
  @Max(1)
  recycledFraction: number;

  @Field(() => Float)
  @Min(0)
  @Max(1)
  preConsumerFraction: number;

  @Field(() => Float)
  @Min(0)
  @Max(1)
  postConsumerFraction: number;

  @Field(() => RecycledContentMethod)
  method: RecycledContentMethod;

  @Field(() => [EvidenceInput], { nullable: true, description: "A certificate, a mass balance..." })
  @IsOptional()
  @ArrayMaxSize(MAX_DECLARATION_EVIDENCE)
  @ValidateNested({ each: true })
  @Type(() => EvidenceInput)
  evidence?: EvidenceInput[];
}

@InputType()
export class RecycledContentTargetInput {
  @Field(() => Element)
  element: Element;

  @Field(() => TargetSource)
  source: TargetSource;

  @Field(() => Float, { description: "0-1 (0.06 is 6 %)" })
  @Min(0.0001)
  @Max(1)
  share: number;

  @Field(() => Date)
  dueDate: Date;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(1000)
  note?: string;

  @Field(() => ID, {
    nullable: true,
    description:
      "The current target this one replaces; default: the one of the same element, source and due date",
  })
  @IsOptional()
  @IsUUID("all")
  replaces?: string;
}

@ArgsType()
export class PurchaseFilterArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all")
  supplierId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID("all")
  categoryId?: string;

  @Field(() => String, { nullable: true, description: "First month, YYYY-MM" })
  @IsOptional()
  @Matches(MONTH, MONTH_MESSAGE)
  from?: string;

  @Field(() => String, { nullable: true, description: "Last month (inclusive), YYYY-MM" })
  @IsOptional()
  @Matches(MONTH, MONTH_MESSAGE)
  to?: string;
}

@ArgsType()
export class RecycledShareArgs {
  @Field(() => Element)
  element: Element;

  @Field(() => Int, { nullable: true, description: "A calendar year; or give from and to" })
  @IsOptional()
  @Min(2000)
  @Max(2100)
  year?: number;

  @Field(() => String, { nullable: true, description: "First month, YYYY-MM" })
  @IsOptional()
  @Matches(MONTH, MONTH_MESSAGE)
  from?: string;

  @Field(() => String, {
    nullable: true,
    description: "Last month, YYYY-MM; default: the current month (with from: the 12 months to it)",
  })
  @IsOptional()
  @Matches(MONTH, MONTH_MESSAGE)
  to?: string;
}
