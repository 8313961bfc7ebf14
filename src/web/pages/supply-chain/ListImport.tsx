import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { formatBytes, type UploadedDocument } from "../../api/upload";
import { DocumentUpload } from "../../components/documents";
import { ImportErrors, type ImportRowProblem } from "../../components/imports";
import { ErrorMessage, Notice } from "../../components/ui";

export interface ListImportReport {
  rows: number;
  applied: boolean;
  errors: readonly ImportRowProblem[];
}

/**
 * Upload a list file, check it (a dry run: row errors or what it would do), then confirm.
 * The same steps as the supplier import; `summary` words what the run did or would do.
 */
export function ListImport({
  title,
  label,
  accept,
  hint,
  children,
  run,
  summary,
  busy,
  error,
  reset,
  disabled,
}: {
  title: string;
  label: string;
  accept: string;
  hint: string;
  children?: ReactNode;
  run: (documentId: string, dryRun: boolean) => Promise<ListImportReport | undefined>;
  summary: (report: ListImportReport) => ReactNode;
  busy: boolean;
  error: unknown;
  reset: () => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation("supplyChain");
  const [file, setFile] = useState<UploadedDocument | null>(null);
  const [uploading, setUploading] = useState(false);
  const [report, setReport] = useState<ListImportReport | null>(null);
  const checked = report !== null && !report.applied && report.errors.length === 0;
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
        if (!file) return;
        void run(file.id, !checked).then((result) => result && setReport(result));
      }}
    >
      <h2>{title}</h2>
      {children}
      <ErrorMessage error={error} />
      {file ? (
        <p className="uploaded" role="status">
          {t("listImport.uploaded")} <span className="document-name">{file.filename}</span>{" "}
          <span className="muted">({formatBytes(file.size)})</span>{" "}
          <button type="button" className="link-button" onClick={again}>
            {t("listImport.chooseAnother")}
          </button>
        </p>
      ) : (
        <DocumentUpload
          label={label}
          title={title}
          accept={accept}
          hint={hint}
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
            <span data-testid="import-report">{summary(report)}</span>
          </Notice>
        ))}
      {!report?.applied && (
        <button
          type="submit"
          className="primary"
          disabled={
            disabled || !file || uploading || busy || (report !== null && report.errors.length > 0)
          }
        >
          {busy
            ? t("listImport.working")
            : checked
              ? t("listImport.confirm", { rows: report.rows })
              : t("listImport.check")}
        </button>
      )}
      {report?.applied && (
        <button type="button" onClick={again}>
          {t("listImport.another")}
        </button>
      )}
    </form>
  );
}
