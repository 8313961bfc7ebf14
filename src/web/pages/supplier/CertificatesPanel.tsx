import { HistoryLink } from "../../components/HistoryLink";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
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
import { i18next } from "../../i18n";

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

const KINDS: readonly CertificateType[] = [
  "ISO_14001",
  "ISO_45001",
  "ISO_9001",
  "ISO_50001",
  "SA8000",
  "SSI",
  "OTHER",
];
// Read when the form renders, so the words follow a change of language.
const kindOptions = () =>
  KINDS.map((value) => ({
    value,
    label: i18next.t(`certificates.kinds.${value}`, { ns: "supplier" }),
  }));

/** Entity name as the audit trail records it (a code, not a word). */
const CERTIFICATE_ENTITY = "Certificate";

function typeLabel(certificate: Certificate): string {
  return certificate.kind === "OTHER" ? certificate.type : certificate.type.replace(/_/g, " ");
}

function ExpiryBadge({ certificate }: { certificate: Certificate }) {
  const { t } = useTranslation("supplier");
  if (certificate.expired) return <Badge value={t("certificates.badge.expired")} kind="expired" />;
  if (certificate.expiresSoon) {
    return <Badge value={t("certificates.badge.expiresSoon")} kind="expires_soon" />;
  }
  return <Badge value={t("certificates.badge.valid")} kind="valid" />;
}

function VerifyForm({ certificate, onDone }: { certificate: Certificate; onDone: () => void }) {
  const [note, setNote] = useState("");
  const verify = useMutation(VERIFY);
  const { t } = useTranslation("supplier");
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await verify.run({ id: certificate.id, note: note.trim() || null })) onDone();
  };
  return (
    <form
      className="inline-form"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label={t("certificates.verify.formLabel", { type: typeLabel(certificate) })}
    >
      <TextField
        label={t("certificates.verify.note")}
        name="note"
        value={note}
        error={verify.error}
        onChange={(event) => setNote(event.target.value)}
      />
      <button type="submit" className="primary" disabled={verify.busy}>
        {t("certificates.verify.button")}
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
  const { t } = useTranslation("supplier");
  const set = (key: keyof typeof initial) => (event: { target: { value: string } }) =>
    setForm((current) => ({ ...current, [key]: event.target.value }));
  const error = missingDate
    ? new ApiError(t("certificates.add.validUntilRequired"), "BAD_USER_INPUT", [
        { path: "validUntil", message: t("certificates.add.chooseEnd") },
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

  const scanMessage = error instanceof ApiError ? error.fieldMessage("documentId") : undefined;
  return (
    <form
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label={t("certificates.add.title")}
    >
      <h3>{t("certificates.add.title")}</h3>
      {done && <Notice>{t("certificates.add.added")}</Notice>}
      <ErrorMessage error={error} />
      <div className="form-grid">
        <SelectField
          label={t("certificates.add.standard")}
          name="kind"
          value={form.kind}
          error={error}
          options={kindOptions()}
          onChange={set("kind")}
        />
        {form.kind === "OTHER" && (
          <TextField
            label={t("certificates.add.otherType")}
            name="otherType"
            value={form.otherType}
            error={error}
            hint={t("certificates.add.otherTypeHint")}
            onChange={set("otherType")}
          />
        )}
        <TextField
          label={t("certificates.add.issuer")}
          name="issuer"
          value={form.issuer}
          error={error}
          onChange={set("issuer")}
        />
        <TextField
          label={t("certificates.add.number")}
          name="number"
          value={form.number}
          error={error}
          onChange={set("number")}
        />
        <TextField
          label={t("certificates.add.validFrom")}
          name="validFrom"
          type="date"
          value={form.validFrom}
          error={error}
          onChange={set("validFrom")}
        />
        <TextField
          label={t("certificates.add.validUntil")}
          name="validUntil"
          type="date"
          value={form.validUntil}
          error={error}
          onChange={set("validUntil")}
        />
      </div>
      {scan ? (
        <p className="uploaded" role="status">
          {t("certificates.add.uploaded")} <span className="document-name">{scan.filename}</span>{" "}
          <span className="muted">({formatBytes(scan.size)})</span>{" "}
          <button type="button" className="link-button" onClick={() => setScan(null)}>
            {t("certificates.add.chooseAnother")}
          </button>
        </p>
      ) : (
        <DocumentUpload
          label={t("certificates.add.scan")}
          title={
            form.issuer
              ? t("certificates.add.scanTitle", { kind: form.kind, issuer: form.issuer })
              : undefined
          }
          message={scanMessage}
          onUploaded={setScan}
          onBusyChange={setUploading}
        />
      )}
      <button type="submit" className="primary" disabled={add.busy || uploading}>
        {add.busy ? t("certificates.add.adding") : t("certificates.add.button")}
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
  const { t } = useTranslation("supplier");
  return (
    <div className="card" data-testid="certificates-panel">
      <h2>{t("certificates.title")}</h2>
      {supplier.certificates.length === 0 ? (
        <Empty>{t("certificates.empty")}</Empty>
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
                  <Badge value={t("certificates.badge.verified")} kind="verified" />
                ) : (
                  <Badge value={t("certificates.badge.notVerified")} kind="unverified" />
                )}
              </h3>
              <p className="muted">
                {[
                  certificate.issuer,
                  certificate.number &&
                    t("certificates.entry.number", { number: certificate.number }),
                  certificate.validFrom
                    ? t("certificates.entry.validFromTo", {
                        from: formatDate(certificate.validFrom),
                        until: formatDate(certificate.validUntil),
                      })
                    : t("certificates.entry.validUntil", {
                        until: formatDate(certificate.validUntil),
                      }),
                  t("certificates.entry.added", {
                    date: formatDate(certificate.addedAt),
                    name: certificate.addedBy.name,
                  }),
                ]
                  .filter(Boolean)
                  .join(" · ")}{" "}
                <HistoryLink
                  entityType={CERTIFICATE_ENTITY}
                  entityId={certificate.id}
                  name={t("certificates.entry.historyName", {
                    type: typeLabel(certificate),
                    issuer: certificate.issuer,
                  })}
                />
              </p>
              {certificate.verified && (
                <p className="muted">
                  {t("certificates.entry.verified", { date: formatDate(certificate.verifiedAt) })}
                  {certificate.verifiedBy &&
                    t("certificates.entry.verifiedBy", { name: certificate.verifiedBy.name })}
                  {certificate.verificationNote &&
                    t("certificates.entry.note", { note: certificate.verificationNote })}
                </p>
              )}
              {certificate.document ? (
                <p>
                  {t("certificates.entry.scan")} <DocumentLink document={certificate.document} />
                </p>
              ) : (
                <p className="muted">{t("certificates.entry.noScan")}</p>
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
