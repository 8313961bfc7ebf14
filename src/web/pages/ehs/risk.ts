import type { ApplicationStage, ControlStatus, ControlType } from "../../gql/graphql";

export const STAGES: { value: ApplicationStage; label: string }[] = [
  { value: "DESIGN", label: "Design" },
  { value: "RAW_MATERIAL", label: "Raw material" },
  { value: "PRODUCTION", label: "Production" },
  { value: "PACKAGING", label: "Packaging" },
  { value: "USE", label: "Use" },
  { value: "END_OF_LIFE", label: "End of life" },
];

export const CONTROL_TYPES: { value: ControlType; label: string }[] = [
  { value: "SOURCE_PREVENTION", label: "Source prevention" },
  { value: "PROCESS_MONITORING", label: "Process monitoring" },
  { value: "END_TREATMENT", label: "End treatment" },
];

export const CONTROL_STATUSES: { value: ControlStatus; label: string }[] = [
  { value: "PLANNED", label: "Planned" },
  { value: "IN_PLACE", label: "In place" },
  { value: "VERIFIED", label: "Verified" },
];

export const FACTORS = [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) }));

export const stageLabel = (stage: string): string =>
  STAGES.find((s) => s.value === stage)?.label ?? stage;

export const controlTypeLabel = (type: string): string =>
  CONTROL_TYPES.find((t) => t.value === type)?.label ?? type;

/** An ISO instant as the value of an `<input type="date">` (its UTC day). */
export const dayInput = (iso: string): string => iso.slice(0, 10);

/** A day picked in an `<input type="date">` as the API's instant (midnight UTC). */
export const dayToIso = (day: string): string => `${day}T00:00:00.000Z`;
