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
import {
  Badge,
  Empty,
  ErrorMessage,
  formatDateTime,
  Pager,
  QueryGate,
  SelectField,
  TextArea,
  TextField,
} from "../../components/ui";
import { graphql } from "../../gql";
import type { ProtectedAreaFlagState, ProtectedAreasPageQuery } from "../../gql/graphql";
import { ListImport } from "./ListImport";

const LISTS = graphql(`
  query ProtectedAreaLists {
    protectedAreaLists {
      id
      name
      versions {
        id
        version
        format
        areaCount
        sourceFilename
        importedAt
      }
    }
  }
`);

const FLAGS = graphql(`
  query ProtectedAreasPage($state: ProtectedAreaFlagState, $after: String) {
    protectedAreaFlags(state: $state, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          state
          target
          targetName
          distanceKm
          latitude
          longitude
          flaggedAt
          clearedAt
          clearanceNote
          clearedBy {
            name
          }
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
          area {
            name
            designation
            shape
          }
          list {
            name
          }
          supplier {
            id
            name
          }
        }
      }
    }
  }
`);

const IMPORT = graphql(`
  mutation ImportProtectedAreas($listName: String!, $documentId: ID!, $dryRun: Boolean!) {
    importProtectedAreas(listName: $listName, documentId: $documentId, dryRun: $dryRun) {
      rows
      applied
      inserted
      errors {
        row
        column
        message
      }
    }
  }
`);

const CLEAR = graphql(`
  mutation ClearProtectedAreaFlag($id: ID!, $note: String!, $evidence: [EvidenceInput!]!) {
    clearProtectedAreaFlag(id: $id, note: $note, evidence: $evidence) {
      id
      state
    }
  }
`);

type Flag = ProtectedAreasPageQuery["protectedAreaFlags"]["edges"][number]["node"];

const AREA_FILE_ACCEPT = [
  ".geojson",
  ".json",
  ".csv",
  ".xlsx",
  ".txt",
  "application/geo+json",
  "application/json",
  "text/csv",
  "text/plain",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
].join(",");

