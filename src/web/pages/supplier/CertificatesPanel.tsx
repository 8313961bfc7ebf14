import { HistoryLink } from "../../components/HistoryLink";
import { useState, type FormEvent } from "react";
import { ApiError } from "../../api/client";
import { useMutation } from "../../api/hooks";
import { formatBytes, type UploadedDocument } from "../../api/upload";
import { DocumentLink, DocumentUpload } from "../../components/documents";
import {
  Badge,
  Empty,
  ErrorMessage,
  formatDate,
  Notice,
  SelectField,
  TextField,
} from "../../components/ui";
import { graphql } from "../../gql";
import type { CertificatesPanelFragment, CertificateType } from "../../gql/graphql";

graphql(`
  fragment CertificatesPanel on Supplier {
    id
    certificates {
      id
      kind
      type
      issuer
      number
      validFrom
      validUntil
      expired
      expiresSoon
      verified
      verifiedAt
      verifiedBy {
        name
      }
      verificationNote
      addedAt
      addedBy {
        name
      }
      document {
        id
        filename
        size
        downloadUrl
      }
    }
  }
`);

const ADD = graphql(`
  mutation AddCertificate($supplierId: ID!, $input: CertificateInput!) {
    addCertificate(supplierId: $supplierId, input: $input) {
      id
    }
  }
`);
const VERIFY = graphql(`
  mutation VerifyCertificate($id: ID!, $note: String) {
    verifyCertificate(id: $id, note: $note) {
      id
      verified
    }
  }
`);

type Certificate = CertificatesPanelFragment["certificates"][number];

const KINDS: { value: CertificateType; label: string }[] = [
  { value: "ISO_14001", label: "ISO 14001 (environment)" },
  { value: "ISO_45001", label: "ISO 45001 (health & safety)" },
  { value: "ISO_9001", label: "ISO 9001 (quality)" },
  { value: "ISO_50001", label: "ISO 50001 (energy)" },
  { value: "SA8000", label: "SA8000 (social accountability)" },
  { value: "SSI", label: "SSI (Solar Stewardship Initiative)" },
  { value: "OTHER", label: "Other standard" },
];

function typeLabel(certificate: Certificate): string {
  return certificate.kind === "OTHER" ? certificate.type : certificate.type.replace(/_/g, " ");
}

function ExpiryBadge({ certificate }: { certificate: Certificate }) {
  if (certificate.expired) return <Badge value="EXPIRED" kind="expired" />;
  if (certificate.expiresSoon) return <Badge value="EXPIRES SOON" kind="expires_soon" />;
  return <Badge value="VALID" kind="valid" />;
}

function VerifyForm({ certificate, onDone }: { certificate: Certificate; onDone: () => void }) {
  const [note, setNote] = useState("");
  const verify = useMutation(VERIFY);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await verify.run({ id: certificate.id, note: note.trim() || null })) onDone();
  };
  return (
    <form
      className="inline-form"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label={`Verify ${typeLabel(certificate)}`}
    >
      <TextField
        label="Verification note (optional)"
        name="note"
        value={note}
        error={verify.error}
        onChange={(event) => setNote(event.target.value)}
      />
      <button type="submit" className="primary" disabled={verify.busy}>
        Verify
      </button>
      <ErrorMessage error={verify.error} />
    </form>
  );
}

const day = (value: string, end: boolean) =>
  new Date(`${value}T${end ? "23:59:59.999" : "00:00:00.000"}Z`).toISOString();

