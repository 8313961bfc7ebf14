import { Type } from "class-transformer";
import {
  ArrayMaxSize,
  IsEnum,
  IsISO31661Alpha2,
  IsLatitude,
  IsLongitude,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from "class-validator";
import { Field, Float, ID, InputType } from "type-graphql";
import { LinkEvidenceInput } from "./link-evidence";
import { MAX_LINK_EVIDENCE } from "./supply-chain.limits";
import { CustodyModel } from "./supply-chain.enums";

@InputType({ description: "A party of the chain; every field is stored as given (a full write)" })
export class SupplyChainNodeInput {
  @Field(() => ID, { description: "A tier of the map's tier set, below the root's" })
  @IsUUID("all", { message: "must be a tier's id (supplyChainTierSets)" })
  tierId: string;

  @Field(() => String)
  @Length(1, 200)
  name: string;

  @Field(() => String, { description: "ISO 3166-1 alpha-2" })
  @IsISO31661Alpha2({ message: "must be an ISO 3166-1 alpha-2 country code" })
  country: string;

  @Field(() => String, { nullable: true, description: "ISO 3166-2 within the country, e.g. CN-XJ" })
  @IsOptional()
  @Matches(/^[A-Za-z]{2}-[A-Za-z0-9]{1,3}$/, { message: "must be an ISO 3166-2 code, e.g. CN-XJ" })
  region?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  address?: string;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsLatitude({ message: "must be a latitude, -90 to 90" })
  latitude?: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsLongitude({ message: "must be a longitude, -180 to 180" })
  longitude?: number;
}

@InputType({ description: "Who supplies whom: material flows from upstream to downstream" })
export class SupplyChainLinkInput {
  @Field(() => ID)
  @IsUUID("all", { message: "must be a node's id" })
  upstreamNodeId: string;

  @Field(() => ID)
  @IsUUID("all", { message: "must be a node's id" })
  downstreamNodeId: string;

  @Field(() => CustodyModel)
  @IsEnum(CustodyModel)
  custody: CustodyModel;

  @Field(() => [LinkEvidenceInput], { defaultValue: [] })
  @ArrayMaxSize(MAX_LINK_EVIDENCE)
  @ValidateNested({ each: true })
  @Type(() => LinkEvidenceInput)
  evidence: LinkEvidenceInput[];
}

@InputType({ description: "A link's custody and evidence; its ends stay (remove and add to move)" })
export class SupplyChainLinkUpdateInput {
  @Field(() => CustodyModel)
  @IsEnum(CustodyModel)
  custody: CustodyModel;

  @Field(() => [LinkEvidenceInput])
  @ArrayMaxSize(MAX_LINK_EVIDENCE)
  @ValidateNested({ each: true })
  @Type(() => LinkEvidenceInput)
  evidence: LinkEvidenceInput[];
}
