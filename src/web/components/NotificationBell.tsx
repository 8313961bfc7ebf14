import { useTranslation } from "react-i18next";
import { NavLink } from "react-router-dom";
import { useUnreadCount } from "../api/notifications";
import { i18next } from "../i18n";

/** The label a screen reader reads; the number is also in the picture. */
export function bellLabel(count: number | undefined): string {
  return count === undefined
    ? i18next.t("notifications:bell.label")
    : i18next.t("notifications:bell.unread", { count });
}

/** The top bar's bell: the unread count, linking to the inbox. */
export function NotificationBell() {
  const { count } = useUnreadCount();
  // Rendered again when the language changes.
  useTranslation("notifications");
  const label = bellLabel(count);
  return (
    <NavLink to="/notifications" className="bell" aria-label={label} title={label}>
      <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
        <path
          fill="currentColor"
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
        />
      </svg>
      {count !== undefined && count > 0 && (
        <span className="bell-count" aria-hidden="true">
          {count > 99 ? "99+" : count}
        </span>
      )}
    </NavLink>
  );
}
