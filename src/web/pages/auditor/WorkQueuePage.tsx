import { Link } from "react-router-dom";
import { useViewer } from "../../api/auth";
import { useCursorPages, useQuery } from "../../api/hooks";
import { OpenActionsCard } from "../../components/OpenActions";
import { areaLabel, Badge, Empty, formatDate, Pager, QueryGate } from "../../components/ui";
import { graphql } from "../../gql";
import { SaqsToReview } from "../saq/SaqsToReview";

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
const OVERDUE = graphql(`
  query OverdueFindings($after: String) {
    findings(filter: { overdue: true }, first: 10, after: $after) {
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
          dueDate
          audit {
            id
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

function OverdueFindings() {
  const pages = useCursorPages("overdue");
  const state = useQuery(OVERDUE, { after: pages.after });
  return (
    <QueryGate state={state}>
      {({ findings }) =>
        findings.edges.length === 0 ? (
          <Empty>No overdue findings.</Empty>
        ) : (
          <>
            <ol className="links">
              {findings.edges.map(({ node }) => (
                <li key={node.id}>
                  <Badge value={node.riskLevel} /> {node.riskScore} ·{" "}
                  <Link to={`/audits/${node.audit.id}`}>
                    {node.audit.supplier.name}: {node.severity} in {areaLabel(node.area)}
                  </Link>{" "}
                  · due {formatDate(node.dueDate)}
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
                        {node.supplier.name}: {node.type} audit
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
                        {finding.audit.supplier.name}: {finding.severity} finding
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
          <h2>Overdue findings (highest risk first)</h2>
          <OverdueFindings />
        </div>
        <div className="card">
          <h2>Self-assessments to review</h2>
          <SaqsToReview />
        </div>
      </div>
    </section>
  );
}
