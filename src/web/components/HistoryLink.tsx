import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useViewer, type Role } from "../api/auth";

/** Who may read the audit trail (the API's AUDIT_TRAIL_PERMISSIONS): no link for anyone else. */
export const HISTORY_READERS: readonly Role[] = ["ADMIN", "AUDITOR"];

/** The path of a record's history page; `title` names the record in the page's heading. */
export function historyPath(entityType: string, entityId: string, title?: string): string {
  const base = `/history/${encodeURIComponent(entityType)}/${encodeURIComponent(entityId)}`;
  return title ? `${base}?title=${encodeURIComponent(title)}` : base;
}

/**
 * A "History" link to the audit trail of one record (`entityType` as the API records it:
 * "Supplier", "Audit", "Finding", "User", "MaterialCategory", ...). `name` is the record's
 * name, for the link's accessible label and the page's heading.
 */
export function HistoryLink({
  entityType,
  entityId,
  name,
}: {
  entityType: string;
  entityId: string;
  name: string;
}) {
  const viewer = useViewer();
  const { t } = useTranslation("history");
  if (!HISTORY_READERS.includes(viewer.role)) return null;
  return (
    <Link className="history-link" to={historyPath(entityType, entityId, name)}>
      {t("link.text")}
      <span className="sr-only">{t("link.of", { name })}</span>
    </Link>
  );
}
