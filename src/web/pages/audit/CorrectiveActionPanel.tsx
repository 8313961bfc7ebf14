import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/client";
import { useMutation } from "../../api/hooks";
import {
  EMPTY_EVIDENCE,
  EvidenceFields,
  evidenceInputOf,
  EvidenceList,
  type EvidenceDraft,
} from "../../components/documents";
import {
  Badge,
  badgeLabel,
  ErrorMessage,
  formatDate,
  TextArea,
  TextField,
} from "../../components/ui";
import { graphql } from "../../gql";
import { HistoryLink } from "../../components/HistoryLink";
import { areaLabel, CAP_STATUS_LABELS } from "../../labels";
import type { Finding } from "./audit.types";
import { severityLabel } from "./finding-words";

const PROPOSE = graphql(`
  mutation ProposeCorrectiveAction($findingId: ID!, $input: CorrectiveActionInput!) {
    proposeCorrectiveAction(findingId: $findingId, input: $input) {
      id
      status
    }
  }
`);
const IMPLEMENTED = graphql(`
  mutation MarkCorrectiveActionImplemented($id: ID!, $evidence: [EvidenceInput!]!) {
    markCorrectiveActionImplemented(id: $id, evidence: $evidence) {
      id
      status
    }
  }
`);
const REVIEW = graphql(`
  mutation ReviewCap($id: ID!, $accept: Boolean!, $comment: String) {
    reviewCorrectiveAction(id: $id, accept: $accept, comment: $comment) {
      id
      status
    }
  }
`);
const VERIFY = graphql(`
  mutation VerifyCap($id: ID!, $effective: Boolean!, $comment: String) {
    verifyCorrectiveAction(id: $id, effective: $effective, comment: $comment) {
      id
      status
    }
  }
`);

function ProposeForm({ finding, onDone }: { finding: Finding; onDone: () => void }) {
  const [rootCause, setRootCause] = useState("");
  const [actions, setActions] = useState("");
  const [owner, setOwner] = useState("");
  const [targetDate, setTargetDate] = useState("");
  const propose = useMutation(PROPOSE);
  const { t } = useTranslation("audit");
  const [missingDate, setMissingDate] = useState(false);
  const error = missingDate
    ? new ApiError(t("cap.targetDateRequired"), "BAD_USER_INPUT", [
        { path: "targetDate", message: t("cap.chooseTargetDate") },
      ])
    : propose.error;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setMissingDate(!targetDate);
    if (!targetDate) return;
    const ok = await propose.run({
      findingId: finding.id,
      input: {
        rootCause,
        actions,
        owner,
        targetDate: new Date(`${targetDate}T12:00:00Z`).toISOString(),
      },
    });
    if (ok) onDone();
  };
  return (
    <form className="cap-form" onSubmit={(event) => void submit(event)} noValidate>
      <h4>{t("cap.proposeTitle")}</h4>
      <ErrorMessage error={error} />
      <TextArea
        label={t("cap.rootCause")}
        name="rootCause"
        rows={2}
        value={rootCause}
        error={error}
        onChange={(event) => setRootCause(event.target.value)}
      />
      <TextArea
        label={t("cap.actions")}
        name="actions"
        rows={3}
        value={actions}
        error={error}
        onChange={(event) => setActions(event.target.value)}
      />
      <div className="form-grid">
        <TextField
          label={t("cap.owner")}
          name="owner"
          value={owner}
          error={error}
          onChange={(event) => setOwner(event.target.value)}
        />
        <TextField
          label={t("cap.targetDate")}
          name="targetDate"
          type="date"
          value={targetDate}
          error={error}
          onChange={(event) => setTargetDate(event.target.value)}
        />
      </div>
      <button type="submit" className="primary" disabled={propose.busy}>
        {t("cap.propose")}
      </button>
    </form>
  );
}

function ImplementedForm({ capId, onDone }: { capId: string; onDone: () => void }) {
  const [evidence, setEvidence] = useState<EvidenceDraft>(EMPTY_EVIDENCE);
  const mark = useMutation(IMPLEMENTED);
  const { t } = useTranslation("audit");
  const [uploading, setUploading] = useState(false);
  const piece = evidenceInputOf(evidence);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await mark.run({ id: capId, evidence: piece ? [piece] : [] });
    if (ok) onDone();
  };
  return (
    <form className="cap-form" onSubmit={(event) => void submit(event)} noValidate>
      <h4>{t("cap.markImplemented")}</h4>
      <ErrorMessage error={mark.error} />
      <EvidenceFields
        value={evidence}
        onChange={setEvidence}
        error={mark.error}
        onBusyChange={setUploading}
      />
      <button type="submit" className="primary" disabled={mark.busy || uploading || !piece?.title}>
        {t("cap.markImplemented")}
      </button>
    </form>
  );
}

