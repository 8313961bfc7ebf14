import { useState, type ReactNode } from "react";
import { Trans, useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useViewer } from "../../api/auth";
import { useMutation } from "../../api/hooks";
import { formatBytes, type UploadedDocument } from "../../api/upload";
import { DocumentUpload } from "../../components/documents";
import { ImportErrors, TABLE_FILE_ACCEPT } from "../../components/imports";
import { ErrorMessage, Notice } from "../../components/ui";
import { graphql } from "../../gql";

const IMPORT_SUPPLIERS = graphql(`
  mutation ImportSuppliers($documentId: ID!, $dryRun: Boolean!) {
    importSuppliers(documentId: $documentId, dryRun: $dryRun) {
      rows
      applied
      inserted
      updated
      skipped
      errors {
        row
        column
        message
      }
    }
  }
`);
const IMPORT_USERS = graphql(`
  mutation ImportUsers($documentId: ID!, $dryRun: Boolean!) {
    importUsers(documentId: $documentId, dryRun: $dryRun) {
      report {
        rows
        applied
        inserted
        updated
        skipped
        errors {
          row
          column
          message
        }
      }
      passwords {
        email
        oneTimePassword
      }
    }
  }
`);

interface Report {
  rows: number;
  applied: boolean;
  inserted: number;
  updated: number;
  skipped: number;
  errors: { row: number; column?: string | null; message: string }[];
}

/** Upload, the dry run's preview (per-row errors, counts of new and updated), then confirm. */
function ImportFlow({
  title,
  label,
  what,
  template,
  children,
  run,
  busy,
  error,
  reset,
  done,
}: {
  title: string;
  label: string;
  what: string;
  template: string;
  children: ReactNode;
  run: (documentId: string, dryRun: boolean) => Promise<Report | undefined>;
  busy: boolean;
  error: unknown;
  reset: () => void;
  done?: ReactNode;
}) {
  const { t } = useTranslation("admin");
  const [file, setFile] = useState<UploadedDocument | null>(null);
  const [uploading, setUploading] = useState(false);
  const [report, setReport] = useState<Report | null>(null);
  const checked = report !== null && !report.applied && report.errors.length === 0;
  const start = async () => {
    if (!file) return;
    const result = await run(file.id, !checked);
    if (result) setReport(result);
  };
  const again = () => {
    setFile(null);
    setReport(null);
    reset();
  };
  return (
    <form
      className="card"
      aria-label={title}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void start();
      }}
    >
      <h2>{title}</h2>
      {children}
      <p>
        <Trans
          t={t}
          i18nKey="imports.template"
          values={{ template }}
          components={{
            csv: <a href={`/imports/templates/${template}.csv`} download />,
            xlsx: <a href={`/imports/templates/${template}.xlsx`} download />,
          }}
        />
      </p>
      <ErrorMessage error={error} />
      {file ? (
        <p className="uploaded" role="status">
          <Trans
            t={t}
            i18nKey="imports.uploaded"
            values={{ filename: file.filename, size: formatBytes(file.size) }}
            components={{
              name: <span className="document-name" />,
              size: <span className="muted" />,
            }}
          />{" "}
          <button type="button" className="link-button" onClick={again}>
            {t("imports.chooseAnother")}
          </button>
        </p>
      ) : (
        <DocumentUpload
          label={label}
          title={title}
          accept={TABLE_FILE_ACCEPT}
          hint={t("imports.hint")}
          onUploaded={(document) => {
            setFile(document);
            setReport(null);
          }}
          onBusyChange={setUploading}
        />
      )}
      {report &&
        (report.errors.length > 0 ? (
          <ImportErrors rows={report.rows} errors={report.errors} />
        ) : (
          <Notice>
            <span data-testid="import-report">
              {t(report.applied ? "imports.applied" : "imports.checked", {
                rows: report.rows,
                inserted: report.inserted,
                updated: report.updated,
                skipped: report.skipped,
                what,
              })}
            </span>
          </Notice>
        ))}
      {report?.applied && done}
      {!report?.applied && (
        <button
          type="submit"
          className="primary"
          disabled={!file || uploading || busy || (report !== null && report.errors.length > 0)}
        >
          {busy
            ? t("imports.busy")
            : checked
              ? t("imports.confirm", { rows: report.rows })
              : t("imports.check")}
        </button>
      )}
    </form>
  );
}

function SupplierImport() {
  const { t } = useTranslation("admin");
  const mutation = useMutation(IMPORT_SUPPLIERS);
  return (
    <ImportFlow
      title={t("imports.suppliers.title")}
      label={t("imports.suppliers.label")}
      what={t("imports.suppliers.what")}
      // eslint-disable-next-line i18next/no-literal-string -- the template's file name
      template="suppliers"
      run={async (documentId, dryRun) =>
        (await mutation.run({ documentId, dryRun }))?.importSuppliers
      }
      busy={mutation.busy}
      error={mutation.error}
      reset={mutation.reset}
      done={
        <p>
          <Link to="/suppliers">{t("imports.suppliers.done")}</Link>
        </p>
      }
    >
      <p className="muted">
        <Trans t={t} i18nKey="imports.suppliers.help" components={{ c: <code /> }} />
      </p>
    </ImportFlow>
  );
}

function UserImport() {
  const { t } = useTranslation("admin");
  const mutation = useMutation(IMPORT_USERS);
  const [passwords, setPasswords] = useState<{ email: string; oneTimePassword: string }[]>([]);
  return (
    <ImportFlow
      title={t("imports.users.title")}
      label={t("imports.users.label")}
      what={t("imports.users.what")}
      // eslint-disable-next-line i18next/no-literal-string -- the template's file name
      template="users"
      run={async (documentId, dryRun) => {
        const result = (await mutation.run({ documentId, dryRun }))?.importUsers;
        if (result) setPasswords(result.passwords);
        return result?.report;
      }}
      busy={mutation.busy}
      error={mutation.error}
      reset={() => {
        mutation.reset();
        setPasswords([]);
      }}
      done={
        passwords.length > 0 && (
          <div className="table-wrap">
            <p>{t("imports.users.handOver")}</p>
            <table className="table" aria-label={t("imports.users.passwords")}>
              <thead>
                <tr>
                  <th>{t("imports.users.email")}</th>
                  <th>{t("imports.users.password")}</th>
                </tr>
              </thead>
              <tbody>
                {passwords.map((p) => (
                  <tr key={p.email}>
                    <td>{p.email}</td>
                    <td>
                      <code>{p.oneTimePassword}</code>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      }
    >
      <p className="muted">
        <Trans t={t} i18nKey="imports.users.help" components={{ c: <code /> }} />
      </p>
    </ImportFlow>
  );
}

/** Bulk onboarding: the supplier master (ADMIN, PROCUREMENT) and user accounts (ADMIN). */
export function ImportSuppliersPage() {
  const { t } = useTranslation("admin");
  const viewer = useViewer();
  return (
    <section>
      <h1>{t("imports.title")}</h1>
      <SupplierImport />
      {viewer.role === "ADMIN" && <UserImport />}
    </section>
  );
}
