import { IsEnum, IsOptional, IsUUID, Length, Matches } from "class-validator";
import { Field, ID, InputType, ObjectType } from "type-graphql";
import type { Tx } from "../../database/transaction";
import { badInput, type FieldProblem } from "../../shared/errors";
import { trimToNull } from "../../shared/text";
import { linkableDocuments, NOT_LINKABLE } from "../document/evidence-links";
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

/**
 * Link evidence as stored: each document one the caller may link to the supplier's record
 * (linkableDocuments), a given SHA-256 that document's own; a document named twice counts once.
 */
export async function linkEvidenceFromInput(
  tx: Tx,
  inputs: readonly LinkEvidenceInput[],
  path: string,
  supplierId: string,
): Promise<LinkEvidence[]> {
  const hashes = await linkableDocuments(
    tx,
    inputs.map((e) => e.documentId),
    supplierId,
  );
  const problems: FieldProblem[] = [];
  const stored = new Map<string, LinkEvidence>();
  inputs.forEach((input, index) => {
    const id = input.documentId.toLowerCase();
    const hash = hashes.get(id);
    if (!hash)
      problems.push({
        path: `${path}.${index}.documentId`,
        message: NOT_LINKABLE,
      });
    else if (input.sha256 && input.sha256.toLowerCase() !== hash)
      problems.push({
        path: `${path}.${index}.sha256`,
        message: `does not match the document's SHA-256 (${hash})`,
      });
    else if (!stored.has(id))
      stored.set(id, {
        kind: input.kind,
        documentId: id,
        sha256: hash,
        reference: trimToNull(input.reference),
      });
  });
  if (problems.length > 0) throw badInput(problems);
  return [...stored.values()];
}
