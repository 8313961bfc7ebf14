import { Role } from "../../shared/domain/role.enum";
import { rolesFor } from "../../shared/lifecycle";
import { ANY_ROLE, type PermissionTable } from "../../shared/permissions";
import { LIST_VERSION_TRANSITIONS } from "./list-version.lifecycle";

/**
 * Who may run the substance operations. Everyone reads the reference data: suppliers declare
 * against the same lists the reviewers judge by. Only admins change it.
 */
export const SUBSTANCE_PERMISSIONS = {
  substances: ANY_ROLE,
  substance: ANY_ROLE,
  regulatoryLists: ANY_ROLE,
  regulatoryList: ANY_ROLE,
  substanceTargets: ANY_ROLE,
  createListVersion: [Role.ADMIN],
  publishListVersion: rolesFor(LIST_VERSION_TRANSITIONS, "publish"),
  importSvhcList: [Role.ADMIN],
  setListApplicability: [Role.ADMIN],
  setSubstanceTarget: [Role.ADMIN],
  addListExemption: [Role.ADMIN],
  expireListExemption: [Role.ADMIN],
} as const satisfies PermissionTable;
