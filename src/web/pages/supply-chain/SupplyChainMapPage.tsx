import { useMemo, useState } from "react";
import { Link, useParams } from "react-router-dom";
import { useViewer } from "../../api/auth";
import { ApiError } from "../../api/client";
import { useMutation, useQuery } from "../../api/hooks";
import { DocumentLink, DownloadButton } from "../../components/documents";
import { ConfirmButton } from "../../components/once";
import { Badge, Empty, ErrorMessage, formatDateTime, Loading } from "../../components/ui";
import { graphql } from "../../gql";
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
  CUSTODY_LABELS,
  EVIDENCE_KIND_LABELS,
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

const LEVEL_LABELS: Record<string, string> = {
  TO_ORIGIN: "To origin",
  TIER1: "Tier 1 (direct sub-suppliers known)",
  NONE: "None",
};

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
  const title = `Supply chain: ${category?.name ?? map?.category.name ?? "category"}`;

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
            <DownloadButton
              className="primary"
              path={`/exports/supply-chain/${encodeURIComponent(supplier.id)}/${encodeURIComponent(categoryId)}.csv`}
              filename={`supply-chain-${categoryId}.csv`}
            >
              Download due-diligence file (CSV)
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
  const create = useMutation(CREATE_MAP);
  if (!known) return <NotFoundPage />;
  return (
    <div className="card">
      <h2>No map drawn yet</h2>
      <p>
        Without a map the computed traceability is <strong>None</strong>. A map starts with the
        supplier itself at the category&apos;s top tier; the parties upstream are added to it.
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
          Start the map
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
    `${byId.get(link.upstreamNodeId)?.name ?? "?"} → ${byId.get(link.downstreamNodeId)?.name ?? "?"}`;
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
  const t = map.traceability;
  const nodesSorted = [...map.nodes].sort(
    (a, b) => b.tier.position - a.tier.position || a.name.localeCompare(b.name),
  );
  const tableError = removeNode.error ?? removeLink.error;

  return (
    <>
      <div className="tiles">
        <div className="tile">
          <span className="tile-label">Computed traceability</span>
          <span className="tile-value small" data-testid="traceability-level">
            {LEVEL_LABELS[t.level] ?? t.level}
          </span>
          <small>if every declared link were verified: {LEVEL_LABELS[t.declaredLevel]}</small>
        </div>
        <div className="tile">
          <span className="tile-label">Coverage</span>
          <span className="tile-value" data-testid="traceability-coverage">
            {Math.round(t.coverage)}%
          </span>
          <small>
            {t.verifiedPathCount} of {t.pathCount} paths verified to {t.originTier}
          </small>
        </div>
      </div>
      <div className="card">
        <h2>How the traceability is computed</h2>
        <p data-testid="traceability-explanation">{t.explanation}</p>
        <p className="muted">
          To origin: every path from the supplier reaches the origin tier ({t.originTier}) through
          verified links. Tier 1: the direct sub-suppliers are known. Coverage is the share of paths
          verified to the origin ({t.originPathCount} of {t.pathCount} paths reach it, verified or
          not). Map version {map.version}, changed {formatDateTime(map.updatedAt)}.
        </p>
      </div>

      <div className="card">
        <h2>Map</h2>
        <ul className="sc-legend" aria-label="Legend">
          <li>
            <span className="sc-swatch root" aria-hidden="true" /> the supplier
          </li>
          <li>
            <span className="sc-swatch flagged" aria-hidden="true" /> flagged by screening or a
            protected area
          </li>
          <li>
            <span className="sc-swatch verified" aria-hidden="true" /> verified link
          </li>
          <li>
            <span className="sc-swatch declared" aria-hidden="true" /> declared link (moving)
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
            Add node
          </button>
          <button
            type="button"
            disabled={map.nodes.length < 2}
            onClick={() => start({ kind: "link", link: null })}
          >
            Add link
          </button>
        </div>
      )}

      {editing?.kind === "node" && (
        <NodeForm
          key={editing.node?.id ?? "new"}
          title={editing.node ? `Edit node ${editing.node.name}` : "Add node"}
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
          title={editing.link ? `Edit link ${linkLabel(editing.link)}` : "Add link"}
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
        <h2>Nodes</h2>
        <MapError error={tableError} onReload={onChange} />
        <div className="table-wrap">
          <table className="table" aria-label="Nodes">
            <thead>
              <tr>
                <th>Name</th>
                <th>Tier</th>
                <th>Country</th>
                <th>Region</th>
                <th>Coordinates</th>
                <th>Screening and protected areas</th>
                {mayEdit && <th>Actions</th>}
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
                      {node.isRoot && <Badge value="SUPPLIER" kind="evidence" />}
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
                          aria-label={`Edit node ${node.name}`}
                          onClick={() => start({ kind: "node", node })}
                        >
                          Edit
                        </button>
                        {!node.isRoot && (
                          <ConfirmButton
                            label="Remove"
                            accessibleLabel={`Remove node ${node.name}`}
                            question={`Remove ${node.name} and its links?`}
                            confirmLabel="Yes, remove"
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
        <h2>Links</h2>
        {map.links.length === 0 ? (
          <Empty>No links yet: add the parties that supply the supplier, then link them.</Empty>
        ) : (
          <div className="table-wrap">
            <table className="table" aria-label="Links">
              <thead>
                <tr>
                  <th>From → to</th>
                  <th>Custody</th>
                  <th>State</th>
                  <th>Evidence</th>
                  {(mayEdit || mayVerify) && <th>Actions</th>}
                </tr>
              </thead>
              <tbody>
                {map.links.map((link) => (
                  <tr key={link.id} data-link-id={link.id}>
                    <td>{linkLabel(link)}</td>
                    <td>{CUSTODY_LABELS[link.custody] ?? link.custody}</td>
                    <td>
                      <Badge value={link.state} />
                      {link.verifiedAt && (
                        <div className="muted">
                          {link.verifiedBy?.name ?? "—"}, {formatDateTime(link.verifiedAt)}
                          {link.verificationNote && `: ${link.verificationNote}`}
                        </div>
                      )}
                    </td>
                    <td>
                      {link.evidence.length === 0 ? (
                        <span className="muted">None</span>
                      ) : (
                        <ul className="evidence-list">
                          {link.evidence.map((item, index) => (
                            <li key={index}>
                              {EVIDENCE_KIND_LABELS[item.kind] ?? item.kind}
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
                            aria-label={`Verify link ${linkLabel(link)}`}
                            onClick={() => start({ kind: "verify", link })}
                          >
                            Verify
                          </button>
                        )}
                        {mayEdit && (
                          <>
                            <button
                              type="button"
                              className="link-button"
                              aria-label={`Edit link ${linkLabel(link)}`}
                              onClick={() => start({ kind: "link", link })}
                            >
                              Edit
                            </button>
                            <ConfirmButton
                              label="Remove"
                              accessibleLabel={`Remove link ${linkLabel(link)}`}
                              question={`Remove the link ${linkLabel(link)}?`}
                              confirmLabel="Yes, remove"
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
  const hits = marks.hits.get(node.id) ?? [];
  const flags = marks.flags.get(node.id) ?? [];
  if (hits.length === 0 && flags.length === 0)
    return <span className="muted">{staff ? "No open hit or flag" : "No open flag"}</span>;
  return (
    <ul className="evidence-list">
      {hits.map((hit) => (
        <li key={hit.id} data-testid="node-hit">
          <Badge value="SCREENING HIT" kind="blocked" /> {hit.explanation}
        </li>
      ))}
      {flags.map((flag) => (
        <li key={flag.id} data-testid="node-flag">
          <Badge value="PROTECTED AREA" kind="blocked" /> {flag.areaName}
          {flag.distanceKm > 0 ? `, ${flag.distanceKm.toFixed(1)} km away` : ", inside"}
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
  return (
    <div className="notice" role="status" aria-label={`Node ${node.name}`}>
      <p>
        <strong>{node.name}</strong> · {node.tier.name} · {node.country}
        {node.region && ` · ${node.region}`}
      </p>
      <NodeMarksText node={node} marks={marks} staff={staff} />
      <button type="button" className="link-button" onClick={onClose}>
        Close
      </button>
    </div>
  );
}
