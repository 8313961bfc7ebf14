import { useState } from "react";
import { Link } from "react-router-dom";
import { useViewer } from "../../api/auth";
import { useCursorPages, useQuery } from "../../api/hooks";
import { OpenActionsCard } from "../../components/OpenActions";
import { areaLabel, Badge, Empty, formatDate, Pager, QueryGate } from "../../components/ui";
import { graphql } from "../../gql";
import { SaqsToReview } from "../saq/SaqsToReview";
import {
  FINDING_FILTER_KEYS,
  FindingFilterBar,
  findingFilterOf,
  useUrlFilters,
} from "../audit/AuditFilters";
import { auditTypeLabel, findingStatusLabel, severityLabel } from "../audit/finding-words";
import { ScheduleAuditForm } from "../audit/ScheduleAuditForm";

const AUDITS = graphql(`
  query AuditQueue($filter: AuditFilter) {
    audits(filter: $filter, first: 50) {
      totalCount
      edges {
        node {
          id
          status
          type
          plannedDate
          supplier {
            id
            name
          }
          leadAuditor {
            id
            name
          }
        }
      }
    }
  }
`);
const CAPS = graphql(`
  query CapsToReview {
    findings(filter: { status: OPEN }, first: 100) {
      edges {
        node {
          id
          severity
          riskLevel
          audit {
            id
            leadAuditor {
              id
            }
            supplier {
              name
            }
          }
          correctiveAction {
            id
            status
          }
        }
      }
    }
  }
`);
const FINDINGS = graphql(`
  query QueueFindings($filter: FindingFilter, $after: String) {
    findings(filter: $filter, first: 10, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          area
          severity
          riskScore
          riskLevel
          status
          overdue
          dueDate
          description
          audit {
            id
            completedAt
            supplier {
              id
              name
            }
          }
        }
      }
    }
  }
`);

/** Findings of completed audits, riskiest first, filtered by the URL (overdue ones by default). */
function QueueFindings() {
  const filters = useUrlFilters(FINDING_FILTER_KEYS, { overdue: "yes" });
  const filter = findingFilterOf(filters.values);
  const pages = useCursorPages(JSON.stringify(filter));
  const state = useQuery(FINDINGS, { filter, after: pages.after });
  return (
    <>
      <FindingFilterBar filters={filters} />
      <QueryGate state={state}>
        {({ findings }) =>
          findings.edges.length === 0 ? (
            <Empty>
              {filters.active > 0 ? "No findings match these filters." : "No findings."}
            </Empty>
          ) : (
            <>
              <ol className="links" aria-label="Findings, highest risk first">
                {findings.edges.map(({ node }) => (
                  <li key={node.id}>
                    <Badge value={node.riskLevel} /> {node.riskScore} ·{" "}
                    <Link to={`/audits/${node.audit.id}#finding-${node.id}`}>
                      {node.audit.supplier.name}: {severityLabel(node.severity)} in{" "}
                      {areaLabel(node.area)}
                    </Link>{" "}
                    · {findingStatusLabel(node.status)}
                    {node.dueDate && ` · due ${formatDate(node.dueDate)}`}
                    {node.overdue && (
                      <>
                        {" "}
                        <Badge value="OVERDUE" />
                      </>
                    )}
                    <br />
                    <span className="muted">
                      {node.description.length > 140
                        ? `${node.description.slice(0, 140)}…`
                        : node.description}
                    </span>
                  </li>
                ))}
              </ol>
              <Pager
                label="Overdue findings"
                total={findings.totalCount}
                hasNext={findings.pageInfo.hasNextPage}
                hasPrevious={pages.hasPrevious}
                onNext={() => pages.next(findings.pageInfo.endCursor)}
                onPrevious={pages.previous}
              />
            </>
          )
        }
      </QueryGate>
    </>
  );
}

/** The auditor's work: audits to run, plans to review, overdue findings, SAQs to review. */
export function WorkQueuePage() {
  const viewer = useViewer();
  const audits = useQuery(AUDITS, {
    filter: {
      statuses: ["PLANNED", "IN_PROGRESS"],
      ...(viewer.role === "AUDITOR" ? { leadAuditorId: viewer.id } : {}),
    },
  });
  const caps = useQuery(CAPS);
  const [scheduleOpen, setScheduleOpen] = useState(false);
  return (
    <section>
      <h1>Work queue</h1>
      {viewer.role === "AUDITOR" && <OpenActionsCard />}
      <div className="grid-2">
        <div className="card">
          <h2>Audits to run</h2>
          <QueryGate state={audits}>
            {(data) =>
              data.audits.edges.length === 0 ? (
                <Empty>No planned or running audits.</Empty>
              ) : (
                <ul className="links">
                  {data.audits.edges.map(({ node }) => (
                    <li key={node.id}>
                      <Link to={`/audits/${node.id}`}>
                        {node.supplier.name}: {auditTypeLabel(node.type)} audit
                      </Link>{" "}
                      <Badge value={node.status} /> planned {formatDate(node.plannedDate)}
                      {viewer.role !== "AUDITOR" && ` · ${node.leadAuditor.name}`}
                    </li>
                  ))}
                </ul>
              )
            }
          </QueryGate>
        </div>
        <div className="card">
          <h2>Corrective actions to review</h2>
          <QueryGate state={caps}>
            {(data) => {
              const rows = data.findings.edges
                .map((edge) => edge.node)
                .filter(
                  (finding) =>
                    finding.correctiveAction &&
                    ["PROPOSED", "IMPLEMENTED"].includes(finding.correctiveAction.status) &&
                    (viewer.role === "ADMIN" || finding.audit.leadAuditor.id === viewer.id),
                );
              return rows.length === 0 ? (
                <Empty>No plan waits for you.</Empty>
              ) : (
                <ul className="links">
                  {rows.map((finding) => (
                    <li key={finding.id}>
                      <Link to={`/audits/${finding.audit.id}`}>
                        {finding.audit.supplier.name}: {severityLabel(finding.severity)} finding
                      </Link>{" "}
                      <Badge value={finding.correctiveAction!.status} />
                    </li>
                  ))}
                </ul>
              );
            }}
          </QueryGate>
        </div>
        <div className="card">
          <h2>Self-assessments to review</h2>
          <SaqsToReview />
        </div>
      </div>
      <div className="card">
        <h2>Findings (highest risk first)</h2>
        <QueueFindings />
      </div>
      <details
        className="card"
        open={scheduleOpen}
        onToggle={(event) => setScheduleOpen(event.currentTarget.open)}
      >
        <summary className="card-summary">Schedule an audit</summary>
        {scheduleOpen && <ScheduleAuditForm onScheduled={audits.reload} />}
      </details>
    </section>
  );
}
