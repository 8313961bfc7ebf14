import { useState } from "react";
import { Link } from "react-router-dom";
import { useViewer } from "../../api/auth";
import { useCursorPages, useMutation, useQuery } from "../../api/hooks";
import {
  EMPTY_EVIDENCE,
  EvidenceFields,
  EvidenceList,
  evidenceInputOf,
  type EvidenceDraft,
} from "../../components/documents";
import { TABLE_FILE_ACCEPT } from "../../components/imports";
import {
  Badge,
  Empty,
  ErrorMessage,
  formatDate,
  formatDateTime,
  Pager,
  QueryGate,
  SelectField,
  TextArea,
  TextField,
} from "../../components/ui";
import { graphql } from "../../gql";
import type {
  ScreeningHitsPageQuery,
  ScreeningHitState,
  ScreeningListKind,
} from "../../gql/graphql";
import { ListImport } from "./ListImport";

const LISTS = graphql(`
  query ScreeningLists {
    screeningLists {
      kind
      currentVersion {
        id
        number
      }
      versions {
        id
        number
        entryCount
        importedAt
        sourceFilename
        importedBy {
          name
        }
      }
    }
  }
`);

const HITS = graphql(`
  query ScreeningHitsPage($state: ScreeningHitState, $after: String) {
    screeningHits(state: $state, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          state
          kind
          field
          matchedValue
          nodeName
          explanation
          foundAt
          node {
            id
            mapId
            categoryId
          }
          supplier {
            id
            name
          }
          listVersion {
            number
          }
          rebuttals {
            id
            state
            reason
            expiresAt
            recordedAt
            recordedBy {
              id
              name
            }
            decidedAt
            decidedBy {
              name
            }
            decisionNote
            evidence {
              title
              url
              documentId
              document {
                id
                filename
                size
                downloadUrl
              }
            }
          }
        }
      }
    }
  }
`);

const IMPORT = graphql(`
  mutation ImportScreeningList($kind: ScreeningListKind!, $documentId: ID!, $dryRun: Boolean!) {
    importScreeningList(kind: $kind, documentId: $documentId, dryRun: $dryRun) {
      hitsFound
      hitsKept
      hitsCleared
      version {
        number
      }
      report {
        rows
        applied
        errors {
          row
          column
          message
        }
      }
    }
  }
`);

const RECORD = graphql(`
  mutation RecordScreeningRebuttal($input: ScreeningRebuttalInput!) {
    recordScreeningRebuttal(input: $input) {
      id
      state
    }
  }
`);
const APPROVE = graphql(`
  mutation ApproveScreeningRebuttal($id: ID!, $note: String) {
    approveScreeningRebuttal(id: $id, note: $note) {
      id
      state
    }
  }
`);
const REJECT = graphql(`
  mutation RejectScreeningRebuttal($id: ID!, $reason: String!) {
    rejectScreeningRebuttal(id: $id, reason: $reason) {
      id
      state
    }
  }
`);

const KIND_LABELS: Record<ScreeningListKind, string> = {
  RESTRICTED_ENTITY: "Restricted entities",
  HIGH_RISK_REGION: "High-risk regions",
};
const TEMPLATES: Record<ScreeningListKind, string> = {
  RESTRICTED_ENTITY: "restricted-entities",
  HIGH_RISK_REGION: "high-risk-regions",
};

type Hit = ScreeningHitsPageQuery["screeningHits"]["edges"][number]["node"];

/** The day twelve months ahead would be past the limit; six months is the form's default. */
function inMonths(months: number): string {
  const day = new Date();
  day.setUTCMonth(day.getUTCMonth() + months);
  return day.toISOString().slice(0, 10);
}

