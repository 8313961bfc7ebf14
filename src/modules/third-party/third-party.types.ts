import { Field, Float, ObjectType } from "type-graphql";
import { EsgArea } from "../../shared/domain/esg-area.enum";

@ObjectType({ description: "One area as a third-party result maps it (before the 0.85 factor)" })
export class ThirdPartyAreaScore {
  @Field(() => EsgArea)
  area: EsgArea;

  @Field(() => Float, { description: "0-100, from the scheme's result by the mapping table" })
  score: number;

  @Field(() => String, {
    description: 'What of the report it comes from: "EcoVadis Ethics theme 50"',
  })
  basis: string;
}
