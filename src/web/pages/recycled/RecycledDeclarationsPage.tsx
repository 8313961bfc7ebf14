import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
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
import { formatNumber } from "../../i18n/format";
import {
  basisLabel,
  DECLARED_FACTOR,
  elementLabel,
  elementOptions,
  fractionOf,
  methodLabel,
  methodOptions,
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

const thisMonth = () => new Date().toISOString().slice(0, 7);

/** A supplier's declaration of one element for a category and a range of months. */
function DeclareForm({ supplierId, onDeclared }: { supplierId: string; onDeclared: () => void }) {
  const { t } = useTranslation("recycled");
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
      aria-label={t("declarations.form.title")}
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <h2>{t("declarations.form.title")}</h2>
      <p className="muted">
        {t("declarations.form.intro", { factor: formatNumber(DECLARED_FACTOR * 100, 0) })}
      </p>
      {done && <Notice>{t("declarations.form.done")}</Notice>}
      <ErrorMessage error={categories.error ?? run.error} />
      <div className="form-grid">
        <SelectField
          label={t("declarations.form.category")}
          name="categoryId"
          value={chosen}
          error={run.error}
          options={options.map((category) => ({ value: category.id, label: category.name }))}
          onChange={(event) => setCategoryId(event.target.value)}
        />
        <SelectField
          label={t("declarations.form.element")}
          name="element"
          value={element}
          error={run.error}
          options={elementOptions()}
          onChange={(event) => setElement(event.target.value as Element)}
        />
        <TextField
          label={t("declarations.form.firstMonth")}
          name="validFrom"
          type="month"
          value={validFrom}
          error={run.error}
          onChange={(event) => setValidFrom(event.target.value)}
        />
        <TextField
          label={t("declarations.form.lastMonth")}
          name="validTo"
          type="month"
          value={validTo}
          error={run.error}
          onChange={(event) => setValidTo(event.target.value)}
        />
        <TextField
          label={t("declarations.form.elementPercent")}
          name="elementFraction"
          inputMode="decimal"
          value={elementPercent}
          error={run.error}
          hint={t("declarations.form.elementPercentHint")}
          onChange={(event) => setElementPercent(event.target.value)}
        />
        <TextField
          label={t("declarations.form.prePercent")}
          name="preConsumerFraction"
          inputMode="decimal"
          value={prePercent}
          error={run.error}
          hint={t("declarations.form.prePercentHint")}
          onChange={(event) => setPrePercent(event.target.value)}
        />
        <TextField
          label={t("declarations.form.postPercent")}
          name="postConsumerFraction"
          inputMode="decimal"
          value={postPercent}
          error={run.error}
          hint={t("declarations.form.postPercentHint")}
          onChange={(event) => setPostPercent(event.target.value)}
        />
        <SelectField
          label={t("declarations.form.method")}
          name="method"
          value={method}
          error={run.error}
          options={methodOptions()}
          onChange={(event) => setMethod(event.target.value as RecycledContentMethod)}
        />
      </div>
      <p data-testid="recycled-total">
        {t("declarations.form.total")}{" "}
        <strong>{Number.isFinite(recycled) ? percent(recycled, 2) : "—"}</strong>
      </p>
      <EvidenceFields
        legend={t("declarations.form.evidence")}
        value={evidence}
        onChange={setEvidence}
        error={run.error}
        onBusyChange={setUploading}
      />
      <button type="submit" className="primary" disabled={run.busy || uploading || !chosen}>
        {run.busy ? t("declarations.form.submitting") : t("declarations.form.submit")}
      </button>
    </form>
  );
}

function VerifyForm({ id, onDone }: { id: string; onDone: () => void }) {
  const { t } = useTranslation("recycled");
  const [note, setNote] = useState("");
  const run = useMutation(VERIFY);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await run.run({ id, note: note.trim() || null })) onDone();
  };
  return (
    <form
      className="inline-form"
      aria-label={t("declarations.verify.form")}
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <ErrorMessage error={run.error} />
      <TextField
        label={t("declarations.verify.note")}
        name="note"
        value={note}
        maxLength={2000}
        error={run.error}
        onChange={(event) => setNote(event.target.value)}
      />
      <button type="submit" disabled={run.busy}>
        {t("declarations.verify.submit")}
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
  const { t } = useTranslation("recycled");
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
        <h1>{t("declarations.title")}</h1>
        {staff && (
          <div className="head-actions">
            <Link to="/recycled">{t("back")}</Link>
          </div>
        )}
      </div>
      {supplierId && <DeclareForm supplierId={supplierId} onDeclared={state.reload} />}
      <div className="card">
        <SelectField
          label={t("declarations.elementFilter")}
          name="elementFilter"
          value={element}
          options={[{ value: "", label: t("declarations.anyElement") }, ...elementOptions()]}
          onChange={(event) => setElement(event.target.value as "" | Element)}
        />
        <QueryGate state={state}>
          {(data) =>
            data.recycledContentDeclarations.edges.length === 0 ? (
              <Empty>{t("declarations.empty")}</Empty>
            ) : (
              <>
                <div className="table-wrap">
                  <table className="table" data-testid="recycled-declarations">
                    <thead>
                      <tr>
                        {!supplierId && <th>{t("declarations.columns.supplier")}</th>}
                        <th>{t("declarations.columns.category")}</th>
                        <th>{t("declarations.columns.element")}</th>
                        <th>{t("declarations.columns.months")}</th>
                        <th>{t("declarations.columns.declared")}</th>
                        <th>{t("declarations.columns.countsAs")}</th>
                        <th>{t("declarations.columns.evidence")}</th>
                        <th>{t("declarations.columns.status")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {data.recycledContentDeclarations.edges.map(({ node }) => (
                        <tr key={node.id} data-declaration-id={node.id}>
                          {!supplierId && <td>{node.supplier?.name ?? "—"}</td>}
                          <td>{node.category?.name ?? "—"}</td>
                          <td>{elementLabel(node.element)}</td>
                          <td>
                            {t("declarations.months", { from: node.validFrom, to: node.validTo })}
                          </td>
                          <td>
                            {t("declarations.declaredFigures", {
                              element: percent(node.elementFraction),
                              recycled: percent(node.recycledFraction),
                            })}
                            <div className="muted small">
                              {t("declarations.split", {
                                pre: percent(node.preConsumerFraction),
                                post: percent(node.postConsumerFraction),
                                method: methodLabel(node.method),
                              })}
                            </div>
                          </td>
                          <td data-testid="counts-as">
                            {node.verified
                              ? t("declarations.countsVerified", {
                                  share: percent(node.recycledFraction),
                                })
                              : t("declarations.countsDeclared", {
                                  share: percent(node.recycledFraction * DECLARED_FACTOR),
                                  factor: formatNumber(DECLARED_FACTOR, 1),
                                })}
                          </td>
                          <td>
                            <EvidenceList evidence={node.evidence} />
                          </td>
                          <td>
                            {node.verified ? (
                              <>
                                <Badge value={basisLabel("VERIFIED")} kind="verified" />
                                <div className="muted small">
                                  {node.verificationNote
                                    ? t("declarations.verifiedNote", {
                                        date: formatDate(node.verifiedAt),
                                        note: node.verificationNote,
                                      })
                                    : formatDate(node.verifiedAt)}
                                </div>
                              </>
                            ) : (
                              <>
                                <Badge value={basisLabel("DECLARED")} kind="pending" />
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
                  label={t("declarations.pager")}
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
