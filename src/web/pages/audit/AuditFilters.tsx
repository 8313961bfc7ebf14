import { useEffect, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { TFunction } from "i18next";
import { useSearchParams } from "react-router-dom";
import { useQuery } from "../../api/hooks";
import { AREAS, areaLabel, SelectField, TextField } from "../../components/ui";
import { graphql } from "../../gql";
import type {
  AuditFilter,
  AuditStatus,
  EsgArea,
  FindingFilter,
  FindingStatus,
  Severity,
} from "../../gql/graphql";
import {
  AUDIT_STATUSES,
  auditStatusLabel,
  FINDING_STATUSES,
  findingStatusLabel,
  SEVERITIES,
  severityLabel,
} from "./finding-words";

const FILTER_SUPPLIERS = graphql(`
  query FilterSuppliers {
    suppliers(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const AUDIT_FILTER_KEYS = [
  "status",
  "supplier",
  "severity",
  "area",
  "overdue",
  "from",
  "to",
] as const;
export const FINDING_FILTER_KEYS = [
  "status",
  "severity",
  "area",
  "overdue",
  "supplier",
  "from",
  "to",
  "q",
] as const;

export type FilterValues<K extends string> = Record<K, string>;

/**
 * Filters kept in the URL's query string: a filtered list can be shared as a link and the
 * back button undoes the last change. `defaults` apply while a key is absent ("" = any).
 */

export function useUrlFilters<K extends string>(
  keys: readonly K[],
  defaults: Partial<Record<K, string>> = {},
): {
  values: FilterValues<K>;
  set: (key: K, value: string) => void;
  clear: () => void;
  active: number;
} {
  const [params, setParams] = useSearchParams();
  const values = Object.fromEntries(
    keys.map((key) => [key, params.get(key) ?? defaults[key] ?? ""]),
  ) as FilterValues<K>;
  const active = keys.filter((key) => values[key] !== "").length;
  return {
    values,
    active,
    set: (key, value) => {
      const next = new URLSearchParams(params);
      // A key equal to its default leaves the URL, unless the default is not "any".
      if (value === (defaults[key] ?? "")) next.delete(key);
      else next.set(key, value);
      setParams(next);
    },
    clear: () => {
      const next = new URLSearchParams(params);
      for (const key of keys) {
        if (defaults[key]) next.set(key, "");
        else next.delete(key);
      }
      setParams(next);
    },
  };
}

const dayStart = (day: string) => `${day}T00:00:00.000Z`;
const nextDayStart = (day: string) =>
  new Date(new Date(dayStart(day)).getTime() + 86_400_000).toISOString();
const yesNo = (value: string): boolean | undefined =>
  value === "yes" ? true : value === "no" ? false : undefined;
const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/** The API's AuditFilter for the URL's values (planned date range, whole days in UTC). */
export function auditFilterOf(
  values: FilterValues<(typeof AUDIT_FILTER_KEYS)[number]>,
): AuditFilter {
  const overdue = yesNo(values.overdue);
  return {
    ...(AUDIT_STATUSES.includes(values.status as AuditStatus)
      ? { status: values.status as AuditStatus }
      : {}),
    ...(values.supplier ? { supplierId: values.supplier } : {}),
    ...(SEVERITIES.includes(values.severity as Severity)
      ? { findingSeverity: values.severity as Severity }
      : {}),
    ...((AREAS as readonly string[]).includes(values.area)
      ? { findingArea: values.area as EsgArea }
      : {}),
    ...(overdue !== undefined ? { overdue } : {}),
    ...(isDay(values.from) ? { plannedFrom: dayStart(values.from) } : {}),
    ...(isDay(values.to) ? { plannedTo: `${values.to}T23:59:59.999Z` } : {}),
  };
}

/** The API's FindingFilter for the URL's values (completion date range, whole UTC days). */
export function findingFilterOf(
  values: FilterValues<(typeof FINDING_FILTER_KEYS)[number]>,
): FindingFilter {
  const overdue = yesNo(values.overdue);
  return {
    ...(FINDING_STATUSES.includes(values.status as FindingStatus)
      ? { status: values.status as FindingStatus }
      : {}),
    ...(SEVERITIES.includes(values.severity as Severity)
      ? { severity: values.severity as Severity }
      : {}),
    ...((AREAS as readonly string[]).includes(values.area) ? { area: values.area as EsgArea } : {}),
    ...(overdue !== undefined ? { overdue } : {}),
    ...(values.supplier ? { supplierId: values.supplier } : {}),
    ...(isDay(values.from) ? { completedFrom: dayStart(values.from) } : {}),
    ...(isDay(values.to) ? { completedTo: nextDayStart(values.to) } : {}),
    ...(values.q.trim() ? { text: values.q.trim() } : {}),
  };
}

// Built at render time: the words follow the interface's language.
const anyOption = (t: TFunction<"audit">) => ({ value: "", label: t("filters.any") });
const severityOptions = (t: TFunction<"audit">) => [
  anyOption(t),
  ...SEVERITIES.map((s) => ({ value: s, label: severityLabel(s) })),
];
const areaOptions = (t: TFunction<"audit">) => [
  anyOption(t),
  ...AREAS.map((a) => ({ value: a, label: areaLabel(a) })),
];
const overdueOptions = (t: TFunction<"audit">) => [
  anyOption(t),
  { value: "yes", label: t("filters.overdueOnly") },
  { value: "no", label: t("filters.notOverdue") },
];

function SupplierSelect({ value, onChange }: { value: string; onChange: (id: string) => void }) {
  const { t } = useTranslation("audit");
  const state = useQuery(FILTER_SUPPLIERS);
  const suppliers = state.data?.suppliers.edges.map((edge) => edge.node) ?? [];
  return (
    <SelectField
      label={t("filters.supplier")}
      value={value}
      options={[
        { value: "", label: t("filters.anySupplier") },
        ...suppliers.map((s) => ({ value: s.id, label: s.name })),
      ]}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}

function DateRange({
  fromLabel,
  untilLabel,
  from,
  to,
  onChange,
}: {
  fromLabel: string;
  untilLabel: string;
  from: string;
  to: string;
  onChange: (key: "from" | "to", value: string) => void;
}) {
  return (
    <>
      <TextField
        label={fromLabel}
        type="date"
        value={from}
        max={to || undefined}
        onChange={(event) => onChange("from", event.target.value)}
      />
      <TextField
        label={untilLabel}
        type="date"
        value={to}
        min={from || undefined}
        onChange={(event) => onChange("to", event.target.value)}
      />
    </>
  );
}

function ClearButton({ active, onClear }: { active: number; onClear: () => void }) {
  const { t } = useTranslation("audit");
  return (
    <button type="button" onClick={onClear} disabled={active === 0}>
      {active > 0 ? t("filters.clearCount", { n: active }) : t("filters.clear")}
    </button>
  );
}

/** Status, supplier, findings' severity and area, overdue and planned dates of the audits list. */
export function AuditFilterBar({
  filters,
  withSupplier = true,
  statuses = AUDIT_STATUSES,
}: {
  filters: ReturnType<typeof useUrlFilters<(typeof AUDIT_FILTER_KEYS)[number]>>;
  withSupplier?: boolean;
  statuses?: readonly AuditStatus[];
}) {
  const { values, set } = filters;
  const { t } = useTranslation("audit");
  return (
    <div className="filter-bar" role="search" aria-label={t("filters.auditsLabel")}>
      {statuses.length > 1 && (
        <SelectField
          label={t("filters.status")}
          value={values.status}
          options={[
            anyOption(t),
            ...statuses.map((s) => ({ value: s, label: auditStatusLabel(s) })),
          ]}
          onChange={(event) => set("status", event.target.value)}
        />
      )}
      {withSupplier && (
        <SupplierSelect value={values.supplier} onChange={(id) => set("supplier", id)} />
      )}
      <SelectField
        label={t("filters.withSeverity")}
        value={values.severity}
        options={severityOptions(t)}
        onChange={(event) => set("severity", event.target.value)}
      />
      <SelectField
        label={t("filters.withArea")}
        value={values.area}
        options={areaOptions(t)}
        onChange={(event) => set("area", event.target.value)}
      />
      <SelectField
        label={t("filters.overdue")}
        value={values.overdue}
        options={overdueOptions(t)}
        onChange={(event) => set("overdue", event.target.value)}
      />
      <DateRange
        fromLabel={t("filters.plannedFrom")}
        untilLabel={t("filters.plannedUntil")}
        from={values.from}
        to={values.to}
        onChange={set}
      />
      <ClearButton active={filters.active} onClear={filters.clear} />
    </div>
  );
}

/** Status, severity, area, overdue, supplier, completion dates and words of a findings list. */
export function FindingFilterBar({
  filters,
  withSupplier = true,
  withText = true,
}: {
  filters: ReturnType<typeof useUrlFilters<(typeof FINDING_FILTER_KEYS)[number]>>;
  withSupplier?: boolean;
  withText?: boolean;
}) {
  const { values, set } = filters;
  const { t } = useTranslation("audit");
  const [text, setText] = useState(values.q);
  // Back/forward moves the URL: the box follows it.
  useEffect(() => setText(values.q), [values.q]);
  const search = (event: FormEvent) => {
    event.preventDefault();
    set("q", text.trim());
  };
  return (
    <div className="filter-bar" role="search" aria-label={t("filters.findingsLabel")}>
      <SelectField
        label={t("filters.status")}
        value={values.status}
        options={[
          anyOption(t),
          ...FINDING_STATUSES.map((s) => ({ value: s, label: findingStatusLabel(s) })),
        ]}
        onChange={(event) => set("status", event.target.value)}
      />
      <SelectField
        label={t("filters.severity")}
        value={values.severity}
        options={severityOptions(t)}
        onChange={(event) => set("severity", event.target.value)}
      />
      <SelectField
        label={t("filters.area")}
        value={values.area}
        options={areaOptions(t)}
        onChange={(event) => set("area", event.target.value)}
      />
      <SelectField
        label={t("filters.overdue")}
        value={values.overdue}
        options={overdueOptions(t)}
        onChange={(event) => set("overdue", event.target.value)}
      />
      {withSupplier && (
        <SupplierSelect value={values.supplier} onChange={(id) => set("supplier", id)} />
      )}
      <DateRange
        fromLabel={t("filters.completedFrom")}
        untilLabel={t("filters.completedUntil")}
        from={values.from}
        to={values.to}
        onChange={set}
      />
      {withText && (
        <form className="filter-search" onSubmit={search}>
          <TextField
            label={t("filters.words")}
            type="search"
            value={text}
            maxLength={200}
            onChange={(event) => setText(event.target.value)}
          />
          <button type="submit">{t("filters.search")}</button>
        </form>
      )}
      <ClearButton active={filters.active} onClear={filters.clear} />
    </div>
  );
}
