import { Role } from "../../shared/domain/role.enum";
import type { PermissionTable } from "../../shared/permissions";

/**
 * Third-party results move the score, so the party judged never enters them (round 1's rule):
 * auditors and admins take them over from the scheme's report, and withdraw a wrong one.
 */
export const THIRD_PARTY_PERMISSIONS = {
  importThirdPartyAssessment: [Role.ADMIN, Role.AUDITOR],
  withdrawThirdPartyAssessment: [Role.ADMIN, Role.AUDITOR],
} as const satisfies PermissionTable;
