import { useState } from "react";
import { useTranslation } from "react-i18next";
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
import { codeLabel } from "./map.types";

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

const KINDS: readonly ScreeningListKind[] = ["RESTRICTED_ENTITY", "HIGH_RISK_REGION"];
const kindLabel = (kind: string) => codeLabel("screening.kind", kind);
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
  const { t } = useTranslation("supplyChain");
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
      <h1>{t("screening.title")}</h1>
      <p className="muted">{t("screening.intro")}</p>
      {viewer.role === "ADMIN" && <ScreeningImport onImported={reload} />}
      <QueryGate state={lists}>
        {(data) => (
          <div className="card">
            <h2>{t("screening.lists.title")}</h2>
            {data.screeningLists.map((list) => (
              <div key={list.kind}>
                <h3>
                  {kindLabel(list.kind)}{" "}
                  <span className="muted">
                    {list.currentVersion
                      ? t("screening.lists.current", { number: list.currentVersion.number })
                      : t("screening.lists.notImported")}
                  </span>
                </h3>
                {list.versions.length > 0 && (
                  <div className="table-wrap">
                    <table
                      className="table"
                      aria-label={t("screening.lists.versions", { list: kindLabel(list.kind) })}
                    >
                      <thead>
                        <tr>
                          <th>{t("screening.lists.version")}</th>
                          <th>{t("screening.lists.entries")}</th>
                          <th>{t("screening.lists.file")}</th>
                          <th>{t("screening.lists.imported")}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {list.versions.map((version) => (
                          <tr key={version.id}>
                            <td>{version.number}</td>
                            <td>{version.entryCount}</td>
                            <td>{version.sourceFilename}</td>
                            <td>
                              {version.importedBy
                                ? t("screening.lists.importedBy", {
                                    date: formatDateTime(version.importedAt),
                                    name: version.importedBy.name,
                                  })
                                : formatDateTime(version.importedAt)}
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
        <h2>{t("screening.hits.title")}</h2>
        <SelectField
          label={t("screening.hits.show")}
          value={state}
          options={[
            { value: "OPEN", label: t("screening.hits.open") },
            { value: "REBUTTED", label: t("screening.hits.rebutted") },
            { value: "CLEARED", label: t("screening.hits.cleared") },
            { value: "", label: t("screening.hits.all") },
          ]}
          onChange={(event) => setState(event.target.value as ScreeningHitState | "")}
        />
        <QueryGate state={hits}>
          {(data) =>
            data.screeningHits.edges.length === 0 ? (
              <Empty>{t("screening.hits.empty")}</Empty>
            ) : (
              <>
                {data.screeningHits.edges.map(({ node }) => (
                  <HitCard key={node.id} hit={node} viewerId={viewer.id} onChange={reload} />
                ))}
                <Pager
                  label={t("screening.hits.pager")}
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
  const { t } = useTranslation("supplyChain");
  const [kind, setKind] = useState<ScreeningListKind>("RESTRICTED_ENTITY");
  const mutation = useMutation(IMPORT);
  const [counts, setCounts] = useState<{ found: number; kept: number; cleared: number }>();
  // File names, the same in every language.
  const templates = ["csv", "xlsx"].map((extension) => `${TEMPLATES[kind]}.${extension}`);
  return (
    <ListImport
      key={kind}
      title={t("screening.import.title")}
      label={t("screening.import.fileLabel")}
      accept={TABLE_FILE_ACCEPT}
      hint={t("screening.import.fileHint")}
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
        t(report.applied ? "screening.import.imported" : "screening.import.checked", {
          rows: report.rows,
          found: counts?.found ?? 0,
          kept: counts?.kept ?? 0,
          cleared: counts?.cleared ?? 0,
        })
      }
    >
      <SelectField
        label={t("screening.import.list")}
        value={kind}
        options={KINDS.map((value) => ({ value, label: kindLabel(value) }))}
        onChange={(event) => setKind(event.target.value as ScreeningListKind)}
      />
      <p>
        {t("screening.import.template")}{" "}
        <a href={`/imports/templates/screening/${templates[0]}`} download>
          {templates[0]}
        </a>{" "}
        ·{" "}
        <a href={`/imports/templates/screening/${templates[1]}`} download>
          {templates[1]}
        </a>
        {t("screening.import.whole")}
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
  const { t } = useTranslation("supplyChain");
  const viewer = useViewer();
  const [recording, setRecording] = useState(false);
  const pending = hit.rebuttals.find((rebuttal) => rebuttal.state === "PENDING");
  return (
    <article
      className="card"
      aria-label={t("screening.hit.label", { name: hit.nodeName })}
      data-hit-id={hit.id}
    >
      <h3>
        {hit.nodeName}{" "}
        <Badge
          value={codeLabel("screening.hitState", hit.state)}
          kind={hit.state === "OPEN" ? "blocked" : hit.state.toLowerCase()}
        />
      </h3>
      <p>{hit.explanation}</p>
      <p className="muted">
        {t("screening.hit.meta", {
          kind: kindLabel(hit.kind),
          version: hit.listVersion.number,
          field: hit.field,
          value: hit.matchedValue,
          found: formatDateTime(hit.foundAt),
        })}
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
                  {t("screening.hit.nodeOnMap")}
                </Link>
              </>
            )}
          </>
        )}
      </p>
      {hit.rebuttals.length > 0 && (
        <ul className="evidence-list" aria-label={t("screening.hit.rebuttals")}>
          {hit.rebuttals.map((rebuttal) => (
            <li key={rebuttal.id}>
              <Badge
                value={codeLabel("screening.rebuttalState", rebuttal.state)}
                kind={rebuttal.state.toLowerCase()}
              />{" "}
              {rebuttal.reason}{" "}
              <span className="muted">
                {t("screening.hit.recorded", {
                  name: rebuttal.recordedBy?.name ?? "—",
                  recorded: formatDateTime(rebuttal.recordedAt),
                  until: formatDate(rebuttal.expiresAt),
                })}
                {rebuttal.decidedAt &&
                  t("screening.hit.decided", {
                    name: rebuttal.decidedBy?.name ?? "—",
                    decided: formatDateTime(rebuttal.decidedAt),
                  })}
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
            {t("screening.hit.recordButton")}
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
  const { t } = useTranslation("supplyChain");
  const record = useMutation(RECORD);
  const [reason, setReason] = useState("");
  const [expires, setExpires] = useState(inMonths(6));
  const [evidence, setEvidence] = useState<EvidenceDraft>(EMPTY_EVIDENCE);
  const [uploading, setUploading] = useState(false);
  return (
    <form
      aria-label={t("screening.rebuttal.form")}
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
        label={t("screening.rebuttal.reason")}
        name="reason"
        value={reason}
        error={record.error}
        hint={t("screening.rebuttal.reasonHint")}
        rows={3}
        onChange={(event) => setReason(event.target.value)}
      />
      <TextField
        label={t("screening.rebuttal.expires")}
        name="expiresAt"
        type="date"
        value={expires}
        error={record.error}
        max={inMonths(12)}
        hint={t("screening.rebuttal.expiresHint")}
        onChange={(event) => setExpires(event.target.value)}
      />
      <EvidenceFields
        value={evidence}
        onChange={setEvidence}
        error={record.error}
        legend={t("screening.rebuttal.evidence")}
        onBusyChange={setUploading}
      />
      <p className="muted">{t("screening.rebuttal.fourEyesNote")}</p>
      <ErrorMessage error={record.error} />
      <div className="button-row">
        <button type="submit" className="primary" disabled={record.busy || uploading}>
          {record.busy ? t("screening.rebuttal.submitting") : t("screening.rebuttal.submit")}
        </button>
        <button type="button" onClick={onCancel}>
          {t("screening.rebuttal.cancel")}
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
  const { t } = useTranslation("supplyChain");
  const approve = useMutation(APPROVE);
  const reject = useMutation(REJECT);
  const [note, setNote] = useState("");
  if (!mayDecide) return <p className="muted">{t("screening.decision.waiting")}</p>;
  if (ownRecord) {
    return (
      <p className="warn-text" data-testid="four-eyes">
        {t("screening.decision.fourEyes")}
      </p>
    );
  }
  return (
    <div className="button-row" role="group" aria-label={t("screening.decision.group")}>
      <TextField
        label={t("screening.decision.note")}
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
        {t("screening.decision.approve")}
      </button>
      <button
        type="button"
        disabled={reject.busy || note.trim() === ""}
        onClick={() =>
          void reject.run({ id: rebuttalId, reason: note.trim() }).then((r) => r && onDecided())
        }
      >
        {t("screening.decision.reject")}
      </button>
      <ErrorMessage error={approve.error ?? reject.error} />
    </div>
  );
}