function DecisionForm({
  capId,
  kind,
  onDone,
}: {
  capId: string;
  kind: "review" | "verify";
  onDone: () => void;
}) {
  const { t } = useTranslation("audit");
  const [comment, setComment] = useState("");
  const reviewPlan = useMutation(REVIEW);
  const verifyImplementation = useMutation(VERIFY);
  const review = kind === "review" ? reviewPlan : verifyImplementation;
  const decide = async (yes: boolean) => {
    const ok =
      kind === "review"
        ? await reviewPlan.run({ id: capId, accept: yes, comment: comment || null })
        : await verifyImplementation.run({ id: capId, effective: yes, comment: comment || null });
    if (ok) onDone();
  };
  return (
    <div className="cap-form">
      <h4>{kind === "review" ? t("cap.reviewTitle") : t("cap.verifyTitle")}</h4>
      <ErrorMessage error={review.error} />
      <TextArea
        label={kind === "review" ? t("cap.reviewComment") : t("cap.verifyComment")}
        name="comment"
        rows={2}
        value={comment}
        error={review.error}
        onChange={(event) => setComment(event.target.value)}
      />
      <div className="button-row">
        <button
          type="button"
          className="primary"
          disabled={review.busy}
          onClick={() => void decide(true)}
        >
          {kind === "review" ? t("cap.accept") : t("cap.effective")}
        </button>
        <button type="button" disabled={review.busy} onClick={() => void decide(false)}>
          {kind === "review" ? t("cap.reject") : t("cap.notEffective")}
        </button>
      </div>
    </div>
  );
}

/** The finding's corrective action and the one step the viewer may take next. */
export function CorrectiveActionPanel({
  finding,
  asSupplier,
  asReviewer,
  onChange,
}: {
  finding: Finding;
  asSupplier: boolean;
  asReviewer: boolean;
  onChange: () => void;
}) {
  const { t } = useTranslation("audit");
  const cap = finding.correctiveAction;
  const needsPlan = finding.status === "OPEN" && finding.severity !== "OBSERVATION";
  if (!cap && !needsPlan) return null;
  return (
    <div className="cap">
      {cap ? (
        <div>
          <p>
            {t("cap.title")}{" "}
            <Badge value={badgeLabel(CAP_STATUS_LABELS, cap.status)} kind={cap.status} />
            {t("cap.ownerTarget", { owner: cap.owner, date: formatDate(cap.targetDate) })}{" "}
            <HistoryLink
              // eslint-disable-next-line i18next/no-literal-string -- an entity type code
              entityType="CorrectiveAction"
              entityId={cap.id}
              name={t("cap.historyName", {
                severity: severityLabel(finding.severity),
                area: areaLabel(finding.area),
              })}
            />
          </p>
          <dl className="facts">
            <dt>{t("cap.rootCause")}</dt>
            <dd>{cap.rootCause}</dd>
            <dt>{t("cap.actions")}</dt>
            <dd>{cap.actions}</dd>
            {cap.implementationEvidence.length > 0 && (
              <>
                <dt>{t("cap.evidence")}</dt>
                <dd>
                  <EvidenceList evidence={cap.implementationEvidence} />
                </dd>
              </>
            )}
          </dl>
          {cap.history.some((step) => step.comment) && (
            <ul className="history">
              {cap.history
                .filter((step) => step.comment)
                .map((step, index) => (
                  <li key={index}>
                    {formatDate(step.at)} {badgeLabel(CAP_STATUS_LABELS, step.toStatus)}:{" "}
                    {step.comment}
                  </li>
                ))}
            </ul>
          )}
        </div>
      ) : (
        needsPlan && <p className="muted">{t("cap.none")}</p>
      )}
      {asSupplier && needsPlan && (!cap || cap.status === "REJECTED") && (
        <ProposeForm finding={finding} onDone={onChange} />
      )}
      {asSupplier && cap?.status === "ACCEPTED" && (
        <ImplementedForm capId={cap.id} onDone={onChange} />
      )}
      {asReviewer && cap?.status === "PROPOSED" && (
        <DecisionForm capId={cap.id} kind="review" onDone={onChange} />
      )}
      {asReviewer && cap?.status === "IMPLEMENTED" && (
        <DecisionForm capId={cap.id} kind="verify" onDone={onChange} />
      )}
    </div>
  );
}
