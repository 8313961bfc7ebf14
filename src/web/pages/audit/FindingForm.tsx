import { useState, type FormEvent } from "react";
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
import type { EsgArea, Severity } from "../../gql/graphql";
import type { Audit } from "./audit.types";

const RECORD_FINDING = graphql(`
  mutation RecordFinding($auditId: ID!, $input: FindingInput!) {
    recordFinding(auditId: $auditId, input: $input) {
      id
      riskScore
      riskLevel
    }
  }
`);
const SEVERITIES: Severity[] = ["ZERO_TOLERANCE", "MAJOR", "MINOR", "OBSERVATION"];

/** A finding on an audit in progress; likelihood and impact are picked on the risk matrix. */
export function FindingForm({ audit, onSaved }: { audit: Audit; onSaved: () => void }) {
  const [area, setArea] = useState<EsgArea>(AREAS[0]);
  const [itemId, setItemId] = useState("");
  const [severity, setSeverity] = useState<Severity>("MAJOR");
  const [likelihood, setLikelihood] = useState(3);
  const [impact, setImpact] = useState(3);
  const [description, setDescription] = useState("");
  const [evidence, setEvidence] = useState<EvidenceDraft>(EMPTY_EVIDENCE);
  const [done, setDone] = useState(false);
  const [uploading, setUploading] = useState(false);
  const record = useMutation(RECORD_FINDING);
  const items = audit.checklist.items.filter((item) => item.area === area);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    const piece = evidenceInputOf(evidence);
    const ok = await record.run({
      auditId: audit.id,
      input: {
        area,
        ...(itemId ? { itemId } : {}),
        severity,
        likelihood,
        impact,
        description,
        ...(piece ? { evidence: [piece] } : {}),
      },
    });
    if (ok) {
      setDescription("");
      setEvidence(EMPTY_EVIDENCE);
      setDone(true);
      onSaved();
    }
  };

  return (
    <form className="card" onSubmit={(event) => void submit(event)} noValidate>
      <h2>Record a finding</h2>
      {done && <Notice>Finding recorded.</Notice>}
      <ErrorMessage error={record.error} />
      <div className="form-grid">
        <SelectField
          label="Area"
          name="area"
          value={area}
          error={record.error}
          options={AREAS.map((value) => ({ value, label: areaLabel(value) }))}
          onChange={(event) => {
            setArea(event.target.value as EsgArea);
            setItemId("");
          }}
        />
        <SelectField
          label="Checklist item (optional)"
          name="itemId"
          value={itemId}
          error={record.error}
          options={[
            { value: "", label: "No specific item" },
            ...items.map((item) => ({
              value: item.id,
              label: `${item.code} ${item.question.slice(0, 60)}`,
            })),
          ]}
          onChange={(event) => setItemId(event.target.value)}
        />
        <SelectField
          label="Severity"
          name="severity"
          value={severity}
          error={record.error}
          options={SEVERITIES.map((value) => ({ value, label: value.replace("_", " ") }))}
          onChange={(event) => setSeverity(event.target.value as Severity)}
        />
      </div>
      <fieldset>
        <legend>Likelihood × impact</legend>
        <RiskMatrix
          likelihood={likelihood}
          impact={impact}
          onChange={(l, i) => {
            setLikelihood(l);
            setImpact(i);
          }}
        />
      </fieldset>
      <TextArea
        label="Description"
        name="description"
        rows={4}
        value={description}
        error={record.error}
        onChange={(event) => setDescription(event.target.value)}
      />
      <EvidenceFields
        legend="Evidence (optional): a URL or an uploaded file"
        value={evidence}
        onChange={setEvidence}
        error={record.error}
        onBusyChange={setUploading}
      />
      <button type="submit" className="primary" disabled={record.busy || uploading}>
        Record finding
      </button>
    </form>
  );
}
