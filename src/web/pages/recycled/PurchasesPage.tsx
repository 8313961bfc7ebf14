import { useState, type FormEvent } from "react";
import { Trans, useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useCursorPages, useMutation, useQuery } from "../../api/hooks";
import { formatBytes, type UploadedDocument } from "../../api/upload";
import { DocumentUpload } from "../../components/documents";
import { ImportErrors, TABLE_FILE_ACCEPT } from "../../components/imports";
import {
  Badge,
  Empty,
  ErrorMessage,
  formatDate,
  Notice,
  Pager,
  QueryGate,
  SelectField,
  TextField,
} from "../../components/ui";
import { graphql } from "../../gql";
import type { ImportPurchasesMutation } from "../../gql/graphql";
import { kg } from "./recycled";

const PURCHASES = graphql(`
  query Purchases($categoryId: ID, $from: String, $to: String, $after: String) {
    purchases(categoryId: $categoryId, from: $from, to: $to, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          period
          quantityKg
          reference
          voidedAt
          voidReason
          supplier {
            id
            name
          }
          category {
            id
            name
          }
        }
      }
    }
  }
`);
const CATEGORIES = graphql(`
  query PurchaseCategories {
    materialCategories {
      id
      code
      name
    }
  }
`);
const IMPORT = graphql(`
  mutation ImportPurchases($documentId: ID!, $dryRun: Boolean!) {
    importPurchases(documentId: $documentId, dryRun: $dryRun) {
      rows
      applied
      inserted
      skipped
      errors {
        row
        column
        message
      }
    }
  }
`);
const VOID = graphql(`
  mutation VoidPurchase($id: ID!, $reason: String!) {
    voidPurchase(id: $id, reason: $reason) {
      id
      voidedAt
      voidReason
    }
  }
`);

type Report = ImportPurchasesMutation["importPurchases"];

function ReportView({ report }: { report: Report }) {
  const { t } = useTranslation("recycled");
  if (report.errors.length > 0) return <ImportErrors rows={report.rows} errors={report.errors} />;
  return (
    <Notice>
      <span data-testid="import-report">
        {report.applied
          ? t("purchases.import.imported", {
              inserted: report.inserted,
              skipped: report.skipped,
            })
          : t("purchases.import.checked", { rows: report.rows })}
      </span>
    </Notice>
  );
}

/** Upload, a dry run with the per-row report, then the real import (all rows or none). */
function ImportCard({ onImported }: { onImported: () => void }) {
  const { t } = useTranslation("recycled");
  const [file, setFile] = useState<UploadedDocument | null>(null);
  const [uploading, setUploading] = useState(false);
  const [report, setReport] = useState<Report | null>(null);
  const run = useMutation(IMPORT);
  const checked = report !== null && !report.applied && report.errors.length === 0;

  const start = async (dryRun: boolean) => {
    if (!file) return;
    const result = await run.run({ documentId: file.id, dryRun });
    if (!result) return;
    setReport(result.importPurchases);
    if (result.importPurchases.applied) onImported();
  };
  const reset = () => {
    setFile(null);
    setReport(null);
    run.reset();
  };

  return (
    <form
      className="card"
      aria-label={t("purchases.import.title")}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void start(!checked);
      }}
    >
      <h2>{t("purchases.import.title")}</h2>
      <p className="muted">
        <Trans t={t} i18nKey="purchases.import.intro" components={{ code: <code /> }} />
      </p>
      <ErrorMessage error={run.error} />
      {file ? (
        <p className="uploaded" role="status">
          {t("purchases.import.uploaded")} <span className="document-name">{file.filename}</span>{" "}
          <span className="muted">({formatBytes(file.size)})</span>{" "}
          <button type="button" className="link-button" onClick={reset}>
            {t("purchases.import.chooseAnother")}
          </button>
        </p>
      ) : (
        <DocumentUpload
          label={t("purchases.import.fileLabel")}
          title={t("purchases.import.fileTitle")}
          accept={TABLE_FILE_ACCEPT}
          hint={t("purchases.import.fileHint")}
          onUploaded={(document) => {
            setFile(document);
            setReport(null);
          }}
          onBusyChange={setUploading}
        />
      )}
      {report && <ReportView report={report} />}
      {!report?.applied && (
        <button
          type="submit"
          className="primary"
          disabled={!file || uploading || run.busy || (report !== null && report.errors.length > 0)}
        >
          {run.busy
            ? t("purchases.import.working")
            : checked
              ? t("purchases.import.importRows", { rows: report.rows })
              : t("purchases.import.check")}
        </button>
      )}
    </form>
  );
}

