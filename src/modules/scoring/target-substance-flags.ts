import { TargetKind } from "../../shared/domain/target-kind.enum";
import type { ScoreLine } from "./score-line";

/**
 * A company target substance (ELIMINATE or REDUCE, a group's members included) present in an
 * accepted, unexpired material declaration (issue 16). Flagged, never scored.
 */
export interface TargetSubstanceFlag {
  substanceName: string;
  cas: string;
  kind: TargetKind;
  /** The homogeneous material it was declared in. */
  material: string;
  declarationId: string;
  partNumber: string;
  partName: string | null;
  categoryId: string;
}

/** At most this many flags a ranking row (ELIMINATE first): RankedSupplier.targetSubstances' cap. */
export const MAX_TARGET_SUBSTANCE_FLAGS = 50;

/** ELIMINATE before REDUCE (stable otherwise), cut at MAX_TARGET_SUBSTANCE_FLAGS. */
export function rowFlags(flags: readonly TargetSubstanceFlag[]): TargetSubstanceFlag[] {
  const rank = (flag: TargetSubstanceFlag) => (flag.kind === TargetKind.ELIMINATE ? 0 : 1);
  return [...flags].sort((a, b) => rank(a) - rank(b)).slice(0, MAX_TARGET_SUBSTANCE_FLAGS);
}

const partOf = (flag: TargetSubstanceFlag) =>
  flag.partName ? `${flag.partNumber} (${flag.partName})` : flag.partNumber;

/** One 0-point line per declaration with an ELIMINATE target, naming it and its part. */
export function eliminateLines(flags: readonly TargetSubstanceFlag[]): ScoreLine[] {
  const byDeclaration = new Map<string, TargetSubstanceFlag[]>();
  for (const flag of flags) {
    if (flag.kind !== TargetKind.ELIMINATE) continue;
    const list = byDeclaration.get(flag.declarationId) ?? [];
    if (!list.some((f) => f.cas === flag.cas)) list.push(flag);
    byDeclaration.set(flag.declarationId, list);
  }
  return [...byDeclaration.values()].map((list) => ({
    label:
      `Contains ELIMINATE target substance ${list.map((f) => `${f.substanceName} (CAS ${f.cas})`).join(", ")} ` +
      `(material declaration ${list[0].declarationId}, part ${partOf(list[0])}); no score change`,
    points: 0,
  }));
}
