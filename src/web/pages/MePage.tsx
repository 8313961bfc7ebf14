import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router-dom";
import { useViewer } from "../api/auth";
import { badgeLabel } from "../components/ui";
import { ROLE_LABELS } from "../labels";
import { PreferencesForm } from "./notifications/PreferencesForm";

export function MePage() {
  const { t } = useTranslation("shell");
  const viewer = useViewer();
  const { hash } = useLocation();
  useEffect(() => {
    if (hash === "#notification-preferences")
      document.getElementById("notification-preferences")?.scrollIntoView();
  }, [hash]);
  return (
    <section>
      <h1>{t("me.title")}</h1>
      <dl className="facts">
        <dt>{t("me.name")}</dt>
        <dd>{viewer.name}</dd>
        <dt>{t("me.email")}</dt>
        <dd>{viewer.email}</dd>
        <dt>{t("me.role")}</dt>
        <dd>{badgeLabel(ROLE_LABELS, viewer.role)}</dd>
        {viewer.supplier && (
          <>
            <dt>{t("me.supplier")}</dt>
            <dd>
              <Link to={`/suppliers/${viewer.supplier.id}`}>{viewer.supplier.name}</Link>
            </dd>
          </>
        )}
      </dl>
      <div className="card" id="notification-preferences">
        <h2>{t("me.notifications")}</h2>
        <PreferencesForm />
        <p className="muted">
          <Link to="/notifications">{t("me.inbox")}</Link>
        </p>
      </div>
    </section>
  );
}
