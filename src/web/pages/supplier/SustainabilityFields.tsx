import { useTranslation } from "react-i18next";
import { SelectField, TextField } from "../../components/ui";
import type {
  SustainabilityInput,
  SustainabilityPanelFragment,
  Traceability,
} from "../../gql/graphql";
import { labelOf, TRACEABILITY_SHORT } from "../../labels";

/** The five attributes as the API returns them (declared, verified or effective). */
export type SustainabilityValues = NonNullable<
  SustainabilityPanelFragment["declaredSustainability"]
>;

export const TRACEABILITY: readonly Traceability[] = ["NONE", "TIER1", "TO_ORIGIN"];

/** The traceability levels with their short words, in the interface's language. */
export const traceabilityOptions = () =>
  TRACEABILITY.map((value) => ({ value, label: labelOf(TRACEABILITY_SHORT, value) }));

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
 * verification (`input.*`, labels saying "Verified").
 */
export function SustainabilityFields({
  form,
  onChange,
  error,
  paths,
  verified = false,
}: {
  form: SustainabilityForm;
  onChange: (key: keyof SustainabilityForm, value: string) => void;
  error: unknown;
  paths: "sustainability" | "input";
  verified?: boolean;
}) {
  const { t } = useTranslation("supplier");
  const words = verified ? "verifiedFields" : "declaredFields";
  const share = (key: "renewable" | "verified" | "recycled", attribute: string) => (
    <TextField
      key={key}
      label={t(`sustainabilityFields.${words}.${key}`)}
      name={`${paths}.${attribute}`}
      type="number"
      min={0}
      max={100}
      value={form[key]}
      onChange={(event) => onChange(key, event.target.value)}
      error={error}
    />
  );
  const shares = [
    share("renewable", "renewableElectricityShare"),
    share("verified", "thirdPartyVerifiedMaterialShare"),
    share("recycled", "recycledContentShare"),
  ];
  const noYes = [
    { value: "false", label: t("sustainabilityFields.no") },
    { value: "true", label: t("sustainabilityFields.yes") },
  ];
  const onTraceability = (event: { target: { value: string } }) =>
    onChange("traceability", event.target.value);
  const onProtectedArea = (event: { target: { value: string } }) =>
    onChange("protectedArea", event.target.value);
  return (
    <div className="form-grid">
      {shares}
      <SelectField
        label={t(`sustainabilityFields.${words}.traceability`)}
        name={`${paths}.traceability`}
        value={form.traceability}
        options={traceabilityOptions()}
        onChange={onTraceability}
        error={error}
      />
      <SelectField
        label={t(`sustainabilityFields.${words}.protectedArea`)}
        name={`${paths}.sourcesFromProtectedArea`}
        value={form.protectedArea}
        options={noYes}
        onChange={onProtectedArea}
        error={error}
      />
    </div>
  );
}
