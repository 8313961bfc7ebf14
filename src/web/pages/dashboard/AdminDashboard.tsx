import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useQuery } from "../../api/hooks";
import { Empty, formatDate, formatDateTime, QueryGate } from "../../components/ui";
import { graphql } from "../../gql";
import type { AdminDashboardQuery } from "../../gql/graphql";
import { ChartCard } from "./ChartCard";
import { CountBars } from "./charts";
import { roleGroupLabel, webhookEventLabel } from "./words";

const ADMIN_DASHBOARD = graphql(`
  query AdminDashboard {
    adminDashboard {
      asOf
      usersByRole {
        role
        active
        inactive
      }
      checklistsInUse {
        checklistId
        name
        version
        publishedAt
        selfAssessments
        audits
      }
      recentImports {
        id
        kind
        at
        actorName
        outcome
      }
      outbox {
        pending
        failed
        sent
        skipped
      }
      webhooks {
        pending
        failed
        sent
        failedLast7Days
        recentFailures {
          deliveryId
          webhookId
          url
          event
          attempts
          lastStatusCode
          lastError
          createdAt
        }
      }
    }
  }
`);

type Dashboard = AdminDashboardQuery["adminDashboard"];

const USER_SERIES = [
  { key: "active", stackId: "u", fill: "#1f6f50" },
  { key: "inactive", stackId: "u", fill: "#8a8f98" },
] as const;
const CHECKLIST_SERIES = [
  { key: "selfAssessments", fill: "#6b8fb3" },
  { key: "audits", fill: "#1f4f8f" },
] as const;

