import { Field, Float, ID, ObjectType, registerEnumType } from "type-graphql";
import { TargetKind } from "../substance/substance.enums";

/** The declarations the substitution view reads: the accepted ones, or those under review. */
export enum SubstitutionStatus {
  ACCEPTED = "ACCEPTED",
  SUBMITTED = "SUBMITTED",
}

registerEnumType(SubstitutionStatus, { name: "SubstitutionStatus" });

@ObjectType({
  description:
    "A target substance (ELIMINATE or REDUCE, directly or through a group) a supplier's declaration still contains",
})
export class SubstitutionLine {
  @Field(() => ID, { description: "The material declaration" })
  declarationId: string;

  supplierId: string;
  categoryId: string;

  @Field(() => SubstitutionStatus)
  status: SubstitutionStatus;

  @Field(() => String)
  partNumber: string;

  @Field(() => String, { nullable: true })
  partName: string | null;

  @Field(() => String, { description: "The homogeneous material it is in" })
  material: string;

  @Field(() => String)
  cas: string;

  @Field(() => String, { description: "As declared, else the reference data's name" })
  substanceName: string;

  @Field(() => TargetKind)
  targetKind: TargetKind;

  @Field(() => Float, {
    nullable: true,
    description: "ppm w/w in the material: as declared, else from the masses; null: unknown",
  })
  ppm: number | null;

  @Field(() => Date)
  validUntil: Date;

  @Field(() => Boolean, { description: "validUntil has passed" })
  expired: boolean;

  /** The sort key, for the cursor. */
  categoryCode: string;
  supplierName: string;
  materialIndex: number;
  substanceIndex: number;
}
