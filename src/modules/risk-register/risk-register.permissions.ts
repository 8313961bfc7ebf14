import { Role } from "../../shared/domain/role.enum";
import { STAFF, type PermissionTable } from "../../shared/permissions";

/** The register is the company's own inventory: staff read it, never a supplier. */
const WRITERS = [Role.ADMIN, Role.AUDITOR] as const;

export const RISK_REGISTER_PERMISSIONS = {
  riskRegister: STAFF,
  riskRegisterCoverage: STAFF,
  riskHeatMap: STAFF,
  /** Which suppliers still declare target substances: buyers, reviewers and admins. */
  substitution: STAFF,
  createRiskEntry: WRITERS,
  updateRiskEntry: WRITERS,
  assessRiskEntry: WRITERS,
  addRiskControl: WRITERS,
  updateRiskControlStatus: WRITERS,
  updateRiskControl: WRITERS,
} as const satisfies PermissionTable;
