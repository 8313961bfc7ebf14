import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/client";
import { SelectField } from "../../components/ui";
import type { DeclarationFormListsQuery } from "../../gql/graphql";
import type { StatementRow } from "./declaration-form";

export type FormList = DeclarationFormListsQuery["regulatoryLists"][number];

const ANSWERS = [
  { value: "", key: "none" },
  { value: "yes", key: "yes" },
  { value: "no", key: "no" },
] as const satisfies readonly { value: StatementRow["answer"]; key: string }[];

const EMPTY: StatementRow = { answer: "", listVersion: null, exemptions: [] };

/** One exemption per code: renewals are further rows of the same code, the valid one wins. */
function exemptionCodes(list: FormList): { code: string; text: string; expired: boolean }[] {
  const byCode = new Map<string, { code: string; text: string; expired: boolean }>();
  for (const exemption of list.exemptions) {
    const known = byCode.get(exemption.code);
    if (!known || (known.expired && !exemption.expired)) byCode.set(exemption.code, exemption);
  }
  return [...byCode.values()];
}

/**
 * Class A: per regulatory list, the supplier's yes/no and the exemptions it claims. `sent`
 * holds the codes in the order they are sent, so `statements.N` errors find their list.
 */
export function StatementsFields({
  lists,
  categoryId,
  value,
  sent,
  error,
  onChange,
}: {
  lists: readonly FormList[];
  categoryId: string;
  value: Record<string, StatementRow>;
  sent: readonly string[];
  error: unknown;
  onChange: (next: Record<string, StatementRow>) => void;
}) {
  const { t } = useTranslation("declarations");
  const answers = ANSWERS.map(({ value, key }) => ({
    value,
    label: t(`statements.answers.${key}`),
  }));
  const messageFor = (code: string) => {
    const index = sent.indexOf(code);
    if (index < 0 || !(error instanceof ApiError)) return undefined;
    return [`statements.${index}`, `statements.${index}.list`, `statements.${index}.exemptions`]
      .map((path) => error.fieldMessage(path))
      .filter(Boolean)
      .join("; ");
  };
  const listProblem = error instanceof ApiError ? error.fieldMessage("statements") : undefined;
  return (
    <div data-testid="statements-fields">
      <h3>{t("statements.title")}</h3>
      {listProblem && (
        <p className="field-error" role="alert">
          {listProblem}
        </p>
      )}
      {lists.map((list) => {
        const statement = value[list.code] ?? EMPTY;
        const set = (next: Partial<StatementRow>) =>
          onChange({ ...value, [list.code]: { ...statement, ...next } });
        const applies =
          list.applicability.find((a) => a.category.id === categoryId)?.applies ??
          list.appliesByDefault;
        const message = messageFor(list.code);
        const exemptions = exemptionCodes(list);
        return (
          <fieldset key={list.code} data-testid={`statement-${list.code}`}>
            <legend>
              {list.name}
              {list.currentVersion && ` (${list.currentVersion.label})`}
            </legend>
            {!applies && <p className="muted">{t("statements.notApplicable")}</p>}
            {message && (
              <p className="field-error" role="alert">
                {message}
              </p>
            )}
            <SelectField
              label={t("statements.compliesWith", { list: list.code })}
              value={statement.answer}
              options={answers}
              onChange={(event) => set({ answer: event.target.value as StatementRow["answer"] })}
            />
            {statement.answer !== "" && exemptions.length > 0 && (
              <details open={statement.exemptions.length > 0}>
                <summary>
                  {t("statements.exemptionsClaimed", {
                    claimed: statement.exemptions.length,
                    total: exemptions.length,
                  })}
                </summary>
                <div className="checkbox-grid">
                  {exemptions.map((exemption) => (
                    <label key={exemption.code} className="checkbox" title={exemption.text}>
                      <input
                        type="checkbox"
                        checked={statement.exemptions.includes(exemption.code)}
                        onChange={(event) =>
                          set({
                            exemptions: event.target.checked
                              ? [...statement.exemptions, exemption.code]
                              : statement.exemptions.filter((code) => code !== exemption.code),
                          })
                        }
                      />
                      {exemption.code}
                      {exemption.expired && t("statements.expired")}
                    </label>
                  ))}
                </div>
              </details>
            )}
          </fieldset>
        );
      })}
    </div>
  );
}
