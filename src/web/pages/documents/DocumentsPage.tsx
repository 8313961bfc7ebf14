import { useState } from "react";
import { Trans, useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router-dom";
import { useViewer } from "../../api/auth";
import { formatBytes, type UploadedDocument } from "../../api/upload";
import { useCursorPages, useMutation, useQuery } from "../../api/hooks";
import { DocumentUpload, DownloadButton, documentPath } from "../../components/documents";
import {
  Empty,
  ErrorMessage,
  formatDate,
  Loading,
  Notice,
  Pager,
  TextField,
} from "../../components/ui";
import { graphql } from "../../gql";
import type { AttachmentKind, DocumentsQuery } from "../../gql/graphql";

const DOCUMENTS = graphql(`
  query Documents($first: Int, $after: String, $supplierId: ID) {
    documents(first: $first, after: $after, supplierId: $supplierId) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          filename
          title
          contentType
          size
          uploadedAt
          downloadUrl
          removable
          uploadedBy {
            id
            name
          }
          attachments {
            kind
            subjectId
            supplierId
            attachedAt
          }
        }
      }
    }
  }
`);
const FINDING_AUDIT = graphql(`
  query FindingAudit($id: ID!) {
    finding(id: $id) {
      id
      audit {
        id
        supplier {
          name
        }
      }
    }
  }
`);
const REMOVE = graphql(`
  mutation RemoveDocument($id: ID!) {
    removeDocument(id: $id)
  }
`);

type Attachment = DocumentsQuery["documents"]["edges"][number]["node"]["attachments"][number];

/** Every kind has words in documents.json (kinds.*); a kind the API adds later shows its code. */
const KINDS: ReadonlySet<string> = new Set<AttachmentKind>([
  "SELF_ASSESSMENT",
  "FINDING",
  "CORRECTIVE_ACTION",
  "SUSTAINABILITY_VERIFICATION",
  "CERTIFICATE",
  "MATERIAL_DECLARATION",
  "RECYCLED_CONTENT_DECLARATION",
  "THIRD_PARTY_ASSESSMENT",
  "SUPPLY_CHAIN_LINK",
  "SCREENING_REBUTTAL",
  "PROTECTED_AREA_CLEARANCE",
]);

/** A finding has no page of its own: the link goes to its audit, looked up when shown. */
function FindingLink({ attachment }: { attachment: Attachment }) {
  const { t } = useTranslation("documents");
  const state = useQuery(FINDING_AUDIT, { id: attachment.subjectId });
  const finding = state.data?.finding;
  if (!finding) return <>{t("finding")}</>;
  return (
    <Link to={`/audits/${finding.audit.id}`}>
      {t("findingIn", { supplier: finding.audit.supplier.name })}
    </Link>
  );
}

function AttachmentLink({ attachment, staff }: { attachment: Attachment; staff: boolean }) {
  const { t } = useTranslation("documents");
  const label = KINDS.has(attachment.kind) ? t(`kinds.${attachment.kind}`) : attachment.kind;
  switch (attachment.kind) {
    case "SELF_ASSESSMENT":
      return <Link to={`/saqs/${attachment.subjectId}`}>{label}</Link>;
    case "FINDING":
      return <FindingLink attachment={attachment} />;
    case "CORRECTIVE_ACTION":
      return staff ? (
        <Link to={`/suppliers/${attachment.supplierId}`}>{t("onSupplierPage", { label })}</Link>
      ) : (
        <Link to="/audits">{t("inAudits", { label })}</Link>
      );
    default:
      return (
        <Link to={`/suppliers/${attachment.supplierId}`}>{t("onSupplierPage", { label })}</Link>
      );
  }
}

function UploadForm({ onUploaded }: { onUploaded: (document: UploadedDocument) => void }) {
  const [title, setTitle] = useState("");
  const [last, setLast] = useState<UploadedDocument | null>(null);
  const { t } = useTranslation("documents");
  return (
    <div className="card">
      <h2>{t("upload.title")}</h2>
      <p className="hint">{t("upload.hint")}</p>
      {last && (
        <Notice>
          {t("upload.uploaded", { filename: last.filename, size: formatBytes(last.size) })}
        </Notice>
      )}
      <div className="form-grid">
        <TextField
          label={t("upload.documentTitle")}
          value={title}
          onChange={(event) => setTitle(event.target.value)}
        />
        <DocumentUpload
          label={t("upload.file")}
          title={title}
          onUploaded={(document) => {
            setLast(document);
            setTitle("");
            onUploaded(document);
          }}
        />
      </div>
    </div>
  );
}

/** Every document the viewer may read, where each is evidence, and uploading and removing. */
export function DocumentsPage() {
  const { t } = useTranslation("documents");
  const viewer = useViewer();
  const staff = viewer.role !== "SUPPLIER";
  const [params] = useSearchParams();
  const supplierId = staff ? params.get("supplier") : null;
  const pages = useCursorPages(supplierId ?? "");
  const state = useQuery(DOCUMENTS, { first: 20, after: pages.after, supplierId });
  const remove = useMutation(REMOVE);
  const [removed, setRemoved] = useState<string | null>(null);
  const data = state.data?.documents;

  const removeOne = async (id: string, filename: string) => {
    setRemoved(null);
    if (await remove.run({ id })) {
      setRemoved(filename);
      state.reload();
    }
  };

  return (
    <section>
      <header className="page-head">
        <h1>{t("title")}</h1>
      </header>
      {supplierId && (
        <p className="muted">
          <Trans t={t} i18nKey="oneSupplier" components={{ anchor: <Link to="/documents" /> }} />
        </p>
      )}
      <UploadForm onUploaded={() => state.reload()} />
      <div className="card">
        <h2>{staff ? t("staffHeading") : t("supplierHeading")}</h2>
        {removed && <Notice>{t("removed", { filename: removed })}</Notice>}
        <ErrorMessage error={remove.error} />
        <ErrorMessage error={state.error} />
        {!data ? (
          !state.error && <Loading />
        ) : data.edges.length === 0 ? (
          <Empty>{t("empty")}</Empty>
        ) : (
          <>
            <div className="table-wrap">
              <table className="table documents-table">
                <caption className="sr-only">{t("caption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("columns.file")}</th>
                    <th scope="col">{t("columns.size")}</th>
                    <th scope="col">{t("columns.uploaded")}</th>
                    <th scope="col">{t("columns.evidenceFor")}</th>
                    <th scope="col">{t("columns.actions")}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.edges.map(({ node }) => (
                    <tr key={node.id} data-document-id={node.id}>
                      <th scope="row">
                        <span className="document-name">{node.filename}</span>
                        {node.title && node.title !== node.filename && (
                          <div className="muted">{node.title}</div>
                        )}
                        <div className="muted small">{node.contentType}</div>
                      </th>
                      <td>{formatBytes(node.size)}</td>
                      <td>
                        {formatDate(node.uploadedAt)}
                        <div className="muted">{node.uploadedBy.name}</div>
                      </td>
                      <td>
                        {node.attachments.length === 0 ? (
                          <span className="muted">{t("notLinked")}</span>
                        ) : (
                          <ul className="attachments">
                            {node.attachments.map((attachment) => (
                              <li key={`${attachment.kind}-${attachment.subjectId}`}>
                                <AttachmentLink attachment={attachment} staff={staff} />{" "}
                                <span className="muted">{formatDate(attachment.attachedAt)}</span>
                              </li>
                            ))}
                          </ul>
                        )}
                      </td>
                      <td>
                        <div className="button-row">
                          <DownloadButton
                            className=""
                            path={documentPath(node)}
                            filename={node.filename}
                            label={t("downloadLabel", { filename: node.filename })}
                          >
                            {t("download")}
                          </DownloadButton>
                          {node.removable && (
                            <button
                              type="button"
                              disabled={remove.busy}
                              aria-label={t("removeLabel", { filename: node.filename })}
                              onClick={() => void removeOne(node.id, node.filename)}
                            >
                              {t("remove")}
                            </button>
                          )}
                        </div>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pager
              label={t("pager")}
              total={data.totalCount}
              hasNext={data.pageInfo.hasNextPage}
              hasPrevious={pages.hasPrevious}
              onNext={() => pages.next(data.pageInfo.endCursor)}
              onPrevious={pages.previous}
            />
          </>
        )}
      </div>
    </section>
  );
}
