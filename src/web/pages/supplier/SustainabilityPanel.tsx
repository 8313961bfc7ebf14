import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "../../api/hooks";
import {
  EMPTY_EVIDENCE,
  EvidenceFields,
  evidenceInputOf,
  EvidenceList,
} from "../../components/documents";
import { Badge, ErrorMessage, formatDate, Notice, TextArea } from "../../components/ui";
import { labelOf, TRACEABILITY_SHORT } from "../../labels";
import { i18next } from "../../i18n";
import { graphql } from "../../gql";
import type { SustainabilityPanelFragment } from "../../gql/graphql";
import {
  SustainabilityFields,
  sustainabilityForm,
  sustainabilityInput,
  type SustainabilityValues,
} from "./SustainabilityFields";

export type SustainabilityData = SustainabilityPanelFragment;

/** The fields the supplier page asks for; kept beside the panel that shows them. */
graphql(`
  fragment SustainabilityPanel on Supplier {
    id
    sustainability {
      renewableElectricityShare
      thirdPartyVerifiedMaterialShare
      recycledContentShare
      traceability
      sourcesFromProtectedArea
      basis {
        attribute
        basis
      }
    }
    declaredSustainability {
      renewableElectricityShare
      thirdPartyVerifiedMaterialShare
      recycledContentShare
      traceability
      sourcesFromProtectedArea
    }
    verifiedSustainability {
      renewableElectricityShare
      thirdPartyVerifiedMaterialShare
      recycledContentShare
      traceability
      sourcesFromProtectedArea
    }
    sustainabilityVerified
    sustainabilityVerifiedAt
    sustainabilityVerifiedUntil
    sustainabilityVerifications {
      id
      verifiedAt
      validUntil
      note
      renewableElectricityShare
      thirdPartyVerifiedMaterialShare
      recycledContentShare
      traceability
      sourcesFromProtectedArea
      evidence {
        title
        url
        documentId
        sha256
        document {
          id
          filename
          size
          downloadUrl
        }
      }
      verifiedBy {
        name
      }
    }
  }
`);

const VERIFY = graphql(`
  mutation VerifySustainability(
    $id: ID!
    $input: SustainabilityInput!
    $evidence: [EvidenceInput!]!
    $note: String
  ) {
    verifySustainability(supplierId: $id, input: $input, evidence: $evidence, note: $note) {
      id
      status
    }
  }
`);

type Attribute = keyof SustainabilityValues;

const ROWS: readonly Attribute[] = [
  "renewableElectricityShare",
  "thirdPartyVerifiedMaterialShare",
  "recycledContentShare",
  "traceability",
  "sourcesFromProtectedArea",
];

const tr = i18next.getFixedT(null, "supplier");

function show(values: SustainabilityValues | null, attribute: Attribute): string {
  if (!values) return "—";
  const value = values[attribute];
  if (typeof value === "boolean") return value ? tr("sustainability.yes") : tr("sustainability.no");
  if (typeof value === "number") {
    return tr("sustainability.percent", { value: Math.round(value * 100) / 100 });
  }
  return labelOf(TRACEABILITY_SHORT, value);
}

const BASES = ["VERIFIED", "DECLARED", "NONE"] as const;
type Basis = (typeof BASES)[number];
const basisOf = (value: string | undefined): Basis =>
  BASES.includes(value as Basis) ? (value as Basis) : "NONE";

/**
 * Declared, verified and effective values side by side, so nobody mistakes the supplier's own
 * word for a checked fact; auditors and admins verify from here.
 */
