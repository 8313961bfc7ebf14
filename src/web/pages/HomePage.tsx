import { Link, Navigate } from "react-router-dom";
import { useViewer } from "../api/auth";
import { useQuery } from "../api/hooks";
import { Badge, formatNumber, QueryGate } from "../components/ui";
import { graphql } from "../gql";

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
      selfAssessments {
        id
        status
        completion
        checklist {
          name
          version
        }
      }
    }
  }
`);

function SupplierHome({ supplierId }: { supplierId: string }) {
  const state = useQuery(OVERVIEW, { id: supplierId });
  return (
    <QueryGate state={state}>
      {({ supplier }) =>
        supplier && (
          <section>
            <h1>{supplier.name}</h1>
            <div className="tiles">
              <div className="tile">
                <span className="tile-label">ESG score</span>
                <span className="tile-value">{formatNumber(supplier.score?.overall)}</span>
              </div>
              <div className="tile">
                <span className="tile-label">Grade</span>
                <span className="tile-value">{supplier.score?.grade ?? "—"}</span>
              </div>
              <div className="tile">
                <span className="tile-label">Procurement status</span>
                <Badge value={supplier.status} />
              </div>
            </div>
            <h2>What to do next</h2>
            <ul className="links">
              <li>
                <Link to="/saqs">Self-assessments</Link> —{" "}
                {
                  supplier.selfAssessments.filter((s) => ["DRAFT", "RETURNED"].includes(s.status))
                    .length
                }{" "}
                open
              </li>
              <li>
                <Link to="/audits">Completed audits, findings and corrective actions</Link>
              </li>
              <li>
                <Link to={`/suppliers/${supplier.id}`}>Company profile and sites</Link>
              </li>
            </ul>
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
      return <Navigate to="/queue" replace />;
    case "PROCUREMENT":
      return <Navigate to="/rankings" replace />;
    case "ADMIN":
      return <Navigate to="/admin/users" replace />;
  }
}
