import { rolesFor } from "../../shared/lifecycle";
import { ANY_ROLE, type PermissionTable } from "../../shared/permissions";
import { SELF_ASSESSMENT_TRANSITIONS } from "./self-assessment.lifecycle";

/**
 * Who may run the self-assessment operations, all from `SELF_ASSESSMENT_TRANSITIONS` but the
 * read (a supplier reads its own only: ownership is checked in the service). Starting one is
 * editing a new DRAFT.
 */
export const SELF_ASSESSMENT_PERMISSIONS = {
  selfAssessment: ANY_ROLE,
  startSelfAssessment: rolesFor(SELF_ASSESSMENT_TRANSITIONS, "edit"),
  saveAnswers: rolesFor(SELF_ASSESSMENT_TRANSITIONS, "edit"),
  submitSelfAssessment: rolesFor(SELF_ASSESSMENT_TRANSITIONS, "submit"),
  returnSelfAssessment: rolesFor(SELF_ASSESSMENT_TRANSITIONS, "return"),
  reviewSelfAssessment: rolesFor(SELF_ASSESSMENT_TRANSITIONS, "review"),
} as const satisfies PermissionTable;
