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
import { formatNumber } from "../../i18n/format";
import { ListImport } from "./ListImport";
import { codeLabel } from "./map.types";

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
  const { t } = useTranslation("supplyChain");
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
      <h1>{t("protectedAreas.title")}</h1>
      <p className="muted">{t("protectedAreas.intro")}</p>
      {viewer.role === "ADMIN" && <AreaImport onImported={reload} />}
      <QueryGate state={lists}>
        {(data) => (
          <div className="card">
            <h2>{t("protectedAreas.lists.title")}</h2>
            {data.protectedAreaLists.length === 0 ? (
              <Empty>{t("protectedAreas.lists.empty")}</Empty>
            ) : (
              <div className="table-wrap">
                <table className="table" aria-label={t("protectedAreas.lists.table")}>
                  <thead>
                    <tr>
                      <th>{t("protectedAreas.lists.list")}</th>
                      <th>{t("protectedAreas.lists.version")}</th>
                      <th>{t("protectedAreas.lists.format")}</th>
                      <th>{t("protectedAreas.lists.areas")}</th>
                      <th>{t("protectedAreas.lists.file")}</th>
                      <th>{t("protectedAreas.lists.imported")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.protectedAreaLists.flatMap((list) =>
                      list.versions.map((version, index) => (
                        <tr key={version.id}>
                          <td>
                            {list.name}
                            {index === 0 && (
                              <Badge value={t("protectedAreas.lists.current")} kind="active" />
                            )}
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
        <h2>{t("protectedAreas.flags.title")}</h2>
        <SelectField
          label={t("protectedAreas.flags.show")}
          value={state}
          options={[
            { value: "OPEN", label: t("protectedAreas.flags.open") },
            { value: "CLEARED", label: t("protectedAreas.flags.cleared") },
            { value: "WITHDRAWN", label: t("protectedAreas.flags.withdrawn") },
            { value: "", label: t("protectedAreas.flags.all") },
          ]}
          onChange={(event) => setState(event.target.value as ProtectedAreaFlagState | "")}
        />
        <QueryGate state={flags}>
          {(data) =>
            data.protectedAreaFlags.edges.length === 0 ? (
              <Empty>{t("protectedAreas.flags.empty")}</Empty>
            ) : (
              <>
                {data.protectedAreaFlags.edges.map(({ node }) => (
                  <FlagCard key={node.id} flag={node} mayClear={mayClear} onChange={reload} />
                ))}
                <Pager
                  label={t("protectedAreas.flags.pager")}
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
  const { t } = useTranslation("supplyChain");
  const mutation = useMutation(IMPORT);
  const [listName, setListName] = useState("");
  return (
    <ListImport
      title={t("protectedAreas.import.title")}
      label={t("protectedAreas.import.fileLabel")}
      accept={AREA_FILE_ACCEPT}
      hint={t("protectedAreas.import.fileHint")}
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
        t(report.applied ? "protectedAreas.import.imported" : "protectedAreas.import.checked", {
          rows: report.rows,
        })
      }
    >
      <TextField
        label={t("protectedAreas.import.listName")}
        name="listName"
        value={listName}
        error={mutation.error}
        hint={t("protectedAreas.import.listNameHint")}
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
  const { t } = useTranslation("supplyChain");
  const [clearing, setClearing] = useState(false);
  return (
    <article
      className="card"
      aria-label={t("protectedAreas.flag.label", { name: flag.targetName })}
      data-flag-id={flag.id}
    >
      <h3>
        {flag.targetName}{" "}
        <span className="muted">
          {flag.target === "NODE" ? t("protectedAreas.flag.node") : t("protectedAreas.flag.site")}
        </span>{" "}
        <Badge
          value={codeLabel("protectedAreas.flagState", flag.state)}
          kind={flag.state === "OPEN" ? "blocked" : flag.state.toLowerCase()}
        />
      </h3>
      <p>
        {flag.distanceKm === 0
          ? t("protectedAreas.flag.inside", { area: flag.area.name })
          : t("protectedAreas.flag.distance", {
              distance: formatNumber(flag.distanceKm, 2),
              area: flag.area.name,
            })}
        {flag.area.designation &&
          t("protectedAreas.flag.designation", { designation: flag.area.designation })}
        {t("protectedAreas.flag.meta", {
          list: flag.list.name,
          latitude: flag.latitude,
          longitude: flag.longitude,
          flagged: formatDateTime(flag.flaggedAt),
        })}
        <Link to={`/suppliers/${encodeURIComponent(flag.supplier.id)}`}>{flag.supplier.name}</Link>
      </p>
      {flag.clearedAt && (
        <div>
          <p>
            {t("protectedAreas.flag.clearedBy", {
              name: flag.clearedBy?.name ?? "—",
              date: formatDateTime(flag.clearedAt),
              note: flag.clearanceNote,
            })}
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
            {t("protectedAreas.flag.clearButton")}
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
  const { t } = useTranslation("supplyChain");
  const clear = useMutation(CLEAR);
  const [note, setNote] = useState("");
  const [evidence, setEvidence] = useState<EvidenceDraft>(EMPTY_EVIDENCE);
  const [uploading, setUploading] = useState(false);
  return (
    <form
      aria-label={t("protectedAreas.clear.form")}
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
        label={t("protectedAreas.clear.note")}
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
        legend={t("protectedAreas.clear.evidence")}
        onBusyChange={setUploading}
      />
      <ErrorMessage error={clear.error} />
      <div className="button-row">
        <button type="submit" className="primary" disabled={clear.busy || uploading}>
          {clear.busy ? t("protectedAreas.clear.submitting") : t("protectedAreas.clear.submit")}
        </button>
        <button type="button" onClick={onCancel}>
          {t("protectedAreas.clear.cancel")}
        </button>
      </div>
    </form>
  );
}