/** /admin/protected-areas — area lists, their versions and the flags they raise. */
export function ProtectedAreasPage() {
  const viewer = useViewer();
  const lists = useQuery(LISTS);
  const [state, setState] = useState<ProtectedAreaFlagState | "">("OPEN");
  const pages = useCursorPages(state);
  const flags = useQuery(FLAGS, { state: state === "" ? null : state, after: pages.after });
  const reload = () => {
    lists.reload();
    flags.reload();
  };
  const mayClear = viewer.role === "AUDITOR" || viewer.role === "ADMIN";
  return (
    <section>
      <h1>Protected areas</h1>
      <p className="muted">
        Sites and map nodes with coordinates are checked against the newest version of every list: a
        point inside an area, or within its buffer, raises a flag that makes the supplier BLOCKED
        until an auditor or admin clears it with evidence.
      </p>
      {viewer.role === "ADMIN" && <AreaImport onImported={reload} />}
      <QueryGate state={lists}>
        {(data) => (
          <div className="card">
            <h2>Lists and versions</h2>
            {data.protectedAreaLists.length === 0 ? (
              <Empty>No list imported yet.</Empty>
            ) : (
              <div className="table-wrap">
                <table className="table" aria-label="Protected-area list versions">
                  <thead>
                    <tr>
                      <th>List</th>
                      <th>Version</th>
                      <th>Format</th>
                      <th>Areas</th>
                      <th>File</th>
                      <th>Imported</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.protectedAreaLists.flatMap((list) =>
                      list.versions.map((version, index) => (
                        <tr key={version.id}>
                          <td>
                            {list.name}
                            {index === 0 && <Badge value="CURRENT" kind="active" />}
                          </td>
                          <td>{version.version}</td>
                          <td>{version.format}</td>
                          <td>{version.areaCount}</td>
                          <td>{version.sourceFilename}</td>
                          <td>{formatDateTime(version.importedAt)}</td>
                        </tr>
                      )),
                    )}
                  </tbody>
                </table>
              </div>
            )}
          </div>
        )}
      </QueryGate>
      <div className="card">
        <h2>Flags</h2>
        <SelectField
          label="Show"
          value={state}
          options={[
            { value: "OPEN", label: "Open (blocking)" },
            { value: "CLEARED", label: "Cleared" },
            { value: "WITHDRAWN", label: "Withdrawn" },
            { value: "", label: "All" },
          ]}
          onChange={(event) => setState(event.target.value as ProtectedAreaFlagState | "")}
        />
        <QueryGate state={flags}>
          {(data) =>
            data.protectedAreaFlags.edges.length === 0 ? (
              <Empty>No flags in this view.</Empty>
            ) : (
              <>
                {data.protectedAreaFlags.edges.map(({ node }) => (
                  <FlagCard key={node.id} flag={node} mayClear={mayClear} onChange={reload} />
                ))}
                <Pager
                  label="Flags"
                  total={data.protectedAreaFlags.totalCount}
                  hasNext={data.protectedAreaFlags.pageInfo.hasNextPage}
                  hasPrevious={pages.hasPrevious}
                  onNext={() => pages.next(data.protectedAreaFlags.pageInfo.endCursor)}
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

function AreaImport({ onImported }: { onImported: () => void }) {
  const mutation = useMutation(IMPORT);
  const [listName, setListName] = useState("");
  return (
    <ListImport
      title="Import protected areas"
      label="Area file"
      accept={AREA_FILE_ACCEPT}
      hint="A GeoJSON FeatureCollection (polygons, or points with a radius) or a CSV/XLSX of points with a radius; checked before anything is saved."
      busy={mutation.busy}
      error={mutation.error}
      reset={mutation.reset}
      disabled={listName.trim() === ""}
      run={async (documentId, dryRun) => {
        const report = (await mutation.run({ listName: listName.trim(), documentId, dryRun }))
          ?.importProtectedAreas;
        if (report?.applied) onImported();
        return report;
      }}
      summary={(report) =>
        report.applied
          ? `Imported ${report.rows} areas as the list's next version; sites and map nodes were checked again.`
          : `Checked ${report.rows} areas: no problems. Nothing is saved until you confirm.`
      }
    >
      <TextField
        label="List name"
        name="listName"
        value={listName}
        error={mutation.error}
        hint="A known name adds a version to that list; a new one starts a list"
        onChange={(event) => setListName(event.target.value)}
      />
    </ListImport>
  );
}

function FlagCard({
  flag,
  mayClear,
  onChange,
}: {
  flag: Flag;
  mayClear: boolean;
  onChange: () => void;
}) {
  const [clearing, setClearing] = useState(false);
  return (
    <article className="card" aria-label={`Flag ${flag.targetName}`} data-flag-id={flag.id}>
      <h3>
        {flag.targetName}{" "}
        <span className="muted">({flag.target === "NODE" ? "map node" : "site"})</span>{" "}
        <Badge value={flag.state} kind={flag.state === "OPEN" ? "blocked" : undefined} />
      </h3>
      <p>
        {flag.distanceKm === 0
          ? `Inside ${flag.area.name}`
          : `${flag.distanceKm.toFixed(2)} km from ${flag.area.name}`}
        {flag.area.designation && ` (${flag.area.designation})`} · list {flag.list.name} · at{" "}
        {flag.latitude}, {flag.longitude} · flagged {formatDateTime(flag.flaggedAt)} ·{" "}
        <Link to={`/suppliers/${encodeURIComponent(flag.supplier.id)}`}>{flag.supplier.name}</Link>
      </p>
      {flag.clearedAt && (
        <div>
          <p>
            Cleared by {flag.clearedBy?.name ?? "—"} {formatDateTime(flag.clearedAt)}:{" "}
            {flag.clearanceNote}
          </p>
          <EvidenceList evidence={flag.evidence} />
        </div>
      )}
      {mayClear &&
        flag.state === "OPEN" &&
        (clearing ? (
          <ClearForm
            flagId={flag.id}
            onCancel={() => setClearing(false)}
            onCleared={() => {
              setClearing(false);
              onChange();
            }}
          />
        ) : (
          <button type="button" onClick={() => setClearing(true)}>
            Clear with evidence
          </button>
        ))}
    </article>
  );
}

function ClearForm({
  flagId,
  onCancel,
  onCleared,
}: {
  flagId: string;
  onCancel: () => void;
  onCleared: () => void;
}) {
  const clear = useMutation(CLEAR);
  const [note, setNote] = useState("");
  const [evidence, setEvidence] = useState<EvidenceDraft>(EMPTY_EVIDENCE);
  const [uploading, setUploading] = useState(false);
  return (
    <form
      aria-label="Clear the flag"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const item = evidenceInputOf(evidence);
        void clear
          .run({ id: flagId, note, evidence: item ? [item] : [] })
          .then((result) => result && onCleared());
      }}
    >
      <TextArea
        label="Why it does not source from the area"
        name="note"
        value={note}
        error={clear.error}
        rows={3}
        onChange={(event) => setNote(event.target.value)}
      />
      <EvidenceFields
        value={evidence}
        onChange={setEvidence}
        error={clear.error}
        legend="Evidence (required)"
        onBusyChange={setUploading}
      />
      <ErrorMessage error={clear.error} />
      <div className="button-row">
        <button type="submit" className="primary" disabled={clear.busy || uploading}>
          {clear.busy ? "Clearing…" : "Clear flag"}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
