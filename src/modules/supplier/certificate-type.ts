import { registerEnumType } from "type-graphql";

/** The management-system and social standards a supplier certificate can attest. */
export enum CertificateType {
  ISO_14001 = "ISO_14001",
  ISO_45001 = "ISO_45001",
  ISO_9001 = "ISO_9001",
  ISO_50001 = "ISO_50001",
  SA8000 = "SA8000",
  SSI = "SSI",
  /** Any other standard, named in `otherType` (e.g. "IATF 16949"). */
  OTHER = "OTHER",
}

registerEnumType(CertificateType, {
  name: "CertificateType",
  description: "The standard a certificate attests; OTHER names it in otherType",
});
