import type { TransitionTable } from "../../shared/lifecycle";
import { Role } from "../../shared/domain/role.enum";
import { DeclarationStatus } from "./declaration.enums";

const { DRAFT, SUBMITTED, ACCEPTED, REJECTED } = DeclarationStatus;

export type DeclarationAction = "edit" | "submit" | "accept" | "reject";

/**
 * Issue 16: DRAFT -> SUBMITTED -> ACCEPTED | REJECTED, and REJECTED -> SUBMITTED after an edit.
 * The supplier (or an admin for it) writes and submits; an auditor or admin judges, never the
 * supplier. Edits only while the supplier holds it, so the reviewer judges what stays.
 */
export const DECLARATION_TRANSITIONS: TransitionTable<DeclarationStatus, DeclarationAction> = [
  { action: "edit", from: [DRAFT], to: DRAFT, roles: [Role.SUPPLIER, Role.ADMIN] },
  { action: "edit", from: [REJECTED], to: REJECTED, roles: [Role.SUPPLIER, Role.ADMIN] },
  { action: "submit", from: [DRAFT, REJECTED], to: SUBMITTED, roles: [Role.SUPPLIER, Role.ADMIN] },
  { action: "accept", from: [SUBMITTED], to: ACCEPTED, roles: [Role.AUDITOR, Role.ADMIN] },
  { action: "reject", from: [SUBMITTED], to: REJECTED, roles: [Role.AUDITOR, Role.ADMIN] },
];
