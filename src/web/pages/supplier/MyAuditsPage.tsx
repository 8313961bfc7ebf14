import { Link, Navigate } from "react-router-dom";
import { useViewer } from "../../api/auth";
import { useQuery } from "../../api/hooks";
import { areaLabel, Badge, Empty, formatDate, QueryGate } from "../../components/ui";
import { graphql } from "../../gql";
import type { MyAuditsQuery } from "../../gql/graphql";
import {
  FINDING_FILTER_KEYS,
  FindingFilterBar,
  findingFilterOf,
  useUrlFilters,
} from "../audit/AuditFilters";
import {
  auditTypeLabel,
  capStatusLabel,
  findingStatusLabel,
  severityLabel,
} from "../audit/finding-words";
import { ScrollTable } from "./ScrollTable";

const MY_AUDITS = graphql(`
  query MyAudits($id: ID!) {
    supplier(id: $id) {
      id
      audits {
        id
        status
        type
        plannedDate
        completedAt
        findings {
          id
          area
          severity
          riskLevel
          riskScore
          status
          description
          withdrawalReason
          overdue
          dueDate
          capDueDate
          correctiveAction {
            id
            status
          }
        }
      }
    }
  }
`);

type MyAudit = NonNullable<MyAuditsQuery["supplier"]>["audits"][number];
type Filters = ReturnType<typeof findingFilterOf>;

/**
 * The URL's filters applied here, as the supplier reads its findings through its own audits
 * (the staff findings list is not for suppliers): the same rules as the API's FindingFilter.
 */
function matches(filter: Filters, audit: MyAudit, finding: MyAudit["findings"][number]): boolean {
  if (filter.status ? finding.status !== filter.status : finding.status === "WITHDRAWN") {
    return false;
  }
  if (filter.severity && finding.severity !== filter.severity) return false;
  if (filter.area && finding.area !== filter.area) return false;
  if (
    filter.overdue !== undefined &&
    filter.overdue !== null &&
    finding.overdue !== filter.overdue
  ) {
    return false;
  }
  const completed = audit.completedAt ?? "";
  if (filter.completedFrom && completed < filter.completedFrom) return false;
  if (filter.completedTo && completed >= filter.completedTo) return false;
  if (filter.text) {
    const text = finding.description.toLowerCase();
    if (
      !filter.text
        .toLowerCase()
        .split(/\s+/)
        .every((word) => text.includes(word))
    )
      return false;
  }
  return true;
}

/** The supplier's completed audits, their findings and what each needs next. */
export function MyAuditsPage() {
  const viewer = useViewer();
  const supplierId = viewer.supplier?.id ?? "";
  const state = useQuery(MY_AUDITS, { id: supplierId }, { skip: !viewer.supplier });
  const filters = useUrlFilters(FINDING_FILTER_KEYS);
  const filter = findingFilterOf(filters.values);
  // A finding filter hides audits without a matching finding; dates alone keep them.
  const byFinding = Boolean(
    filter.status || filter.severity || filter.area || filter.text || filter.overdue != null,
  );
  if (viewer.role !== "SUPPLIER") return <Navigate to="/queue" replace />;
  return (
    <section>
      <h1>Audits and findings</h1>
      <FindingFilterBar filters={filters} withSupplier={false} />
      <QueryGate state={state}>
        {(data) => {
          const audits = (data.supplier?.audits ?? [])
            .map((audit) => ({
              audit,
              findings: audit.findings.filter((finding) => matches(filter, audit, finding)),
            }))
            .filter(
              ({ audit, findings }) =>
                (!byFinding || findings.length > 0) &&
                (!filter.completedFrom || (audit.completedAt ?? "") >= filter.completedFrom) &&
                (!filter.completedTo || (audit.completedAt ?? "") < filter.completedTo),
            );
          return (data.supplier?.audits.length ?? 0) === 0 ? (
            <Empty>No completed audits yet.</Empty>
          ) : audits.length === 0 ? (
            <Empty>No audits or findings match these filters.</Empty>
          ) : (
            <ul className="cards">
              {audits.map(({ audit, findings }) => (
                <li key={audit.id} className="card">
                  <h2>
                    <Link to={`/audits/${audit.id}`}>
                      {auditTypeLabel(audit.type)} audit, completed {formatDate(audit.completedAt)}
                    </Link>
                  </h2>
                  {findings.length === 0 ? (
                    <Empty>
                      {audit.findings.length === 0
                        ? "No findings."
                        : "No findings match these filters."}
                    </Empty>
                  ) : (
                    <ScrollTable label={`Findings of the ${formatDate(audit.completedAt)} audit`}>
                      <table className="table">
                        <caption className="sr-only">Findings of this audit</caption>
                        <thead>
                          <tr>
                            <th scope="col">Risk</th>
                            <th scope="col">Severity</th>
                            <th scope="col">Area</th>
                            <th scope="col">Status</th>
                            <th scope="col">Plan due</th>
                            <th scope="col">Close by</th>
                            <th scope="col">Corrective action</th>
                          </tr>
                        </thead>
                        <tbody>
                          {findings.map((finding) => (
                            <tr key={finding.id}>
                              <td>
                                <Badge value={finding.riskLevel} />
                              </td>
                              <td>
                                <Link to={`/audits/${audit.id}#finding-${finding.id}`}>
                                  {severityLabel(finding.severity)}
                                </Link>
                              </td>
                              <td>{areaLabel(finding.area)}</td>
                              <td>
                                {findingStatusLabel(finding.status)}
                                {finding.withdrawalReason && `: ${finding.withdrawalReason}`}
                              </td>
                              <td>{formatDate(finding.capDueDate)}</td>
                              <td>
                                {formatDate(finding.dueDate)}{" "}
                                {finding.overdue && <Badge value="OVERDUE" />}
                              </td>
                              <td>
                                {finding.status === "WITHDRAWN"
                                  ? "not needed"
                                  : finding.correctiveAction
                                    ? capStatusLabel(finding.correctiveAction.status)
                                    : finding.severity === "OBSERVATION"
                                      ? "not needed"
                                      : "to propose"}
                              </td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </ScrollTable>
                  )}
                </li>
              ))}
            </ul>
          );
        }}
      </QueryGate>
    </section>
  );
}
