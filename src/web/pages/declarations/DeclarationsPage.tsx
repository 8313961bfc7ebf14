import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
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

const STATUSES: DeclarationStatus[] = ["DRAFT", "SUBMITTED", "ACCEPTED", "REJECTED"];

/** IPC-1752A files are XML: `POST /documents` takes them, checked as text. */
const XML_ACCEPT = ".xml,application/xml,text/xml";

function ImportForm({ supplierId }: { supplierId: string }) {
  const { t } = useTranslation("declarations");
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
      aria-label={t("import.title")}
    >
      <h2>{t("import.title")}</h2>
      <p className="muted">{t("import.intro")}</p>
      {problems.length > 0 ? (
        <div className="error" role="alert">
          {t("import.notImported")}
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
        label={t("import.category")}
        name="categoryId"
        value={chosen}
        error={run.error}
        options={options.map((category) => ({ value: category.id, label: category.name }))}
        onChange={(event) => setCategoryId(event.target.value)}
      />
      {file ? (
        <p className="uploaded" role="status">
          {t("import.uploaded")} <span className="document-name">{file.filename}</span>{" "}
          <span className="muted">{t("import.size", { size: formatBytes(file.size) })}</span>{" "}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              setFile(null);
              run.reset();
            }}
          >
            {t("import.chooseAnother")}
          </button>
        </p>
      ) : (
        <DocumentUpload
          label={t("import.file.label")}
          title={t("import.file.title")}
          accept={XML_ACCEPT}
          hint={t("import.file.hint")}
          onUploaded={setFile}
          onBusyChange={setUploading}
        />
      )}
      <button type="submit" className="primary" disabled={!file || uploading || run.busy}>
        {run.busy ? t("import.busy") : t("import.submit")}
      </button>
    </form>
  );
}

/** Material declarations: suppliers import and submit theirs, staff read and review them. */
export function DeclarationsPage() {
  const { t } = useTranslation("declarations");
  const viewer = useViewer();
  const [status, setStatus] = useState<"" | DeclarationStatus>("");
  const pages = useCursorPages(status);
  const state = useQuery(DECLARATIONS, { status: status || null, after: pages.after });
  const supplierId = viewer.role === "SUPPLIER" ? viewer.supplier?.id : undefined;
  return (
    <section>
      <div className="page-head">
        <h1>{t("list.title")}</h1>
        {(supplierId || viewer.role === "ADMIN") && (
          <p>
            <Link to="/declarations/new">{t("list.newLink")}</Link>{" "}
            <span className="muted">{t("list.newHint")}</span>
          </p>
        )}
      </div>
      {supplierId && <ImportForm supplierId={supplierId} />}
      <div className="card">
        <SelectField
          label={t("list.statusFilter.label")}
          name="status"
          value={status}
          options={[
            { value: "", label: t("list.statusFilter.any") },
            ...STATUSES.map((value) => ({ value, label: t(`list.statusFilter.${value}`) })),
          ]}
          onChange={(event) => setStatus(event.target.value as "" | DeclarationStatus)}
        />
        <QueryGate state={state}>
          {(data) =>
            data.materialDeclarations.edges.length === 0 ? (
              <Empty>{t("list.empty")}</Empty>
            ) : (
              <>
                <div className="table-wrap">
                  <table className="table" data-testid="declarations">
                    <thead>
                      <tr>
                        <th>{t("list.columns.status")}</th>
                        <th>{t("list.columns.part")}</th>
                        {!supplierId && <th>{t("list.columns.supplier")}</th>}
                        <th>{t("list.columns.category")}</th>
                        <th>{t("list.columns.compliance")}</th>
                        <th>{t("list.columns.validUntil")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {data.materialDeclarations.edges.map(({ node }) => (
                        <tr key={node.id} data-declaration-id={node.id}>
                          <td>
                            <Badge value={t(`status.${node.status}`)} kind={node.status} />
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
                  label={t("list.title")}
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
