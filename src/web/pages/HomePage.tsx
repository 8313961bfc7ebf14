import { useTranslation } from "react-i18next";
import { Link, Navigate } from "react-router-dom";
import { useViewer } from "../api/auth";
import { useQuery } from "../api/hooks";
import { countLabel, OpenActionList, useOpenActions } from "../components/OpenActions";
import {
  Badge,
  badgeLabel,
  ErrorMessage,
  formatNumber,
  Loading,
  QueryGate,
} from "../components/ui";
import { graphql } from "../gql";
import { PROCUREMENT_STATUS_LABELS } from "../labels";

const OVERVIEW = graphql(`
  query SupplierOverview($id: ID!) {
    supplier(id: $id) {
      id
      name
      status
      statusReasons
      score {
        overall
        grade
      }
    }
  }
`);

/** "N open" from `openActions`, so the count is what the list below shows. */
function OpenCount({ actions }: { actions: { kind: string }[] | undefined }) {
  const { t } = useTranslation("shell");
  if (!actions) return null;
  return <>{t("home.openCount", { n: countLabel(actions) })}</>;
}

function SupplierHome({ supplierId }: { supplierId: string }) {
  const { t } = useTranslation("shell");
  const state = useQuery(OVERVIEW, { id: supplierId });
  const open = useOpenActions();
  const actions = open.data?.openActions;
  const saqs = actions?.filter((action) => action.kind.startsWith("SAQ_"));
  const plans = actions?.filter((action) => action.kind.startsWith("CAP_"));
  return (
    <QueryGate state={state}>
      {({ supplier }) =>
        supplier && (
          <section>
            <h1>{supplier.name}</h1>
            <div className="tiles">
              <div className="tile">
                <span className="tile-label">{t("home.esgScore")}</span>
                <span className="tile-value">{formatNumber(supplier.score?.overall)}</span>
              </div>
              <div className="tile">
                <span className="tile-label">{t("home.grade")}</span>
                <span className="tile-value">{supplier.score?.grade ?? "—"}</span>
              </div>
              <div className="tile">
                <span className="tile-label">{t("home.status")}</span>
                <Badge
                  value={badgeLabel(PROCUREMENT_STATUS_LABELS, supplier.status)}
                  kind={supplier.status}
                />
              </div>
            </div>
            <h2>{t("home.next")}</h2>
            <ul className="links">
              <li>
                <Link to="/saqs">{t("home.saqs")}</Link>
                <OpenCount actions={saqs} />
              </li>
              <li>
                <Link to="/audits">{t("home.audits")}</Link>
                <OpenCount actions={plans} />
              </li>
              <li>
                <Link to={`/suppliers/${supplier.id}`}>{t("home.profile")}</Link>
              </li>
            </ul>
            <div className="card" data-testid="open-actions">
              <h2>
                {t("home.waiting")}
                {actions && (
                  <span className="count">
                    {" · "}
                    {t("home.open", { n: countLabel(actions) })}
                  </span>
                )}
              </h2>
              {open.error && !actions ? (
                <ErrorMessage error={open.error} />
              ) : actions ? (
                <OpenActionList actions={actions} />
              ) : (
                <Loading />
              )}
            </div>
          </section>
        )
      }
    </QueryGate>
  );
}

export function HomePage() {
  const viewer = useViewer();
  switch (viewer.role) {
    case "SUPPLIER":
      return viewer.supplier ? <SupplierHome supplierId={viewer.supplier.id} /> : null;
    case "AUDITOR":
    case "PROCUREMENT":
    case "ADMIN":
      return <Navigate to="/dashboard" replace />;
  }
}
