import { useEffect, useRef, useState, type FormEvent } from "react";
import { Trans, useTranslation } from "react-i18next";
import { Link, useLocation, useParams } from "react-router-dom";
import { useViewer } from "../../api/auth";
import { ApiError } from "../../api/client";
import { useMutation, useQuery } from "../../api/hooks";
import {
  areaLabel,
  Badge,
  badgeLabel,
  Empty,
  ErrorMessage,
  formatDate,
  Loading,
  TextArea,
  TextField,
} from "../../components/ui";
import { plainMessage } from "../../api/field-messages";
import { AUDIT_STATUS_LABELS, FINDING_STATUS_LABELS, RISK_LEVEL_LABELS } from "../../labels";
import { ConfirmDialog, Dialog } from "./Dialog";
import { useErrorSummary } from "./form-errors";
import { auditTypeLabel, findingStatusLabel, overdueBadge, severityLabel } from "./finding-words";
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
  const { t } = useTranslation("audit");
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
      <h2>{t("complete.title")}</h2>
      <p>{t("complete.intro")}</p>
      {error instanceof ApiError && error.code === "BAD_USER_INPUT" && error.fields.length > 0 ? (
        <div className="error" role="alert">
          <p>{t("complete.notYet")}</p>
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
        {t("complete.button")}
      </button>
      <ConfirmDialog
        open={confirming}
        title={t("complete.confirmTitle")}
        confirmLabel={t("complete.confirm")}
        busy={complete.busy}
        onConfirm={() => void confirm()}
        onClose={() => setConfirming(false)}
      >
        <ul>
          <li>
            {t("complete.locked", {
              results: audit.results.length,
              findings: counted.length,
              withdrawn: withdrawn > 0 ? t("complete.lockedWithdrawn", { n: withdrawn }) : "",
            })}
          </li>
          <li>{t("complete.deadlines", { supplier: audit.supplier.name })}</li>
          <li>{t("complete.recomputed")}</li>
        </ul>
        {missing > 0 && <p className="warn-text">{t("complete.missing", { n: missing })}</p>}
      </ConfirmDialog>
    </div>
  );
}

