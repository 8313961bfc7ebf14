import { useState, type FormEvent } from "react";
import { useMutation } from "../../api/hooks";
import {
  EMPTY_EVIDENCE,
  EvidenceFields,
  evidenceInputOf,
  EvidenceList,
} from "../../components/documents";
import { Badge, ErrorMessage, formatDate, Notice, TextArea } from "../../components/ui";
import { labelOf } from "../../labels";
import { graphql } from "../../gql";
import type { SustainabilityPanelFragment } from "../../gql/graphql";
import {
  SustainabilityFields,
  sustainabilityForm,
  sustainabilityInput,
  TRACEABILITY,
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

const ROWS: { attribute: Attribute; label: string }[] = [
  { attribute: "renewableElectricityShare", label: "Renewable electricity" },
  { attribute: "thirdPartyVerifiedMaterialShare", label: "Third-party verified material" },
  { attribute: "recycledContentShare", label: "Recycled content" },
  { attribute: "traceability", label: "Traceability" },
  { attribute: "sourcesFromProtectedArea", label: "From a protected biodiversity area" },
];

function show(values: SustainabilityValues | null, attribute: Attribute): string {
  if (!values) return "—";
  const value = values[attribute];
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (typeof value === "number") return `${Math.round(value * 100) / 100} %`;
  return TRACEABILITY.find((t) => t.value === value)?.label ?? value;
}

const BASIS_LABELS: Record<string, string> = {
  VERIFIED: "Verified",
  DECLARED: "Declared",
  NONE: "None",
};

const BASIS_WORDS: Record<string, string> = {
  VERIFIED: "verified",
  DECLARED: "self-declared, not verified",
  NONE: "nothing declared",
};

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
  return (
    <div className="card" data-testid="sustainability-panel">
      <h2>Sustainability: declared and verified</h2>
      <p className="muted">
        {supplier.sustainabilityVerified
          ? `Verified ${formatDate(supplier.sustainabilityVerifiedAt)}, valid until ${formatDate(supplier.sustainabilityVerifiedUntil)}.`
          : lapsed
            ? `The last verification (${formatDate(supplier.sustainabilityVerifiedAt)}) lapsed on ${formatDate(supplier.sustainabilityVerifiedUntil)}: the declaration counts, discounted.`
            : "Not verified: the supplier's declaration counts at half (traceability one level lower)."}
      </p>
      <div className="table-wrap">
        <table className="table compact">
          <caption className="sr-only">
            Declared, verified and effective sustainability values
          </caption>
          <thead>
            <tr>
              <th scope="col">Attribute</th>
              <th scope="col">Declared</th>
              <th scope="col">Verified</th>
              <th scope="col">Counts in ranking</th>
              <th scope="col">Basis</th>
            </tr>
          </thead>
          <tbody>
            {ROWS.map(({ attribute, label }) => (
              <tr key={attribute} data-attribute={attribute}>
                <th scope="row">{label}</th>
                <td>{show(supplier.declaredSustainability, attribute)}</td>
                <td>{show(supplier.verifiedSustainability, attribute)}</td>
                <td>
                  <strong>{show(supplier.sustainability, attribute)}</strong>
                </td>
                <td>
                  <Badge
                    value={labelOf(BASIS_LABELS, basis.get(attribute) ?? "NONE")}
                    kind={basis.get(attribute) ?? "NONE"}
                  />{" "}
                  <span className="muted">{BASIS_WORDS[basis.get(attribute) ?? "NONE"]}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {supplier.sustainabilityVerifications.length > 0 && (
        <details>
          <summary>Verification history ({supplier.sustainabilityVerifications.length})</summary>
          <ul className="history">
            {supplier.sustainabilityVerifications.map((v) => (
              <li key={v.id}>
                {formatDate(v.verifiedAt)} by {v.verifiedBy.name} (valid until{" "}
                {formatDate(v.validUntil)}): renewable {v.renewableElectricityShare} %, verified
                material {v.thirdPartyVerifiedMaterialShare} %, recycled {v.recycledContentShare} %,
                traceability {v.traceability}, protected area{" "}
                {v.sourcesFromProtectedArea ? "yes" : "no"}
                {v.note && <div className="muted">{v.note}</div>}
                <div>
                  Evidence: <EvidenceList evidence={v.evidence} />
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
    <form onSubmit={(event) => void submit(event)} noValidate aria-label="Verify sustainability">
      <h3>Verify with evidence</h3>
      <p className="hint">
        State the values you checked. The verification counts for 24 months; a &quot;No&quot; on
        protected areas is the only way to lift a protected-area block.
      </p>
      <ErrorMessage error={error} />
      {done && <Notice>Verification recorded.</Notice>}
      <SustainabilityFields
        form={form.values}
        onChange={(key, value) =>
          setForm((current) => ({ ...current, values: { ...current.values, [key]: value } }))
        }
        error={error}
        paths="input"
        labelPrefix="Verified"
      />
      <EvidenceFields
        value={form.evidence}
        onChange={(evidence) => setForm((current) => ({ ...current, evidence }))}
        error={error}
        titleHint="For example: Guarantees of origin 2026"
        onBusyChange={setUploading}
      />
      <TextArea
        label="Note"
        name="note"
        value={form.note}
        onChange={(event) => setForm((current) => ({ ...current, note: event.target.value }))}
        error={error}
      />
      <button type="submit" className="primary" disabled={verify.busy || uploading}>
        {verify.busy ? "Recording…" : "Record verification"}
      </button>
    </form>
  );
}
