import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { TFunction } from "i18next";
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

const CHOICES: YesNoChoice[] = ["YES", "NO", "NOT_APPLICABLE"];

function answerText(item: Item, draft: Draft, t: TFunction<"saq">): string {
  if (!hasValue(item, draft)) return t("answer.notAnswered");
  switch (item.answerType) {
    case "YES_NO":
      return draft.choice ? t(`answer.choice.${draft.choice}`) : "";
    case "SCALE_0_4":
      return t("answer.scaleOf", { scale: draft.scale });
    case "NUMBER":
      return draft.number ?? "";
    case "TEXT":
      return draft.text ?? "";
  }
}

/** The whole answer as text for paper, where inputs and closed sections would hide parts. */
function PrintedAnswer({ item, draft }: { item: Item; draft: Draft }) {
  const { t } = useTranslation("saq");
  return (
    <dl className="print-answer" aria-hidden="true">
      <dt>{t("answer.printed.answer")}</dt>
      <dd>{answerText(item, draft, t)}</dd>
      {draft.comment.trim() !== "" && (
        <>
          <dt>{t("answer.printed.comment")}</dt>
          <dd>{draft.comment}</dd>
        </>
      )}
      <dt>{t("answer.printed.evidence")}</dt>
      <dd>
        {draft.evidence.length === 0
          ? t("answer.printed.none")
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
  const { t } = useTranslation("saq");
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
          <span className="code">{item.code}</span> {item.saqQuestion}
          {item.zeroTolerance && (
            <span className="badge badge-zero_tolerance">{t("answer.zeroTolerance")}</span>
          )}
          {item.evidenceRequired && (
            <span className="badge badge-evidence">{t("answer.evidenceRequired")}</span>
          )}
        </legend>
        {item.guidance && <p className="hint">{item.guidance}</p>}
        {problem && (
          <p className="field-error" role="alert">
            {item.code} {problem}
          </p>
        )}
        {item.answerType === "YES_NO" && (
          <div
            className="choices"
            role="radiogroup"
            aria-label={t("answer.answerTo", { code: item.code })}
          >
            {CHOICES.map((choice) => (
              <label key={choice} className="choice">
                <input
                  type="radio"
                  name={`${id}-choice`}
                  value={choice}
                  checked={draft.choice === choice}
                  onChange={() => update({ choice }, true)}
                />{" "}
                {t(`answer.choice.${choice}`)}
              </label>
            ))}
          </div>
        )}
        {item.answerType === "SCALE_0_4" && (
          <div
            className="choices"
            role="radiogroup"
            aria-label={t("answer.answerToScale", { code: item.code })}
          >
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
            label={t("answer.answerToNumber", { code: item.code })}
            type="number"
            step="any"
            value={draft.number ?? ""}
            onChange={(event) => update({ number: event.target.value }, false)}
            onBlur={() => onChange(draft, true)}
          />
        )}
        {item.answerType === "TEXT" && (
          <TextArea
            label={t("answer.answerTo", { code: item.code })}
            rows={3}
            value={draft.text ?? ""}
            onChange={(event) => update({ text: event.target.value }, false)}
            onBlur={() => onChange(draft, true)}
          />
        )}
        <PrintedAnswer item={item} draft={draft} />
        <details className="more" open={draft.comment !== "" || item.evidenceRequired}>
          <summary>{t("answer.commentAndEvidence")}</summary>
          <TextArea
            label={t("answer.commentOn", { code: item.code })}
            rows={2}
            value={draft.comment}
            onChange={(event) => update({ comment: event.target.value }, false)}
            onBlur={() => onChange(draft, true)}
          />
          <div className="evidence">
            <h4>{t("answer.evidenceReferences")}</h4>
            <EvidenceList
              evidence={draft.evidence}
              empty={t("answer.noEvidenceYet")}
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
                  labelSuffix={t("answer.evidenceSuffix", { code: item.code })}
                  onBusyChange={setUploading}
                />
                <button type="button" onClick={addEvidence} disabled={uploading || !piece?.title}>
                  {t("answer.addEvidence")}
                </button>
              </div>
            )}
          </div>
        </details>
      </fieldset>
    </li>
  );
}
