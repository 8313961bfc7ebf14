import { Link, Navigate } from "react-router-dom";
import { useViewer } from "../api/auth";
import { useQuery } from "../api/hooks";
import { countLabel, OpenActionList, useOpenActions } from "../components/OpenActions";
import { Badge, ErrorMessage, formatNumber, Loading, QueryGate } from "../components/ui";
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
    }
  }
`);

/** "N open" from `openActions`, so the count is what the list below shows. */
function OpenCount({ actions }: { actions: { kind: string }[] | undefined }) {
  if (!actions) return null;
  return <> — {countLabel(actions)} open</>;
}

function SupplierHome({ supplierId }: { supplierId: string }) {
  const state = useQuery(OVERVIEW, { id: supplierId });
  const open = useOpenActions();
  const actions = open.data?.openActions;
  const saqs = actions?.filter((action) => action.kind.startsWith("SAQ_"));
  const plans = actions?.filter((action) => action.kind.startsWith("CAP_"));
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
                <Link to="/saqs">Self-assessments</Link>
                <OpenCount actions={saqs} />
              </li>
              <li>
                <Link to="/audits">Completed audits, findings and corrective actions</Link>
                <OpenCount actions={plans} />
              </li>
              <li>
                <Link to={`/suppliers/${supplier.id}`}>Company profile and sites</Link>
              </li>
            </ul>
            <div className="card" data-testid="open-actions">
              <h2>
                Waiting for you
                {actions && <span className="count"> · {countLabel(actions)} open</span>}
              </h2>
              {open.error && !actions ? (
                <ErrorMessage error={open.error} />
              ) : actions ? (
                <OpenActionList actions={actions} />
              ) : (
                <Loading />
              )}
            </div>
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
    case "PROCUREMENT":
    case "ADMIN":
      return <Navigate to="/dashboard" replace />;
  }
}
