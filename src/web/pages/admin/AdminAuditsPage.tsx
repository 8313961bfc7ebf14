import { Link } from "react-router-dom";
import { useCursorPages, useQuery } from "../../api/hooks";
import { Badge, Empty, formatDate, Pager, QueryGate } from "../../components/ui";
import { graphql } from "../../gql";
import {
  AUDIT_FILTER_KEYS,
  AuditFilterBar,
  auditFilterOf,
  useUrlFilters,
} from "../audit/AuditFilters";
import { auditStatusLabel, auditTypeLabel } from "../audit/finding-words";
import { ScheduleAuditForm } from "../audit/ScheduleAuditForm";
import { ScrollTable } from "../supplier/ScrollTable";

const AUDITS = graphql(`
  query AllAudits($filter: AuditFilter, $after: String) {
    audits(filter: $filter, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          status
          type
          plannedDate
          completedAt
          supplier {
            id
            name
          }
          leadAuditor {
            name
          }
        }
      }
    }
  }
`);

/** Scheduling, and every audit with the filters in the URL (shareable, back undoes). */
export function AdminAuditsPage() {
  const filters = useUrlFilters(AUDIT_FILTER_KEYS);
  const filter = auditFilterOf(filters.values);
  const pages = useCursorPages(JSON.stringify(filter));
  const audits = useQuery(AUDITS, { filter, after: pages.after });
  return (
    <section>
      <h1>Audits</h1>
      <div className="card">
        <h2>Schedule an audit</h2>
        <ScheduleAuditForm onScheduled={audits.reload} />
      </div>
      <div className="card">
        <h2>All audits</h2>
        <AuditFilterBar filters={filters} />
        <QueryGate state={audits}>
          {(data) =>
            data.audits.edges.length === 0 ? (
              <Empty>{filters.active > 0 ? "No audits match these filters." : "No audits."}</Empty>
            ) : (
              <>
                <ScrollTable label="Audits">
                  <table className="table">
                    <caption className="sr-only">Audits, newest planned date first</caption>
                    <thead>
                      <tr>
                        <th scope="col">Audit</th>
                        <th scope="col">Status</th>
                        <th scope="col">Planned</th>
                        <th scope="col">Completed</th>
                        <th scope="col">Lead auditor</th>
                      </tr>
                    </thead>
                    <tbody>
                      {data.audits.edges.map(({ node }) => (
                        <tr key={node.id}>
                          <td>
                            <Link to={`/audits/${node.id}`}>
                              {node.supplier.name}: {auditTypeLabel(node.type)} audit
                            </Link>
                          </td>
                          <td>
                            <Badge value={auditStatusLabel(node.status)} kind={node.status} />
                          </td>
                          <td>{formatDate(node.plannedDate)}</td>
                          <td>{formatDate(node.completedAt)}</td>
                          <td>{node.leadAuditor.name}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </ScrollTable>
                <Pager
                  label="Audits"
                  total={data.audits.totalCount}
                  hasNext={data.audits.pageInfo.hasNextPage}
                  hasPrevious={pages.hasPrevious}
                  onNext={() => pages.next(data.audits.pageInfo.endCursor)}
                  onPrevious={pages.previous}
                />
              </>
            )
          }
        </QueryGate>
      </div>
    </section>
  );
}
