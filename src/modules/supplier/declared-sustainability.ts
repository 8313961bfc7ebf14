import type { DeclaredSustainability } from "../scoring/effective-sustainability";
import type { Supplier } from "./supplier.entity";

/** What the supplier said, and when: the input of the effective values (SPEC 11). */
export function declaredSustainabilityOf(supplier: Supplier): DeclaredSustainability {
  return {
    values: supplier.declared,
    declaredAt: supplier.sustainabilityDeclaredAt,
    protectedAreaFlaggedAt: supplier.protectedAreaFlaggedAt,
  };
}
