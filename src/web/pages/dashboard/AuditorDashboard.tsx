import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useQuery } from "../../api/hooks";
import { Empty, formatDate, QueryGate } from "../../components/ui";
import { graphql } from "../../gql";
import type { AuditorDashboardQuery } from "../../gql/graphql";
import { ChartCard } from "./ChartCard";
import { CountBars } from "./charts";
import { ReauditCalendar } from "./ReauditCalendar";
import { gradeLabel, monthLabel, statusLabel } from "./words";

const AUDITOR_DASHBOARD = graphql(`
  query AuditorDashboard {
    auditorDashboard {
      asOf
      reauditWindowDays
      auditsByMonth {
        month
        planned
        completed
      }
      reauditsDue {
        supplierId
        supplierName
        country
        grade
        status
        dueDate
        plannedAuditId
        plannedAuditDate
      }
      reauditsDueCount
      reauditsOverdue
      capBacklog {
        minDays
        maxDays
        awaitingSupplier
        awaitingAuditor
        total
      }
    }
  }
`);

type Dashboard = AuditorDashboardQuery["auditorDashboard"];

const MONTH_SERIES = [
  { key: "planned", fill: "#6b8fb3" },
  { key: "completed", fill: "#1f6f50" },
] as const;
const BACKLOG_SERIES = [
  { key: "awaitingSupplier", stackId: "turn", fill: "#d9782d" },
  { key: "awaitingAuditor", stackId: "turn", fill: "#1f4f8f" },
] as const;

function AuditsByMonthFigure({ months }: { months: Dashboard["auditsByMonth"] }) {
  const { t } = useTranslation("dashboard");
  const data = months.map((month) => ({ ...month, label: monthLabel(month.month) }));
  return (
    <ChartCard
      id="audits-by-month"
      title={t("auditor.byMonth.title")}
      caption={t("auditor.byMonth.caption")}
      chart={
        <CountBars
          data={data}
          height={260}
          everyLabel={false}
          series={MONTH_SERIES.map((series) => ({
            ...series,
            name: t(`auditor.byMonth.${series.key}`),
          }))}
        />
      }
      table={
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t("auditor.byMonth.month")}</th>
              <th scope="col" className="num">
                {t("auditor.byMonth.planned")}
              </th>
              <th scope="col" className="num">
                {t("auditor.byMonth.completed")}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.map((month) => (
              <tr key={month.month}>
                <th scope="row">{month.label}</th>
                <td className="num">{month.planned}</td>
                <td className="num">{month.completed}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

function ReauditsFigure({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation("dashboard");
  const days = dashboard.reauditWindowDays;
  const shown = dashboard.reauditsDue.length;
  return (
    <section className="card dash-card" aria-labelledby="reaudits-title" data-testid="reaudits-due">
      <h2 id="reaudits-title">{t("auditor.reaudits.title", { days })}</h2>
      <p className="dash-caption">
        {t("auditor.reaudits.caption", {
          days,
          total: dashboard.reauditsDueCount,
          shown:
            shown < dashboard.reauditsDueCount ? t("auditor.reaudits.firstShown", { shown }) : "",
        })}{" "}
        {dashboard.reauditsOverdue > 0 &&
          t("auditor.reaudits.overdue", { count: dashboard.reauditsOverdue })}
      </p>
      <ReauditCalendar entries={dashboard.reauditsDue} from={dashboard.asOf} days={days} />
      <h3>{t("auditor.reaudits.asList")}</h3>
      {shown === 0 ? (
        <Empty>{t("auditor.reaudits.empty", { days })}</Empty>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t("auditor.reaudits.due")}</th>
                <th scope="col">{t("auditor.reaudits.supplier")}</th>
                <th scope="col">{t("auditor.reaudits.grade")}</th>
                <th scope="col">{t("auditor.reaudits.status")}</th>
                <th scope="col">{t("auditor.reaudits.nextAudit")}</th>
              </tr>
            </thead>
            <tbody>
              {dashboard.reauditsDue.map((entry) => (
                <tr key={entry.supplierId}>
                  <td>{formatDate(entry.dueDate)}</td>
                  <td>
                    <Link to={`/suppliers/${entry.supplierId}`}>{entry.supplierName}</Link>
                  </td>
                  <td>{gradeLabel(entry.grade)}</td>
                  <td>{statusLabel(entry.status)}</td>
                  <td>
                    {entry.plannedAuditId ? (
                      <Link to={`/audits/${entry.plannedAuditId}`}>
                        {t("auditor.reaudits.plannedFor", {
                          date: formatDate(entry.plannedAuditDate),
                        })}
                      </Link>
                    ) : (
                      t("auditor.reaudits.notPlanned")
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

const bucketLabel = (
  t: TFunction<"dashboard">,
  bucket: { minDays: number; maxDays?: number | null },
) =>
  bucket.maxDays === null || bucket.maxDays === undefined
    ? t("auditor.backlog.over", { days: bucket.minDays - 1 })
    : t("auditor.backlog.range", { min: bucket.minDays, max: bucket.maxDays });

function CapBacklogFigure({ buckets }: { buckets: Dashboard["capBacklog"] }) {
  const { t } = useTranslation("dashboard");
  const data = buckets.map((bucket) => ({ ...bucket, label: bucketLabel(t, bucket) }));
  return (
    <ChartCard
      id="cap-backlog"
      title={t("auditor.backlog.title")}
      caption={t("auditor.backlog.caption")}
      chart={
        <CountBars
          data={data}
          height={240}
          series={BACKLOG_SERIES.map((series) => ({
            ...series,
            name: t(`auditor.backlog.${series.key}`),
          }))}
        />
      }
      table={
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t("auditor.backlog.age")}</th>
              <th scope="col" className="num">
                {t("auditor.backlog.awaitingSupplier")}
              </th>
              <th scope="col" className="num">
                {t("auditor.backlog.awaitingAuditor")}
              </th>
              <th scope="col" className="num">
                {t("auditor.backlog.all")}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.map((bucket) => (
              <tr key={bucket.minDays}>
                <th scope="row">{bucket.label}</th>
                <td className="num">{bucket.awaitingSupplier}</td>
                <td className="num">{bucket.awaitingAuditor}</td>
                <td className="num">
                  {bucket.total > 0 ? <Link to="/queue">{bucket.total}</Link> : bucket.total}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

export function AuditorDashboardView() {
  const { t } = useTranslation("dashboard");
  const state = useQuery(AUDITOR_DASHBOARD);
  return (
    <QueryGate state={state}>
      {({ auditorDashboard: d }) => (
        <div className="dash-grid">
          <p className="dash-asof">{t("auditor.asOf", { date: formatDate(d.asOf) })}</p>
          <AuditsByMonthFigure months={d.auditsByMonth} />
          <ReauditsFigure dashboard={d} />
          <CapBacklogFigure buckets={d.capBacklog} />
        </div>
      )}
    </QueryGate>
  );
}
