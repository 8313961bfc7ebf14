import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";

/** Copies `value`; without clipboard access (plain http off localhost) the value stays selectable. */
export function CopyButton({ value, label }: { value: string; label?: string }) {
  const { t } = useTranslation("common");
  const [copied, setCopied] = useState<boolean | null>(null);
  return (
    <button
      type="button"
      onClick={() =>
        void (navigator.clipboard?.writeText(value) ?? Promise.reject(new Error("no clipboard")))
          .then(() => setCopied(true))
          .catch(() => setCopied(false))
      }
    >
      {copied === true
        ? t("once.copied")
        : copied === false
          ? t("once.copyFailed")
          : (label ?? t("actions.copy"))}
    </button>
  );
}

/**
 * A secret the server returns once and keeps only hashed (a token, a signing key, a link):
 * shown with a copy button and the warning that it cannot be shown again.
 */
export function ShownOnce({
  title,
  value,
  children,
  onDismiss,
}: {
  title: string;
  value: string;
  children?: ReactNode;
  onDismiss: () => void;
}) {
  const { t } = useTranslation("common");
  return (
    <div className="notice warn" role="status" aria-label={title}>
      <p>
        <strong>{title}</strong>
      </p>
      <p>
        <code className="secret-value" data-testid="secret-value">
          {value}
        </code>
      </p>
      {children}
      <p className="muted">{t("once.shownOnce")}</p>
      <div className="button-row">
        <CopyButton value={value} />
        <button type="button" onClick={onDismiss}>
          {t("actions.done")}
        </button>
      </div>
    </div>
  );
}

/**
 * A destructive action behind a second click: the first shows the question and
 * "Yes"/"Cancel" in place, so nothing is revoked by a stray tap.
 */
export function ConfirmButton({
  label,
  question,
  confirmLabel,
  busy,
  onConfirm,
  accessibleLabel,
}: {
  label: string;
  question: string;
  confirmLabel: string;
  busy?: boolean;
  onConfirm: () => Promise<unknown>;
  accessibleLabel?: string;
}) {
  const { t } = useTranslation("common");
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" aria-label={accessibleLabel} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <span className="confirm" role="group" aria-label={question}>
      <span>{question}</span>{" "}
      <button
        type="button"
        className="danger"
        disabled={busy}
        onClick={() => void onConfirm().finally(() => setAsking(false))}
      >
        {confirmLabel}
      </button>{" "}
      <button type="button" onClick={() => setAsking(false)}>
        {t("actions.cancel")}
      </button>
    </span>
  );
}

/** Active, expired or revoked, from the dates the API gives (the server's clock decides). */
export function lifeState(
  revokedAt: string | null | undefined,
  expiresAt: string | null | undefined,
  now = Date.now(),
): "ACTIVE" | "EXPIRED" | "REVOKED" {
  if (revokedAt) return "REVOKED";
  if (expiresAt && new Date(expiresAt).getTime() <= now) return "EXPIRED";
  return "ACTIVE";
}
