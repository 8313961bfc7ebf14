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
  TextArea,
  TextField,
} from "../../components/ui";
import { plainMessage } from "../../api/field-messages";
import { ConfirmDialog, Dialog } from "./Dialog";
import { useErrorSummary } from "./form-errors";
import { auditTypeLabel, findingStatusLabel, severityLabel } from "./finding-words";
import { DownloadButton, EvidenceList } from "../../components/documents";
import { graphql } from "../../gql";
import { NotFoundPage } from "../NotFoundPage";
import { AUDIT, type Audit, type Finding } from "./audit.types";
import { CorrectiveActionPanel } from "./CorrectiveActionPanel";
import { HistoryLink } from "../../components/HistoryLink";
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
const WITHDRAW = graphql(`
  mutation WithdrawFinding($id: ID!, $reason: String!, $expectedVersion: Int) {
    withdrawFinding(id: $id, reason: $reason, expectedVersion: $expectedVersion) {
      id
      status
      version
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
  const [confirming, setConfirming] = useState(false);
  const error = complete.error;
  const counted = audit.findings.filter((finding) => finding.status !== "WITHDRAWN");
  const withdrawn = audit.findings.length - counted.length;
  const missing = audit.checklist.items.length - audit.results.length;
  const confirm = async () => {
    const ok = await complete.run({ id: audit.id });
    setConfirming(false);
    if (ok) onDone();
  };
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
                {field.path.replace(/^items\./, "")} {plainMessage(field.message)}
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
        onClick={() => setConfirming(true)}
      >
        Complete audit
      </button>
      <ConfirmDialog
        open={confirming}
        title="Complete this audit?"
        confirmLabel="Yes, complete the audit"
        busy={complete.busy}
        onConfirm={() => void confirm()}
        onClose={() => setConfirming(false)}
      >
        <ul>
          <li>
            The {audit.results.length} results and {counted.length} finding(s) are locked: nobody
            can change them afterwards
            {withdrawn > 0 &&
              ` (the ${withdrawn} withdrawn finding(s) stay on record and count for nothing)`}
            .
          </li>
          <li>
            Every finding gets its deadlines for a corrective action plan and for closing, and
            {` ${audit.supplier.name}`} is notified and can see the audit.
          </li>
          <li>The supplier's score, grade and status are recomputed at once.</li>
        </ul>
        {missing > 0 && (
          <p className="warn-text">
            {missing} checklist item(s) still have no result: completion will be refused and the
            missing items listed.
          </p>
        )}
      </ConfirmDialog>
    </div>
  );
}

function WithdrawButton({ finding, onDone }: { finding: Finding; onDone: () => void }) {
  const withdraw = useMutation(WITHDRAW);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [summary, edited] = useErrorSummary(withdraw.error);
  const close = () => {
    setOpen(false);
    withdraw.reset();
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await withdraw.run({ id: finding.id, reason, expectedVersion: finding.version });
    if (ok) {
      close();
      onDone();
    }
  };
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Withdraw
      </button>
      <Dialog open={open} title="Withdraw this finding?" onClose={close}>
        <form onSubmit={(event) => void submit(event)} noValidate>
          <p>
            {severityLabel(finding.severity)} finding in {areaLabel(finding.area)}: “
            {finding.description.slice(0, 120)}
            {finding.description.length > 120 ? "…" : ""}”
          </p>
          <p>
            A withdrawn finding stays on the audit's record with your reason, but it no longer
            counts: not for completing the audit, the supplier's score, corrective actions or the
            report. It cannot be edited afterwards.
          </p>
          <ErrorMessage error={summary} />
          <TextArea
            label="Reason for withdrawing (at least 10 characters)"
            name="reason"
            rows={3}
            value={reason}
            error={withdraw.error}
            onChange={(event) => {
              edited();
              setReason(event.target.value);
            }}
          />
          <div className="dialog-actions">
            <button type="submit" className="danger" disabled={withdraw.busy}>
              Withdraw finding
            </button>
            <button type="button" onClick={close}>
              Cancel
            </button>
          </div>
        </form>
      </Dialog>
    </>
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
  const [editing, setEditing] = useState("");
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
            {auditTypeLabel(audit.type)} audit of{" "}
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
          <HistoryLink
            entityType="Audit"
            entityId={audit.id}
            name={`${audit.supplier.name}, ${auditTypeLabel(audit.type).toLowerCase()} audit planned ${formatDate(audit.plannedDate)}`}
          />
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
            {audit.findings.map((finding) => {
              const withdrawn = finding.status === "WITHDRAWN";
              const classes = [
                "finding",
                withdrawn ? "withdrawn" : "",
                target === `finding-${finding.id}` ? "highlighted" : "",
              ];
              return (
                <li
                  key={finding.id}
                  id={`finding-${finding.id}`}
                  tabIndex={-1}
                  className={classes.filter(Boolean).join(" ")}
                  data-highlighted={target === `finding-${finding.id}` || undefined}
                  data-severity={finding.severity}
                  data-status={finding.status}
                >
                  <h3>
                    {withdrawn ? <Badge value="WITHDRAWN" /> : <Badge value={finding.riskLevel} />}{" "}
                    {severityLabel(finding.severity)} · {areaLabel(finding.area)}
                    {finding.item && ` · ${finding.item.code}`}{" "}
                    <HistoryLink
                      entityType="Finding"
                      entityId={finding.id}
                      name={`${severityLabel(finding.severity)} · ${areaLabel(finding.area)}`}
                    />
                  </h3>
                  <p>{finding.description}</p>
                  {withdrawn ? (
                    <p className="withdrawal">
                      <strong>Withdrawn {formatDate(finding.withdrawnAt)}</strong> by the lead
                      auditor. Reason: “{finding.withdrawalReason}” It no longer counts for
                      completing the audit, the score, corrective actions or the report.
                    </p>
                  ) : (
                    <p className="muted">
                      Likelihood {finding.likelihood} × impact {finding.impact} = risk{" "}
                      {finding.riskScore} · {findingStatusLabel(finding.status)}
                      {finding.repeat && " · repeat finding"}
                      {audit.status === "COMPLETED" && (
                        <>
                          {" "}
                          · plan due {formatDate(finding.capDueDate)} · close by{" "}
                          {formatDate(finding.dueDate)}
                        </>
                      )}
                      {finding.overdue && (
                        <>
                          {" "}
                          <Badge value="OVERDUE" />
                        </>
                      )}
                    </p>
                  )}
                  {finding.evidence.length > 0 && (
                    <div className="finding-evidence">
                      <strong>Evidence:</strong> <EvidenceList evidence={finding.evidence} />
                    </div>
                  )}
                  {editingResults && !withdrawn && editing !== finding.id && (
                    <div className="finding-actions">
                      <button
                        type="button"
                        aria-label={`Edit the ${severityLabel(finding.severity).toLowerCase()} finding in ${areaLabel(finding.area)}`}
                        onClick={() => setEditing(finding.id)}
                      >
                        Edit
                      </button>
                      <WithdrawButton finding={finding} onDone={state.reload} />
                    </div>
                  )}
                  {editingResults && editing === finding.id && (
                    <FindingForm
                      key={`${finding.id}-${finding.version}`}
                      audit={audit}
                      finding={finding}
                      onSaved={() => {
                        setEditing("");
                        state.reload();
                      }}
                      onCancel={() => setEditing("")}
                    />
                  )}
                  {audit.status === "COMPLETED" && !withdrawn && (
                    <CorrectiveActionPanel
                      finding={finding}
                      asSupplier={asSupplier}
                      asReviewer={asReviewer}
                      onChange={state.reload}
                    />
                  )}
                </li>
              );
            })}
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
