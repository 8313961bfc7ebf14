import { useState, type FormEvent } from "react";
import { Link } from "react-router-dom";
import { useViewer } from "../../api/auth";
import { useCursorPages, useMutation, useQuery } from "../../api/hooks";
import {
  EMPTY_EVIDENCE,
  EvidenceFields,
  evidenceInputOf,
  EvidenceList,
  type EvidenceDraft,
} from "../../components/documents";
import {
  Badge,
  Empty,
  ErrorMessage,
  formatDate,
  Notice,
  Pager,
  QueryGate,
  SelectField,
  TextField,
} from "../../components/ui";
import { graphql } from "../../gql";
import type { Element, RecycledContentMethod } from "../../gql/graphql";
import {
  DECLARED_FACTOR,
  elementLabel,
  ELEMENTS,
  fractionOf,
  METHOD_LABELS,
  percent,
} from "./recycled";

const DECLARATIONS = graphql(`
  query RecycledContentDeclarations($element: Element, $after: String) {
    recycledContentDeclarations(element: $element, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          element
          validFrom
          validTo
          elementFraction
          recycledFraction
          preConsumerFraction
          postConsumerFraction
          method
          declaredAt
          verified
          verifiedAt
          verificationNote
          supplier {
            id
            name
          }
          category {
            id
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
        }
      }
    }
  }
`);
const CATEGORIES = graphql(`
  query RecycledDeclarationCategories {
    materialCategories {
      id
      code
      name
    }
  }
`);
const DECLARE = graphql(`
  mutation DeclareRecycledContent($input: DeclareRecycledContentInput!) {
    declareRecycledContent(input: $input) {
      id
    }
  }
`);
const VERIFY = graphql(`
  mutation VerifyRecycledContent($id: ID!, $note: String) {
    verifyRecycledContent(id: $id, note: $note) {
      id
      verified
      verifiedAt
      verificationNote
    }
  }
`);

const METHODS = Object.entries(METHOD_LABELS).map(([value, label]) => ({ value, label }));

const thisMonth = () => new Date().toISOString().slice(0, 7);

/** A supplier's declaration of one element for a category and a range of months. */
function DeclareForm({ supplierId, onDeclared }: { supplierId: string; onDeclared: () => void }) {
  const categories = useQuery(CATEGORIES);
  const [categoryId, setCategoryId] = useState("");
  const [element, setElement] = useState<Element>("LI");
  const [validFrom, setValidFrom] = useState(`${new Date().getUTCFullYear()}-01`);
  const [validTo, setValidTo] = useState(thisMonth());
  const [elementPercent, setElementPercent] = useState("");
  const [prePercent, setPrePercent] = useState("0");
  const [postPercent, setPostPercent] = useState("0");
  const [method, setMethod] = useState<RecycledContentMethod>("MASS_BALANCE");
  const [evidence, setEvidence] = useState<EvidenceDraft>(EMPTY_EVIDENCE);
  const [uploading, setUploading] = useState(false);
  const [done, setDone] = useState(false);
  const run = useMutation(DECLARE);
  const options = categories.data?.materialCategories ?? [];
  const chosen = categoryId || options[0]?.id || "";
  const pre = fractionOf(prePercent);
  const post = fractionOf(postPercent);
  // The API keeps recycled = pre + post exactly: rounded to its six decimals.
  const recycled = Math.round((pre + post) * 1e6) / 1e6;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    const evidenceInput = evidenceInputOf(evidence);
    const result = await run.run({
      input: {
        supplierId,
        categoryId: chosen,
        element,
        validFrom,
        validTo,
        elementFraction: fractionOf(elementPercent),
        recycledFraction: recycled,
        preConsumerFraction: pre,
        postConsumerFraction: post,
        method,
        evidence: evidenceInput ? [evidenceInput] : [],
      },
    });
    if (!result) return;
    setDone(true);
    setEvidence(EMPTY_EVIDENCE);
    onDeclared();
  };

  return (
    <form
      className="card"
      aria-label="Declare recycled content"
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <h2>Declare recycled content</h2>
      <p className="muted">
        Per element of what you sell us in a category: how much of the goods&apos; mass is the
        element, and how much of that element is recycled (from manufacturing waste or from
        post-consumer waste). A newer declaration replaces an older one for the months both cover.
        Until an auditor verifies it, it counts at {DECLARED_FACTOR * 100} %.
      </p>
      {done && <Notice>Declared. It counts once verified in full, until then at half.</Notice>}
      <ErrorMessage error={categories.error ?? run.error} />
      <div className="form-grid">
        <SelectField
          label="Material category"
          name="categoryId"
          value={chosen}
          error={run.error}
          options={options.map((category) => ({ value: category.id, label: category.name }))}
          onChange={(event) => setCategoryId(event.target.value)}
        />
        <SelectField
          label="Element"
          name="element"
          value={element}
          error={run.error}
          options={ELEMENTS}
          onChange={(event) => setElement(event.target.value as Element)}
        />
        <TextField
          label="First month"
          name="validFrom"
          type="month"
          value={validFrom}
          error={run.error}
          onChange={(event) => setValidFrom(event.target.value)}
        />
        <TextField
          label="Last month"
          name="validTo"
          type="month"
          value={validTo}
          error={run.error}
          onChange={(event) => setValidTo(event.target.value)}
        />
        <TextField
          label="Element in the goods (%)"
          name="elementFraction"
          inputMode="decimal"
          value={elementPercent}
          error={run.error}
          hint="Mass of the element per mass of the goods, e.g. 7.5"
          onChange={(event) => setElementPercent(event.target.value)}
        />
        <TextField
          label="Pre-consumer recycled (%)"
          name="preConsumerFraction"
          inputMode="decimal"
          value={prePercent}
          error={run.error}
          hint="Of the element: recovered from manufacturing waste"
          onChange={(event) => setPrePercent(event.target.value)}
        />
        <TextField
          label="Post-consumer recycled (%)"
          name="postConsumerFraction"
          inputMode="decimal"
          value={postPercent}
          error={run.error}
          hint="Of the element: recovered from end-of-life products"
          onChange={(event) => setPostPercent(event.target.value)}
        />
        <SelectField
          label="Method"
          name="method"
          value={method}
          error={run.error}
          options={METHODS}
          onChange={(event) => setMethod(event.target.value as RecycledContentMethod)}
        />
      </div>
      <p data-testid="recycled-total">
        Recycled share of the element:{" "}
        <strong>{Number.isFinite(recycled) ? percent(recycled, 2) : "—"}</strong>
      </p>
      <EvidenceFields
        legend="Evidence (a certificate, a mass balance statement)"
        value={evidence}
        onChange={setEvidence}
        error={run.error}
        onBusyChange={setUploading}
      />
      <button type="submit" className="primary" disabled={run.busy || uploading || !chosen}>
        {run.busy ? "Declaring…" : "Declare"}
      </button>
    </form>
  );
}

