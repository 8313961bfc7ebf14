import { Link } from "react-router-dom";
import { useQuery } from "../../api/hooks";
import { Empty, formatDate, formatDateTime, QueryGate } from "../../components/ui";
import { graphql } from "../../gql";
import type { AdminDashboardQuery } from "../../gql/graphql";
import { ChartCard } from "./ChartCard";
import { CountBars } from "./charts";
import { ROLE_LABELS, WEBHOOK_EVENT_LABELS } from "./words";

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

function UsersFigure({ roles }: { roles: Dashboard["usersByRole"] }) {
  const data = roles.map((row) => ({ ...row, label: ROLE_LABELS[row.role] ?? row.role }));
  return (
    <ChartCard
      id="users-by-role"
      title="Users by role"
      caption="Every user account by role: active ones can log in, deactivated ones cannot."
      chart={
        <CountBars
          data={data}
          labelKey="label"
          height={240}
          series={[
            { key: "active", name: "Active", stackId: "u", fill: "#1f6f50" },
            { key: "inactive", name: "Deactivated", stackId: "u", fill: "#8a8f98" },
          ]}
        />
      }
      table={
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Role</th>
              <th scope="col" className="num">
                Active
              </th>
              <th scope="col" className="num">
                Deactivated
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
  const data = checklists.map((c) => ({ ...c, label: `${c.name} v${c.version}` }));
  return (
    <ChartCard
      id="checklists-in-use"
      title="Checklists in use"
      caption="Each published checklist version with the self-assessments (in any state) and the audits (cancelled ones left out) started on it."
      chart={
        checklists.length > 0 && (
          <CountBars
            data={data}
            labelKey="label"
            rows
            labelWidth={[110, 220]}
            height={70 + checklists.length * 40}
            series={[
              { key: "selfAssessments", name: "Self-assessments", fill: "#6b8fb3" },
              { key: "audits", name: "Audits", fill: "#1f4f8f" },
            ]}
          />
        )
      }
      table={
        checklists.length === 0 ? (
          <Empty>No checklist is published.</Empty>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Checklist</th>
                <th scope="col">Published</th>
                <th scope="col" className="num">
                  Self-assessments
                </th>
                <th scope="col" className="num">
                  Audits
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
  return (
    <ChartCard
      id="recent-imports"
      title="Recent imports"
      caption="The last 10 imports that were applied, newest first, with what they changed. A refused file or a dry run changes nothing and is not listed."
      table={
        imports.length === 0 ? (
          <Empty>Nothing has been imported yet.</Empty>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">What</th>
                <th scope="col">By</th>
                <th scope="col">Outcome</th>
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
  return (
    <ChartCard
      id="delivery-health"
      title="Notification health"
      caption="E-mails in the outbox by state, and webhook deliveries by state with the newest that gave up after their last attempt. The tiles open the outbox and the webhooks page, where failed deliveries can be sent again."
      table={
        webhooks.recentFailures.length === 0 ? (
          <Empty>No webhook delivery has failed.</Empty>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Created</th>
                <th scope="col">Webhook</th>
                <th scope="col">Event</th>
                <th scope="col" className="num">
                  Attempts
                </th>
                <th scope="col">Last answer</th>
              </tr>
            </thead>
            <tbody>
              {webhooks.recentFailures.map((failure) => (
                <tr key={failure.deliveryId}>
                  <td>{formatDateTime(failure.createdAt)}</td>
                  <td className="dash-url">{failure.url}</td>
                  <td>{WEBHOOK_EVENT_LABELS[failure.event] ?? failure.event}</td>
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
      <h3>E-mail outbox</h3>
      <div className="tiles dash-tiles">
        <Link className="tile" to="/admin/outbox">
          <span className="tile-label">Waiting to be sent</span>
          <span className="tile-value">{outbox.pending}</span>
        </Link>
        <Link className={`tile${outbox.failed > 0 ? " dash-alert" : ""}`} to="/admin/outbox">
          <span className="tile-label">Failed</span>
          <span className="tile-value">{outbox.failed}</span>
        </Link>
        <Link className="tile" to="/admin/outbox">
          <span className="tile-label">Sent</span>
          <span className="tile-value">{outbox.sent}</span>
        </Link>
        <div className="tile">
          <span className="tile-label">Not sent on purpose</span>
          <span className="tile-value">{outbox.skipped}</span>
        </div>
      </div>
      <h3>Webhook deliveries</h3>
      <div className="tiles dash-tiles">
        <Link className="tile" to="/admin/webhooks">
          <span className="tile-label">Waiting to be sent</span>
          <span className="tile-value">{webhooks.pending}</span>
        </Link>
        <Link className={`tile${webhooks.failed > 0 ? " dash-alert" : ""}`} to="/admin/webhooks">
          <span className="tile-label">Failed ({webhooks.failedLast7Days} in the last 7 days)</span>
          <span className="tile-value">{webhooks.failed}</span>
        </Link>
        <Link className="tile" to="/admin/webhooks">
          <span className="tile-label">Delivered</span>
          <span className="tile-value">{webhooks.sent}</span>
        </Link>
      </div>
      <h3>Newest failed webhook deliveries</h3>
    </ChartCard>
  );
}

export function AdminDashboardView() {
  const state = useQuery(ADMIN_DASHBOARD);
  return (
    <QueryGate state={state}>
      {({ adminDashboard: d }) => (
        <div className="dash-grid">
          <p className="dash-asof">Figures as of {formatDateTime(d.asOf)}</p>
          <UsersFigure roles={d.usersByRole} />
          <ChecklistsFigure checklists={d.checklistsInUse} />
          <ImportsFigure imports={d.recentImports} />
          <DeliveryFigure outbox={d.outbox} webhooks={d.webhooks} />
        </div>
      )}
    </QueryGate>
  );
}
