/**
 * Plain words for every enum value the API sends, so no code (TO_ORIGIN, ZERO_TOLERANCE) reaches
 * a reader. One place: a new value shows up here, not as a raw code on some page. The words are
 * the "enums" namespace's (src/web/i18n/locales/<locale>/enums.json), read when a label is
 * looked up, so they follow the interface's language.
 */
import type {
  AuditStatus,
  AuditType,
  CorrectiveActionStatus,
  FindingStatus,
  ProcurementStatus,
  RiskLevel,
  Role,
  SelfAssessmentStatus,
  Severity,
  Traceability,
} from "./gql/graphql";
import { currentLocale, i18next } from "./i18n";
import enums from "./i18n/locales/en/enums.json";

type Group = keyof typeof enums;

/** A table whose values are looked up in the current language each time they are read. */
function translated<K extends string>(group: Group): Readonly<Record<K, string>> {
  const table = {} as Record<K, string>;
  for (const code of Object.keys(enums[group]) as K[]) {
    Object.defineProperty(table, code, {
      enumerable: true,
      get: () => i18next.t(`${group}.${code}` as never, { ns: "enums" }) as string,
    });
  }
  return table;
}

export const AREA_LABELS: Readonly<Record<string, string>> = translated<string>("area");

export function areaLabel(area: string): string {
  return AREA_LABELS[area] ?? area;
}

export const PROCUREMENT_STATUS_LABELS = translated<ProcurementStatus>("procurementStatus");
export const SEVERITY_LABELS = translated<Severity>("severity");
export const RISK_LEVEL_LABELS = translated<RiskLevel>("riskLevel");
export const FINDING_STATUS_LABELS = translated<FindingStatus>("findingStatus");
export const AUDIT_STATUS_LABELS = translated<AuditStatus>("auditStatus");
export const AUDIT_TYPE_LABELS = translated<AuditType>("auditType");
export const CAP_STATUS_LABELS = translated<CorrectiveActionStatus>("capStatus");
export const SAQ_STATUS_LABELS = translated<SelfAssessmentStatus>("saqStatus");
export const TRACEABILITY_LABELS = translated<Traceability>("traceability");
/** Short form for tables and tiles. */
export const TRACEABILITY_SHORT = translated<Traceability>("traceabilityShort");
/** Where an area's score comes from (AreaScore.source). */
export const SCORE_SOURCE_LABELS: Readonly<Record<string, string>> =
  translated<string>("scoreSource");
export const ROLE_LABELS = translated<Role>("role");

/** A label for any of the tables above; an unknown code is shown lower-cased in words. */
export function labelOf(labels: Readonly<Record<string, string>>, code: string): string {
  return labels[code] ?? code.toLowerCase().replace(/_/g, " ");
}

const regionNames = new Map<string, Intl.DisplayNames | null>();

/** "EE" -> "Estonia" (爱沙尼亚 in Chinese); a code Intl does not know stays as it is. */
export function countryName(code: string | null | undefined): string {
  if (!code) return "—";
  const upper = code.toUpperCase();
  const locale = currentLocale();
  if (!regionNames.has(locale)) {
    regionNames.set(
      locale,
      typeof Intl !== "undefined" && "DisplayNames" in Intl
        ? new Intl.DisplayNames([locale], { type: "region", fallback: "code" })
        : null,
    );
  }
  try {
    return regionNames.get(locale)?.of(upper) ?? upper;
  } catch {
    return upper;
  }
}
