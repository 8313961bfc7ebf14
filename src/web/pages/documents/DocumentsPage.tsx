import { useState } from "react";
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

const KIND_LABELS: Record<AttachmentKind, string> = {
  SELF_ASSESSMENT: "Self-assessment",
  FINDING: "Finding",
  CORRECTIVE_ACTION: "Corrective action",
  SUSTAINABILITY_VERIFICATION: "Sustainability verification",
  CERTIFICATE: "Certificate",
  MATERIAL_DECLARATION: "Material declaration",
  RECYCLED_CONTENT_DECLARATION: "Recycled-content declaration",
  THIRD_PARTY_ASSESSMENT: "Third-party assessment report",
  SUPPLY_CHAIN_LINK: "Supply-chain link",
  SCREENING_REBUTTAL: "Screening rebuttal",
  PROTECTED_AREA_CLEARANCE: "Protected-area clearance",
};

/** A finding has no page of its own: the link goes to its audit, looked up when shown. */
function FindingLink({ attachment }: { attachment: Attachment }) {
  const state = useQuery(FINDING_AUDIT, { id: attachment.subjectId });
  const finding = state.data?.finding;
  if (!finding) return <>Finding</>;
  return (
    <Link to={`/audits/${finding.audit.id}`}>
      Finding in the audit of {finding.audit.supplier.name}
    </Link>
  );
}

function AttachmentLink({ attachment, staff }: { attachment: Attachment; staff: boolean }) {
  const label = KIND_LABELS[attachment.kind] ?? attachment.kind;
  switch (attachment.kind) {
    case "SELF_ASSESSMENT":
      return <Link to={`/saqs/${attachment.subjectId}`}>{label}</Link>;
    case "FINDING":
      return <FindingLink attachment={attachment} />;
    case "CORRECTIVE_ACTION":
      return staff ? (
        <Link to={`/suppliers/${attachment.supplierId}`}>{label} (supplier page)</Link>
      ) : (
        <Link to="/audits">{label} (audits &amp; findings)</Link>
      );
    default:
      return <Link to={`/suppliers/${attachment.supplierId}`}>{label} (supplier page)</Link>;
  }
}

function UploadForm({ onUploaded }: { onUploaded: (document: UploadedDocument) => void }) {
  const [title, setTitle] = useState("");
  const [last, setLast] = useState<UploadedDocument | null>(null);
  return (
    <div className="card">
      <h2>Upload a document</h2>
      <p className="hint">
        An upload that is not linked as evidence to a record within a day is removed again.
      </p>
      {last && (
        <Notice>
          Uploaded {last.filename} ({formatBytes(last.size)}).
        </Notice>
      )}
      <div className="form-grid">
        <TextField
          label="Document title (optional)"
          value={title}
          onChange={(event) => setTitle(event.target.value)}
        />
        <DocumentUpload
          label="File to upload"
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
        <h1>Documents</h1>
      </header>
      {supplierId && (
        <p className="muted">
          Only the documents on one supplier&apos;s records. <Link to="/documents">Show all</Link>
        </p>
      )}
      <UploadForm onUploaded={() => state.reload()} />
      <div className="card">
        <h2>{staff ? "Documents" : "Your documents"}</h2>
        {removed && <Notice>Removed {removed}.</Notice>}
        <ErrorMessage error={remove.error} />
        <ErrorMessage error={state.error} />
        {!data ? (
          !state.error && <Loading />
        ) : data.edges.length === 0 ? (
          <Empty>No documents yet.</Empty>
        ) : (
          <>
            <div className="table-wrap">
              <table className="table documents-table">
                <caption className="sr-only">Documents</caption>
                <thead>
                  <tr>
                    <th scope="col">File</th>
                    <th scope="col">Size</th>
                    <th scope="col">Uploaded</th>
                    <th scope="col">Evidence for</th>
                    <th scope="col">Actions</th>
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
                          <span className="muted">Not linked yet</span>
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
                            label={`Download ${node.filename}`}
                          >
                            Download
                          </DownloadButton>
                          {node.removable && (
                            <button
                              type="button"
                              disabled={remove.busy}
                              aria-label={`Remove ${node.filename}`}
                              onClick={() => void removeOne(node.id, node.filename)}
                            >
                              Remove
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
              label="Documents"
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