function AddForm({ supplierId, onAdded }: { supplierId: string; onAdded: () => void }) {
  const initial = {
    kind: "ISO_14001" as CertificateType,
    otherType: "",
    issuer: "",
    number: "",
    validFrom: "",
    validUntil: "",
  };
  const [form, setForm] = useState(initial);
  const [scan, setScan] = useState<UploadedDocument | null>(null);
  const [done, setDone] = useState(false);
  const [missingDate, setMissingDate] = useState(false);
  const [uploading, setUploading] = useState(false);
  const add = useMutation(ADD);
  const set = (key: keyof typeof initial) => (event: { target: { value: string } }) =>
    setForm((current) => ({ ...current, [key]: event.target.value }));
  const error = missingDate
    ? new ApiError("Valid until is required", "BAD_USER_INPUT", [
        { path: "validUntil", message: "Choose the date the certificate ends" },
      ])
    : add.error;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    setMissingDate(!form.validUntil);
    if (!form.validUntil) return;
    const result = await add.run({
      supplierId,
      input: {
        kind: form.kind,
        ...(form.kind === "OTHER" ? { otherType: form.otherType } : {}),
        issuer: form.issuer,
        ...(form.number.trim() ? { number: form.number.trim() } : {}),
        ...(form.validFrom ? { validFrom: day(form.validFrom, false) } : {}),
        validUntil: day(form.validUntil, true),
        ...(scan ? { documentId: scan.id } : {}),
      },
    });
    if (result) {
      setForm(initial);
      setScan(null);
      setDone(true);
      onAdded();
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label="Add a certificate">
      <h3>Add a certificate</h3>
      {done && <Notice>Certificate added.</Notice>}
      <ErrorMessage error={error} />
      <div className="form-grid">
        <SelectField
          label="Standard"
          name="kind"
          value={form.kind}
          error={error}
          options={KINDS}
          onChange={set("kind")}
        />
        {form.kind === "OTHER" && (
          <TextField
            label="Name of the standard"
            name="otherType"
            value={form.otherType}
            error={error}
            hint="For example: IATF 16949"
            onChange={set("otherType")}
          />
        )}
        <TextField
          label="Issuer (certification body)"
          name="issuer"
          value={form.issuer}
          error={error}
          onChange={set("issuer")}
        />
        <TextField
          label="Certificate number (optional)"
          name="number"
          value={form.number}
          error={error}
          onChange={set("number")}
        />
        <TextField
          label="Valid from (optional)"
          name="validFrom"
          type="date"
          value={form.validFrom}
          error={error}
          onChange={set("validFrom")}
        />
        <TextField
          label="Valid until"
          name="validUntil"
          type="date"
          value={form.validUntil}
          error={error}
          onChange={set("validUntil")}
        />
      </div>
      {scan ? (
        <p className="uploaded" role="status">
          Scan uploaded: <span className="document-name">{scan.filename}</span>{" "}
          <span className="muted">({formatBytes(scan.size)})</span>{" "}
          <button type="button" className="link-button" onClick={() => setScan(null)}>
            Choose another file
          </button>
        </p>
      ) : (
        <DocumentUpload
          label="Certificate scan (optional)"
          title={form.issuer ? `${form.kind} certificate, ${form.issuer}` : undefined}
          message={error instanceof ApiError ? error.fieldMessage("documentId") : undefined}
          onUploaded={setScan}
          onBusyChange={setUploading}
        />
      )}
      <button type="submit" className="primary" disabled={add.busy || uploading}>
        {add.busy ? "Adding…" : "Add certificate"}
      </button>
    </form>
  );
}

/**
 * The supplier's certificates with their validity and verification; the supplier adds its
 * own and staff add any, auditors and admins verify.
 */
export function CertificatesPanel({
  supplier,
  canAdd,
  canVerify,
  onChange,
}: {
  supplier: CertificatesPanelFragment;
  canAdd: boolean;
  canVerify: boolean;
  onChange: () => void;
}) {
  return (
    <div className="card" data-testid="certificates-panel">
      <h2>Certificates</h2>
      {supplier.certificates.length === 0 ? (
        <Empty>No certificates recorded.</Empty>
      ) : (
        <ul className="certificates">
          {supplier.certificates.map((certificate) => (
            <li
              key={certificate.id}
              className="certificate"
              data-certificate-id={certificate.id}
              data-kind={certificate.kind}
            >
              <h3>
                {typeLabel(certificate)} <ExpiryBadge certificate={certificate} />{" "}
                {certificate.verified ? (
                  <Badge value="VERIFIED" />
                ) : (
                  <Badge value="NOT VERIFIED" kind="unverified" />
                )}
              </h3>
              <p className="muted">
                {certificate.issuer}
                {certificate.number && ` · no. ${certificate.number}`} ·{" "}
                {certificate.validFrom
                  ? `valid ${formatDate(certificate.validFrom)} to`
                  : "valid until"}{" "}
                {formatDate(certificate.validUntil)} · added {formatDate(certificate.addedAt)} by{" "}
                {certificate.addedBy.name}{" "}
                <HistoryLink
                  entityType="Certificate"
                  entityId={certificate.id}
                  name={`${typeLabel(certificate)} from ${certificate.issuer}`}
                />
              </p>
              {certificate.verified && (
                <p className="muted">
                  Verified {formatDate(certificate.verifiedAt)}
                  {certificate.verifiedBy && ` by ${certificate.verifiedBy.name}`}
                  {certificate.verificationNote && `: ${certificate.verificationNote}`}
                </p>
              )}
              {certificate.document ? (
                <p>
                  Scan: <DocumentLink document={certificate.document} />
                </p>
              ) : (
                <p className="muted">No scan attached.</p>
              )}
              {canVerify && !certificate.verified && !certificate.expired && (
                <VerifyForm certificate={certificate} onDone={onChange} />
              )}
            </li>
          ))}
        </ul>
      )}
      {canAdd && <AddForm supplierId={supplier.id} onAdded={onChange} />}
    </div>
  );
}
