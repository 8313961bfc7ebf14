import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmDialog } from "./Dialog";
import { useMutation } from "../../api/hooks";
import { AREAS, areaLabel, ErrorMessage, Notice } from "../../components/ui";
import { graphql } from "../../gql";
import type { ItemResult } from "../../gql/graphql";
import type { Audit } from "./audit.types";

const RECORD = graphql(`
  mutation RecordItemResults($auditId: ID!, $results: [ItemResultInput!]!) {
    recordItemResults(auditId: $auditId, results: $results) {
      id
    }
  }
`);
const RESULTS: ItemResult[] = ["CONFORMS", "PARTIAL", "NONCONFORMS", "NOT_APPLICABLE"];

/** Results per checklist item, grouped by area; unsaved changes are saved together. */
export function ResultsForm({ audit, onSaved }: { audit: Audit; onSaved: () => void }) {
  const { t } = useTranslation("audit");
  const initial = useMemo(
    () =>
      Object.fromEntries(
        audit.results.map((row) => [row.item.id, { result: row.result, note: row.note ?? "" }]),
      ),
    [audit.results],
  );
  const [values, setValues] =
    useState<Record<string, { result: ItemResult; note: string }>>(initial);
  const [saved, setSaved] = useState(false);
  const record = useMutation(RECORD);
  const items = [...audit.checklist.items].sort((a, b) => a.order - b.order);
  const changed = items.filter((item) => {
    const now = values[item.id];
    const before = initial[item.id];
    return now && (!before || before.result !== now.result || before.note !== now.note);
  });
  const recorded = items.filter((item) => values[item.id]).length;
  const [confirming, setConfirming] = useState(false);
  const markAll = () => {
    setValues((current) => {
      const next = { ...current };
      for (const item of items) next[item.id] ??= { result: "CONFORMS", note: "" };
      return next;
    });
    setConfirming(false);
  };

  const save = async () => {
    setSaved(false);
    const ok = await record.run({
      auditId: audit.id,
      results: changed.map((item) => ({
        itemId: item.id,
        result: values[item.id].result,
        ...(values[item.id].note ? { note: values[item.id].note } : {}),
      })),
    });
    if (ok) {
      setSaved(true);
      onSaved();
    }
  };

  return (
    <div className="card">
      <h2>{t("results.title")}</h2>
      <p>{t("results.progress", { recorded, total: items.length, changed: changed.length })}</p>
      <button
        type="button"
        disabled={recorded === items.length}
        onClick={() => setConfirming(true)}
      >
        {t("results.markAll")}
      </button>
      <ConfirmDialog
        open={confirming}
        title={t("results.markAllTitle")}
        confirmLabel={t("results.markAllConfirm", { n: items.length - recorded })}
        onConfirm={markAll}
        onClose={() => setConfirming(false)}
      >
        <p>{t("results.markAllExplain", { n: items.length - recorded, total: items.length })}</p>
        <p>{t("results.markAllWarning")}</p>
      </ConfirmDialog>
      {AREAS.map((area) => {
        const inArea = items.filter((item) => item.area === area);
        if (inArea.length === 0) return null;
        return (
          <section key={area} className="result-area" aria-labelledby={`ra-${area}`}>
            <h3 id={`ra-${area}`}>{areaLabel(area)}</h3>
            <ol className="result-items">
              {inArea.map((item) => (
                <li key={item.id} data-code={item.code}>
                  <fieldset>
                    <legend>
                      <span className="code">{item.code}</span> {item.question}
                      {item.zeroTolerance && (
                        <span className="badge badge-zero_tolerance">{t("zeroTolerance")}</span>
                      )}
                    </legend>
                    {item.guidance && <p className="hint">{item.guidance}</p>}
                    <div className="choices">
                      {RESULTS.map((option) => (
                        <label key={option} className="choice">
                          <input
                            type="radio"
                            name={`result-${item.id}`}
                            value={option}
                            checked={values[item.id]?.result === option}
                            onChange={() =>
                              setValues((current) => ({
                                ...current,
                                [item.id]: {
                                  note: current[item.id]?.note ?? "",
                                  result: option,
                                },
                              }))
                            }
                          />{" "}
                          {t(`result.${option}`)}
                        </label>
                      ))}
                    </div>
                    <label className="note">
                      <span className="sr-only">{t("results.noteOn", { code: item.code })}</span>
                      <input
                        type="text"
                        placeholder={t("results.notePlaceholder")}
                        value={values[item.id]?.note ?? ""}
                        disabled={!values[item.id]}
                        onChange={(event) =>
                          setValues((current) => ({
                            ...current,
                            [item.id]: { ...current[item.id], note: event.target.value },
                          }))
                        }
                      />
                    </label>
                  </fieldset>
                </li>
              ))}
            </ol>
          </section>
        );
      })}
      <ErrorMessage error={record.error} />
      {saved && changed.length === 0 && <Notice>{t("results.saved")}</Notice>}
      <div className="sticky-actions">
        <button
          type="button"
          className="primary"
          disabled={record.busy || changed.length === 0}
          onClick={() => void save()}
        >
          {t("results.save", { n: changed.length })}
        </button>
      </div>
    </div>
  );
}
