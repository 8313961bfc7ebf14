import { Link, useParams } from "react-router-dom";
import { useViewer } from "../../api/auth";
import { ApiError } from "../../api/client";
import { useQuery } from "../../api/hooks";
import { AreaRadar, ScoreHistoryChart } from "../../components/Charts";
import {
  Badge,
  Empty,
  ErrorMessage,
  formatDate,
  formatNumber,
  Loading,
  areaLabel,
} from "../../components/ui";
import { graphql } from "../../gql";
import { NotFoundPage } from "../NotFoundPage";
import { Adjustments } from "../procurement/Adjustments";
import { CertificatesPanel } from "./CertificatesPanel";
import { InvitationsPanel } from "./InvitationsPanel";
import { ProfileForm, type ProfileEditor } from "./ProfileForm";
import { SustainabilityPanel } from "./SustainabilityPanel";
import { ThirdPartyPanel } from "./ThirdPartyPanel";
import { SupplyChainCard } from "../supply-chain/SupplyChainCard";

/** Where an area's score comes from, in words (AreaScore.source). */
const SOURCE_LABELS: Record<string, string> = {
  AUDIT: "own audit",
  THIRD_PARTY: "third-party assessment, x 0.85",
  SELF_ASSESSMENT: "self-assessment, x 0.7",
  NONE: "no valid source",
};

const SUPPLIER = graphql(`
  query SupplierPage($id: ID!, $procurement: Boolean!) {
    supplier(id: $id) {
      id
      name
      legalName
      registrationNumber
      country
      contactEmail
      version
      archived
      status
      statusReasons
      nextAuditDue
      materialCategories {
        id
        code
        name
      }
      sites {
        id
        name
        country
        address
      }
      ...ProfileForm
      ...SustainabilityPanel
      ...CertificatesPanel
      ...ThirdPartyPanel
      score {
        overall
        grade
        expired
        computedAt
        areas {
          area
          score
          source
        }
        explanation {
          label
          points
        }
      }
      scoreHistory(first: 50) {
        totalCount
        edges {
          node {
            id
            overall
            grade
            computedAt
            cause
          }
        }
      }
      selfAssessments {
        id
        status
        completion
        submittedAt
        checklist {
          name
          version
        }
      }
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
          repeat
          correctiveAction {
            id
            status
          }
        }
      }
      priorityAdjustments @include(if: $procurement) {
        ...AdjustmentRow
      }
    }
  }
`);

