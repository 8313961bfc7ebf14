/** Controls per entry: a handful in practice; more is refused with CONFLICT. */
export const MAX_CONTROLS_PER_ENTRY = 20;
/** `RiskEntry.assessments` shows this many, newest first (the history is kept whole). */
export const MAX_ASSESSMENTS_SHOWN = 50;
/** `RiskEntry.reassessmentReasons`: one per trigger and published list version. */
export const MAX_REASSESSMENT_REASONS = 20;
export const MAX_LOCATION_LENGTH = 200;
export const MAX_TEXT_LENGTH = 2000;
/** `Query.riskHeatMap`: the likelihood x severity matrix, 5 x 5. */
export const RISK_HEAT_MAP_CELLS = 25;
