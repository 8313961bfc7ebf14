import type { ApplicationStage, ControlStatus, ControlType } from "../../gql/graphql";
import { i18next } from "../../i18n";
import ehsTexts from "../../i18n/locales/en/ehs.json";

const STAGES = Object.keys(ehsTexts.stage) as ApplicationStage[];
const CONTROL_TYPES = Object.keys(ehsTexts.controlType) as ControlType[];
const CONTROL_STATUSES = Object.keys(ehsTexts.controlStatus) as ControlStatus[];

// Looked up when called, so the words follow the interface's language.
export const stageLabel = (stage: string): string =>
  stage in ehsTexts.stage ? i18next.t(`stage.${stage as ApplicationStage}`, { ns: "ehs" }) : stage;

export const controlTypeLabel = (type: string): string =>
  type in ehsTexts.controlType
    ? i18next.t(`controlType.${type as ControlType}`, { ns: "ehs" })
    : type;

export const controlStatusLabel = (status: string): string =>
  status in ehsTexts.controlStatus
    ? i18next.t(`controlStatus.${status as ControlStatus}`, { ns: "ehs" })
    : status;

/** A code as the EHS badges show it: the code in English, words in Chinese. */
export const badgeText = (code: string): string =>
  code in ehsTexts.badge
    ? i18next.t(`badge.${code as keyof typeof ehsTexts.badge}`, { ns: "ehs" })
    : code;

export const stageOptions = () => STAGES.map((value) => ({ value, label: stageLabel(value) }));
export const controlTypeOptions = () =>
  CONTROL_TYPES.map((value) => ({ value, label: controlTypeLabel(value) }));
export const controlStatusOptions = () =>
  CONTROL_STATUSES.map((value) => ({ value, label: controlStatusLabel(value) }));

export const FACTORS = [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) }));

/** An ISO instant as the value of an `<input type="date">` (its UTC day). */
export const dayInput = (iso: string): string => iso.slice(0, 10);

/** A day picked in an `<input type="date">` as the API's instant (midnight UTC). */
export const dayToIso = (day: string): string => `${day}T00:00:00.000Z`;
