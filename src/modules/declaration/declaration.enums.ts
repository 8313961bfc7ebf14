import { registerEnumType } from "type-graphql";

/**
 * IPC-1752A's declaration classes the portal takes: A, a compliance statement per list; C,
 * the homogeneous materials with their substances (class D is C with every substance, the same
 * shape here).
 */
export enum DeclarationClass {
  A = "A",
  C = "C",
}

export enum DeclarationStatus {
  DRAFT = "DRAFT",
  SUBMITTED = "SUBMITTED",
  ACCEPTED = "ACCEPTED",
  REJECTED = "REJECTED",
}

registerEnumType(DeclarationClass, {
  name: "DeclarationClass",
  description: "IPC-1752A: A, a statement per list; C, materials and substances",
});
registerEnumType(DeclarationStatus, { name: "DeclarationStatus" });
