import { Basis, Traceability } from "../../shared/domain/sustainability.enums";
import { addMonths } from "../../shared/time";
import {
  DECLARED_SHARE_FACTOR,
  DECLARED_TRACEABILITY,
  SUSTAINABILITY_VERIFICATION_VALIDITY_MONTHS,
} from "./scoring-policy";

export interface SustainabilityValues {
  /** Percentages 0-100. */
  renewableElectricityShare: number;
  thirdPartyVerifiedMaterialShare: number;
  recycledContentShare: number;
  traceability: Traceability;
  sourcesFromProtectedArea: boolean;
}

export type SustainabilityAttribute = keyof SustainabilityValues;

export const SUSTAINABILITY_ATTRIBUTES: readonly SustainabilityAttribute[] = [
  "renewableElectricityShare",
  "thirdPartyVerifiedMaterialShare",
  "recycledContentShare",
  "traceability",
  "sourcesFromProtectedArea",
];

const SHARES = [
  "renewableElectricityShare",
  "thirdPartyVerifiedMaterialShare",
  "recycledContentShare",
] as const;

export interface DeclaredSustainability {
  values: SustainabilityValues;
  /** When the supplier last declared anything; null: never (the defaults stand). */
  declaredAt: Date | null;
  /**
   * The latest moment anyone said "sources from a protected area" (a declaration or a
   * verification of `true`). Only a later, valid verification of `false` lifts it.
   */
  protectedAreaFlaggedAt: Date | null;
}

export interface SustainabilityVerificationInput {
  values: SustainabilityValues;
  verifiedAt: Date;
}

export interface EffectiveSustainability extends SustainabilityValues {
  basis: Record<SustainabilityAttribute, Basis>;
  /** The verification in force, null when none is valid at `now`. */
  verifiedAt: Date | null;
  validUntil: Date | null;
  /** What the numbers came from, for explanation lines: the declared value before discount. */
  declared: SustainabilityValues;
}

export function verificationValidUntil(verifiedAt: Date): Date {
  return addMonths(verifiedAt, SUSTAINABILITY_VERIFICATION_VALIDITY_MONTHS);
}

export function isVerificationValid(verifiedAt: Date, now: Date): boolean {
  return now.getTime() < verificationValidUntil(verifiedAt).getTime();
}

/**
 * The protected-area rule is asymmetric (SPEC 11): any `true` blocks at once; a supplier can
 * never lift it, only a verification of `false` made after the latest `true`, while valid.
 * When that verification lapses, the supplier's current declaration stands again.
 */
function protectedArea(
  declared: DeclaredSustainability,
  latest: SustainabilityVerificationInput | null,
  now: Date,
): { value: boolean; basis: Basis } {
  const flaggedAt = declared.protectedAreaFlaggedAt;
  // A verified `true` never lapses into "not protected": nothing later has lifted it.
  if (latest && latest.values.sourcesFromProtectedArea)
    return { value: true, basis: Basis.VERIFIED };
  const liftedBy =
    latest && (flaggedAt === null || latest.verifiedAt.getTime() > flaggedAt.getTime())
      ? latest
      : null;
  if (liftedBy && isVerificationValid(liftedBy.verifiedAt, now))
    return { value: false, basis: Basis.VERIFIED };
  if (flaggedAt !== null && !liftedBy) return { value: true, basis: Basis.DECLARED };
  return {
    value: declared.values.sourcesFromProtectedArea,
    basis: declared.declaredAt ? Basis.DECLARED : Basis.NONE,
  };
}

/**
 * SPEC 11: the values procurement and scoring use. A valid verification wins; otherwise the
 * supplier's declaration counts discounted (shares x 0.5, traceability one level lower), and a
 * supplier that never declared anything counts as nothing (basis NONE).
 */
export function effectiveSustainability(
  declared: DeclaredSustainability,
  latest: SustainabilityVerificationInput | null,
  now: Date,
): EffectiveSustainability {
  const valid = latest && isVerificationValid(latest.verifiedAt, now) ? latest : null;
  const protectedValue = protectedArea(declared, latest, now);
  const fallback = declared.declaredAt ? Basis.DECLARED : Basis.NONE;
  const d = declared.values;
  const values: SustainabilityValues = valid
    ? { ...valid.values }
    : {
        renewableElectricityShare: d.renewableElectricityShare * DECLARED_SHARE_FACTOR,
        thirdPartyVerifiedMaterialShare: d.thirdPartyVerifiedMaterialShare * DECLARED_SHARE_FACTOR,
        recycledContentShare: d.recycledContentShare * DECLARED_SHARE_FACTOR,
        traceability: DECLARED_TRACEABILITY[d.traceability],
        sourcesFromProtectedArea: d.sourcesFromProtectedArea,
      };
  if (!valid && fallback === Basis.NONE) {
    for (const share of SHARES) values[share] = 0;
    values.traceability = Traceability.NONE;
  }
  values.sourcesFromProtectedArea = protectedValue.value;
  const basisOf = valid ? Basis.VERIFIED : fallback;
  return {
    ...values,
    basis: {
      renewableElectricityShare: basisOf,
      thirdPartyVerifiedMaterialShare: basisOf,
      recycledContentShare: basisOf,
      traceability: basisOf,
      sourcesFromProtectedArea: protectedValue.basis,
    },
    verifiedAt: valid?.verifiedAt ?? null,
    validUntil: valid ? verificationValidUntil(valid.verifiedAt) : null,
    declared: { ...d },
  };
}

/** The next moment time alone changes the effective values: the verification lapsing. */
export function sustainabilityChangesAt(
  latest: SustainabilityVerificationInput | null,
  now: Date,
): Date | null {
  if (!latest) return null;
  const until = verificationValidUntil(latest.verifiedAt);
  return until.getTime() > now.getTime() ? until : null;
}
