import { useState, type ReactNode } from "react";
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
        Template:{" "}
        <a href={`/imports/templates/${template}.csv`} download>
          {template}.csv
        </a>{" "}
        ·{" "}
        <a href={`/imports/templates/${template}.xlsx`} download>
          {template}.xlsx
        </a>
      </p>
      <ErrorMessage error={error} />
      {file ? (
        <p className="uploaded" role="status">
          Uploaded <span className="document-name">{file.filename}</span>{" "}
          <span className="muted">({formatBytes(file.size)})</span>{" "}
          <button type="button" className="link-button" onClick={again}>
            Choose another file
          </button>
        </p>
      ) : (
        <DocumentUpload
          label={label}
          title={title}
          accept={TABLE_FILE_ACCEPT}
          hint="CSV (comma or semicolon) or XLSX; uploaded when chosen, checked before anything is saved."
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
              {report.applied
                ? `Imported ${report.rows} rows: ${report.inserted} new ${what}, ${report.updated} updated, ${report.skipped} unchanged.`
                : `Checked ${report.rows} rows: no problems. ${report.inserted} new ${what}, ${report.updated} to update, ${report.skipped} unchanged. Nothing is saved until you confirm.`}
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
          {busy ? "Working…" : checked ? `Confirm: import ${report.rows} rows` : "Check the file"}
        </button>
      )}
    </form>
  );
}

function SupplierImport() {
  const mutation = useMutation(IMPORT_SUPPLIERS);
  return (
    <ImportFlow
      title="Import suppliers"
      label="Supplier file"
      what="suppliers"
      template="suppliers"
      run={async (documentId, dryRun) =>
        (await mutation.run({ documentId, dryRun }))?.importSuppliers
      }
      busy={mutation.busy}
      error={mutation.error}
      reset={mutation.reset}
      done={
        <p>
          <Link to="/suppliers">See the suppliers</Link>
        </p>
      }
    >
      <p className="muted">
        One row per supplier: <code>externalId</code> (your ERP vendor id), <code>name</code>,{" "}
        <code>country</code> (ISO code) and, for a new supplier, <code>contactEmail</code>;
        optionally <code>legalName</code>, <code>registrationNumber</code>, <code>categories</code>{" "}
        (codes, e.g. <code>WAFER|CELL</code>) and <code>sites</code> (<code>name@country</code>,
        separated by <code>|</code>). A row whose externalId is known updates that supplier; an
        empty cell keeps what is stored. All rows are saved together or none.
      </p>
    </ImportFlow>
  );
}

function UserImport() {
  const mutation = useMutation(IMPORT_USERS);
  const [passwords, setPasswords] = useState<{ email: string; oneTimePassword: string }[]>([]);
  return (
    <ImportFlow
      title="Import users"
      label="User file"
      what="users"
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
            <p>Hand each new user the one-time password; it is shown only now.</p>
            <table className="table" aria-label="One-time passwords">
              <thead>
                <tr>
                  <th>E-mail</th>
                  <th>One-time password</th>
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
        One row per account: <code>email</code>, <code>name</code>, <code>role</code> (ADMIN,
        PROCUREMENT, AUDITOR or SUPPLIER) and, for SUPPLIER users, <code>supplier</code> (its
        externalId or registration number). New users get a one-time password to change at the first
        log-in.
      </p>
    </ImportFlow>
  );
}

/** Bulk onboarding: the supplier master (ADMIN, PROCUREMENT) and user accounts (ADMIN). */
export function ImportSuppliersPage() {
  const viewer = useViewer();
  return (
    <section>
      <h1>Bulk import</h1>
      <SupplierImport />
      {viewer.role === "ADMIN" && <UserImport />}
    </section>
  );
}
