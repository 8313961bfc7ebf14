import { aggregateOf } from "../../database/change";
import { SelfAssessment } from "./self-assessment.entity";

export const SELF_ASSESSMENT = "SelfAssessment";

/** Self-assessments: versioned (every save and step bumps it); the trail records own columns. */
export const SELF_ASSESSMENTS = aggregateOf(SelfAssessment, SELF_ASSESSMENT, {
  versioned: true,
  omit: ["createdAt", "updatedAt", "supplier", "checklist"],
});
