import type { RequestContext } from "../../graphql/context";
import { change, create } from "../../database/change";
import { inTransaction } from "../../database/transaction";
import { badInput, notFound, stateConflict, type FieldProblem } from "../../shared/errors";
import { trimToNull } from "../../shared/text";
import { AttachmentKind } from "../document/attachment-kind";
import { attachEvidence, linkableDocument } from "../document/evidence-links";
import { assertSupplierVisible, requireRole } from "../identity/access";
import { isCertificateExpired } from "./certificate-expiry";
import { CertificateType } from "./certificate-type";
import { Certificate } from "./certificate.entity";
import type { CertificateInput } from "./certificate.inputs";
import {
  assertRoomForCertificate,
  MAX_CERTIFICATE_ISSUER_LENGTH,
  MAX_CERTIFICATE_NOTE_LENGTH,
  MAX_CERTIFICATE_OTHER_TYPE_LENGTH,
} from "./certificate.limits";
import { CERTIFICATE, CERTIFICATES } from "./certificate.repository";
import { lockSupplier } from "./supplier.repository";
import { SUPPLIER_PERMISSIONS } from "./supplier.permissions";

interface CertificateValues {
  kind: CertificateType;
  otherType: string | null;
  issuer: string;
  number: string | null;
  validFrom: Date | null;
  validUntil: Date;
}

/** The input's rules beyond class-validator's: blank text, OTHER's name, the date order. */
function validate(input: CertificateInput): CertificateValues {
  const problems: FieldProblem[] = [];
  const issuer = input.issuer.trim();
  if (issuer.length === 0) problems.push({ path: "input.issuer", message: "must not be blank" });
  else if (issuer.length > MAX_CERTIFICATE_ISSUER_LENGTH)
    problems.push({
      path: "input.issuer",
      message: `must be at most ${MAX_CERTIFICATE_ISSUER_LENGTH} characters`,
    });
  const otherType = trimToNull(input.otherType);
  if (input.kind === CertificateType.OTHER && !otherType)
    problems.push({ path: "input.otherType", message: "is required with kind OTHER: name it" });
  if (input.kind !== CertificateType.OTHER && otherType)
    problems.push({ path: "input.otherType", message: "is only for kind OTHER" });
  if (otherType && otherType.length > MAX_CERTIFICATE_OTHER_TYPE_LENGTH)
    problems.push({
      path: "input.otherType",
      message: `must be at most ${MAX_CERTIFICATE_OTHER_TYPE_LENGTH} characters`,
    });
  const validFrom = input.validFrom ?? null;
  if (validFrom && input.validUntil.getTime() <= validFrom.getTime())
    problems.push({ path: "input.validUntil", message: "must be after validFrom" });
  if (problems.length > 0) throw badInput(problems);
  return {
    kind: input.kind,
    otherType: input.kind === CertificateType.OTHER ? otherType : null,
    issuer,
    number: trimToNull(input.number),
    validFrom,
    validUntil: input.validUntil,
  };
}

/**
 * Records a certificate of the supplier; one added by the supplier's own user is its word
 * (unverified) until an auditor or admin verifies it. Certificates are never edited or removed:
 * a renewal is a new certificate.
 */
export async function addCertificate(
  ctx: RequestContext,
  supplierId: string,
  input: CertificateInput,
): Promise<Certificate> {
  const viewer = requireRole(ctx, ...SUPPLIER_PERMISSIONS.addCertificate);
  assertSupplierVisible(viewer, supplierId);
  const values = validate(input);
  return inTransaction(ctx, async (tx) => {
    const supplier = await lockSupplier(tx, supplierId);
    if (supplier.archived)
      throw stateConflict(`Supplier ${supplierId} is archived; it takes no new certificates`);
    await assertRoomForCertificate(tx, supplierId);
    const documentId = input.documentId
      ? await linkableDocument(tx, input.documentId, supplierId, "input.documentId")
      : null;
    return create(
      tx,
      CERTIFICATES,
      {
        supplierId,
        ...values,
        documentId,
        addedById: viewer.userId,
        addedAt: tx.now,
        verifiedById: null,
        verifiedAt: null,
        verificationNote: null,
      },
      {
        action: "certificate.added",
        alsoWrite: async (id) => {
          if (documentId)
            await attachEvidence(
              tx,
              { kind: AttachmentKind.CERTIFICATE, subjectId: id, supplierId },
              [{ documentId }],
            );
        },
      },
    );
  });
}

/**
 * An auditor or admin confirms a certificate against the original or the issuer's register.
 * Once: a verified certificate stays verified; an expired one is past checking (add the renewal).
 */
export async function verifyCertificate(
  ctx: RequestContext,
  id: string,
  note: string | null | undefined,
): Promise<Certificate> {
  const viewer = requireRole(ctx, ...SUPPLIER_PERMISSIONS.verifyCertificate);
  const verificationNote = trimToNull(note);
  if (verificationNote && verificationNote.length > MAX_CERTIFICATE_NOTE_LENGTH)
    throw badInput([
      { path: "note", message: `must be at most ${MAX_CERTIFICATE_NOTE_LENGTH} characters` },
    ]);
  return inTransaction(ctx, async (tx) => {
    const found = await tx.manager.findOneBy(Certificate, { id });
    if (!found) throw notFound(CERTIFICATE, id);
    // The supplier first, as addCertificate locks it: one lock order for both.
    const supplier = await lockSupplier(tx, found.supplierId);
    if (supplier.archived)
      throw stateConflict(`Supplier ${supplier.id} is archived; its certificates are closed`);
    const now = tx.now;
    return change(tx, CERTIFICATES, id, {
      action: "certificate.verified",
      check: (before) => {
        if (before.verifiedAt)
          throw stateConflict(
            `Certificate ${id} was already verified on ${before.verifiedAt.toISOString()}`,
          );
        if (isCertificateExpired(before, now))
          throw stateConflict(
            `Certificate ${id} expired on ${before.validUntil.toISOString()}; add the renewed one instead`,
          );
      },
      set: { verifiedById: viewer.userId, verifiedAt: now, verificationNote },
    });
  });
}
