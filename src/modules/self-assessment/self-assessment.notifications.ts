import type { Tx } from "../../database/transaction";
import { Role } from "../../shared/domain/role.enum";
import { SelfAssessmentStatus } from "../../shared/domain/self-assessment.enums";
import { saqLink } from "../notification/links";
import { notify } from "../notification/notify";
import type { SelfAssessment } from "./self-assessment.entity";

/**
 * The notifications of a self-assessment step, in its transaction: returned (with the reason)
 * and reviewed to the supplier's users, submitted to the auditors. Keyed by the version the
 * step produced, so a second return or submission is a new event.
 */
export async function notifySelfAssessmentStep(tx: Tx, saq: SelfAssessment): Promise<void> {
  const link = saqLink(saq.id);
  const supplier = [{ audience: { supplierUsers: saq.supplierId }, link }];
  const base = { supplierId: saq.supplierId };
  if (saq.status === SelfAssessmentStatus.RETURNED) {
    await notify(tx, {
      ...base,
      key: `saq.returned:${saq.id}:${saq.version}`,
      kind: "saq.returned",
      params: { reason: saq.returnReason ?? "" },
      to: supplier,
    });
  } else if (saq.status === SelfAssessmentStatus.SUBMITTED) {
    await notify(tx, {
      ...base,
      key: `saq.submitted:${saq.id}:${saq.version}`,
      kind: "saq.submitted",
      params: {},
      to: [{ audience: { role: Role.AUDITOR }, link }],
    });
  } else if (saq.status === SelfAssessmentStatus.REVIEWED) {
    await notify(tx, {
      ...base,
      key: `saq.reviewed:${saq.id}`,
      kind: "saq.reviewed",
      params: {},
      to: supplier,
    });
  }
}
