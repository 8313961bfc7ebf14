import {
  IsDefined,
  IsOptional,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  ValidateIf,
} from "class-validator";
import { Field, InputType, ObjectType } from "type-graphql";

/** Evidence references per finding or corrective-action implementation. */
export const MAX_EVIDENCE_ITEMS = 50;

/**
 * Proof a record rests on: an uploaded document (`documentId`, with the hash the portal computed)
 * or a URL to proof held elsewhere.
 */
@ObjectType()
export class Evidence {
  @Field(() => String)
  title: string;

  @Field(() => String, { nullable: true })
  url?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "An uploaded document's id (POST /documents)",
  })
  documentId?: string | null;

  @Field(() => String, { nullable: true, description: "SHA-256 of the document, hex" })
  sha256?: string | null;
}

@InputType()
export class EvidenceInput {
  @Field(() => String)
  @Length(1, 200)
  title: string;

  @Field(() => String, { nullable: true })
  // IsDefined is the one check that skipMissingProperties does not skip: a reference needs
  // somewhere to point.
  @ValidateIf((e: EvidenceInput) => !e.documentId || (e.url !== undefined && e.url !== null))
  @IsDefined({ message: "give a url or a documentId" })
  @IsUrl(
    { protocols: ["https", "http"], require_protocol: true },
    { message: "must be an http(s) URL (or give a documentId)" },
  )
  @MaxLength(2000)
  url?: string;

  @Field(() => String, {
    nullable: true,
    description: "The id POST /documents answered; the document must be one you may read",
  })
  @IsOptional()
  @IsUUID("all", { message: "must be the id of an uploaded document (POST /documents)" })
  documentId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[a-fA-F0-9]{64}$/, { message: "must be 64 hexadecimal characters" })
  sha256?: string;
}

export function toEvidence(input: EvidenceInput): Evidence {
  return {
    title: input.title.trim(),
    url: input.url ?? null,
    documentId: input.documentId ?? null,
    sha256: input.sha256?.toLowerCase() ?? null,
  };
}
