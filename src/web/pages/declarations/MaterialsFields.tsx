import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/client";
import { SelectField, TextField } from "../../components/ui";
import {
  EMPTY_SUBSTANCE,
  emptyMaterial,
  type AmountUnit,
  type MaterialRow,
  type SubstanceRow,
} from "./declaration-form";

const UNITS: readonly AmountUnit[] = ["ppm", "mg"];

/** The server's field paths (`materials.0.substances.1`): codes, never shown as words. */
const fieldPath = (...parts: (string | number)[]) => parts.join(".");
const MATERIALS = "materials";
const SUBSTANCES = "substances";

/** A problem with a whole row or list (`materials.0.substances.1`), shown above its fields. */
function RowProblem({ error, path }: { error: unknown; path: string }) {
  const message = error instanceof ApiError ? error.fieldMessage(path) : undefined;
  if (!message) return null;
  return (
    <p className="field-error" role="alert">
      {message}
    </p>
  );
}

function SubstanceFields({
  value,
  path,
  error,
  onChange,
  onRemove,
}: {
  value: SubstanceRow;
  path: string;
  error: unknown;
  onChange: (next: SubstanceRow) => void;
  onRemove?: () => void;
}) {
  const { t } = useTranslation("declarations");
  const set = (key: keyof SubstanceRow) => (event: { target: { value: string } }) =>
    onChange({ ...value, [key]: event.target.value });
  return (
    <div className="form-grid substance-row" data-testid={path}>
      <RowProblem error={error} path={path} />
      <TextField
        label={t("materials.substance.cas")}
        name={`${path}.cas`}
        value={value.cas}
        error={error}
        placeholder="117-81-7"
        onChange={set("cas")}
      />
      <TextField
        label={t("materials.substance.name")}
        name={`${path}.name`}
        value={value.name}
        error={error}
        onChange={set("name")}
      />
      <TextField
        label={
          value.unit === "ppm"
            ? t("materials.substance.concentration")
            : t("materials.substance.mass")
        }
        name={`${path}.${value.unit === "ppm" ? "ppm" : "massMg"}`}
        type="number"
        min={0}
        step="any"
        value={value.amount}
        error={error}
        onChange={set("amount")}
      />
      <SelectField
        label={t("materials.substance.unit")}
        name={`${path}.unit`}
        value={value.unit}
        options={UNITS.map((unit) => ({ value: unit, label: t(`materials.units.${unit}`) }))}
        onChange={set("unit")}
      />
      {onRemove && (
        <div className="button-row">
          <button type="button" className="link-button" onClick={onRemove}>
            {t("materials.substance.remove")}
          </button>
        </div>
      )}
    </div>
  );
}

/**
 * Class C/D: the part's homogeneous materials, each with its substances. Field names are the
 * server's paths without `input.`, so a bad CAS number shows on its own row.
 */
export function MaterialsFields({
  value,
  error,
  onChange,
}: {
  value: MaterialRow[];
  error: unknown;
  onChange: (next: MaterialRow[]) => void;
}) {
  const { t } = useTranslation("declarations");
  const update = (index: number, next: MaterialRow) =>
    onChange(value.map((material, i) => (i === index ? next : material)));
  return (
    <div data-testid="materials-fields">
      <h3>{t("materials.title")}</h3>
      <RowProblem error={error} path={MATERIALS} />
      {value.map((material, index) => {
        const path = fieldPath(MATERIALS, index);
        const set =
          (key: "name" | "massMg" | "exemptions") => (event: { target: { value: string } }) =>
            update(index, { ...material, [key]: event.target.value });
        const setSubstances = (substances: SubstanceRow[]) =>
          update(index, { ...material, substances });
        return (
          <fieldset key={index} data-testid={path}>
            <legend>
              {material.name
                ? t("materials.legendNamed", { number: index + 1, name: material.name })
                : t("materials.legend", { number: index + 1 })}
            </legend>
            <RowProblem error={error} path={path} />
            <div className="form-grid">
              <TextField
                label={t("materials.name")}
                name={`${path}.name`}
                value={material.name}
                error={error}
                placeholder={t("materials.namePlaceholder")}
                onChange={set("name")}
              />
              <TextField
                label={t("materials.mass")}
                name={`${path}.massMg`}
                type="number"
                min={0}
                step="any"
                value={material.massMg}
                error={error}
                hint={t("materials.massHint")}
                onChange={set("massMg")}
              />
              <TextField
                label={t("materials.exemptions")}
                name={`${path}.exemptions`}
                value={material.exemptions}
                error={error}
                hint={t("materials.exemptionsHint")}
                onChange={set("exemptions")}
              />
            </div>
            <RowProblem error={error} path={fieldPath(path, SUBSTANCES)} />
            {material.substances.map((substance, j) => (
              <SubstanceFields
                key={j}
                value={substance}
                path={fieldPath(path, SUBSTANCES, j)}
                error={error}
                onChange={(next) =>
                  setSubstances(material.substances.map((s, k) => (k === j ? next : s)))
                }
                onRemove={
                  material.substances.length > 1
                    ? () => setSubstances(material.substances.filter((_, k) => k !== j))
                    : undefined
                }
              />
            ))}
            <div className="button-row">
              <button
                type="button"
                onClick={() => setSubstances([...material.substances, { ...EMPTY_SUBSTANCE }])}
              >
                {t("materials.addSubstance")}
              </button>
              {value.length > 1 && (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onChange(value.filter((_, i) => i !== index))}
                >
                  {t("materials.remove", { number: index + 1 })}
                </button>
              )}
            </div>
          </fieldset>
        );
      })}
      <button type="button" onClick={() => onChange([...value, emptyMaterial()])}>
        {t("materials.add")}
      </button>
    </div>
  );
}
