import { SelectField, TextField } from "../../components/ui";
import type {
  SustainabilityInput,
  SustainabilityPanelFragment,
  Traceability,
} from "../../gql/graphql";

/** The five attributes as the API returns them (declared, verified or effective). */
export type SustainabilityValues = NonNullable<
  SustainabilityPanelFragment["declaredSustainability"]
>;

export const TRACEABILITY: { value: Traceability; label: string }[] = [
  { value: "NONE", label: "None" },
  { value: "TIER1", label: "Tier 1" },
  { value: "TO_ORIGIN", label: "To origin" },
];

/** The five attributes as form text, the way inputs hold them. */
export interface SustainabilityForm {
  renewable: string;
  verified: string;
  recycled: string;
  traceability: string;
  protectedArea: string;
}

export function sustainabilityForm(values: SustainabilityValues | null): SustainabilityForm {
  return {
    renewable: String(values?.renewableElectricityShare ?? 0),
    verified: String(values?.thirdPartyVerifiedMaterialShare ?? 0),
    recycled: String(values?.recycledContentShare ?? 0),
    traceability: values?.traceability ?? "NONE",
    protectedArea: values?.sourcesFromProtectedArea ? "true" : "false",
  };
}

export function sustainabilityInput(form: SustainabilityForm): SustainabilityInput {
  return {
    renewableElectricityShare: Number(form.renewable),
    thirdPartyVerifiedMaterialShare: Number(form.verified),
    recycledContentShare: Number(form.recycled),
    traceability: form.traceability as Traceability,
    sourcesFromProtectedArea: form.protectedArea === "true",
  };
}

/**
 * The five sustainability inputs, for a declaration (`sustainability.*` field paths) or a
 * verification (`input.*`, labels prefixed "Verified").
 */
export function SustainabilityFields({
  form,
  onChange,
  error,
  paths,
  labelPrefix = "",
}: {
  form: SustainabilityForm;
  onChange: (key: keyof SustainabilityForm, value: string) => void;
  error: unknown;
  paths: "sustainability" | "input";
  labelPrefix?: string;
}) {
  const label = (text: string) =>
    labelPrefix ? `${labelPrefix} ${text[0].toLowerCase()}${text.slice(1)}` : text;
  const share = (key: "renewable" | "verified" | "recycled", attribute: string, text: string) => (
    <TextField
      label={label(text)}
      name={`${paths}.${attribute}`}
      type="number"
      min={0}
      max={100}
      value={form[key]}
      onChange={(event) => onChange(key, event.target.value)}
      error={error}
    />
  );
  return (
    <div className="form-grid">
      {share("renewable", "renewableElectricityShare", "Renewable electricity share (%)")}
      {share(
        "verified",
        "thirdPartyVerifiedMaterialShare",
        "Third-party verified material share (%)",
      )}
      {share("recycled", "recycledContentShare", "Recycled content share (%)")}
      <SelectField
        label={label("Traceability")}
        name={`${paths}.traceability`}
        value={form.traceability}
        options={TRACEABILITY}
        onChange={(event) => onChange("traceability", event.target.value)}
        error={error}
      />
      <SelectField
        label={
          labelPrefix
            ? `${labelPrefix}: raw materials from a protected biodiversity area`
            : "Raw materials from a protected biodiversity area"
        }
        name={`${paths}.sourcesFromProtectedArea`}
        value={form.protectedArea}
        options={[
          { value: "false", label: "No" },
          { value: "true", label: "Yes" },
        ]}
        onChange={(event) => onChange("protectedArea", event.target.value)}
        error={error}
      />
    </div>
  );
}
