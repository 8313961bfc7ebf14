import { aggregateOf } from "../../database/change";
import { ThirdPartyAssessment } from "./third-party.entity";

export const THIRD_PARTY_ASSESSMENT = "ThirdPartyAssessment";

/** Records, not versioned; the trail records their own columns. */
export const THIRD_PARTY_ASSESSMENTS = aggregateOf(ThirdPartyAssessment, THIRD_PARTY_ASSESSMENT, {
  versioned: false,
  omit: ["supplier", "reportDocument", "importedBy", "withdrawnBy"],
});
