import { ApiError } from "../../api/client";
import { SelectField, TextField } from "../../components/ui";
import {
  EMPTY_SUBSTANCE,
  emptyMaterial,
  type AmountUnit,
  type MaterialRow,
  type SubstanceRow,
} from "./declaration-form";

const UNITS: { value: AmountUnit; label: string }[] = [
  { value: "ppm", label: "ppm (w/w in the material)" },
  { value: "mg", label: "mg" },
];

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
  const set = (key: keyof SubstanceRow) => (event: { target: { value: string } }) =>
    onChange({ ...value, [key]: event.target.value });
  return (
    <div className="form-grid substance-row" data-testid={path}>
      <RowProblem error={error} path={path} />
      <TextField
        label="CAS number"
        name={`${path}.cas`}
        value={value.cas}
        error={error}
        placeholder="117-81-7"
        onChange={set("cas")}
      />
      <TextField
        label="Substance name"
        name={`${path}.name`}
        value={value.name}
        error={error}
        onChange={set("name")}
      />
      <TextField
        label={value.unit === "ppm" ? "Concentration" : "Mass"}
        name={`${path}.${value.unit === "ppm" ? "ppm" : "massMg"}`}
        type="number"
        min={0}
        step="any"
        value={value.amount}
        error={error}
        onChange={set("amount")}
      />
      <SelectField
        label="Unit"
        name={`${path}.unit`}
        value={value.unit}
        options={UNITS}
        onChange={set("unit")}
      />
      {onRemove && (
        <div className="button-row">
          <button type="button" className="link-button" onClick={onRemove}>
            Remove substance
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
  const update = (index: number, next: MaterialRow) =>
    onChange(value.map((material, i) => (i === index ? next : material)));
  return (
    <div data-testid="materials-fields">
      <h3>Homogeneous materials</h3>
      <RowProblem error={error} path="materials" />
      {value.map((material, index) => {
        const path = `materials.${index}`;
        const set =
          (key: "name" | "massMg" | "exemptions") => (event: { target: { value: string } }) =>
            update(index, { ...material, [key]: event.target.value });
        const setSubstances = (substances: SubstanceRow[]) =>
          update(index, { ...material, substances });
        return (
          <fieldset key={index} data-testid={path}>
            <legend>
              Material {index + 1}
              {material.name && `: ${material.name}`}
            </legend>
            <RowProblem error={error} path={path} />
            <div className="form-grid">
              <TextField
                label="Material name"
                name={`${path}.name`}
                value={material.name}
                error={error}
                placeholder="Solder coating"
                onChange={set("name")}
              />
              <TextField
                label="Material mass (mg)"
                name={`${path}.massMg`}
                type="number"
                min={0}
                step="any"
                value={material.massMg}
                error={error}
                hint="Needed for per-article limits (REACH SVHC)"
                onChange={set("massMg")}
              />
              <TextField
                label="Exemptions claimed"
                name={`${path}.exemptions`}
                value={material.exemptions}
                error={error}
                hint="Codes, comma-separated: 6(c), 7(a)"
                onChange={set("exemptions")}
              />
            </div>
            <RowProblem error={error} path={`${path}.substances`} />
            {material.substances.map((substance, j) => (
              <SubstanceFields
                key={j}
                value={substance}
                path={`${path}.substances.${j}`}
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
                Add substance
              </button>
              {value.length > 1 && (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onChange(value.filter((_, i) => i !== index))}
                >
                  Remove material {index + 1}
                </button>
              )}
            </div>
          </fieldset>
        );
      })}
      <button type="button" onClick={() => onChange([...value, emptyMaterial()])}>
        Add material
      </button>
    </div>
  );
}
