import { AREAS, areaLabel, SelectField, TextArea, TextField } from "../../components/ui";
import type { AnswerType, ChecklistItemInput, EsgArea } from "../../gql/graphql";

export const ANSWER_TYPES: AnswerType[] = ["YES_NO", "SCALE_0_4", "NUMBER", "TEXT"];

const ANSWER_TYPE_LABELS: Record<AnswerType, string> = {
  YES_NO: "Yes / no",
  SCALE_0_4: "Scale 0 to 4",
  NUMBER: "Number",
  TEXT: "Text",
};

export const answerTypeLabel = (type: AnswerType): string => ANSWER_TYPE_LABELS[type];

/** One checklist question as a form holds it (the weight as typed). */
export interface ItemRow {
  code: string;
  area: EsgArea;
  question: string;
  guidance: string;
  answerType: AnswerType;
  weight: string;
  zeroTolerance: boolean;
  evidenceRequired: boolean;
}

export const blankItem = (): ItemRow => ({
  code: "",
  area: AREAS[0] as EsgArea,
  question: "",
  guidance: "",
  answerType: "YES_NO",
  weight: "3",
  zeroTolerance: false,
  evidenceRequired: false,
});

export function rowOf(item: Omit<ItemRow, "weight"> & { weight: number }): ItemRow {
  return { ...item, weight: String(item.weight) };
}

export function inputOf(row: ItemRow): ChecklistItemInput {
  return {
    code: row.code,
    area: row.area,
    question: row.question,
    guidance: row.guidance,
    answerType: row.answerType,
    weight: Number(row.weight),
    zeroTolerance: row.zeroTolerance,
    evidenceRequired: row.evidenceRequired,
  };
}

/**
 * The fields of one question. `prefix` names them as the API's field paths do (`items.2.` in
 * the create form, nothing in the editor, whose errors are `input.code`), so each error shows
 * under its own input.
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
  return (
    <>
      <div className="form-grid">
        <TextField
          label="Code"
          name={`${prefix}code`}
          value={row.code}
          error={error}
          hint="Unique in the checklist, e.g. CFL-03"
          onChange={(e) => onChange({ code: e.target.value })}
        />
        <SelectField
          label="Area"
          name={`${prefix}area`}
          value={row.area}
          error={error}
          options={AREAS.map((value) => ({ value, label: areaLabel(value) }))}
          onChange={(e) => onChange({ area: e.target.value as EsgArea })}
        />
        <SelectField
          label="Answer type"
          name={`${prefix}answerType`}
          value={row.answerType}
          error={error}
          options={ANSWER_TYPES.map((value) => ({ value, label: answerTypeLabel(value) }))}
          onChange={(e) => onChange({ answerType: e.target.value as AnswerType })}
        />
        <TextField
          label="Weight (1-5)"
          name={`${prefix}weight`}
          type="number"
          min={1}
          max={5}
          value={row.weight}
          error={error}
          hint="Higher for higher risk"
          onChange={(e) => onChange({ weight: e.target.value })}
        />
      </div>
      <TextArea
        label="Question"
        name={`${prefix}question`}
        rows={2}
        value={row.question}
        error={error}
        onChange={(e) => onChange({ question: e.target.value })}
      />
      <TextArea
        label="Guidance"
        name={`${prefix}guidance`}
        rows={2}
        value={row.guidance}
        error={error}
        hint="What counts as evidence, shown to the supplier and the auditor"
        onChange={(e) => onChange({ guidance: e.target.value })}
      />
      <div className="checks">
        <label>
          <input
            type="checkbox"
            checked={row.zeroTolerance}
            onChange={(e) => onChange({ zeroTolerance: e.target.checked })}
          />{" "}
          Zero tolerance (a non-conformance is a zero-tolerance breach)
        </label>
        <label>
          <input
            type="checkbox"
            checked={row.evidenceRequired}
            onChange={(e) => onChange({ evidenceRequired: e.target.checked })}
          />{" "}
          Evidence required
        </label>
      </div>
    </>
  );
}
