import { useState } from "react";
import { useTranslation } from "react-i18next";
import { AREAS, areaLabel, SelectField, TextArea, TextField } from "../../components/ui";
import type { AnswerType, ChecklistItemInput, EsgArea } from "../../gql/graphql";
import {
  i18next,
  LOCALE_NAMES,
  WEB_LOCALES as LOCALES,
  type WebLocale as Locale,
} from "../../i18n";

export const ANSWER_TYPES: AnswerType[] = ["YES_NO", "SCALE_0_4", "NUMBER", "TEXT"];

export const answerTypeLabel = (type: AnswerType): string =>
  i18next.t(`checklist:answerType.${type}`);

/** What an item says in one language, as the form holds it. */
export interface TextRow {
  saqQuestion: string;
  auditQuestion: string;
  guidance: string;
}

const blankText = (): TextRow => ({ saqQuestion: "", auditQuestion: "", guidance: "" });

/** One checklist question as a form holds it (the weight as typed), with a text per language. */
export interface ItemRow {
  code: string;
  area: EsgArea;
  answerType: AnswerType;
  weight: string;
  zeroTolerance: boolean;
  evidenceRequired: boolean;
  texts: Record<Locale, TextRow>;
}

export const blankItem = (): ItemRow => ({
  code: "",
  area: AREAS[0] as EsgArea,
  answerType: "YES_NO",
  weight: "3",
  zeroTolerance: false,
  evidenceRequired: false,
  texts: { en: blankText(), "zh-CN": blankText() },
});

export function rowOf(item: {
  code: string;
  area: EsgArea;
  answerType: AnswerType;
  weight: number;
  zeroTolerance: boolean;
  evidenceRequired: boolean;
  texts: readonly ({ locale: string } & TextRow)[];
}): ItemRow {
  const texts = blankItem().texts;
  for (const { locale, saqQuestion, auditQuestion, guidance } of item.texts) {
    if (locale in texts) texts[locale as Locale] = { saqQuestion, auditQuestion, guidance };
  }
  return {
    code: item.code,
    area: item.area,
    answerType: item.answerType,
    weight: String(item.weight),
    zeroTolerance: item.zeroTolerance,
    evidenceRequired: item.evidenceRequired,
    texts,
  };
}

/**
 * Every language's text, in LOCALES order (the fields' names count on it): a language left
 * blank has no text. A supplier's wording left empty is the question as the auditor asks it.
 */
export function inputOf(row: ItemRow): ChecklistItemInput {
  return {
    code: row.code,
    area: row.area,
    answerType: row.answerType,
    weight: Number(row.weight),
    zeroTolerance: row.zeroTolerance,
    evidenceRequired: row.evidenceRequired,
    texts: LOCALES.map((locale) => {
      const text = row.texts[locale];
      return {
        locale,
        saqQuestion: text.saqQuestion.trim() || text.auditQuestion,
        auditQuestion: text.auditQuestion,
        guidance: text.guidance,
      };
    }),
  };
}

/**
 * The fields of one question. `prefix` names them as the API's field paths do (`items.2.` in
 * the create form, nothing in the editor, whose errors are `input.code`), so each error shows
 * under its own input; a language's text is `texts.<index in LOCALES>.`. One language's text
 * at a time, chosen by tab; a tab says when its text has a problem.
 */
export function ChecklistItemFields({
  row,
  prefix = "",
  error,
  onChange,
}: {
  row: ItemRow;
  prefix?: string;
  error: unknown;
  onChange: (change: Partial<ItemRow>) => void;
}) {
  const { t } = useTranslation("checklist");
  const [locale, setLocale] = useState<Locale>("en");
  const index = LOCALES.indexOf(locale);
  const text = row.texts[locale];
  const setText = (change: Partial<TextRow>) =>
    onChange({ texts: { ...row.texts, [locale]: { ...text, ...change } } });
  const textName = (field: keyof TextRow) => `${prefix}texts.${index}.${field}`;
  const hasProblem = (tab: Locale) =>
    fieldPaths(error).some((path) => path.includes(`${prefix}texts.${LOCALES.indexOf(tab)}.`));
  return (
    <>
      <div className="form-grid">
        <TextField
          label={t("item.code")}
          name={`${prefix}code`}
          value={row.code}
          error={error}
          hint={t("item.codeHint")}
          onChange={(e) => onChange({ code: e.target.value })}
        />
        <SelectField
          label={t("item.area")}
          name={`${prefix}area`}
          value={row.area}
          error={error}
          options={AREAS.map((value) => ({ value, label: areaLabel(value) }))}
          onChange={(e) => onChange({ area: e.target.value as EsgArea })}
        />
        <SelectField
          label={t("item.answerType")}
          name={`${prefix}answerType`}
          value={row.answerType}
          error={error}
          options={ANSWER_TYPES.map((value) => ({ value, label: answerTypeLabel(value) }))}
          onChange={(e) => onChange({ answerType: e.target.value as AnswerType })}
        />
        <TextField
          label={t("item.weight")}
          name={`${prefix}weight`}
          type="number"
          min={1}
          max={5}
          value={row.weight}
          error={error}
          hint={t("item.weightHint")}
          onChange={(e) => onChange({ weight: e.target.value })}
        />
      </div>
      <div className="button-row text-tabs" role="tablist" aria-label={t("item.textTabs")}>
        {LOCALES.map((tab) => (
          <button
            key={tab}
            type="button"
            role="tab"
            lang={tab}
            aria-selected={tab === locale}
            className={tab === locale ? "primary" : undefined}
            onClick={() => setLocale(tab)}
          >
            {LOCALE_NAMES[tab]}
            {hasProblem(tab) && <span className="sr-only"> {t("item.tabHasProblem")}</span>}
            {hasProblem(tab) && " !"}
          </button>
        ))}
      </div>
      <div role="tabpanel" lang={locale}>
        <TextArea
          key={`${locale}-audit`}
          label={t("item.auditQuestion")}
          name={textName("auditQuestion")}
          rows={2}
          value={text.auditQuestion}
          error={error}
          hint={t("item.auditQuestionHint")}
          onChange={(e) => setText({ auditQuestion: e.target.value })}
        />
        <TextArea
          key={`${locale}-saq`}
          label={t("item.saqQuestion")}
          name={textName("saqQuestion")}
          rows={2}
          value={text.saqQuestion}
          error={error}
          hint={t("item.saqQuestionHint")}
          onChange={(e) => setText({ saqQuestion: e.target.value })}
        />
        <TextArea
          key={`${locale}-guidance`}
          label={t("item.guidance")}
          name={textName("guidance")}
          rows={2}
          value={text.guidance}
          error={error}
          hint={t("item.guidanceHint")}
          onChange={(e) => setText({ guidance: e.target.value })}
        />
      </div>
      <div className="checks">
        <label>
          <input
            type="checkbox"
            checked={row.zeroTolerance}
            onChange={(e) => onChange({ zeroTolerance: e.target.checked })}
          />{" "}
          {t("item.zeroTolerance")}
        </label>
        <label>
          <input
            type="checkbox"
            checked={row.evidenceRequired}
            onChange={(e) => onChange({ evidenceRequired: e.target.checked })}
          />{" "}
          {t("item.evidenceRequired")}
        </label>
      </div>
    </>
  );
}

function fieldPaths(error: unknown): string[] {
  const fields = (error as { fields?: { path: string }[] } | null | undefined)?.fields;
  return Array.isArray(fields) ? fields.map((field) => field.path) : [];
}