function VerifyForm({ id, onDone }: { id: string; onDone: () => void }) {
  const [note, setNote] = useState("");
  const run = useMutation(VERIFY);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await run.run({ id, note: note.trim() || null })) onDone();
  };
  return (
    <form
      className="inline-form"
      aria-label="Verify the declaration"
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <ErrorMessage error={run.error} />
      <TextField
        label="Verification note"
        name="note"
        value={note}
        maxLength={2000}
        error={run.error}
        onChange={(event) => setNote(event.target.value)}
      />
      <button type="submit" disabled={run.busy}>
        Verify
      </button>
    </form>
  );
}

/**
 * Recycled-content declarations: a supplier declares for itself and sees the status; auditors
 * and admins verify. The declared figures and what they count for (in full once verified, at
 * the discount before) are shown side by side.
 */
export function RecycledDeclarationsPage() {
  const viewer = useViewer();
  const [element, setElement] = useState<"" | Element>("");
  const pages = useCursorPages(element);
  const state = useQuery(DECLARATIONS, { element: element || null, after: pages.after });
  const supplierId = viewer.role === "SUPPLIER" ? viewer.supplier?.id : undefined;
  const canVerify = viewer.role === "AUDITOR" || viewer.role === "ADMIN";
  const staff = viewer.role === "PROCUREMENT" || viewer.role === "ADMIN";
  return (
    <section>
      <div className="page-head">
        <h1>Recycled-content declarations</h1>
        {staff && (
          <div className="head-actions">
            <Link to="/recycled">← Recycled content</Link>
          </div>
        )}
      </div>
      {supplierId && <DeclareForm supplierId={supplierId} onDeclared={state.reload} />}
      <div className="card">
        <SelectField
          label="Element"
          name="elementFilter"
          value={element}
          options={[{ value: "", label: "Any element" }, ...ELEMENTS]}
          onChange={(event) => setElement(event.target.value as "" | Element)}
        />
        <QueryGate state={state}>
          {(data) =>
            data.recycledContentDeclarations.edges.length === 0 ? (
              <Empty>No recycled-content declarations.</Empty>
            ) : (
              <>
                <div className="table-wrap">
                  <table className="table" data-testid="recycled-declarations">
                    <thead>
                      <tr>
                        {!supplierId && <th>Supplier</th>}
                        <th>Category</th>
                        <th>Element</th>
                        <th>Months</th>
                        <th>Declared</th>
                        <th>Counts as</th>
                        <th>Evidence</th>
                        <th>Status</th>
                      </tr>
                    </thead>
                    <tbody>
                      {data.recycledContentDeclarations.edges.map(({ node }) => (
                        <tr key={node.id} data-declaration-id={node.id}>
                          {!supplierId && <td>{node.supplier?.name ?? "—"}</td>}
                          <td>{node.category?.name ?? "—"}</td>
                          <td>{elementLabel(node.element)}</td>
                          <td>
                            {node.validFrom} to {node.validTo}
                          </td>
                          <td>
                            {percent(node.elementFraction)} of the mass;{" "}
                            {percent(node.recycledFraction)} recycled
                            <div className="muted small">
                              pre {percent(node.preConsumerFraction)}, post{" "}
                              {percent(node.postConsumerFraction)} ·{" "}
                              {METHOD_LABELS[node.method] ?? node.method}
                            </div>
                          </td>
                          <td data-testid="counts-as">
                            {node.verified
                              ? `${percent(node.recycledFraction)} (verified)`
                              : `${percent(node.recycledFraction * DECLARED_FACTOR)} (declared x ${DECLARED_FACTOR})`}
                          </td>
                          <td>
                            <EvidenceList evidence={node.evidence} />
                          </td>
                          <td>
                            {node.verified ? (
                              <>
                                <Badge value="VERIFIED" />
                                <div className="muted small">
                                  {formatDate(node.verifiedAt)}
                                  {node.verificationNote && `: ${node.verificationNote}`}
                                </div>
                              </>
                            ) : (
                              <>
                                <Badge value="DECLARED" kind="pending" />
                                <div className="muted small">{formatDate(node.declaredAt)}</div>
                                {canVerify && <VerifyForm id={node.id} onDone={state.reload} />}
                              </>
                            )}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
                <Pager
                  label="Recycled-content declarations"
                  total={data.recycledContentDeclarations.totalCount}
                  hasNext={data.recycledContentDeclarations.pageInfo.hasNextPage}
                  hasPrevious={pages.hasPrevious}
                  onNext={() => pages.next(data.recycledContentDeclarations.pageInfo.endCursor)}
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
