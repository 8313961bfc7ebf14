/** Why a supplier's score and standing were recomputed; stored with the score snapshot. */
export type RecomputeCause =
  | "AUDIT_COMPLETED"
  | "CORRECTIVE_ACTION_VERIFIED"
  | "SELF_ASSESSMENT_SUBMITTED"
  | "SELF_ASSESSMENT_REVIEWED"
  | "SELF_ASSESSMENT_RETURNED"
  | "SUPPLIER_UPDATED"
  | "SUSTAINABILITY_VERIFIED"
  | "ADJUSTMENT_CHANGED"
  | "MATERIAL_DECLARATION_ACCEPTED"
  | "TIME_PASSED"
  | "RECOMPUTE_ALL";
