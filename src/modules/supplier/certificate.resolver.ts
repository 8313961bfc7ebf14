import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { Document } from "../document/document.entity";
import { readableDocument } from "../document/document.service";
import { User } from "../identity/user.entity";
import {
  CERTIFICATE_EXPIRY_WARNING_DAYS,
  certificateExpiresSoon,
  isCertificateExpired,
} from "./certificate-expiry";
import { Certificate } from "./certificate.entity";
import { CertificateInput } from "./certificate.inputs";
import { MAX_CERTIFICATES_PER_SUPPLIER } from "./certificate.limits";
import { addCertificate, verifyCertificate } from "./certificate.service";
import { Supplier } from "./supplier.entity";
import { SUPPLIER_PERMISSIONS } from "./supplier.permissions";

@Resolver(() => Certificate)
export class CertificateResolver {
  @Authorized(...SUPPLIER_PERMISSIONS.addCertificate)
  @Mutation(() => Certificate, {
    description: "A supplier's own certificates are unverified until an auditor or admin verifies",
  })
  addCertificate(
    @Ctx() ctx: RequestContext,
    @Arg("supplierId", () => ID) supplierId: string,
    @Arg("input", () => CertificateInput) input: CertificateInput,
  ) {
    return addCertificate(ctx, supplierId, input);
  }

  @Authorized(...SUPPLIER_PERMISSIONS.verifyCertificate)
  @Mutation(() => Certificate, {
    description: "Once per certificate, never an expired one; CONFLICT otherwise",
  })
  verifyCertificate(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("note", () => String, { nullable: true }) note?: string,
  ) {
    return verifyCertificate(ctx, id, note);
  }

  @FieldResolver(() => String, {
    description: "The kind (ISO_45001...), or for OTHER the standard's name",
  })
  type(@Root() certificate: Certificate) {
    return certificate.otherType ?? certificate.kind;
  }

  @FieldResolver(() => Document, {
    nullable: true,
    description: "The certificate's scan, when the viewer may read it",
  })
  document(@Root() certificate: Certificate, @Ctx() ctx: RequestContext) {
    return certificate.documentId ? readableDocument(ctx, certificate.documentId) : null;
  }

  @FieldResolver(() => Boolean, { description: "validUntil has passed" })
  expired(@Root() certificate: Certificate, @Ctx() ctx: RequestContext) {
    return isCertificateExpired(certificate, ctx.clock.now());
  }

  @FieldResolver(() => Boolean, {
    description: `Not expired, and ends within ${CERTIFICATE_EXPIRY_WARNING_DAYS} days`,
  })
  expiresSoon(@Root() certificate: Certificate, @Ctx() ctx: RequestContext) {
    return certificateExpiresSoon(certificate, ctx.clock.now());
  }

  @FieldResolver(() => Boolean, { description: "An auditor or admin has verified it" })
  verified(@Root() certificate: Certificate) {
    return certificate.verifiedAt !== null;
  }

  @FieldResolver(() => User, { nullable: true })
  verifiedBy(@Root() certificate: Certificate, @Ctx() ctx: RequestContext) {
    return certificate.verifiedById ? ctx.loaders.user.load(certificate.verifiedById) : null;
  }

  @FieldResolver(() => User)
  addedBy(@Root() certificate: Certificate, @Ctx() ctx: RequestContext) {
    return ctx.loaders.user.load(certificate.addedById);
  }
}

@Resolver(() => Supplier)
export class SupplierCertificatesResolver {
  @FieldResolver(() => [Certificate], {
    description: `Expired ones included, latest valid-until first (at most ${MAX_CERTIFICATES_PER_SUPPLIER})`,
  })
  certificates(@Root() supplier: Supplier, @Ctx() ctx: RequestContext) {
    return ctx.loaders.certificatesBySupplier.load(supplier.id);
  }
}
