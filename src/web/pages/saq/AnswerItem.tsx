import { useId, useState } from "react";
import {
  EMPTY_EVIDENCE,
  EvidenceFields,
  evidenceInputOf,
  EvidenceList,
  type EvidenceDraft,
} from "../../components/documents";
import { TextArea, TextField } from "../../components/ui";
import type { YesNoChoice } from "../../gql/graphql";
import { hasValue, type Draft, type Item } from "./saq.types";

const CHOICES: { value: YesNoChoice; label: string }[] = [
  { value: "YES", label: "Yes" },
  { value: "NO", label: "No" },
  { value: "NOT_APPLICABLE", label: "Not applicable" },
];

function answerText(item: Item, draft: Draft): string {
  if (!hasValue(item, draft)) return "Not answered";
  switch (item.answerType) {
    case "YES_NO":
      return CHOICES.find((choice) => choice.value === draft.choice)?.label ?? "";
    case "SCALE_0_4":
      return `${draft.scale} of 4`;
    case "NUMBER":
      return draft.number ?? "";
    case "TEXT":
      return draft.text ?? "";
  }
}

/** The whole answer as text for paper, where inputs and closed sections would hide parts. */
function PrintedAnswer({ item, draft }: { item: Item; draft: Draft }) {
  return (
    <dl className="print-answer" aria-hidden="true">
      <dt>Answer</dt>
      <dd>{answerText(item, draft)}</dd>
      {draft.comment.trim() !== "" && (
        <>
          <dt>Comment</dt>
          <dd>{draft.comment}</dd>
        </>
      )}
      <dt>Evidence</dt>
      <dd>
        {draft.evidence.length === 0
          ? "None"
          : draft.evidence
              .map((e) => [e.title, e.document?.filename ?? e.url].filter(Boolean).join(": "))
              .join("; ")}
      </dd>
    </dl>
  );
}

/** One checklist item: its answer, comment and evidence references; saved as they change. */
export function AnswerItem({
  item,
  draft,
  editable,
  problem,
  onChange,
}: {
  item: Item;
  draft: Draft;
  editable: boolean;
  /** A submission or save problem for this item. */
  problem?: string;
  /** `save`: save now (choices) rather than on leaving the field. */
  onChange: (next: Draft, save: boolean) => void;
}) {
  const id = useId();
  const [evidence, setEvidence] = useState<EvidenceDraft>(EMPTY_EVIDENCE);
  const [uploading, setUploading] = useState(false);
  const piece = evidenceInputOf(evidence);
  const answered = hasValue(item, draft);
  const update = (patch: Partial<Draft>, save: boolean) => onChange({ ...draft, ...patch }, save);

  const addEvidence = () => {
    if (!piece?.title) return;
    update({ evidence: [...draft.evidence, { ...piece, document: evidence.document }] }, true);
    setEvidence(EMPTY_EVIDENCE);
  };

  return (
    <li
      className={`saq-item${answered ? " answered" : ""}${problem ? " invalid" : ""}`}
      id={`item-${item.code}`}
      data-code={item.code}
      data-type={item.answerType}
      data-evidence-required={item.evidenceRequired ? "true" : "false"}
    >
      <fieldset disabled={!editable}>
        <legend>
          <span className="code">{item.code}</span> {item.question}
          {item.zeroTolerance && <span className="badge badge-zero_tolerance">zero tolerance</span>}
          {item.evidenceRequired && <span className="badge badge-evidence">evidence required</span>}
        </legend>
        {item.guidance && <p className="hint">{item.guidance}</p>}
        {problem && (
          <p className="field-error" role="alert">
            {item.code} {problem}
          </p>
        )}
        {item.answerType === "YES_NO" && (
          <div className="choices" role="radiogroup" aria-label={`Answer to ${item.code}`}>
            {CHOICES.map((choice) => (
              <label key={choice.value} className="choice">
                <input
                  type="radio"
                  name={`${id}-choice`}
                  value={choice.value}
                  checked={draft.choice === choice.value}
                  onChange={() => update({ choice: choice.value }, true)}
                />{" "}
                {choice.label}
              </label>
            ))}
          </div>
        )}
        {item.answerType === "SCALE_0_4" && (
          <div className="choices" role="radiogroup" aria-label={`Answer to ${item.code} (0 to 4)`}>
            {[0, 1, 2, 3, 4].map((value) => (
              <label key={value} className="choice">
                <input
                  type="radio"
                  name={`${id}-scale`}
                  value={value}
                  checked={draft.scale === value}
                  onChange={() => update({ scale: value }, true)}
                />{" "}
                {value}
              </label>
            ))}
          </div>
        )}
        {item.answerType === "NUMBER" && (
          <TextField
            label={`Answer to ${item.code} (number)`}
            type="number"
            step="any"
            value={draft.number ?? ""}
            onChange={(event) => update({ number: event.target.value }, false)}
            onBlur={() => onChange(draft, true)}
          />
        )}
        {item.answerType === "TEXT" && (
          <TextArea
            label={`Answer to ${item.code}`}
            rows={3}
            value={draft.text ?? ""}
            onChange={(event) => update({ text: event.target.value }, false)}
            onBlur={() => onChange(draft, true)}
          />
        )}
        <PrintedAnswer item={item} draft={draft} />
        <details className="more" open={draft.comment !== "" || item.evidenceRequired}>
          <summary>Comment and evidence</summary>
          <TextArea
            label={`Comment on ${item.code}`}
            rows={2}
            value={draft.comment}
            onChange={(event) => update({ comment: event.target.value }, false)}
            onBlur={() => onChange(draft, true)}
          />
          <div className="evidence">
            <h4>Evidence references</h4>
            <EvidenceList
              evidence={draft.evidence}
              empty="None yet."
              onRemove={
                editable
                  ? (index) =>
                      update({ evidence: draft.evidence.filter((_, i) => i !== index) }, true)
                  : undefined
              }
            />
            {editable && (
              <div className="evidence-add">
                <EvidenceFields
                  value={evidence}
                  onChange={setEvidence}
                  labelSuffix={` for ${item.code}`}
                  onBusyChange={setUploading}
                />
                <button type="button" onClick={addEvidence} disabled={uploading || !piece?.title}>
                  Add evidence
                </button>
              </div>
            )}
          </div>
        </details>
      </fieldset>
    </li>
  );
}
