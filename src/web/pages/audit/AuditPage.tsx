import { useEffect, useRef, useState, type FormEvent } from "react";
import { Link, useLocation, useParams } from "react-router-dom";
import { useViewer } from "../../api/auth";
import { ApiError } from "../../api/client";
import { useMutation, useQuery } from "../../api/hooks";
import {
  areaLabel,
  Badge,
  Empty,
  ErrorMessage,
  formatDate,
  Loading,
  TextField,
} from "../../components/ui";
import { DownloadButton, EvidenceList } from "../../components/documents";
import { graphql } from "../../gql";
import { NotFoundPage } from "../NotFoundPage";
import { AUDIT, type Audit } from "./audit.types";
import { CorrectiveActionPanel } from "./CorrectiveActionPanel";
import { FindingForm } from "./FindingForm";
import { ResultsForm } from "./ResultsForm";
import { ResultsView } from "./ResultsView";

const START = graphql(`
  mutation StartAudit($id: ID!) {
    startAudit(id: $id) {
      id
      status
    }
  }
`);
const COMPLETE = graphql(`
  mutation CompleteAudit($id: ID!) {
    completeAudit(id: $id) {
      id
      status
    }
  }
`);
const CANCEL = graphql(`
  mutation CancelAudit($id: ID!, $reason: String!) {
    cancelAudit(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

function CompleteBox({ audit, onDone }: { audit: Audit; onDone: () => void }) {
  const complete = useMutation(COMPLETE);
  const error = complete.error;
  return (
    <div className="card">
      <h2>Complete the audit</h2>
      <p>Completion locks the results and findings and recomputes the supplier's score.</p>
      {error instanceof ApiError && error.code === "BAD_USER_INPUT" && error.fields.length > 0 ? (
        <div className="error" role="alert">
          <p>The audit cannot be completed yet:</p>
          <ul className="missing">
            {error.fields.map((field) => (
              <li key={field.path}>
                {field.path.replace(/^items\./, "")} {field.message}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <ErrorMessage error={error} />
      )}
      <button
        type="button"
        className="primary"
        disabled={complete.busy}
        onClick={() => void complete.run({ id: audit.id }).then((ok) => ok && onDone())}
      >
        Complete audit
      </button>
    </div>
  );
}

function CancelForm({ audit, onDone }: { audit: Audit; onDone: () => void }) {
  const [reason, setReason] = useState("");
  const cancel = useMutation(CANCEL);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await cancel.run({ id: audit.id, reason })) onDone();
  };
  return (
    <details className="card">
      <summary>Cancel this audit</summary>
      <form className="inline-form" onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          label="Reason for cancelling"
          name="reason"
          value={reason}
          error={cancel.error}
          onChange={(event) => setReason(event.target.value)}
        />
        <button type="submit" disabled={cancel.busy}>
          Cancel audit
        </button>
        <ErrorMessage error={cancel.error} />
      </form>
    </details>
  );
}

/**
 * The finding a link points at (`/audits/<id>#finding-<id>`, as notifications and open actions
 * link): scrolled to and focused once when the audit has loaded, and highlighted while the hash
 * stays. A client-side navigation does not move `:target`, hence the class.
 */
function useFindingTarget(loaded: boolean): string {
  const { hash } = useLocation();
  const target = hash.startsWith("#finding-") ? decodeURIComponent(hash.slice(1)) : "";
  const scrolled = useRef("");
  useEffect(() => {
    if (!loaded || !target || scrolled.current === target) return;
    const element = document.getElementById(target);
    if (!element) return;
    scrolled.current = target;
    element.scrollIntoView({ block: "start" });
    element.focus({ preventScroll: true });
  }, [loaded, target]);
  return target;
}

