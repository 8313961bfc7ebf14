import {
  useId,
  useState,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from "react";
import { useTranslation } from "react-i18next";
import { ApiError, describeError } from "../api/client";
import { fieldLabel, fieldSentence } from "../api/field-messages";
import { currentLocale } from "../i18n";
import { labelOf } from "../labels";

export const AREAS = [
  "MANAGEMENT_SYSTEM",
  "CHILD_AND_FORCED_LABOUR",
  "NON_DISCRIMINATION",
  "WAGES_AND_BENEFITS",
  "WORKING_HOURS",
  "HEALTH_AND_SAFETY",
  "ENVIRONMENT",
  "BUSINESS_ETHICS",
  "FREEDOM_OF_ASSOCIATION",
] as const;

export { AREA_LABELS, areaLabel } from "../labels";
export { formatDate, formatDateTime, formatNumber } from "../i18n/format";

/**
 * A badge's text for an enum code: English badges have always shown the code itself
 * ("APPROVED", "OVERDUE"), other languages show its label from labels.ts.
 */
export function badgeLabel(labels: Readonly<Record<string, string>>, code: string): string {
  return currentLocale() === "en" ? code : labelOf(labels, code);
}

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation("common");
  return (
    <p className="loading" role="status" aria-live="polite">
      {label ?? t("loading")}
    </p>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}

/** A page-level error from the API, in words a person can act on. */
export function ErrorMessage({ error }: { error: unknown }) {
  if (!error) return null;
  const fields = error instanceof ApiError ? error.fields : [];
  return (
    <div className="error" role="alert">
      {describeError(error)}
      {fields.length > 0 && (
        <ul className="error-fields">
          {fields.map((field, index) => (
            <li key={index}>{fieldSentence(fieldLabel(field.path), field.message)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function Notice({ children }: { children: ReactNode }) {
  return (
    <div className="notice" role="status">
      {children}
    </div>
  );
}

/** Loading, error and empty states around a query result. */
export function QueryGate<T>({
  state,
  children,
}: {
  state: { data: T | undefined; error: unknown; loading: boolean };
  children: (data: T) => ReactNode;
}) {
  if (state.error && !state.data) return <ErrorMessage error={state.error} />;
  if (!state.data) return <Loading />;
  return <>{children(state.data)}</>;
}

function fieldError(error: unknown, name: string | undefined): string | undefined {
  if (!name || !(error instanceof ApiError)) return undefined;
  return error.fieldMessage(name);
}

/**
 * The field's message from the form's last error, in plain words with its label, hidden as
 * soon as the field is changed (the error is about the old value).
 */
function useFieldMessage<E>(
  error: unknown,
  name: string | undefined,
  label: string,
  onChange: ((event: E) => void) | undefined,
): [string | undefined, (event: E) => void] {
  const [changedAfter, setChangedAfter] = useState<unknown>(undefined);
  const raw = changedAfter === error && error !== undefined ? undefined : fieldError(error, name);
  return [
    raw ? fieldSentence(label, raw) : undefined,
    (event: E) => {
      setChangedAfter(error);
      onChange?.(event);
    },
  ];
}

interface FieldProps {
  label: string;
  /** Matched against `extensions.fields[].path` of the form's last error. */
  name?: string;
  error?: unknown;
  hint?: string;
}

function FieldShell({
  id,
  label,
  message,
  hint,
  children,
}: {
  id: string;
  label: string;
  message?: string;
  hint?: string;
  children: ReactNode;
}) {
  return (
    <div className={message ? "field invalid" : "field"}>
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && (
        <small id={`${id}-hint`} className="hint">
          {hint}
        </small>
      )}
      {message && (
        <small id={`${id}-error`} className="field-error" role="alert">
          {message}
        </small>
      )}
    </div>
  );
}

function describedBy(id: string, message?: string, hint?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : "", message ? `${id}-error` : ""].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

export function TextField({
  label,
  name,
  error,
  hint,
  ...input
}: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  const [message, onChange] = useFieldMessage(error, name, label, input.onChange);
  return (
    <FieldShell id={id} label={label} message={message} hint={hint}>
      <input
        id={id}
        name={name}
        aria-invalid={message ? true : undefined}
        aria-describedby={describedBy(id, message, hint)}
        {...input}
        onChange={onChange}
      />
    </FieldShell>
  );
}

export function TextArea({
  label,
  name,
  error,
  hint,
  ...input
}: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const id = useId();
  const [message, onChange] = useFieldMessage(error, name, label, input.onChange);
  return (
    <FieldShell id={id} label={label} message={message} hint={hint}>
      <textarea
        id={id}
        name={name}
        aria-invalid={message ? true : undefined}
        aria-describedby={describedBy(id, message, hint)}
        {...input}
        onChange={onChange}
      />
    </FieldShell>
  );
}

export function SelectField({
  label,
  name,
  error,
  hint,
  options,
  ...select
}: FieldProps &
  SelectHTMLAttributes<HTMLSelectElement> & {
    options: { value: string; label: string }[];
  }) {
  const id = useId();
  const [message, onChange] = useFieldMessage(error, name, label, select.onChange);
  return (
    <FieldShell id={id} label={label} message={message} hint={hint}>
      <select
        id={id}
        name={name}
        aria-invalid={message ? true : undefined}
        aria-describedby={describedBy(id, message, hint)}
        {...select}
        onChange={onChange}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export function ProgressBar({ value, label }: { value: number; label: string }) {
  const { t } = useTranslation("common");
  const percent = Math.round(value * 100);
  return (
    <div className="progress-wrap">
      <progress className="progress" max={100} value={percent} aria-label={label}>
        {percent}%
      </progress>
      <span className="progress-text">{t("progress.complete", { percent })}</span>
    </div>
  );
}

export function Badge({ value, kind }: { value: string; kind?: string }) {
  return <span className={`badge badge-${(kind ?? value).toLowerCase()}`}>{value}</span>;
}

export function Pager({
  hasNext,
  hasPrevious,
  onNext,
  onPrevious,
  total,
  label,
}: {
  hasNext: boolean;
  hasPrevious: boolean;
  onNext: () => void;
  onPrevious: () => void;
  total: number;
  label: string;
}) {
  const { t } = useTranslation("common");
  return (
    <nav className="pager" aria-label={t("pager.label", { label })}>
      <button type="button" onClick={onPrevious} disabled={!hasPrevious}>
        {t("pager.previous")}
      </button>
      <span>{t("pager.total", { total })}</span>
      <button type="button" onClick={onNext} disabled={!hasNext}>
        {t("pager.next")}
      </button>
    </nav>
  );
}
