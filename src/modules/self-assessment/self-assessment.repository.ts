import { snapshotOf, type Aggregate } from "../../database/change";
import { SelfAssessment } from "./self-assessment.entity";

export const SELF_ASSESSMENT = "SelfAssessment";

/** Self-assessments: versioned (every save and step bumps it); the trail records own columns. */
export const SELF_ASSESSMENTS: Aggregate<SelfAssessment> = {
  entity: SelfAssessment,
  name: SELF_ASSESSMENT,
  versioned: true,
  snapshot: (saq) => snapshotOf(saq, ["createdAt", "updatedAt", "supplier", "checklist"]),
};
