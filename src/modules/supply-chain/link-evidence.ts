import { IsEnum, IsOptional, IsUUID, Length, Matches } from "class-validator";
import { Field, ID, InputType, ObjectType } from "type-graphql";
import { LinkEvidenceKind } from "./supply-chain.enums";

/** An uploaded document showing a delivery along a link (a purchase order, invoice, bill of lading). */
@ObjectType()
export class LinkEvidence {
  @Field(() => LinkEvidenceKind)
  kind: LinkEvidenceKind;

  @Field(() => ID, { description: "The uploaded document's id (POST /documents)" })
  documentId: string;

  @Field(() => String, { description: "SHA-256 of the document, hex" })
  sha256: string;

  @Field(() => String, { nullable: true, description: "The record's number, e.g. PO-4711" })
  reference: string | null;
}

@InputType()
export class LinkEvidenceInput {
  @Field(() => LinkEvidenceKind)
  @IsEnum(LinkEvidenceKind)
  kind: LinkEvidenceKind;

  @Field(() => ID, { description: "The id POST /documents answered" })
  @IsUUID("all", { message: "must be the id of an uploaded document (POST /documents)" })
  documentId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[a-fA-F0-9]{64}$/, { message: "must be 64 hexadecimal characters" })
  sha256?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100)
  reference?: string;
}
