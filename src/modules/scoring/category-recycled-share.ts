import { Basis } from "../../shared/domain/sustainability.enums";
import { DECLARED_SHARE_FACTOR } from "./scoring-policy";

/**
 * A supplier's recycled-content declaration in force today for one element of one material
 * category: the latest declared one whose months cover the current month (issue 17).
 */
export interface RecycledDeclarationInput {
  id: string;
  categoryId: string;
  /** LI, CO, NI, PB, AL or SI. */
  element: string;
  /** First and last month covered, `YYYY-MM`. */
  validFrom: string;
  validTo: string;
  /** Element mass per mass purchased, 0-1. */
  elementFraction: number;
  /** Recycled share of that element, 0-1. */
  recycledFraction: number;
  verified: boolean;
}

export interface CategoryRecycledSharePart {
  declaration: RecycledDeclarationInput;
  /** The declaration's share of the category's element mass, 0-1 (1 with a single element). */
  weight: number;
  /** Its recycled share as counted, percent: verified in full, declared x DECLARED_SHARE_FACTOR. */
  countedShare: number;
}

export interface CategoryRecycledShare {
  /** Percent 0-100: the parts' counted shares weighted by element mass. */
  share: number;
  /** VERIFIED only when every declaration counted is verified. */
  basis: Basis.VERIFIED | Basis.DECLARED;
  parts: CategoryRecycledSharePart[];
}

/**
 * SPEC 11: the recycled-content term for a ranked category, from the supplier's declarations
 * for that category in force today; null when there is none (the supplier-level value counts).
 * Several elements are weighted by element mass (the declared element fractions), as the
 * portfolio figure does; each declaration counts on its own basis, verified in full and
 * unverified at the declared-share discount.
 */
export function categoryRecycledShare(
  declarations: readonly RecycledDeclarationInput[],
): CategoryRecycledShare | null {
  const elementMass = declarations.reduce((sum, d) => sum + d.elementFraction, 0);
  if (declarations.length === 0 || elementMass <= 0) return null;
  const parts = [...declarations]
    .sort((a, b) => a.element.localeCompare(b.element) || a.id.localeCompare(b.id))
    .map((declaration) => ({
      declaration,
      weight: declaration.elementFraction / elementMass,
      countedShare:
        100 * declaration.recycledFraction * (declaration.verified ? 1 : DECLARED_SHARE_FACTOR),
    }));
  return {
    share: parts.reduce((sum, p) => sum + p.weight * p.countedShare, 0),
    basis: parts.every((p) => p.declaration.verified) ? Basis.VERIFIED : Basis.DECLARED,
    parts,
  };
}
