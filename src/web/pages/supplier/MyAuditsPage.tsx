import { Link, Navigate } from "react-router-dom";
import { useViewer } from "../../api/auth";
import { useQuery } from "../../api/hooks";
import { areaLabel, Badge, Empty, formatDate, QueryGate } from "../../components/ui";
import { graphql } from "../../gql";

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

/** The supplier's completed audits, their findings and what each needs next. */
export function MyAuditsPage() {
  const viewer = useViewer();
  const supplierId = viewer.supplier?.id ?? "";
  const state = useQuery(MY_AUDITS, { id: supplierId }, { skip: !viewer.supplier });
  if (viewer.role !== "SUPPLIER") return <Navigate to="/queue" replace />;
  return (
    <section>
      <h1>Audits and findings</h1>
      <QueryGate state={state}>
        {(data) =>
          !data.supplier || data.supplier.audits.length === 0 ? (
            <Empty>No completed audits yet.</Empty>
          ) : (
            <ul className="cards">
              {data.supplier.audits.map((audit) => (
                <li key={audit.id} className="card">
                  <h2>
                    <Link to={`/audits/${audit.id}`}>
                      {audit.type} audit, completed {formatDate(audit.completedAt)}
                    </Link>
                  </h2>
                  {audit.findings.length === 0 ? (
                    <Empty>No findings.</Empty>
                  ) : (
                    <div className="table-wrap">
                      <table className="table">
                        <caption className="sr-only">Findings of this audit</caption>
                        <thead>
                          <tr>
                            <th scope="col">Risk</th>
                            <th scope="col">Severity</th>
                            <th scope="col">Area</th>
                            <th scope="col">Plan due</th>
                            <th scope="col">Close by</th>
                            <th scope="col">Corrective action</th>
                          </tr>
                        </thead>
                        <tbody>
                          {audit.findings.map((finding) => (
                            <tr key={finding.id}>
                              <td>
                                <Badge value={finding.riskLevel} />
                              </td>
                              <td>{finding.severity}</td>
                              <td>{areaLabel(finding.area)}</td>
                              <td>{formatDate(finding.capDueDate)}</td>
                              <td>
                                {formatDate(finding.dueDate)}{" "}
                                {finding.overdue && <Badge value="OVERDUE" />}
                              </td>
                              <td>
                                {finding.correctiveAction?.status ??
                                  (finding.severity === "OBSERVATION"
                                    ? "not needed"
                                    : "to propose")}
                              </td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </div>
                  )}
                </li>
              ))}
            </ul>
          )
        }
      </QueryGate>
    </section>
  );
}
