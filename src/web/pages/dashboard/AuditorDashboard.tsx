import { Link } from "react-router-dom";
import { useQuery } from "../../api/hooks";
import { Empty, formatDate, QueryGate } from "../../components/ui";
import { graphql } from "../../gql";
import type { AuditorDashboardQuery } from "../../gql/graphql";
import { ChartCard } from "./ChartCard";
import { CountBars } from "./charts";
import { ReauditCalendar } from "./ReauditCalendar";
import { monthLabel, statusLabel } from "./words";

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

function AuditsByMonthFigure({ months }: { months: Dashboard["auditsByMonth"] }) {
  const data = months.map((month) => ({ ...month, label: monthLabel(month.month) }));
  return (
    <ChartCard
      id="audits-by-month"
      title="Audits by month"
      caption="Per calendar month (UTC), from 11 months ago to 3 months ahead: the audits planned for that month (cancelled ones left out) and the audits completed in it."
      chart={
        <CountBars
          data={data}
          labelKey="label"
          height={260}
          everyLabel={false}
          series={[
            { key: "planned", name: "Planned", fill: "#6b8fb3" },
            { key: "completed", name: "Completed", fill: "#1f6f50" },
          ]}
        />
      }
      table={
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Month</th>
              <th scope="col" className="num">
                Planned
              </th>
              <th scope="col" className="num">
                Completed
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
  const days = dashboard.reauditWindowDays;
  const shown = dashboard.reauditsDue.length;
  return (
    <section className="card dash-card" aria-labelledby="reaudits-title" data-testid="reaudits-due">
      <h2 id="reaudits-title">Re-audits due in the next {days} days</h2>
      <p className="dash-caption">
        Active suppliers whose next risk-based audit (last completed audit plus 24, 12, 6 or 3
        months by grade and status) falls from today to {days} days ahead:{" "}
        {dashboard.reauditsDueCount} in all
        {shown < dashboard.reauditsDueCount ? `, the first ${shown} shown` : ""}.{" "}
        {dashboard.reauditsOverdue > 0 &&
          `${dashboard.reauditsOverdue === 1 ? "One more supplier is" : `${dashboard.reauditsOverdue} more suppliers are`} already past the date (a supplier never audited is due at once).`}
      </p>
      <ReauditCalendar entries={dashboard.reauditsDue} from={dashboard.asOf} days={days} />
      <h3>As a list</h3>
      {shown === 0 ? (
        <Empty>No re-audit is due in the next {days} days.</Empty>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Due</th>
                <th scope="col">Supplier</th>
                <th scope="col">Grade</th>
                <th scope="col">Status</th>
                <th scope="col">Next audit</th>
              </tr>
            </thead>
            <tbody>
              {dashboard.reauditsDue.map((entry) => (
                <tr key={entry.supplierId}>
                  <td>{formatDate(entry.dueDate)}</td>
                  <td>
                    <Link to={`/suppliers/${entry.supplierId}`}>{entry.supplierName}</Link>
                  </td>
                  <td>{entry.grade ?? "No grade yet"}</td>
                  <td>{statusLabel(entry.status)}</td>
                  <td>
                    {entry.plannedAuditId ? (
                      <Link to={`/audits/${entry.plannedAuditId}`}>
                        Planned for {formatDate(entry.plannedAuditDate)}
                      </Link>
                    ) : (
                      "Not planned yet"
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

const bucketLabel = (bucket: { minDays: number; maxDays?: number | null }) =>
  bucket.maxDays === null || bucket.maxDays === undefined
    ? `Over ${bucket.minDays - 1} days`
    : `${bucket.minDays}–${bucket.maxDays} days`;

function CapBacklogFigure({ buckets }: { buckets: Dashboard["capBacklog"] }) {
  const data = buckets.map((bucket) => ({ ...bucket, label: bucketLabel(bucket) }));
  return (
    <ChartCard
      id="cap-backlog"
      title="Corrective-action backlog by age"
      caption="Open findings of completed audits that need a corrective action (observations need none), of active suppliers, by days since their audit was completed; split by who has the next step."
      chart={
        <CountBars
          data={data}
          labelKey="label"
          height={240}
          series={[
            {
              key: "awaitingSupplier",
              name: "Waiting for the supplier",
              stackId: "turn",
              fill: "#d9782d",
            },
            {
              key: "awaitingAuditor",
              name: "Waiting for the auditor",
              stackId: "turn",
              fill: "#1f4f8f",
            },
          ]}
        />
      }
      table={
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Age</th>
              <th scope="col" className="num">
                Waiting for the supplier
              </th>
              <th scope="col" className="num">
                Waiting for the auditor
              </th>
              <th scope="col" className="num">
                All
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
  const state = useQuery(AUDITOR_DASHBOARD);
  return (
    <QueryGate state={state}>
      {({ auditorDashboard: d }) => (
        <div className="dash-grid">
          <p className="dash-asof">Figures as of {formatDate(d.asOf)}</p>
          <AuditsByMonthFigure months={d.auditsByMonth} />
          <ReauditsFigure dashboard={d} />
          <CapBacklogFigure buckets={d.capBacklog} />
        </div>
      )}
    </QueryGate>
  );
}
