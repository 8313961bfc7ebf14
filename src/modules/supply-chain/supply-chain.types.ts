import { Field, Float, ObjectType } from "type-graphql";
import { Basis, Traceability } from "../../shared/domain/sustainability.enums";

/** What a map gives for traceability (issue 18), with the wording the ranking cites. */
@ObjectType()
export class SupplyChainTraceability {
  @Field(() => Traceability, { description: "What counts: verified, or declared one level lower" })
  level: Traceability;

  @Field(() => Basis)
  basis: Basis;

  @Field(() => Traceability, { description: "The level if every declared link were verified" })
  declaredLevel: Traceability;

  @Field(() => Float, {
    description:
      "Share of paths from the root reaching the origin tier through verified links, 0-100",
  })
  coverage: number;

  @Field(() => Float)
  pathCount: number;

  @Field(() => Float)
  verifiedPathCount: number;

  @Field(() => Float, { description: "Paths reaching the origin tier, verified or not" })
  originPathCount: number;

  @Field(() => String)
  originTier: string;

  @Field(() => String, { description: "As the ranking's explanation line cites it" })
  explanation: string;
}
