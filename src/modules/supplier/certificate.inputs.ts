import { IsDate, IsEnum, IsOptional, IsUUID, MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { CertificateType } from "./certificate-type";
import {
  MAX_CERTIFICATE_ISSUER_LENGTH,
  MAX_CERTIFICATE_NUMBER_LENGTH,
  MAX_CERTIFICATE_OTHER_TYPE_LENGTH,
} from "./certificate.limits";

@InputType()
export class CertificateInput {
  @Field(() => CertificateType)
  @IsEnum(CertificateType)
  kind: CertificateType;

  @Field(() => String, {
    nullable: true,
    description: 'The standard\'s name, required with kind OTHER (e.g. "IATF 16949")',
  })
  @IsOptional()
  @MaxLength(MAX_CERTIFICATE_OTHER_TYPE_LENGTH)
  otherType?: string;

  @Field(() => String, { description: "The certification body" })
  @MaxLength(MAX_CERTIFICATE_ISSUER_LENGTH)
  issuer: string;

  @Field(() => String, { nullable: true, description: "The certificate's number" })
  @IsOptional()
  @MaxLength(MAX_CERTIFICATE_NUMBER_LENGTH)
  number?: string;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  validFrom?: Date;

  @Field(() => Date, { description: "After validFrom" })
  @IsDate()
  validUntil: Date;

  @Field(() => ID, {
    nullable: true,
    description: "The certificate's scan: an upload (POST /documents) the caller may read",
  })
  @IsOptional()
  @IsUUID("all", { message: "must be a document id" })
  documentId?: string;
}