export function SupplierPage() {
  const { id = "" } = useParams();
  const viewer = useViewer();
  const procurement = viewer.role === "PROCUREMENT" || viewer.role === "ADMIN";
  const state = useQuery(SUPPLIER, { id, procurement });
  if (state.loading && !state.data) return <Loading />;
  if (state.error && !state.data) {
    const notFound = state.error instanceof ApiError && state.error.code === "NOT_FOUND";
    return notFound ? <NotFoundPage /> : <ErrorMessage error={state.error} />;
  }
  const supplier = state.data?.supplier;
  if (!supplier) return <NotFoundPage />;
  const editor: ProfileEditor =
    viewer.role === "ADMIN"
      ? "ADMIN"
      : viewer.role === "PROCUREMENT"
        ? "BUYER"
        : viewer.role === "SUPPLIER" && viewer.supplier?.id === supplier.id
          ? "SUPPLIER"
          : null;
  const findings = supplier.audits.flatMap((audit) => audit.findings);
  const open = findings.filter((finding) => finding.status === "OPEN");
  const staff = viewer.role !== "SUPPLIER";
  const ownSupplier = viewer.role === "SUPPLIER" && viewer.supplier?.id === supplier.id;

  return (
    <section>
      <header className="page-head">
        <h1>{supplier.name}</h1>
        <div className="head-badges">
          <Badge value={supplier.status} />
          {supplier.score && (
            <span className="grade" aria-label={`Grade ${supplier.score.grade}`}>
              Grade {supplier.score.grade}
            </span>
          )}
          {supplier.archived && <Badge value="ARCHIVED" />}
        </div>
      </header>

      <div className="tiles">
        <div className="tile">
          <span className="tile-label">ESG score</span>
          <span className="tile-value" data-testid="esg-score">
            {formatNumber(supplier.score?.overall)}
          </span>
          {supplier.score?.expired && <small>expired</small>}
        </div>
        <div className="tile">
          <span className="tile-label">Open findings</span>
          <span className="tile-value">{open.length}</span>
          <small>{open.filter((finding) => finding.overdue).length} overdue</small>
        </div>
        <div className="tile">
          <span className="tile-label">Next audit due</span>
          <span className="tile-value small">{formatDate(supplier.nextAuditDue)}</span>
        </div>
      </div>

      {supplier.statusReasons.length > 0 && (
        <div className="reasons">
          <h2>Status reasons</h2>
          <ul>
            {supplier.statusReasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </div>
      )}

      <div className="grid-2">
        <div className="card">
          <h2>Area scores</h2>
          {supplier.score ? (
            <AreaRadar areas={supplier.score.areas} />
          ) : (
            <Empty>No score yet: no audit or self-assessment.</Empty>
          )}
        </div>
        <div className="card">
          <h2>Score history</h2>
          {supplier.scoreHistory.edges.length > 0 ? (
            <ScoreHistoryChart points={supplier.scoreHistory.edges.map((edge) => edge.node)} />
          ) : (
            <Empty>No score history yet.</Empty>
          )}
        </div>
      </div>

      {supplier.score && (
        <div className="card">
          <h2>How the score is made</h2>
          <div className="table-wrap">
            <table className="table compact">
              <caption className="sr-only">Explanation lines of the ESG score</caption>
              <thead>
                <tr>
                  <th scope="col">Line</th>
                  <th scope="col" className="num">
                    Points
                  </th>
                </tr>
              </thead>
              <tbody>
                {supplier.score.explanation.map((line, index) => (
                  <tr key={index}>
                    <td>{line.label}</td>
                    <td className="num">{line.points.toFixed(2)}</td>
                  </tr>
                ))}
                <tr className="total">
                  <td>Overall ({supplier.score.grade})</td>
                  <td className="num">{supplier.score.overall.toFixed(2)}</td>
                </tr>
              </tbody>
            </table>
          </div>
          <h3>Per area</h3>
          <ul className="area-list">
            {supplier.score.areas.map((area) => (
              <li key={area.area}>
                {areaLabel(area.area)}: <strong>{area.score.toFixed(1)}</strong>{" "}
                <span className="muted">({SOURCE_LABELS[area.source] ?? area.source})</span>
              </li>
            ))}
          </ul>
        </div>
      )}

      <div className="card">
        <h2>Findings summary</h2>
        {findings.length === 0 ? (
          <Empty>No findings.</Empty>
        ) : (
          <>
            <p>
              {findings.length} findings, {open.length} open,{" "}
              {open.filter((finding) => finding.overdue).length} overdue;{" "}
              {["CRITICAL", "HIGH", "MEDIUM", "LOW"]
                .map(
                  (level) =>
                    `${open.filter((finding) => finding.riskLevel === level).length} ${level.toLowerCase()}`,
                )
                .join(", ")}{" "}
              (open).
            </p>
            <div className="table-wrap">
              <table className="table">
                <caption className="sr-only">Findings</caption>
                <thead>
                  <tr>
                    <th scope="col">Area</th>
                    <th scope="col">Severity</th>
                    <th scope="col">Risk</th>
                    <th scope="col">Status</th>
                    <th scope="col">Due</th>
                    <th scope="col">Plan</th>
                  </tr>
                </thead>
                <tbody>
                  {findings.map((finding) => (
                    <tr key={finding.id}>
                      <td>{areaLabel(finding.area)}</td>
                      <td>
                        {finding.severity}
                        {finding.repeat && " (repeat)"}
                      </td>
                      <td>
                        <Badge value={finding.riskLevel} /> {finding.riskScore}
                      </td>
                      <td>
                        {finding.status}
                        {finding.overdue && (
                          <>
                            {" "}
                            <Badge value="OVERDUE" />
                          </>
                        )}
                      </td>
                      <td>{formatDate(finding.dueDate)}</td>
                      <td>{finding.correctiveAction?.status ?? "—"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </div>

      {procurement && supplier.priorityAdjustments && (
        <Adjustments
          supplierId={supplier.id}
          adjustments={supplier.priorityAdjustments}
          categories={supplier.materialCategories}
          onChange={state.reload}
        />
      )}

      {(viewer.role === "AUDITOR" || viewer.role === "ADMIN") && (
        <div className="grid-2">
          <div className="card">
            <h2>Self-assessments</h2>
            {supplier.selfAssessments.length === 0 ? (
              <Empty>None yet.</Empty>
            ) : (
              <ul className="links">
                {supplier.selfAssessments.map((saq) => (
                  <li key={saq.id}>
                    <Link to={`/saqs/${saq.id}`}>
                      {saq.checklist.name} v{saq.checklist.version}
                    </Link>{" "}
                    <Badge value={saq.status} /> {Math.round(saq.completion * 100)}%
                  </li>
                ))}
              </ul>
            )}
          </div>
          <div className="card">
            <h2>Audits</h2>
            {supplier.audits.length === 0 ? (
              <Empty>None yet.</Empty>
            ) : (
              <ul className="links">
                {supplier.audits.map((audit) => (
                  <li key={audit.id}>
                    <Link to={`/audits/${audit.id}`}>
                      {audit.type} audit, {formatDate(audit.plannedDate)}
                    </Link>{" "}
                    <Badge value={audit.status} />
                  </li>
                ))}
              </ul>
            )}
          </div>
        </div>
      )}

      <SustainabilityPanel
        supplier={supplier}
        canVerify={viewer.role === "AUDITOR" || viewer.role === "ADMIN"}
        onVerified={state.reload}
      />

      <CertificatesPanel
        supplier={supplier}
        canAdd={!supplier.archived && (staff || ownSupplier)}
        canVerify={viewer.role === "AUDITOR" || viewer.role === "ADMIN"}
        onChange={state.reload}
      />

      <SupplyChainCard supplierId={supplier.id} categories={supplier.materialCategories} />

      <ThirdPartyPanel
        supplier={supplier}
        canImport={!supplier.archived && (viewer.role === "AUDITOR" || viewer.role === "ADMIN")}
        onChange={state.reload}
      />
      {staff && (
        <p>
          <Link to={`/documents?supplier=${encodeURIComponent(supplier.id)}`}>
            Documents on {supplier.name}&apos;s records
          </Link>
        </p>
      )}

      {procurement && (
        <InvitationsPanel
          supplierId={supplier.id}
          supplierName={supplier.name}
          canInvite={!supplier.archived}
        />
      )}

      <ProfileForm
        supplier={supplier}
        editor={supplier.archived ? null : editor}
        onSaved={state.reload}
        onReload={state.reload}
      />
    </section>
  );
}