function WithdrawButton({ finding, onDone }: { finding: Finding; onDone: () => void }) {
  const { t } = useTranslation("audit");
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
        {t("withdraw.button")}
      </button>
      <Dialog open={open} title={t("withdraw.title")} onClose={close}>
        <form onSubmit={(event) => void submit(event)} noValidate>
          <p>
            {t("withdraw.quote", {
              severity: severityLabel(finding.severity),
              area: areaLabel(finding.area),
              description:
                finding.description.slice(0, 120) + (finding.description.length > 120 ? "…" : ""),
            })}
          </p>
          <p>{t("withdraw.explain")}</p>
          <ErrorMessage error={summary} />
          <TextArea
            label={t("withdraw.reason")}
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
              {t("withdraw.submit")}
            </button>
            <button type="button" onClick={close}>
              {t("withdraw.cancel")}
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
  const { t } = useTranslation("audit");
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await cancel.run({ id: audit.id, reason })) onDone();
  };
  return (
    <details className="card">
      <summary>{t("cancel.summary")}</summary>
      <form className="inline-form" onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          label={t("cancel.reason")}
          name="reason"
          value={reason}
          error={cancel.error}
          onChange={(event) => setReason(event.target.value)}
        />
        <button type="submit" disabled={cancel.busy}>
          {t("cancel.submit")}
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

const reportPath = (id: string) => `/reports/audits/${encodeURIComponent(id)}.pdf`;
const reportFilename = (id: string) => `audit-report-${id}.pdf`;
const findingClasses = (withdrawn: boolean, highlighted: boolean) =>
  ["finding", withdrawn ? "withdrawn" : "", highlighted ? "highlighted" : ""]
    .filter(Boolean)
    .join(" ");

export function AuditPage() {
  const { t } = useTranslation("audit");
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
          {viewer.role === "SUPPLIER" ? t("page.crumbAudits") : t("page.crumbQueue")}
        </Link>
      </p>
      <header className="page-head">
        <div>
          <h1>
            <Trans
              t={t}
              i18nKey="page.title"
              values={{ type: auditTypeLabel(audit.type), name: audit.supplier.name }}
              components={{
                supplier:
                  viewer.role === "SUPPLIER" ? (
                    <span />
                  ) : (
                    <Link to={`/suppliers/${audit.supplier.id}`} />
                  ),
              }}
            />
          </h1>
          <p className="muted">
            {t("page.planned", {
              date: formatDate(audit.plannedDate),
              lead: audit.leadAuditor.name,
            })}
            {audit.site && t("page.site", { site: audit.site.name })}
            {audit.auditFirm && t("page.firm", { firm: audit.auditFirm })}
            {t("page.checklist", { name: audit.checklist.name, version: audit.checklist.version })}
            {audit.completedAt && t("page.completed", { date: formatDate(audit.completedAt) })}
          </p>
        </div>
        <div className="head-actions">
          <Badge value={badgeLabel(AUDIT_STATUS_LABELS, audit.status)} kind={audit.status} />
          <HistoryLink
            // eslint-disable-next-line i18next/no-literal-string -- an entity type code
            entityType="Audit"
            entityId={audit.id}
            name={t("page.historyName", {
              supplier: audit.supplier.name,
              type: auditTypeLabel(audit.type).toLowerCase(),
              date: formatDate(audit.plannedDate),
            })}
          />
          {mayDownloadReport && (
            <DownloadButton
              className="primary"
              path={reportPath(audit.id)}
              filename={reportFilename(audit.id)}
            >
              {t("page.downloadReport")}
            </DownloadButton>
          )}
        </div>
      </header>
      {audit.cancelReason && (
        <p className="warn-text">{t("page.cancelled", { reason: audit.cancelReason })}</p>
      )}

      {lead && audit.status === "PLANNED" && (
        <div className="card">
          <h2>{t("page.startTitle")}</h2>
          <ErrorMessage error={start.error} />
          <button
            type="button"
            className="primary"
            disabled={start.busy}
            onClick={() => void start.run({ id: audit.id }).then((ok) => ok && state.reload())}
          >
            {t("page.start")}
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
        <h2>{t("findings.title")}</h2>
        {audit.findings.length === 0 ? (
          <Empty>{t("findings.none")}</Empty>
        ) : (
          <ol className="findings">
            {audit.findings.map((finding) => {
              const withdrawn = finding.status === "WITHDRAWN";
              const classes = findingClasses(withdrawn, target === `finding-${finding.id}`);
              return (
                <li
                  key={finding.id}
                  id={`finding-${finding.id}`}
                  tabIndex={-1}
                  className={classes}
                  data-highlighted={target === `finding-${finding.id}` || undefined}
                  data-severity={finding.severity}
                  data-status={finding.status}
                >
                  <h3>
                    {withdrawn ? (
                      <Badge
                        value={badgeLabel(FINDING_STATUS_LABELS, "WITHDRAWN")}
                        kind="WITHDRAWN"
                      />
                    ) : (
                      <Badge
                        value={badgeLabel(RISK_LEVEL_LABELS, finding.riskLevel)}
                        kind={finding.riskLevel}
                      />
                    )}{" "}
                    {severityLabel(finding.severity)}
                    {t("sep")}
                    {areaLabel(finding.area)}
                    {finding.item && `${t("sep")}${finding.item.code}`}{" "}
                    <HistoryLink
                      // eslint-disable-next-line i18next/no-literal-string -- an entity type code
                      entityType="Finding"
                      entityId={finding.id}
                      name={t("findings.historyName", {
                        severity: severityLabel(finding.severity),
                        area: areaLabel(finding.area),
                      })}
                    />
                  </h3>
                  <p>{finding.description}</p>
                  {withdrawn ? (
                    <p className="withdrawal">
                      <Trans
                        t={t}
                        i18nKey="findings.withdrawn"
                        values={{
                          date: formatDate(finding.withdrawnAt),
                          reason: finding.withdrawalReason,
                        }}
                        components={{ strong: <strong /> }}
                      />
                    </p>
                  ) : (
                    <p className="muted">
                      {t("findings.risk", {
                        likelihood: finding.likelihood,
                        impact: finding.impact,
                        score: finding.riskScore,
                        status: findingStatusLabel(finding.status),
                      })}
                      {finding.repeat && t("findings.repeat")}
                      {audit.status === "COMPLETED" &&
                        t("findings.deadlines", {
                          capDue: formatDate(finding.capDueDate),
                          due: formatDate(finding.dueDate),
                        })}
                      {finding.overdue && (
                        <>
                          {" "}
                          <Badge value={overdueBadge()} kind="OVERDUE" />
                        </>
                      )}
                    </p>
                  )}
                  {finding.evidence.length > 0 && (
                    <div className="finding-evidence">
                      <strong>{t("findings.evidence")}</strong>{" "}
                      <EvidenceList evidence={finding.evidence} />
                    </div>
                  )}
                  {editingResults && !withdrawn && editing !== finding.id && (
                    <div className="finding-actions">
                      <button
                        type="button"
                        aria-label={t("findings.editLabel", {
                          severity: severityLabel(finding.severity).toLowerCase(),
                          area: areaLabel(finding.area),
                        })}
                        onClick={() => setEditing(finding.id)}
                      >
                        {t("findings.edit")}
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
