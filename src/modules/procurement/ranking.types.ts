import { ArrayMaxSize, IsEnum, IsISO31661Alpha2, IsOptional, IsUUID } from "class-validator";
import { Field, Float, ID, InputType, Int, ObjectType } from "type-graphql";
import { Supplier } from "../supplier/supplier.entity";
import { PriorityAdjustment } from "./priority-adjustment.entity";
import { Grade, ProcurementStatus } from "../../shared/domain/procurement.enums";
import { ScoreLine } from "./score.types";
import { TargetKind } from "../substance/substance.enums";

@InputType()
export class RankingFilter {
  @Field(() => ID, {
    nullable: true,
    description: "Rank for this material category (its scoped adjustments count)",
  })
  @IsOptional()
  @IsUUID("all", { message: "must be a material category id" })
  categoryId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsISO31661Alpha2({ message: "must be an ISO 3166-1 alpha-2 country code" })
  country?: string;

  @Field(() => Grade, { nullable: true, description: "This grade or better" })
  @IsOptional()
  @IsEnum(Grade)
  minGrade?: Grade;

  @Field(() => [ProcurementStatus], {
    nullable: true,
    description: "Default APPROVED and CONDITIONAL; SUSPENDED only when asked; BLOCKED never",
  })
  @IsOptional()
  @ArrayMaxSize(4)
  @IsEnum(ProcurementStatus, { each: true })
  statuses?: ProcurementStatus[];
}

@ObjectType({
  description:
    "A company target substance (ELIMINATE or REDUCE) in an accepted, unexpired material declaration; flagged, not scored",
  simpleResolvers: true,
})
export class TargetSubstanceFlag {
  @Field(() => String)
  substanceName: string;

  @Field(() => String)
  cas: string;

  @Field(() => TargetKind)
  kind: TargetKind;

  @Field(() => String, { description: "The homogeneous material it was declared in" })
  material: string;

  @Field(() => ID)
  declarationId: string;

  @Field(() => String)
  partNumber: string;

  @Field(() => String, { nullable: true })
  partName: string | null;

  categoryId: string;
}

// Plain data (adjustments has its own field resolver): no per-field type-graphql wrapper needed.
@ObjectType({ simpleResolvers: true })
export class RankedSupplier {
  @Field(() => Int, { description: "Position in the ranking: 1, 2, 3... across pages" })
  rank: number;

  @Field(() => Supplier)
  supplier: Supplier;

  @Field(() => Float)
  priorityScore: number;

  @Field(() => Float)
  esgScore: number;

  @Field(() => Grade)
  grade: Grade;

  @Field(() => ProcurementStatus)
  status: ProcurementStatus;

  @Field(() => [PriorityAdjustment], { description: "The active manual adjustments counted here" })
  adjustments: PriorityAdjustment[];

  @Field(() => [ScoreLine], {
    description: "Components and adjustments; they add up to priorityScore",
  })
  explanation: ScoreLine[];

  @Field(() => [TargetSubstanceFlag], {
    description:
      "Target substances in the supplier's accepted declarations (this category's; all for the all-categories ranking)",
  })
  targetSubstances: TargetSubstanceFlag[];

  adjustmentIds: string[];

  /** The supplier's stored status reasons, when the page was asked for them (CSV export). */
  statusReasons?: string[];
}