export function AuditPage() {
  const { id = "" } = useParams();
  const viewer = useViewer();
  const state = useQuery(AUDIT, { id });
  const start = useMutation(START);
  const target = useFindingTarget(Boolean(state.data?.audit));
  if (state.error && !state.data) {
    const notFound = state.error instanceof ApiError && state.error.code === "NOT_FOUND";
    return notFound ? <NotFoundPage /> : <ErrorMessage error={state.error} />;
  }
  if (!state.data) return <Loading />;
  const audit = state.data.audit;
  if (!audit) return <NotFoundPage />;

  const lead = viewer.role === "AUDITOR" && audit.leadAuditor.id === viewer.id;
  const asReviewer = lead || viewer.role === "ADMIN";
  const asSupplier =
    viewer.role === "ADMIN" ||
    (viewer.role === "SUPPLIER" && viewer.supplier?.id === audit.supplier.id);
  const open = audit.status === "PLANNED" || audit.status === "IN_PROGRESS";
  const editingResults = lead && audit.status === "IN_PROGRESS";
  // The report route's rule: staff, and the audited supplier, once the audit is completed.
  const mayDownloadReport =
    audit.status === "COMPLETED" &&
    (viewer.role !== "SUPPLIER" || viewer.supplier?.id === audit.supplier.id);

  return (
    <section>
      <p className="crumbs">
        <Link to={viewer.role === "SUPPLIER" ? "/audits" : "/queue"}>
          {viewer.role === "SUPPLIER" ? "Audits" : "Work queue"}
        </Link>
      </p>
      <header className="page-head">
        <div>
          <h1>
            {audit.type} audit of{" "}
            {viewer.role === "SUPPLIER" ? (
              audit.supplier.name
            ) : (
              <Link to={`/suppliers/${audit.supplier.id}`}>{audit.supplier.name}</Link>
            )}
          </h1>
          <p className="muted">
            Planned {formatDate(audit.plannedDate)} · lead {audit.leadAuditor.name}
            {audit.site && ` · site ${audit.site.name}`}
            {audit.auditFirm && ` · ${audit.auditFirm}`} · checklist {audit.checklist.name} v
            {audit.checklist.version}
            {audit.completedAt && ` · completed ${formatDate(audit.completedAt)}`}
          </p>
        </div>
        <div className="head-actions">
          <Badge value={audit.status} />
          {mayDownloadReport && (
            <DownloadButton
              className="primary"
              path={`/reports/audits/${encodeURIComponent(audit.id)}.pdf`}
              filename={`audit-report-${audit.id}.pdf`}
            >
              Download report (PDF)
            </DownloadButton>
          )}
        </div>
      </header>
      {audit.cancelReason && <p className="warn-text">Cancelled: {audit.cancelReason}</p>}

      {lead && audit.status === "PLANNED" && (
        <div className="card">
          <h2>Start the audit</h2>
          <ErrorMessage error={start.error} />
          <button
            type="button"
            className="primary"
            disabled={start.busy}
            onClick={() => void start.run({ id: audit.id }).then((ok) => ok && state.reload())}
          >
            Start audit
          </button>
        </div>
      )}

      {editingResults && (
        <>
          <ResultsForm audit={audit} onSaved={state.reload} />
          <FindingForm audit={audit} onSaved={state.reload} />
        </>
      )}
      {!editingResults &&
        (audit.status === "COMPLETED" ||
          (audit.status === "IN_PROGRESS" && audit.results.length > 0)) && (
          <ResultsView audit={audit} />
        )}

      <div className="card">
        <h2>Findings</h2>
        {audit.findings.length === 0 ? (
          <Empty>No findings recorded.</Empty>
        ) : (
          <ol className="findings">
            {audit.findings.map((finding) => (
              <li
                key={finding.id}
                id={`finding-${finding.id}`}
                tabIndex={-1}
                className={target === `finding-${finding.id}` ? "finding highlighted" : "finding"}
                data-highlighted={target === `finding-${finding.id}` || undefined}
                data-severity={finding.severity}
              >
                <h3>
                  <Badge value={finding.riskLevel} /> {finding.severity.replace("_", " ")} ·{" "}
                  {areaLabel(finding.area)}
                  {finding.item && ` · ${finding.item.code}`}
                </h3>
                <p>{finding.description}</p>
                <p className="muted">
                  Likelihood {finding.likelihood} × impact {finding.impact} = risk{" "}
                  {finding.riskScore} · {finding.status}
                  {finding.repeat && " · repeat finding"} · plan due{" "}
                  {formatDate(finding.capDueDate)} · close by {formatDate(finding.dueDate)}
                  {finding.overdue && (
                    <>
                      {" "}
                      <Badge value="OVERDUE" />
                    </>
                  )}
                </p>
                {finding.evidence.length > 0 && (
                  <div className="finding-evidence">
                    <strong>Evidence:</strong> <EvidenceList evidence={finding.evidence} />
                  </div>
                )}
                {audit.status === "COMPLETED" && (
                  <CorrectiveActionPanel
                    finding={finding}
                    asSupplier={asSupplier}
                    asReviewer={asReviewer}
                    onChange={state.reload}
                  />
                )}
              </li>
            ))}
          </ol>
        )}
      </div>

      {lead && audit.status === "IN_PROGRESS" && (
        <CompleteBox audit={audit} onDone={state.reload} />
      )}
      {(lead || viewer.role === "ADMIN") && open && (
        <CancelForm audit={audit} onDone={state.reload} />
      )}
    </section>
  );
}