function UsersFigure({ roles }: { roles: Dashboard["usersByRole"] }) {
  const { t } = useTranslation("dashboard");
  const data = roles.map((row) => ({ ...row, label: roleGroupLabel(row.role) }));
  return (
    <ChartCard
      id="users-by-role"
      title={t("admin.users.title")}
      caption={t("admin.users.caption")}
      chart={
        <CountBars
          data={data}
          height={240}
          series={USER_SERIES.map((series) => ({
            ...series,
            name: t(`admin.users.${series.key}`),
          }))}
        />
      }
      table={
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t("admin.users.role")}</th>
              <th scope="col" className="num">
                {t("admin.users.active")}
              </th>
              <th scope="col" className="num">
                {t("admin.users.inactive")}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.map((row) => (
              <tr key={row.role}>
                <th scope="row">
                  <Link to="/admin/users">{row.label}</Link>
                </th>
                <td className="num">{row.active}</td>
                <td className="num">{row.inactive}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

function ChecklistsFigure({ checklists }: { checklists: Dashboard["checklistsInUse"] }) {
  const { t } = useTranslation("dashboard");
  const data = checklists.map((c) => ({
    ...c,
    label: t("admin.checklists.label", { name: c.name, version: c.version }),
  }));
  return (
    <ChartCard
      id="checklists-in-use"
      title={t("admin.checklists.title")}
      caption={t("admin.checklists.caption")}
      chart={
        checklists.length > 0 && (
          <CountBars
            data={data}
            rows
            labelWidth={[110, 220]}
            height={70 + checklists.length * 40}
            series={CHECKLIST_SERIES.map((series) => ({
              ...series,
              name: t(`admin.checklists.${series.key}`),
            }))}
          />
        )
      }
      table={
        checklists.length === 0 ? (
          <Empty>{t("admin.checklists.empty")}</Empty>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t("admin.checklists.checklist")}</th>
                <th scope="col">{t("admin.checklists.published")}</th>
                <th scope="col" className="num">
                  {t("admin.checklists.selfAssessments")}
                </th>
                <th scope="col" className="num">
                  {t("admin.checklists.audits")}
                </th>
              </tr>
            </thead>
            <tbody>
              {data.map((c) => (
                <tr key={c.checklistId}>
                  <th scope="row">
                    <Link to={`/admin/checklists/${c.checklistId}`}>{c.label}</Link>
                  </th>
                  <td>{formatDate(c.publishedAt)}</td>
                  <td className="num">{c.selfAssessments}</td>
                  <td className="num">{c.audits}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )
      }
    />
  );
}

function ImportsFigure({ imports }: { imports: Dashboard["recentImports"] }) {
  const { t } = useTranslation("dashboard");
  return (
    <ChartCard
      id="recent-imports"
      title={t("admin.imports.title")}
      caption={t("admin.imports.caption")}
      table={
        imports.length === 0 ? (
          <Empty>{t("admin.imports.empty")}</Empty>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t("admin.imports.when")}</th>
                <th scope="col">{t("admin.imports.what")}</th>
                <th scope="col">{t("admin.imports.by")}</th>
                <th scope="col">{t("admin.imports.outcome")}</th>
              </tr>
            </thead>
            <tbody>
              {imports.map((run) => (
                <tr key={run.id}>
                  <td>{formatDateTime(run.at)}</td>
                  <td>{run.kind}</td>
                  <td>{run.actorName ?? "—"}</td>
                  <td>{run.outcome}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )
      }
    />
  );
}

function DeliveryFigure({ outbox, webhooks }: Pick<Dashboard, "outbox" | "webhooks">) {
  const { t } = useTranslation("dashboard");
  return (
    <ChartCard
      id="delivery-health"
      title={t("admin.delivery.title")}
      caption={t("admin.delivery.caption")}
      table={
        webhooks.recentFailures.length === 0 ? (
          <Empty>{t("admin.delivery.empty")}</Empty>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t("admin.delivery.created")}</th>
                <th scope="col">{t("admin.delivery.webhook")}</th>
                <th scope="col">{t("admin.delivery.event")}</th>
                <th scope="col" className="num">
                  {t("admin.delivery.attempts")}
                </th>
                <th scope="col">{t("admin.delivery.lastAnswer")}</th>
              </tr>
            </thead>
            <tbody>
              {webhooks.recentFailures.map((failure) => (
                <tr key={failure.deliveryId}>
                  <td>{formatDateTime(failure.createdAt)}</td>
                  <td className="dash-url">{failure.url}</td>
                  <td>{webhookEventLabel(failure.event)}</td>
                  <td className="num">{failure.attempts}</td>
                  <td>
                    {failure.lastStatusCode ? `HTTP ${failure.lastStatusCode}` : ""}
                    {failure.lastStatusCode && failure.lastError ? ": " : ""}
                    {failure.lastError ?? ""}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )
      }
    >
      <h3>{t("admin.delivery.outbox")}</h3>
      <div className="tiles dash-tiles">
        <Link className="tile" to="/admin/outbox">
          <span className="tile-label">{t("admin.delivery.pending")}</span>
          <span className="tile-value">{outbox.pending}</span>
        </Link>
        <Link className={`tile${outbox.failed > 0 ? " dash-alert" : ""}`} to="/admin/outbox">
          <span className="tile-label">{t("admin.delivery.failed")}</span>
          <span className="tile-value">{outbox.failed}</span>
        </Link>
        <Link className="tile" to="/admin/outbox">
          <span className="tile-label">{t("admin.delivery.sent")}</span>
          <span className="tile-value">{outbox.sent}</span>
        </Link>
        <div className="tile">
          <span className="tile-label">{t("admin.delivery.skipped")}</span>
          <span className="tile-value">{outbox.skipped}</span>
        </div>
      </div>
      <h3>{t("admin.delivery.webhooks")}</h3>
      <div className="tiles dash-tiles">
        <Link className="tile" to="/admin/webhooks">
          <span className="tile-label">{t("admin.delivery.pending")}</span>
          <span className="tile-value">{webhooks.pending}</span>
        </Link>
        <Link className={`tile${webhooks.failed > 0 ? " dash-alert" : ""}`} to="/admin/webhooks">
          <span className="tile-label">
            {t("admin.delivery.webhooksFailed", { recent: webhooks.failedLast7Days })}
          </span>
          <span className="tile-value">{webhooks.failed}</span>
        </Link>
        <Link className="tile" to="/admin/webhooks">
          <span className="tile-label">{t("admin.delivery.delivered")}</span>
          <span className="tile-value">{webhooks.sent}</span>
        </Link>
      </div>
      <h3>{t("admin.delivery.newestFailed")}</h3>
    </ChartCard>
  );
}

export function AdminDashboardView() {
  const { t } = useTranslation("dashboard");
  const state = useQuery(ADMIN_DASHBOARD);
  return (
    <QueryGate state={state}>
      {({ adminDashboard: d }) => (
        <div className="dash-grid">
          <p className="dash-asof">{t("admin.asOf", { at: formatDateTime(d.asOf) })}</p>
          <UsersFigure roles={d.usersByRole} />
          <ChecklistsFigure checklists={d.checklistsInUse} />
          <ImportsFigure imports={d.recentImports} />
          <DeliveryFigure outbox={d.outbox} webhooks={d.webhooks} />
        </div>
      )}
    </QueryGate>
  );
}