/** /admin/screening — the lists, their versions, the hits and the four-eyes rebuttals. */
export function ScreeningPage() {
  const viewer = useViewer();
  const lists = useQuery(LISTS);
  const [state, setState] = useState<ScreeningHitState | "">("OPEN");
  const pages = useCursorPages(state);
  const hits = useQuery(HITS, { state: state === "" ? null : state, after: pages.after });
  const reload = () => {
    lists.reload();
    hits.reload();
  };
  return (
    <section>
      <h1>Screening</h1>
      <p className="muted">
        Every map node is compared with the restricted-entity list (by normalised name and alias)
        and the high-risk-region list (by ISO 3166-2 region). An open hit makes the supplier BLOCKED
        until a rebuttal recorded by an admin is approved by a second admin or a procurement user. A
        new list version re-screens every map.
      </p>
      {viewer.role === "ADMIN" && <ScreeningImport onImported={reload} />}
      <QueryGate state={lists}>
        {(data) => (
          <div className="card">
            <h2>Lists and versions</h2>
            {data.screeningLists.map((list) => (
              <div key={list.kind}>
                <h3>
                  {KIND_LABELS[list.kind]}{" "}
                  <span className="muted">
                    {list.currentVersion
                      ? `current: version ${list.currentVersion.number}`
                      : "not imported yet"}
                  </span>
                </h3>
                {list.versions.length > 0 && (
                  <div className="table-wrap">
                    <table className="table" aria-label={`${KIND_LABELS[list.kind]} versions`}>
                      <thead>
                        <tr>
                          <th>Version</th>
                          <th>Entries</th>
                          <th>File</th>
                          <th>Imported</th>
                        </tr>
                      </thead>
                      <tbody>
                        {list.versions.map((version) => (
                          <tr key={version.id}>
                            <td>{version.number}</td>
                            <td>{version.entryCount}</td>
                            <td>{version.sourceFilename}</td>
                            <td>
                              {formatDateTime(version.importedAt)}
                              {version.importedBy && ` by ${version.importedBy.name}`}
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                )}
              </div>
            ))}
          </div>
        )}
      </QueryGate>
      <div className="card">
        <h2>Hits</h2>
        <SelectField
          label="Show"
          value={state}
          options={[
            { value: "OPEN", label: "Open (blocking)" },
            { value: "REBUTTED", label: "Rebutted" },
            { value: "CLEARED", label: "Cleared" },
            { value: "", label: "All" },
          ]}
          onChange={(event) => setState(event.target.value as ScreeningHitState | "")}
        />
        <QueryGate state={hits}>
          {(data) =>
            data.screeningHits.edges.length === 0 ? (
              <Empty>No hits in this view.</Empty>
            ) : (
              <>
                {data.screeningHits.edges.map(({ node }) => (
                  <HitCard key={node.id} hit={node} viewerId={viewer.id} onChange={reload} />
                ))}
                <Pager
                  label="Hits"
                  total={data.screeningHits.totalCount}
                  hasNext={data.screeningHits.pageInfo.hasNextPage}
                  hasPrevious={pages.hasPrevious}
                  onNext={() => pages.next(data.screeningHits.pageInfo.endCursor)}
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

function ScreeningImport({ onImported }: { onImported: () => void }) {
  const [kind, setKind] = useState<ScreeningListKind>("RESTRICTED_ENTITY");
  const mutation = useMutation(IMPORT);
  const [counts, setCounts] = useState<{ found: number; kept: number; cleared: number }>();
  return (
    <ListImport
      key={kind}
      title="Import a screening list"
      label="List file"
      accept={TABLE_FILE_ACCEPT}
      hint="CSV (comma or semicolon) or XLSX; uploaded when chosen, checked before anything is saved."
      busy={mutation.busy}
      error={mutation.error}
      reset={mutation.reset}
      run={async (documentId, dryRun) => {
        const result = (await mutation.run({ kind, documentId, dryRun }))?.importScreeningList;
        if (!result) return undefined;
        setCounts({ found: result.hitsFound, kept: result.hitsKept, cleared: result.hitsCleared });
        if (result.report.applied) onImported();
        return result.report;
      }}
      summary={(report) =>
        report.applied
          ? `Imported ${report.rows} entries as the new version: ${counts?.found ?? 0} new hits, ${counts?.kept ?? 0} kept, ${counts?.cleared ?? 0} cleared.`
          : `Checked ${report.rows} entries: no problems. It would find ${counts?.found ?? 0} new hits, keep ${counts?.kept ?? 0} and clear ${counts?.cleared ?? 0}. Nothing is saved until you confirm.`
      }
    >
      <SelectField
        label="List"
        value={kind}
        options={Object.entries(KIND_LABELS).map(([value, label]) => ({ value, label }))}
        onChange={(event) => setKind(event.target.value as ScreeningListKind)}
      />
      <p>
        Template:{" "}
        <a href={`/imports/templates/screening/${TEMPLATES[kind]}.csv`} download>
          {TEMPLATES[kind]}.csv
        </a>{" "}
        ·{" "}
        <a href={`/imports/templates/screening/${TEMPLATES[kind]}.xlsx`} download>
          {TEMPLATES[kind]}.xlsx
        </a>
        . The whole list each time: it becomes the next version, all rows or none.
      </p>
    </ListImport>
  );
}

function HitCard({
  hit,
  viewerId,
  onChange,
}: {
  hit: Hit;
  viewerId: string;
  onChange: () => void;
}) {
  const viewer = useViewer();
  const [recording, setRecording] = useState(false);
  const pending = hit.rebuttals.find((rebuttal) => rebuttal.state === "PENDING");
  return (
    <article className="card" aria-label={`Hit ${hit.nodeName}`} data-hit-id={hit.id}>
      <h3>
        {hit.nodeName}{" "}
        <Badge value={hit.state} kind={hit.state === "OPEN" ? "blocked" : undefined} />
      </h3>
      <p>{hit.explanation}</p>
      <p className="muted">
        {KIND_LABELS[hit.kind]} version {hit.listVersion.number} · {hit.field} · {hit.matchedValue}{" "}
        · found {formatDateTime(hit.foundAt)}
        {hit.supplier && (
          <>
            {" · "}
            <Link to={`/suppliers/${encodeURIComponent(hit.supplier.id)}`}>
              {hit.supplier.name}
            </Link>
            {hit.node && (
              <>
                {" · "}
                <Link
                  to={`/suppliers/${encodeURIComponent(hit.supplier.id)}/supply-chain/${encodeURIComponent(hit.node.categoryId)}`}
                >
                  the node on its map
                </Link>
              </>
            )}
          </>
        )}
      </p>
      {hit.rebuttals.length > 0 && (
        <ul className="evidence-list" aria-label="Rebuttals">
          {hit.rebuttals.map((rebuttal) => (
            <li key={rebuttal.id}>
              <Badge value={rebuttal.state} /> {rebuttal.reason}{" "}
              <span className="muted">
                — recorded by {rebuttal.recordedBy?.name ?? "—"}{" "}
                {formatDateTime(rebuttal.recordedAt)}, until {formatDate(rebuttal.expiresAt)}
                {rebuttal.decidedAt &&
                  `; decided by ${rebuttal.decidedBy?.name ?? "—"} ${formatDateTime(rebuttal.decidedAt)}`}
                {rebuttal.decisionNote && `: ${rebuttal.decisionNote}`}
              </span>
              <EvidenceList evidence={rebuttal.evidence} />
              {rebuttal.state === "PENDING" && (
                <Decision
                  rebuttalId={rebuttal.id}
                  ownRecord={rebuttal.recordedBy?.id === viewerId}
                  mayDecide={viewer.role === "ADMIN" || viewer.role === "PROCUREMENT"}
                  onDecided={onChange}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {viewer.role === "ADMIN" &&
        hit.state === "OPEN" &&
        !pending &&
        (recording ? (
          <RebuttalForm
            hitId={hit.id}
            onCancel={() => setRecording(false)}
            onRecorded={() => {
              setRecording(false);
              onChange();
            }}
          />
        ) : (
          <button type="button" onClick={() => setRecording(true)}>
            Record a rebuttal
          </button>
        ))}
    </article>
  );
}

function RebuttalForm({
  hitId,
  onCancel,
  onRecorded,
}: {
  hitId: string;
  onCancel: () => void;
  onRecorded: () => void;
}) {
  const record = useMutation(RECORD);
  const [reason, setReason] = useState("");
  const [expires, setExpires] = useState(inMonths(6));
  const [evidence, setEvidence] = useState<EvidenceDraft>(EMPTY_EVIDENCE);
  const [uploading, setUploading] = useState(false);
  return (
    <form
      aria-label="Record a rebuttal"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const item = evidenceInputOf(evidence);
        void record
          .run({
            input: {
              hitId,
              reason,
              expiresAt: expires ? new Date(`${expires}T23:59:59Z`).toISOString() : "",
              evidence: item ? [item] : [],
            },
          })
          .then((result) => result && onRecorded());
      }}
    >
      <TextArea
        label="Why the hit does not stand"
        name="reason"
        value={reason}
        error={record.error}
        hint="At least 20 characters"
        rows={3}
        onChange={(event) => setReason(event.target.value)}
      />
      <TextField
        label="Counts until"
        name="expiresAt"
        type="date"
        value={expires}
        error={record.error}
        max={inMonths(12)}
        hint="At most 12 months ahead; the hit blocks again after it"
        onChange={(event) => setExpires(event.target.value)}
      />
      <EvidenceFields
        value={evidence}
        onChange={setEvidence}
        error={record.error}
        legend="Evidence (required: an uploaded document)"
        onBusyChange={setUploading}
      />
      <p className="muted">
        You cannot approve your own rebuttal: a second admin or a procurement user decides it.
      </p>
      <ErrorMessage error={record.error} />
      <div className="button-row">
        <button type="submit" className="primary" disabled={record.busy || uploading}>
          {record.busy ? "Recording…" : "Record rebuttal"}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function Decision({
  rebuttalId,
  ownRecord,
  mayDecide,
  onDecided,
}: {
  rebuttalId: string;
  ownRecord: boolean;
  mayDecide: boolean;
  onDecided: () => void;
}) {
  const approve = useMutation(APPROVE);
  const reject = useMutation(REJECT);
  const [note, setNote] = useState("");
  if (!mayDecide) return <p className="muted">Waiting for an admin or procurement user.</p>;
  if (ownRecord) {
    return (
      <p className="warn-text" data-testid="four-eyes">
        You recorded this rebuttal, so you cannot approve or reject it: a second admin or a
        procurement user decides (four-eyes).
      </p>
    );
  }
  return (
    <div className="button-row" role="group" aria-label="Decide the rebuttal">
      <TextField
        label="Note or rejection reason"
        value={note}
        onChange={(event) => setNote(event.target.value)}
      />
      <button
        type="button"
        className="primary"
        disabled={approve.busy}
        onClick={() =>
          void approve
            .run({ id: rebuttalId, note: note.trim() === "" ? null : note.trim() })
            .then((result) => result && onDecided())
        }
      >
        Approve rebuttal
      </button>
      <button
        type="button"
        disabled={reject.busy || note.trim() === ""}
        onClick={() =>
          void reject.run({ id: rebuttalId, reason: note.trim() }).then((r) => r && onDecided())
        }
      >
        Reject
      </button>
      <ErrorMessage error={approve.error ?? reject.error} />
    </div>
  );
}
