import { useMemo, useState } from "react";
import { Trans, useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { useViewer } from "../../api/auth";
import { ApiError } from "../../api/client";
import { useMutation, useQuery } from "../../api/hooks";
import { DocumentLink, DownloadButton } from "../../components/documents";
import { ConfirmButton } from "../../components/once";
import { Badge, Empty, ErrorMessage, formatDateTime, Loading } from "../../components/ui";
import { graphql } from "../../gql";
import { formatNumber } from "../../i18n/format";
import { NotFoundPage } from "../NotFoundPage";
import { MapGraph, nodeStatus } from "./MapGraph";
import {
  evidenceInputsOf,
  LinkForm,
  MapError,
  NodeForm,
  nodeDraftOf,
  nodeInputOf,
  VerifyForm,
} from "./MapForms";
import {
  codeLabel,
  custodyLabel,
  evidenceKindLabel,
  type MapData,
  type MapLink,
  type MapNode,
  type NodeFlag,
  type NodeHit,
  type NodeMarks,
} from "./map.types";

const MAP_PAGE = graphql(`
  query SupplyChainMapPage($supplierId: ID!, $categoryId: ID!) {
    supplier(id: $supplierId) {
      id
      name
      archived
      materialCategories {
        id
        code
        name
      }
      supplyChain(categoryId: $categoryId) {
        id
        version
        updatedAt
        coverage
        category {
          id
          name
        }
        traceability {
          level
          declaredLevel
          basis
          coverage
          explanation
          originTier
          pathCount
          originPathCount
          verifiedPathCount
        }
        tierSet {
          id
          name
          tiers {
            id
            code
            name
            position
          }
        }
        nodes {
          id
          name
          isRoot
          tierId
          tier {
            id
            name
            position
          }
          country
          region
          address
          latitude
          longitude
        }
        links {
          id
          upstreamNodeId
          downstreamNodeId
          custody
          state
          verifiedAt
          verifiedBy {
            name
          }
          verificationNote
          evidence {
            documentId
            kind
            reference
            sha256
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
`);

const MAP_MARKS_STAFF = graphql(`
  query SupplyChainMapHits($supplierId: ID!) {
    screeningHits(supplierId: $supplierId, state: OPEN, first: 100) {
      edges {
        node {
          id
          state
          kind
          explanation
          node {
            id
          }
        }
      }
    }
  }
`);

const MAP_FLAGS = graphql(`
  query SupplyChainMapFlags($supplierId: ID!) {
    protectedAreaFlags(supplierId: $supplierId, state: OPEN, first: 100) {
      edges {
        node {
          id
          state
          nodeId
          distanceKm
          area {
            name
          }
        }
      }
    }
  }
`);

const CREATE_MAP = graphql(`
  mutation CreateSupplyChainMap($supplierId: ID!, $categoryId: ID!) {
    createSupplyChainMap(supplierId: $supplierId, categoryId: $categoryId) {
      id
      version
    }
  }
`);
const ADD_NODE = graphql(`
  mutation AddSupplyChainNode($mapId: ID!, $expectedVersion: Int!, $input: SupplyChainNodeInput!) {
    addSupplyChainNode(mapId: $mapId, expectedVersion: $expectedVersion, input: $input) {
      id
      version
    }
  }
`);
const UPDATE_NODE = graphql(`
  mutation UpdateSupplyChainNode($id: ID!, $expectedVersion: Int!, $input: SupplyChainNodeInput!) {
    updateSupplyChainNode(id: $id, expectedVersion: $expectedVersion, input: $input) {
      id
      version
    }
  }
`);
const REMOVE_NODE = graphql(`
  mutation RemoveSupplyChainNode($id: ID!, $expectedVersion: Int!) {
    removeSupplyChainNode(id: $id, expectedVersion: $expectedVersion) {
      id
      version
    }
  }
`);
const ADD_LINK = graphql(`
  mutation AddSupplyChainLink($mapId: ID!, $expectedVersion: Int!, $input: SupplyChainLinkInput!) {
    addSupplyChainLink(mapId: $mapId, expectedVersion: $expectedVersion, input: $input) {
      id
      version
    }
  }
`);
const UPDATE_LINK = graphql(`
  mutation UpdateSupplyChainLink(
    $id: ID!
    $expectedVersion: Int!
    $input: SupplyChainLinkUpdateInput!
  ) {
    updateSupplyChainLink(id: $id, expectedVersion: $expectedVersion, input: $input) {
      id
      version
    }
  }
`);
const REMOVE_LINK = graphql(`
  mutation RemoveSupplyChainLink($id: ID!, $expectedVersion: Int!) {
    removeSupplyChainLink(id: $id, expectedVersion: $expectedVersion) {
      id
      version
    }
  }
`);
const VERIFY_LINK = graphql(`
  mutation VerifySupplyChainLink(
    $id: ID!
    $expectedVersion: Int!
    $evidence: [LinkEvidenceInput!]!
    $note: String
  ) {
    verifySupplyChainLink(
      id: $id
      expectedVersion: $expectedVersion
      evidence: $evidence
      note: $note
    ) {
      id
      version
    }
  }
`);

type Editing =
  | { kind: "node"; node: MapNode | null }
  | { kind: "link"; link: MapLink | null }
  | { kind: "verify"; link: MapLink }
  | null;

function marksOf(
  hits: readonly (NodeHit & { nodeId: string | null })[],
  flags: readonly (NodeFlag & { nodeId: string | null })[],
): NodeMarks {
  const marks: NodeMarks = { hits: new Map(), flags: new Map() };
  for (const hit of hits) {
    if (!hit.nodeId) continue;
    marks.hits.set(hit.nodeId, [...(marks.hits.get(hit.nodeId) ?? []), hit]);
  }
  for (const flag of flags) {
    if (!flag.nodeId) continue;
    marks.flags.set(flag.nodeId, [...(marks.flags.get(flag.nodeId) ?? []), flag]);
  }
  return marks;
}

/** /suppliers/:id/supply-chain/:categoryId — one supplier's upstream chain for one category. */
export function SupplyChainMapPage() {
  const { t } = useTranslation("supplyChain");
  const { id = "", categoryId = "" } = useParams();
  const viewer = useViewer();
  const staff = viewer.role !== "SUPPLIER";
  const state = useQuery(MAP_PAGE, { supplierId: id, categoryId });
  const hits = useQuery(MAP_MARKS_STAFF, { supplierId: id }, { skip: !staff });
  const flags = useQuery(MAP_FLAGS, { supplierId: id });
  const reload = () => {
    state.reload();
    hits.reload();
    flags.reload();
  };
  const marks = useMemo(
    () =>
      marksOf(
        (hits.data?.screeningHits.edges ?? []).map(({ node }) => ({
          id: node.id,
          state: node.state,
          kind: node.kind,
          explanation: node.explanation,
          nodeId: node.node?.id ?? null,
        })),
        (flags.data?.protectedAreaFlags.edges ?? []).map(({ node }) => ({
          id: node.id,
          state: node.state,
          areaName: node.area.name,
          distanceKm: node.distanceKm,
          nodeId: node.nodeId ?? null,
        })),
      ),
    [hits.data, flags.data],
  );

  if (state.error && !state.data) {
    const notFound = state.error instanceof ApiError && state.error.code === "NOT_FOUND";
    return notFound ? <NotFoundPage /> : <ErrorMessage error={state.error} />;
  }
  if (!state.data) return <Loading />;
  const supplier = state.data.supplier;
  if (!supplier) return <NotFoundPage />;
  const category = supplier.materialCategories.find((c) => c.id === categoryId);
  const mayEdit =
    !supplier.archived &&
    (viewer.role === "ADMIN" ||
      (viewer.role === "SUPPLIER" && viewer.supplier?.id === supplier.id));
  const mayVerify = viewer.role === "AUDITOR" || viewer.role === "ADMIN";
  const map = supplier.supplyChain;
  const exportPath = `/exports/supply-chain/${encodeURIComponent(supplier.id)}/${encodeURIComponent(categoryId)}.csv`;
  const exportFilename = `supply-chain-${categoryId}.csv`;
  const title = t("map.title", {
    category: category?.name ?? map?.category.name ?? t("map.categoryFallback"),
  });

  return (
    <section>
      <header className="page-head">
        <div>
          <p className="muted">
            <Link to={`/suppliers/${encodeURIComponent(supplier.id)}`}>{supplier.name}</Link>
          </p>
          <h1>{title}</h1>
        </div>
        {map && (
          <div className="head-actions">
            <DownloadButton className="primary" path={exportPath} filename={exportFilename}>
              {t("map.download")}
            </DownloadButton>
          </div>
        )}
      </header>
      <ErrorMessage error={hits.error ?? flags.error} />
      {map ? (
        <MapView
          map={map}
          marks={marks}
          mayEdit={mayEdit}
          mayVerify={mayVerify}
          staff={staff}
          onChange={reload}
        />
      ) : (
        <StartMap
          supplierId={supplier.id}
          categoryId={categoryId}
          known={category !== undefined}
          mayEdit={mayEdit}
          onCreated={reload}
        />
      )}
    </section>
  );
}

function StartMap({
  supplierId,
  categoryId,
  known,
  mayEdit,
  onCreated,
}: {
  supplierId: string;
  categoryId: string;
  known: boolean;
  mayEdit: boolean;
  onCreated: () => void;
}) {
  const { t } = useTranslation("supplyChain");
  const create = useMutation(CREATE_MAP);
  if (!known) return <NotFoundPage />;
  return (
    <div className="card">
      <h2>{t("map.start.title")}</h2>
      <p>
        <Trans t={t} i18nKey="map.start.text" components={{ strong: <strong /> }} />
      </p>
      <ErrorMessage error={create.error} />
      {mayEdit && (
        <button
          type="button"
          className="primary"
          disabled={create.busy}
          onClick={() =>
            void create.run({ supplierId, categoryId }).then((result) => result && onCreated())
          }
        >
          {t("map.start.button")}
        </button>
      )}
    </div>
  );
}

function MapView({
  map,
  marks,
  mayEdit,
  mayVerify,
  staff,
  onChange,
}: {
  map: MapData;
  marks: NodeMarks;
  mayEdit: boolean;
  mayVerify: boolean;
  staff: boolean;
  onChange: () => void;
}) {
  const { t } = useTranslation("supplyChain");
  const [editing, setEditing] = useState<Editing>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const addNode = useMutation(ADD_NODE);
  const updateNode = useMutation(UPDATE_NODE);
  const removeNode = useMutation(REMOVE_NODE);
  const addLink = useMutation(ADD_LINK);
  const updateLink = useMutation(UPDATE_LINK);
  const removeLink = useMutation(REMOVE_LINK);
  const verify = useMutation(VERIFY_LINK);
  const root = map.nodes.find((node) => node.isRoot);
  const rootPosition = root?.tier.position ?? Number.MAX_SAFE_INTEGER;
  const upstreamTiers = map.tierSet.tiers.filter((tier) => tier.position < rootPosition);
  const byId = new Map(map.nodes.map((node) => [node.id, node]));
  const linkLabel = (link: MapLink) =>
    `${byId.get(link.upstreamNodeId)?.name ?? t("map.unknownNode")} → ${byId.get(link.downstreamNodeId)?.name ?? t("map.unknownNode")}`;
  const done = (result: unknown) => {
    if (result) {
      setEditing(null);
      onChange();
    }
  };
  const start = (next: Editing) => {
    for (const m of [addNode, updateNode, addLink, updateLink, verify]) m.reset();
    setEditing(next);
  };
  const trace = map.traceability;
  const nodesSorted = [...map.nodes].sort(
    (a, b) => b.tier.position - a.tier.position || a.name.localeCompare(b.name),
  );
  const tableError = removeNode.error ?? removeLink.error;

  return (
    <>
      <div className="tiles">
        <div className="tile">
          <span className="tile-label">{t("map.tiles.level")}</span>
          <span className="tile-value small" data-testid="traceability-level">
            {codeLabel("level", trace.level)}
          </span>
          <small>
            {t("map.tiles.declaredLevel", { level: codeLabel("level", trace.declaredLevel) })}
          </small>
        </div>
        <div className="tile">
          <span className="tile-label">{t("map.tiles.coverage")}</span>
          <span className="tile-value" data-testid="traceability-coverage">
            {t("map.tiles.coverageValue", { value: formatNumber(trace.coverage, 0) })}
          </span>
          <small>
            {t("map.tiles.paths", {
              verified: trace.verifiedPathCount,
              paths: trace.pathCount,
              tier: trace.originTier,
            })}
          </small>
        </div>
      </div>
      <div className="card">
        <h2>{t("map.how.title")}</h2>
        <p data-testid="traceability-explanation">{trace.explanation}</p>
        <p className="muted">
          {t("map.how.text", {
            tier: trace.originTier,
            origin: trace.originPathCount,
            paths: trace.pathCount,
            version: map.version,
            changed: formatDateTime(map.updatedAt),
          })}
        </p>
      </div>

      <div className="card">
        <h2>{t("map.graphTitle")}</h2>
        <ul className="sc-legend" aria-label={t("map.legend.label")}>
          <li>
            <span className="sc-swatch root" aria-hidden="true" /> {t("map.legend.root")}
          </li>
          <li>
            <span className="sc-swatch flagged" aria-hidden="true" /> {t("map.legend.flagged")}
          </li>
          <li>
            <span className="sc-swatch verified" aria-hidden="true" /> {t("map.legend.verified")}
          </li>
          <li>
            <span className="sc-swatch declared" aria-hidden="true" /> {t("map.legend.declared")}
          </li>
        </ul>
        <MapGraph
          tiers={map.tierSet.tiers}
          nodes={map.nodes}
          links={map.links}
          marks={marks}
          onSelectNode={setSelected}
        />
        {selected && byId.get(selected) && (
          <NodeDetails
            node={byId.get(selected)!}
            marks={marks}
            staff={staff}
            onClose={() => setSelected(null)}
          />
        )}
      </div>

      {mayEdit && (
        <div className="button-row">
          <button
            type="button"
            className="primary"
            onClick={() => start({ kind: "node", node: null })}
          >
            {t("map.addNode")}
          </button>
          <button
            type="button"
            disabled={map.nodes.length < 2}
            onClick={() => start({ kind: "link", link: null })}
          >
            {t("map.addLink")}
          </button>
        </div>
      )}

      {editing?.kind === "node" && (
        <NodeForm
          key={editing.node?.id ?? "new"}
          title={editing.node ? t("map.editNode", { name: editing.node.name }) : t("map.addNode")}
          tiers={editing.node?.isRoot ? map.tierSet.tiers : upstreamTiers}
          rootTier={editing.node?.isRoot ?? false}
          initial={nodeDraftOf(editing.node, upstreamTiers[upstreamTiers.length - 1]?.id ?? "")}
          busy={addNode.busy || updateNode.busy}
          error={editing.node ? updateNode.error : addNode.error}
          onReload={onChange}
          onCancel={() => setEditing(null)}
          onSubmit={(draft) => {
            const input = nodeInputOf(draft);
            void (
              editing.node
                ? updateNode.run({ id: editing.node.id, expectedVersion: map.version, input })
                : addNode.run({ mapId: map.id, expectedVersion: map.version, input })
            ).then(done);
          }}
        />
      )}
      {editing?.kind === "link" && (
        <LinkForm
          key={editing.link?.id ?? "new"}
          title={
            editing.link ? t("map.editLink", { link: linkLabel(editing.link) }) : t("map.addLink")
          }
          nodes={map.nodes}
          link={editing.link}
          busy={addLink.busy || updateLink.busy}
          error={editing.link ? updateLink.error : addLink.error}
          onReload={onChange}
          onCancel={() => setEditing(null)}
          onSubmit={(value) => {
            const evidence = evidenceInputsOf(value.evidence);
            void (
              editing.link
                ? updateLink.run({
                    id: editing.link.id,
                    expectedVersion: map.version,
                    input: { custody: value.custody, evidence },
                  })
                : addLink.run({
                    mapId: map.id,
                    expectedVersion: map.version,
                    input: {
                      upstreamNodeId: value.upstreamNodeId,
                      downstreamNodeId: value.downstreamNodeId,
                      custody: value.custody,
                      evidence,
                    },
                  })
            ).then(done);
          }}
        />
      )}
      {editing?.kind === "verify" && (
        <VerifyForm
          key={editing.link.id}
          link={editing.link}
          label={linkLabel(editing.link)}
          busy={verify.busy}
          error={verify.error}
          onReload={onChange}
          onCancel={() => setEditing(null)}
          onSubmit={(value) =>
            void verify
              .run({
                id: editing.link.id,
                expectedVersion: map.version,
                evidence: evidenceInputsOf(value.evidence),
                note: value.note.trim() === "" ? null : value.note.trim(),
              })
              .then(done)
          }
        />
      )}

      <div className="card">
        <h2>{t("map.nodes.title")}</h2>
        <MapError error={tableError} onReload={onChange} />
        <div className="table-wrap">
          <table className="table" aria-label={t("map.nodes.title")}>
            <thead>
              <tr>
                <th>{t("map.nodes.name")}</th>
                <th>{t("map.nodes.tier")}</th>
                <th>{t("map.nodes.country")}</th>
                <th>{t("map.nodes.region")}</th>
                <th>{t("map.nodes.coordinates")}</th>
                <th>{t("map.nodes.marks")}</th>
                {mayEdit && <th>{t("map.nodes.actions")}</th>}
              </tr>
            </thead>
            <tbody>
              {nodesSorted.map((node) => {
                const status = nodeStatus(node, marks);
                return (
                  <tr
                    key={node.id}
                    data-node-id={node.id}
                    className={status === "flagged" ? "sc-row-flagged" : undefined}
                  >
                    <td>
                      {node.name}
                      {node.isRoot && (
                        <Badge value={t("map.nodes.supplierBadge")} kind="evidence" />
                      )}
                      {node.address && <div className="muted">{node.address}</div>}
                    </td>
                    <td>{node.tier.name}</td>
                    <td>{node.country}</td>
                    <td>{node.region ?? "—"}</td>
                    <td>
                      {node.latitude !== null && node.latitude !== undefined
                        ? `${node.latitude}, ${node.longitude}`
                        : "—"}
                    </td>
                    <td>
                      <NodeMarksText node={node} marks={marks} staff={staff} />
                    </td>
                    {mayEdit && (
                      <td>
                        <button
                          type="button"
                          className="link-button"
                          aria-label={t("map.editNode", { name: node.name })}
                          onClick={() => start({ kind: "node", node })}
                        >
                          {t("map.edit")}
                        </button>
                        {!node.isRoot && (
                          <ConfirmButton
                            label={t("map.remove")}
                            accessibleLabel={t("map.removeNode", { name: node.name })}
                            question={t("map.removeNodeQuestion", { name: node.name })}
                            confirmLabel={t("map.yesRemove")}
                            busy={removeNode.busy}
                            onConfirm={() =>
                              removeNode
                                .run({ id: node.id, expectedVersion: map.version })
                                .then(done)
                            }
                          />
                        )}
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </div>

      <div className="card">
        <h2>{t("map.links.title")}</h2>
        {map.links.length === 0 ? (
          <Empty>{t("map.links.empty")}</Empty>
        ) : (
          <div className="table-wrap">
            <table className="table" aria-label={t("map.links.title")}>
              <thead>
                <tr>
                  <th>{t("map.links.fromTo")}</th>
                  <th>{t("map.links.custody")}</th>
                  <th>{t("map.links.state")}</th>
                  <th>{t("map.links.evidence")}</th>
                  {(mayEdit || mayVerify) && <th>{t("map.links.actions")}</th>}
                </tr>
              </thead>
              <tbody>
                {map.links.map((link) => (
                  <tr key={link.id} data-link-id={link.id}>
                    <td>{linkLabel(link)}</td>
                    <td>{custodyLabel(link.custody)}</td>
                    <td>
                      <Badge
                        value={codeLabel("linkState", link.state)}
                        kind={link.state.toLowerCase()}
                      />
                      {link.verifiedAt && (
                        <div className="muted">
                          {t(
                            link.verificationNote
                              ? "map.links.verifiedByNote"
                              : "map.links.verifiedBy",
                            {
                              name: link.verifiedBy?.name ?? "—",
                              date: formatDateTime(link.verifiedAt),
                              note: link.verificationNote,
                            },
                          )}
                        </div>
                      )}
                    </td>
                    <td>
                      {link.evidence.length === 0 ? (
                        <span className="muted">{t("map.links.none")}</span>
                      ) : (
                        <ul className="evidence-list">
                          {link.evidence.map((item, index) => (
                            <li key={index}>
                              {evidenceKindLabel(item.kind)}
                              {item.reference && ` ${item.reference}`}
                              {item.document && (
                                <>
                                  {" · "}
                                  <DocumentLink document={item.document} />
                                </>
                              )}
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                    {(mayEdit || mayVerify) && (
                      <td>
                        {mayVerify && link.state !== "VERIFIED" && (
                          <button
                            type="button"
                            className="link-button"
                            aria-label={t("map.verifyLink", { link: linkLabel(link) })}
                            onClick={() => start({ kind: "verify", link })}
                          >
                            {t("map.verify")}
                          </button>
                        )}
                        {mayEdit && (
                          <>
                            <button
                              type="button"
                              className="link-button"
                              aria-label={t("map.editLink", { link: linkLabel(link) })}
                              onClick={() => start({ kind: "link", link })}
                            >
                              {t("map.edit")}
                            </button>
                            <ConfirmButton
                              label={t("map.remove")}
                              accessibleLabel={t("map.removeLink", { link: linkLabel(link) })}
                              question={t("map.removeLinkQuestion", { link: linkLabel(link) })}
                              confirmLabel={t("map.yesRemove")}
                              busy={removeLink.busy}
                              onConfirm={() =>
                                removeLink
                                  .run({ id: link.id, expectedVersion: map.version })
                                  .then(done)
                              }
                            />
                          </>
                        )}
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </>
  );
}

function NodeMarksText({
  node,
  marks,
  staff,
}: {
  node: MapNode;
  marks: NodeMarks;
  staff: boolean;
}) {
  const { t } = useTranslation("supplyChain");
  const hits = marks.hits.get(node.id) ?? [];
  const flags = marks.flags.get(node.id) ?? [];
  if (hits.length === 0 && flags.length === 0)
    return (
      <span className="muted">{staff ? t("map.marks.noHitOrFlag") : t("map.marks.noFlag")}</span>
    );
  return (
    <ul className="evidence-list">
      {hits.map((hit) => (
        <li key={hit.id} data-testid="node-hit">
          <Badge value={t("map.marks.hitBadge")} kind="blocked" /> {hit.explanation}
        </li>
      ))}
      {flags.map((flag) => (
        <li key={flag.id} data-testid="node-flag">
          <Badge value={t("map.marks.flagBadge")} kind="blocked" /> {flag.areaName}
          {flag.distanceKm > 0
            ? t("map.marks.away", { distance: formatNumber(flag.distanceKm, 1) })
            : t("map.marks.inside")}
        </li>
      ))}
    </ul>
  );
}

function NodeDetails({
  node,
  marks,
  staff,
  onClose,
}: {
  node: MapNode;
  marks: NodeMarks;
  staff: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation("supplyChain");
  return (
    <div className="notice" role="status" aria-label={t("map.details.label", { name: node.name })}>
      <p>
        <strong>{node.name}</strong> · {node.tier.name} · {node.country}
        {node.region && ` · ${node.region}`}
      </p>
      <NodeMarksText node={node} marks={marks} staff={staff} />
      <button type="button" className="link-button" onClick={onClose}>
        {t("map.details.close")}
      </button>
    </div>
  );
}