export function SustainabilityPanel({
  supplier,
  canVerify,
  onVerified,
}: {
  supplier: SustainabilityData;
  canVerify: boolean;
  onVerified: () => void;
}) {
  const basis = new Map(supplier.sustainability.basis.map((b) => [b.attribute, b.basis]));
  const lapsed = supplier.verifiedSustainability && !supplier.sustainabilityVerified;
  const { t } = useTranslation("supplier");
  const dates = {
    at: formatDate(supplier.sustainabilityVerifiedAt),
    until: formatDate(supplier.sustainabilityVerifiedUntil),
  };
  return (
    <div className="card" data-testid="sustainability-panel">
      <h2>{t("sustainability.title")}</h2>
      <p className="muted">
        {supplier.sustainabilityVerified
          ? t("sustainability.verifiedUntil", dates)
          : lapsed
            ? t("sustainability.lapsed", dates)
            : t("sustainability.notVerified")}
      </p>
      <div className="table-wrap">
        <table className="table compact">
          <caption className="sr-only">{t("sustainability.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("sustainability.column.attribute")}</th>
              <th scope="col">{t("sustainability.column.declared")}</th>
              <th scope="col">{t("sustainability.column.verified")}</th>
              <th scope="col">{t("sustainability.column.counts")}</th>
              <th scope="col">{t("sustainability.column.basis")}</th>
            </tr>
          </thead>
          <tbody>
            {ROWS.map((attribute) => (
              <tr key={attribute} data-attribute={attribute}>
                <th scope="row">{t(`sustainability.attribute.${attribute}`)}</th>
                <td>{show(supplier.declaredSustainability, attribute)}</td>
                <td>{show(supplier.verifiedSustainability, attribute)}</td>
                <td>
                  <strong>{show(supplier.sustainability, attribute)}</strong>
                </td>
                <td>
                  <Badge
                    value={t(`sustainability.basis.${basisOf(basis.get(attribute))}`)}
                    kind={basis.get(attribute) ?? "NONE"}
                  />{" "}
                  <span className="muted">
                    {t(`sustainability.basisWords.${basisOf(basis.get(attribute))}`)}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {supplier.sustainabilityVerifications.length > 0 && (
        <details>
          <summary>
            {t("sustainability.history.title", {
              count: supplier.sustainabilityVerifications.length,
            })}
          </summary>
          <ul className="history">
            {supplier.sustainabilityVerifications.map((v) => (
              <li key={v.id}>
                {t("sustainability.history.line", {
                  date: formatDate(v.verifiedAt),
                  name: v.verifiedBy.name,
                  until: formatDate(v.validUntil),
                  renewable: v.renewableElectricityShare,
                  material: v.thirdPartyVerifiedMaterialShare,
                  recycled: v.recycledContentShare,
                  traceability: t(`sustainability.history.traceability.${v.traceability}`),
                  protectedArea: v.sourcesFromProtectedArea
                    ? t("sustainability.history.yes")
                    : t("sustainability.history.no"),
                })}
                {v.note && <div className="muted">{v.note}</div>}
                <div>
                  {t("sustainability.history.evidence")} <EvidenceList evidence={v.evidence} />
                </div>
              </li>
            ))}
          </ul>
        </details>
      )}
      {canVerify && <VerifyForm supplier={supplier} onVerified={onVerified} />}
    </div>
  );
}

function VerifyForm({
  supplier,
  onVerified,
}: {
  supplier: SustainabilityData;
  onVerified: () => void;
}) {
  const start = supplier.verifiedSustainability ?? supplier.declaredSustainability;
  const initial = () => ({
    values: sustainabilityForm(start),
    evidence: EMPTY_EVIDENCE,
    note: "",
  });
  const [form, setForm] = useState(initial);
  const [done, setDone] = useState(false);
  const [uploading, setUploading] = useState(false);
  const verify = useMutation(VERIFY);
  const { t } = useTranslation("supplier");

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    const piece = evidenceInputOf(form.evidence);
    const result = await verify.run({
      id: supplier.id,
      input: sustainabilityInput(form.values),
      evidence: piece ? [piece] : [],
      note: form.note.trim() || null,
    });
    if (result) {
      setForm(initial());
      setDone(true);
      onVerified();
    }
  };

  const error = verify.error;
  return (
    <form
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label={t("sustainability.verify.formLabel")}
    >
      <h3>{t("sustainability.verify.title")}</h3>
      <p className="hint">{t("sustainability.verify.hint")}</p>
      <ErrorMessage error={error} />
      {done && <Notice>{t("sustainability.verify.recorded")}</Notice>}
      <SustainabilityFields
        form={form.values}
        onChange={(key, value) =>
          setForm((current) => ({ ...current, values: { ...current.values, [key]: value } }))
        }
        error={error}
        paths="input"
        verified
      />
      <EvidenceFields
        value={form.evidence}
        onChange={(evidence) => setForm((current) => ({ ...current, evidence }))}
        error={error}
        titleHint={t("sustainability.verify.titleHint")}
        onBusyChange={setUploading}
      />
      <TextArea
        label={t("sustainability.verify.note")}
        name="note"
        value={form.note}
        onChange={(event) => setForm((current) => ({ ...current, note: event.target.value }))}
        error={error}
      />
      <button type="submit" className="primary" disabled={verify.busy || uploading}>
        {verify.busy ? t("sustainability.verify.recording") : t("sustainability.verify.record")}
      </button>
    </form>
  );
}
