import { registerEnumType } from "type-graphql";

/**
 * IPC-1752A's declaration classes the portal takes: A, a compliance statement per list; C,
 * the homogeneous materials with their substances; D, the same with every substance disclosed
 * (the same shape, judged the same way).
 */
export enum DeclarationClass {
  A = "A",
  C = "C",
  D = "D",
}

/** C and D declare materials; A declares statements. */
export const declaresMaterials = (declarationClass: DeclarationClass): boolean =>
  declarationClass !== DeclarationClass.A;

export enum DeclarationStatus {
  DRAFT = "DRAFT",
  SUBMITTED = "SUBMITTED",
  ACCEPTED = "ACCEPTED",
  REJECTED = "REJECTED",
}

registerEnumType(DeclarationClass, {
  name: "DeclarationClass",
  description:
    "IPC-1752A: A, a statement per list; C, materials and substances; D, C with full disclosure",
});
registerEnumType(DeclarationStatus, { name: "DeclarationStatus" });