function VoidForm({ id, onDone }: { id: string; onDone: () => void }) {
  const { t } = useTranslation("recycled");
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [missing, setMissing] = useState(false);
  const run = useMutation(VOID);
  if (!open)
    return (
      <button type="button" className="link-button" onClick={() => setOpen(true)}>
        {t("purchases.void.open")}
      </button>
    );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setMissing(true);
      return;
    }
    if (await run.run({ id, reason: reason.trim() })) onDone();
  };
  return (
    <form
      className="inline-form"
      aria-label={t("purchases.void.form")}
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <ErrorMessage error={run.error} />
      <TextField
        label={t("purchases.void.reason")}
        name="reason"
        value={reason}
        error={run.error}
        maxLength={2000}
        onChange={(event) => {
          setReason(event.target.value);
          setMissing(false);
        }}
      />
      {missing && (
        <small className="field-error" role="alert">
          {t("purchases.void.missing")}
        </small>
      )}
      <div className="button-row">
        <button type="submit" disabled={run.busy}>
          {t("purchases.void.submit")}
        </button>
        <button type="button" className="link-button" onClick={() => setOpen(false)}>
          {t("purchases.void.cancel")}
        </button>
      </div>
    </form>
  );
}

/** Purchases from the ERP: the import with its dry run, the list, and voids for corrections. */
export function PurchasesPage() {
  const { t } = useTranslation("recycled");
  const categories = useQuery(CATEGORIES);
  const [categoryId, setCategoryId] = useState("");
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const filterKey = `${categoryId}|${from}|${to}`;
  const pages = useCursorPages(filterKey);
  const state = useQuery(PURCHASES, {
    categoryId: categoryId || null,
    from: from || null,
    to: to || null,
    after: pages.after,
  });
  return (
    <section>
      <div className="page-head">
        <h1>{t("purchases.title")}</h1>
        <div className="head-actions">
          <Link to="/recycled">{t("back")}</Link>
        </div>
      </div>
      <ImportCard onImported={state.reload} />
      <div className="card">
        <h2>{t("purchases.saved")}</h2>
        <div className="filters">
          <SelectField
            label={t("purchases.category")}
            name="categoryId"
            value={categoryId}
            options={[
              { value: "", label: t("purchases.anyCategory") },
              ...(categories.data?.materialCategories ?? []).map((category) => ({
                value: category.id,
                label: category.name,
              })),
            ]}
            onChange={(event) => setCategoryId(event.target.value)}
          />
          <TextField
            label={t("purchases.fromMonth")}
            name="from"
            type="month"
            value={from}
            error={state.error}
            onChange={(event) => setFrom(event.target.value)}
          />
          <TextField
            label={t("purchases.toMonth")}
            name="to"
            type="month"
            value={to}
            error={state.error}
            onChange={(event) => setTo(event.target.value)}
          />
        </div>
        <QueryGate state={state}>
          {(data) =>
            data.purchases.edges.length === 0 ? (
              <Empty>{t("purchases.empty")}</Empty>
            ) : (
              <>
                <div className="table-wrap">
                  <table className="table" data-testid="purchases">
                    <thead>
                      <tr>
                        <th>{t("purchases.columns.month")}</th>
                        <th>{t("purchases.columns.supplier")}</th>
                        <th>{t("purchases.columns.category")}</th>
                        <th>{t("purchases.columns.quantity")}</th>
                        <th>{t("purchases.columns.reference")}</th>
                        <th>{t("purchases.columns.status")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {data.purchases.edges.map(({ node }) => (
                        <tr key={node.id} data-reference={node.reference ?? ""}>
                          <td>{node.period}</td>
                          <td>{node.supplier?.name ?? "—"}</td>
                          <td>{node.category?.name ?? "—"}</td>
                          <td>{kg(node.quantityKg, 3)}</td>
                          <td>
                            {node.reference ?? (
                              <span className="muted">{t("purchases.byHand")}</span>
                            )}
                          </td>
                          <td>
                            {node.voidedAt ? (
                              <>
                                <Badge value={t("purchases.void.badge")} kind="cancelled" />{" "}
                                <span className="muted">
                                  {t("purchases.void.voided", {
                                    date: formatDate(node.voidedAt),
                                    reason: node.voidReason,
                                  })}
                                </span>
                              </>
                            ) : (
                              <VoidForm id={node.id} onDone={state.reload} />
                            )}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
                <Pager
                  label={t("purchases.pager")}
                  total={data.purchases.totalCount}
                  hasNext={data.purchases.pageInfo.hasNextPage}
                  hasPrevious={pages.hasPrevious}
                  onNext={() => pages.next(data.purchases.pageInfo.endCursor)}
                  onPrevious={pages.previous}
                />
              </>
            )
          }
        </QueryGate>
      </div>
    </section>
  );
}
