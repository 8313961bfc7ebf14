import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { isStaleVersion } from "../../api/client";
import { useMutation } from "../../api/hooks";
import {
  EMPTY_EVIDENCE,
  EvidenceFields,
  evidenceInputOf,
  type EvidenceDraft,
} from "../../components/documents";
import { RiskMatrix } from "../../components/RiskMatrix";
import { AREAS, areaLabel, ErrorMessage, Notice, SelectField, TextArea } from "../../components/ui";
import { graphql } from "../../gql";
import type { EsgArea, EvidenceInput, Severity } from "../../gql/graphql";
import type { Audit, Finding } from "./audit.types";
import { SEVERITIES, severityLabel } from "./finding-words";
import { useErrorSummary } from "./form-errors";

const RECORD_FINDING = graphql(`
  mutation RecordFinding($auditId: ID!, $input: FindingInput!) {
    recordFinding(auditId: $auditId, input: $input) {
      id
      riskScore
      riskLevel
    }
  }
`);
const EDIT_FINDING = graphql(`
  mutation EditFinding($id: ID!, $input: FindingInput!, $expectedVersion: Int) {
    editFinding(id: $id, input: $input, expectedVersion: $expectedVersion) {
      id
      version
      riskScore
      riskLevel
    }
  }
`);

interface Draft {
  area: EsgArea;
  itemId: string;
  severity: Severity;
  likelihood: number;
  impact: number;
  description: string;
}

const BLANK: Draft = {
  area: AREAS[0],
  itemId: "",
  severity: "MAJOR",
  likelihood: 3,
  impact: 3,
  description: "",
};

const draftOf = (finding: Finding): Draft => ({
  area: finding.area,
  itemId: finding.item?.id ?? "",
  severity: finding.severity,
  likelihood: finding.likelihood,
  impact: finding.impact,
  description: finding.description,
});

/** What the finding already has as evidence, as input (kept when a piece is added). */
const keptEvidence = (finding: Finding): EvidenceInput[] =>
  finding.evidence.map((piece) =>
    piece.documentId
      ? { title: piece.title, documentId: piece.documentId }
      : { title: piece.title, ...(piece.url ? { url: piece.url } : {}) },
  );

/**
 * A finding on an audit in progress; likelihood and impact are picked on the risk matrix.
 * Without `finding` it records a new one and clears every field after saving (the next
 * finding starts from the defaults, never from the last one's rating); with it, it edits
 * that finding at the version it was read.
 */
export function FindingForm({
  audit,
  finding,
  onSaved,
  onCancel,
}: {
  audit: Audit;
  finding?: Finding;
  onSaved: () => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation("audit");
  const [draft, setDraft] = useState<Draft>(finding ? draftOf(finding) : BLANK);
  const [evidence, setEvidence] = useState<EvidenceDraft>(EMPTY_EVIDENCE);
  // Remounts the evidence fields after a save, so a chosen file does not linger.
  const [round, setRound] = useState(0);
  const [done, setDone] = useState(false);
  const [uploading, setUploading] = useState(false);
  const record = useMutation(RECORD_FINDING);
  const edit = useMutation(EDIT_FINDING);
  const mutation = finding ? edit : record;
  const items = audit.checklist.items.filter((item) => item.area === draft.area);
  const [summary, edited] = useErrorSummary(mutation.error);
  const set = (patch: Partial<Draft>) => {
    setDone(false);
    edited();
    setDraft((current) => ({ ...current, ...patch }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    const piece = evidenceInputOf(evidence);
    const input = {
      area: draft.area,
      ...(draft.itemId ? { itemId: draft.itemId } : {}),
      severity: draft.severity,
      likelihood: draft.likelihood,
      impact: draft.impact,
      description: draft.description,
    };
    if (finding) {
      const ok = await edit.run({
        id: finding.id,
        expectedVersion: finding.version,
        input: { ...input, ...(piece ? { evidence: [piece, ...keptEvidence(finding)] } : {}) },
      });
      if (ok) onSaved();
      return;
    }
    const ok = await record.run({
      auditId: audit.id,
      input: { ...input, ...(piece ? { evidence: [piece] } : {}) },
    });
    if (ok) {
      setDraft(BLANK);
      setEvidence(EMPTY_EVIDENCE);
      setRound((value) => value + 1);
      setDone(true);
      onSaved();
    }
  };

  const title = finding ? t("findingForm.editTitle") : t("findingForm.recordTitle");
  return (
    <form
      className={finding ? "finding-edit" : "card"}
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label={title}
    >
      {finding ? <h4>{title}</h4> : <h2>{title}</h2>}
      {done && <Notice>{t("findingForm.recorded")}</Notice>}
      <ErrorMessage error={summary} />
      {isStaleVersion(mutation.error) && (
        <button type="button" onClick={onSaved}>
          {t("findingForm.reload")}
        </button>
      )}
      <div className="form-grid">
        <SelectField
          label={t("findingForm.area")}
          name="area"
          value={draft.area}
          error={mutation.error}
          options={AREAS.map((value) => ({ value, label: areaLabel(value) }))}
          onChange={(event) => set({ area: event.target.value as EsgArea, itemId: "" })}
        />
        <SelectField
          label={t("findingForm.item")}
          name="itemId"
          value={draft.itemId}
          error={mutation.error}
          options={[
            { value: "", label: t("findingForm.noItem") },
            ...items.map((item) => ({
              value: item.id,
              label: `${item.code} ${item.question.slice(0, 60)}`,
            })),
          ]}
          onChange={(event) => set({ itemId: event.target.value })}
        />
        <SelectField
          label={t("findingForm.severity")}
          name="severity"
          value={draft.severity}
          error={mutation.error}
          options={SEVERITIES.map((value) => ({ value, label: severityLabel(value) }))}
          onChange={(event) => set({ severity: event.target.value as Severity })}
        />
      </div>
      <fieldset>
        <legend>{t("findingForm.matrixLegend")}</legend>
        <RiskMatrix
          likelihood={draft.likelihood}
          impact={draft.impact}
          label={finding ? t("findingForm.matrixEditing") : t("findingForm.matrix")}
          onChange={(likelihood, impact) => set({ likelihood, impact })}
        />
      </fieldset>
      <TextArea
        label={t("findingForm.description")}
        name="description"
        rows={4}
        value={draft.description}
        error={mutation.error}
        onChange={(event) => set({ description: event.target.value })}
      />
      <EvidenceFields
        key={round}
        legend={finding ? t("findingForm.addEvidence") : t("findingForm.evidence")}
        value={evidence}
        onChange={(next) => {
          edited();
          setEvidence(next);
        }}
        error={mutation.error}
        onBusyChange={setUploading}
      />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={mutation.busy || uploading}>
          {finding ? t("findingForm.save") : t("findingForm.record")}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t("findingForm.cancelEditing")}
          </button>
        )}
      </div>
    </form>
  );
}
