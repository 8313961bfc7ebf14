import { useState, type FormEvent } from "react";
import { Link, useNavigate } from "react-router-dom";
import { useViewer } from "../../api/auth";
import { ApiError } from "../../api/client";
import { useCursorPages, useMutation, useQuery } from "../../api/hooks";
import { formatBytes, type UploadedDocument } from "../../api/upload";
import { DocumentUpload } from "../../components/documents";
import {
  Badge,
  Empty,
  ErrorMessage,
  formatDate,
  Pager,
  QueryGate,
  SelectField,
} from "../../components/ui";
import { graphql } from "../../gql";
import type { DeclarationStatus } from "../../gql/graphql";
import { ComplianceBadge } from "./ComplianceBadge";

const DECLARATIONS = graphql(`
  query MaterialDeclarations($status: DeclarationStatus, $after: String) {
    materialDeclarations(status: $status, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          status
          partNumber
          partName
          validUntil
          supplier {
            id
            name
          }
          category {
            id
            name
          }
          compliance {
            compliant
            violations {
              message
            }
          }
        }
      }
    }
  }
`);
const CATEGORIES = graphql(`
  query DeclarationCategories {
    materialCategories {
      id
      code
      name
    }
  }
`);
const IMPORT = graphql(`
  mutation ImportIpc1752a($supplierId: ID!, $categoryId: ID!, $documentId: ID!) {
    importIpc1752a(supplierId: $supplierId, categoryId: $categoryId, documentId: $documentId) {
      id
    }
  }
`);

const STATUSES: { value: "" | DeclarationStatus; label: string }[] = [
  { value: "", label: "Any status" },
  { value: "DRAFT", label: "Draft" },
  { value: "SUBMITTED", label: "Submitted" },
  { value: "ACCEPTED", label: "Accepted" },
  { value: "REJECTED", label: "Rejected" },
];

/** IPC-1752A files are XML: `POST /documents` takes them, checked as text. */
const XML_ACCEPT = ".xml,application/xml,text/xml";

function ImportForm({ supplierId }: { supplierId: string }) {
  const navigate = useNavigate();
  const categories = useQuery(CATEGORIES);
  const [categoryId, setCategoryId] = useState("");
  const [file, setFile] = useState<UploadedDocument | null>(null);
  const [uploading, setUploading] = useState(false);
  const run = useMutation(IMPORT);
  const options = categories.data?.materialCategories ?? [];
  const chosen = categoryId || options[0]?.id || "";
  // The reader's problems sit on documentId and name the line and element: shown as they are.
  const problems =
    run.error instanceof ApiError
      ? run.error.fields.filter((field) => field.path === "documentId")
      : [];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file || !chosen) return;
    const result = await run.run({ supplierId, categoryId: chosen, documentId: file.id });
    if (result) void navigate(`/declarations/${result.importIpc1752a.id}`);
  };

  return (
    <form
      className="card"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label="Import IPC-1752A XML"
    >
      <h2>Import IPC-1752A XML</h2>
      <p className="muted">
        A class C declaration (homogeneous materials and their substances) becomes a draft you can
        check and submit.
      </p>
      {problems.length > 0 ? (
        <div className="error" role="alert">
          The file was not imported:
          <ul className="error-fields">
            {problems.map((problem, index) => (
              <li key={index}>{problem.message}</li>
            ))}
          </ul>
        </div>
      ) : (
        <ErrorMessage error={categories.error ?? run.error} />
      )}
      <SelectField
        label="Material category"
        name="categoryId"
        value={chosen}
        error={run.error}
        options={options.map((category) => ({ value: category.id, label: category.name }))}
        onChange={(event) => setCategoryId(event.target.value)}
      />
      {file ? (
        <p className="uploaded" role="status">
          Uploaded <span className="document-name">{file.filename}</span>{" "}
          <span className="muted">({formatBytes(file.size)})</span>{" "}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              setFile(null);
              run.reset();
            }}
          >
            Choose another file
          </button>
        </p>
      ) : (
        <DocumentUpload
          label="IPC-1752A file"
          title="IPC-1752A declaration"
          accept={XML_ACCEPT}
          hint="An IPC-1752A 1.1 or 2.0 XML file; uploaded when chosen."
          onUploaded={setFile}
          onBusyChange={setUploading}
        />
      )}
      <button type="submit" className="primary" disabled={!file || uploading || run.busy}>
        {run.busy ? "Importing…" : "Import"}
      </button>
    </form>
  );
}

/** Material declarations: suppliers import and submit theirs, staff read and review them. */
export function DeclarationsPage() {
  const viewer = useViewer();
  const [status, setStatus] = useState<"" | DeclarationStatus>("");
  const pages = useCursorPages(status);
  const state = useQuery(DECLARATIONS, { status: status || null, after: pages.after });
  const supplierId = viewer.role === "SUPPLIER" ? viewer.supplier?.id : undefined;
  return (
    <section>
      <div className="page-head">
        <h1>Material declarations</h1>
        {(supplierId || viewer.role === "ADMIN") && (
          <p>
            <Link to="/declarations/new">New declaration</Link>{" "}
            <span className="muted">Fill one in by hand, or import an IPC-1752A file below.</span>
          </p>
        )}
      </div>
      {supplierId && <ImportForm supplierId={supplierId} />}
      <div className="card">
        <SelectField
          label="Status"
          name="status"
          value={status}
          options={STATUSES}
          onChange={(event) => setStatus(event.target.value as "" | DeclarationStatus)}
        />
        <QueryGate state={state}>
          {(data) =>
            data.materialDeclarations.edges.length === 0 ? (
              <Empty>No material declarations.</Empty>
            ) : (
              <>
                <div className="table-wrap">
                  <table className="table" data-testid="declarations">
                    <thead>
                      <tr>
                        <th>Status</th>
                        <th>Part</th>
                        {!supplierId && <th>Supplier</th>}
                        <th>Category</th>
                        <th>Compliance</th>
                        <th>Valid until</th>
                      </tr>
                    </thead>
                    <tbody>
                      {data.materialDeclarations.edges.map(({ node }) => (
                        <tr key={node.id} data-declaration-id={node.id}>
                          <td>
                            <Badge value={node.status} />
                          </td>
                          <td>
                            <Link to={`/declarations/${node.id}`}>
                              {node.partNumber}
                              {node.partName && ` (${node.partName})`}
                            </Link>
                          </td>
                          {!supplierId && <td>{node.supplier.name}</td>}
                          <td>{node.category.name}</td>
                          <td>
                            <ComplianceBadge violations={node.compliance.violations.length} />
                          </td>
                          <td>{formatDate(node.validUntil)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
                <Pager
                  label="Material declarations"
                  total={data.materialDeclarations.totalCount}
                  hasNext={data.materialDeclarations.pageInfo.hasNextPage}
                  hasPrevious={pages.hasPrevious}
                  onNext={() => pages.next(data.materialDeclarations.pageInfo.endCursor)}
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
