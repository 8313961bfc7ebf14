import { useState, type FormEvent } from "react";
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
  if (report.errors.length > 0) return <ImportErrors rows={report.rows} errors={report.errors} />;
  return (
    <Notice>
      <span data-testid="import-report">
        {report.applied
          ? `Imported: ${report.inserted} rows saved, ${report.skipped} already saved (skipped).`
          : `Checked ${report.rows} rows: no problems. Nothing is saved until you import.`}
      </span>
    </Notice>
  );
}

/** Upload, a dry run with the per-row report, then the real import (all rows or none). */
function ImportCard({ onImported }: { onImported: () => void }) {
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
      aria-label="Import purchases"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void start(!checked);
      }}
    >
      <h2>Import purchases</h2>
      <p className="muted">
        An ERP export with the columns <code>supplier</code> (id, registration number or name),{" "}
        <code>category</code> (code), <code>period</code> (YYYY-MM), <code>quantity_kg</code> and
        optionally <code>reference</code>. Rows whose reference is already saved are skipped, so
        importing a file twice counts nothing twice.
      </p>
      <ErrorMessage error={run.error} />
      {file ? (
        <p className="uploaded" role="status">
          Uploaded <span className="document-name">{file.filename}</span>{" "}
          <span className="muted">({formatBytes(file.size)})</span>{" "}
          <button type="button" className="link-button" onClick={reset}>
            Choose another file
          </button>
        </p>
      ) : (
        <DocumentUpload
          label="Purchase file"
          title="ERP purchases"
          accept={TABLE_FILE_ACCEPT}
          hint="CSV (comma or semicolon) or XLSX; uploaded when chosen, checked before anything is saved."
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
          {run.busy ? "Working…" : checked ? `Import ${report.rows} rows` : "Check the file"}
        </button>
      )}
    </form>
  );
}

function VoidForm({ id, onDone }: { id: string; onDone: () => void }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [missing, setMissing] = useState(false);
  const run = useMutation(VOID);
  if (!open)
    return (
      <button type="button" className="link-button" onClick={() => setOpen(true)}>
        Void
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
      aria-label="Void the purchase"
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <ErrorMessage error={run.error} />
      <TextField
        label="Reason"
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
          Say why the purchase is voided
        </small>
      )}
      <div className="button-row">
        <button type="submit" disabled={run.busy}>
          Void purchase
        </button>
        <button type="button" className="link-button" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** Purchases from the ERP: the import with its dry run, the list, and voids for corrections. */
export function PurchasesPage() {
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
        <h1>Purchases</h1>
        <div className="head-actions">
          <Link to="/recycled">← Recycled content</Link>
        </div>
      </div>
      <ImportCard onImported={state.reload} />
      <div className="card">
        <h2>Saved purchases</h2>
        <div className="filters">
          <SelectField
            label="Category"
            name="categoryId"
            value={categoryId}
            options={[
              { value: "", label: "Any category" },
              ...(categories.data?.materialCategories ?? []).map((category) => ({
                value: category.id,
                label: category.name,
              })),
            ]}
            onChange={(event) => setCategoryId(event.target.value)}
          />
          <TextField
            label="From month"
            name="from"
            type="month"
            value={from}
            error={state.error}
            onChange={(event) => setFrom(event.target.value)}
          />
          <TextField
            label="To month"
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
              <Empty>No purchases.</Empty>
            ) : (
              <>
                <div className="table-wrap">
                  <table className="table" data-testid="purchases">
                    <thead>
                      <tr>
                        <th>Month</th>
                        <th>Supplier</th>
                        <th>Category</th>
                        <th>Quantity</th>
                        <th>Reference</th>
                        <th>Status</th>
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
                            {node.reference ?? <span className="muted">entered by hand</span>}
                          </td>
                          <td>
                            {node.voidedAt ? (
                              <>
                                <Badge value="VOIDED" kind="cancelled" />{" "}
                                <span className="muted">
                                  {formatDate(node.voidedAt)}: {node.voidReason}
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
                  label="Purchases"
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
