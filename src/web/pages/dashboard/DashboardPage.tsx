import { useTranslation } from "react-i18next";
import { NavLink, useParams } from "react-router-dom";
import { useViewer } from "../../api/auth";
import { NotFoundPage } from "../NotFoundPage";
import { AdminDashboardView } from "./AdminDashboard";
import { AuditorDashboardView } from "./AuditorDashboard";
import { ProcurementDashboardView } from "./ProcurementDashboard";
import "./dashboard.css";

const VIEWS = {
  procurement: { roles: ["PROCUREMENT", "ADMIN"], View: ProcurementDashboardView },
  audits: { roles: ["AUDITOR", "ADMIN"], View: AuditorDashboardView },
  admin: { roles: ["ADMIN"], View: AdminDashboardView },
} as const;

type ViewName = keyof typeof VIEWS;

const DEFAULT_VIEW: Record<string, ViewName | undefined> = {
  PROCUREMENT: "procurement",
  AUDITOR: "audits",
  ADMIN: "admin",
};

/**
 * /dashboard shows the viewer's role's dashboard; /dashboard/:view one by name. Admins may
 * open all three (tabs); suppliers have none.
 */
export function DashboardPage() {
  const { t } = useTranslation("dashboard");
  const viewer = useViewer();
  const { view } = useParams<{ view?: string }>();
  const name = (view ?? DEFAULT_VIEW[viewer.role]) as ViewName | undefined;
  const chosen = name && name in VIEWS ? VIEWS[name] : undefined;
  if (!name || !chosen || !(chosen.roles as readonly string[]).includes(viewer.role))
    return <NotFoundPage />;
  const { View } = chosen;
  const others = (Object.keys(VIEWS) as ViewName[]).filter((key) =>
    (VIEWS[key].roles as readonly string[]).includes(viewer.role),
  );
  return (
    <section className="dashboard">
      <h1>{t(`views.${name}`)}</h1>
      {others.length > 1 && (
        <nav className="dash-tabs" aria-label={t("views.nav")}>
          {others.map((key) => (
            <NavLink
              key={key}
              to={key === DEFAULT_VIEW[viewer.role] ? "/dashboard" : `/dashboard/${key}`}
              end
              aria-current={key === name ? "page" : undefined}
              className={key === name ? "active" : undefined}
            >
              {t(`views.${key}`)}
            </NavLink>
          ))}
        </nav>
      )}
      <View />
    </section>
  );
}
