import { Field, Float, ObjectType } from "type-graphql";
import { Basis, Traceability } from "../../shared/domain/sustainability.enums";

@ObjectType()
export class AttributeBasis {
  @Field(() => String, { description: "The attribute's field name in Sustainability" })
  attribute: string;

  @Field(() => Basis)
  basis: Basis;
}

@ObjectType({ description: "Attributes procurement uses to prefer lower-impact materials" })
export class Sustainability {
  @Field(() => Float, { description: "Share of electricity from renewable sources, 0-100 %" })
  renewableElectricityShare: number;

  @Field(() => Float, { description: "Share of material verified by a third party, 0-100 %" })
  thirdPartyVerifiedMaterialShare: number;

  @Field(() => Float, { description: "Recycled content, 0-100 %" })
  recycledContentShare: number;

  @Field(() => Traceability)
  traceability: Traceability;

  @Field(() => Boolean, {
    description: "Raw materials from globally or nationally significant biodiversity areas",
  })
  sourcesFromProtectedArea: boolean;

  @Field(() => [AttributeBasis], { description: "One per attribute" })
  basis: AttributeBasis[];
}
