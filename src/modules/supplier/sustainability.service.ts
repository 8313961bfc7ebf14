import type { RequestContext } from "../../graphql/context";
import { inTransaction } from "../../database/transaction";
import { badInput, stateConflict, type FieldProblem } from "../../shared/errors";
import { trimToNull } from "../../shared/text";
import { AttachmentKind } from "../document/attachment-kind";
import { attachEvidence, evidenceFromInput } from "../document/evidence-links";
import type { EvidenceInput } from "../evidence/evidence";
import { requireRole } from "../identity/access";
import {
  effectiveSustainability,
  SUSTAINABILITY_ATTRIBUTES,
  verificationValidUntil,
  type EffectiveSustainability,
  type SustainabilityValues,
} from "../scoring/effective-sustainability";
import { declaredSustainabilityOf } from "./declared-sustainability";
import { Supplier } from "./supplier.entity";
import { lockSupplier } from "./supplier.repository";
import type { SustainabilityInput } from "./supplier.inputs";
import { SustainabilityVerification } from "./sustainability-verification.entity";
import { MAX_VERIFICATION_EVIDENCE, MAX_VERIFICATION_NOTE_LENGTH } from "./sustainability.limits";
import { SUPPLIER_PERMISSIONS } from "./supplier.permissions";

function validate(
  input: SustainabilityInput,
  evidence: EvidenceInput[],
  note: string | null | undefined,
): SustainabilityValues {
  const problems: FieldProblem[] = SUSTAINABILITY_ATTRIBUTES.filter(
    (attribute) => input[attribute] === undefined || input[attribute] === null,
  ).map((attribute) => ({
    path: `input.${attribute}`,
    message: "is required: a verification states every attribute it checked",
  }));
  if (evidence.length === 0)
    problems.push({ path: "evidence", message: "needs at least one piece of evidence" });
  if (evidence.length > MAX_VERIFICATION_EVIDENCE)
    problems.push({ path: "evidence", message: `at most ${MAX_VERIFICATION_EVIDENCE} references` });
  if (note != null && note.length > MAX_VERIFICATION_NOTE_LENGTH)
    problems.push({ path: "note", message: `at most ${MAX_VERIFICATION_NOTE_LENGTH} characters` });
  if (problems.length > 0) throw badInput(problems);
  return input as SustainabilityValues;
}

/**
 * SPEC 11: an AUDITOR or ADMIN states the checked values with evidence; valid 24 months, and
 * the only way to lift a protected-area block. Earlier verifications stay as history.
 */
export async function verifySustainability(
  ctx: RequestContext,
  supplierId: string,
  input: SustainabilityInput,
  evidence: EvidenceInput[],
  note: string | null | undefined,
): Promise<Supplier> {
  const viewer = requireRole(ctx, ...SUPPLIER_PERMISSIONS.verifySustainability);
  const values = validate(input, evidence, note);
  const now = ctx.clock.now();
  return inTransaction(ctx, async (tx) => {
    const locked = await lockSupplier(tx, supplierId);
    if (locked.archived)
      throw stateConflict(`Supplier ${supplierId} is archived; it cannot be verified`);
    const verification = tx.manager.create(SustainabilityVerification, {
      supplierId,
      ...values,
      evidence: await evidenceFromInput(tx, evidence, "evidence", supplierId),
      note: trimToNull(note),
      verifiedById: viewer.userId,
      verifiedAt: now,
    });
    await tx.manager.insert(SustainabilityVerification, verification);
    await attachEvidence(
      tx,
      { kind: AttachmentKind.SUSTAINABILITY_VERIFICATION, subjectId: verification.id, supplierId },
      verification.evidence,
    );
    if (values.sourcesFromProtectedArea) {
      await tx.manager.update(Supplier, { id: supplierId }, { protectedAreaFlaggedAt: now });
    }
    await tx.record({
      action: "supplier.sustainability_verified",
      entityType: "Supplier",
      entityId: supplierId,
      after: {
        verificationId: verification.id,
        ...values,
        evidence: verification.evidence,
        note: verification.note,
        validUntil: verificationValidUntil(now).toISOString(),
      },
    });
    tx.touchSupplier(supplierId, "SUSTAINABILITY_VERIFIED");
    return tx.manager.findOneByOrFail(Supplier, { id: supplierId });
  });
}

export async function effectiveSustainabilityOf(
  ctx: RequestContext,
  supplier: Supplier,
): Promise<EffectiveSustainability> {
  const latest = await ctx.loaders.latestVerification.load(supplier.id);
  return effectiveSustainability(
    declaredSustainabilityOf(supplier),
    latest && { values: latest, verifiedAt: latest.verifiedAt },
    ctx.clock.now(),
  );
}
