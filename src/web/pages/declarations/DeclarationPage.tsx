import { HistoryLink } from "../../components/HistoryLink";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { useViewer } from "../../api/auth";
import { ApiError } from "../../api/client";
import { useMutation, useQuery } from "../../api/hooks";
import { EvidenceList } from "../../components/documents";
import {
  Badge,
  Empty,
  ErrorMessage,
  formatDate,
  formatDateTime,
  Notice,
  QueryGate,
  TextArea,
} from "../../components/ui";
import { graphql } from "../../gql";
import { i18next } from "../../i18n";
import type { MaterialDeclarationQuery } from "../../gql/graphql";
import { ComplianceBadge } from "./ComplianceBadge";
import { DeclarationForm } from "./DeclarationForm";

const DECLARATION = graphql(`
  query MaterialDeclaration($id: ID!) {
    materialDeclaration(id: $id) {
      id
      version
      status
      declarationClass
      partNumber
      partName
      declaredAt
      validUntil
      submittedAt
      reviewedAt
      rejectReason
      supplier {
        id
        name
      }
      category {
        id
        name
      }
      statements {
        list
        listVersion
        compliant
        exemptions
      }
      materials {
        name
        massMg
        exemptions
        substances {
          cas
          name
          ppm
          massMg
        }
      }
      compliance {
        compliant
        evaluatedAt
        violations {
          cas
          substanceName
          list
          listVersion
          measuredPercent
          allowedPercent
          material
          message
        }
        unevaluated {
          cas
          list
          listVersion
          material
          reason
        }
        targetSubstances {
          cas
          name
          kind
          material
        }
      }
      violations {
        casNumber
        listName
        listVersion
        material
        measuredPpm
        limitPpm
      }
      evidence {
        title
        url
        documentId
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
`);
const SUBMIT = graphql(`
  mutation SubmitMaterialDeclaration($id: ID!, $expectedVersion: Int) {
    submitMaterialDeclaration(id: $id, expectedVersion: $expectedVersion) {
      id
      status
    }
  }
`);
const REVIEW = graphql(`
  mutation ReviewMaterialDeclaration($id: ID!, $accept: Boolean!, $reason: String) {
    reviewMaterialDeclaration(id: $id, accept: $accept, reason: $reason) {
      id
      status
    }
  }
`);

type Declaration = MaterialDeclarationQuery["materialDeclaration"];
/** The audit trail's entity type: a code, not a word. */
const HISTORY_ENTITY = "MaterialDeclaration";
type Compliance = Declaration["compliance"];

// Amounts stay as declared (no rounding or grouping: 1500 ppm, 0.15 %); only the unit's
// spacing follows the language.
const percent = (value: number | null | undefined) =>
  value === null || value === undefined ? "—" : i18next.t("declarations:view.percent", { value });

/** ppm from `violations` (the contract's unit), the percent after it. */
const measure = (ppm: number | undefined, pct: number | null | undefined) =>
  ppm === undefined ? percent(pct) : `${ppm} ppm (${percent(pct)})`;

const violationKey = (v: {
  cas?: string | null;
  list: string;
  listVersion: string;
  material?: string | null;
}) => `${v.cas ?? ""}|${v.list}|${v.listVersion}|${v.material ?? ""}`;

function amount(substance: Declaration["materials"][number]["substances"][number]): string {
  if (substance.ppm !== null && substance.ppm !== undefined) return `${substance.ppm} ppm`;
  if (substance.massMg !== null && substance.massMg !== undefined) return `${substance.massMg} mg`;
  return "—";
}

function Violations({
  compliance,
  inPpm,
}: {
  compliance: Compliance;
  inPpm: Declaration["violations"];
}) {
  const { t } = useTranslation("declarations");
  if (compliance.violations.length === 0) return <Notice>{t("view.violations.none")}</Notice>;
  const ppm = new Map(
    inPpm.map((v) => [
      violationKey({
        cas: v.casNumber,
        list: v.listName,
        listVersion: v.listVersion,
        material: v.material,
      }),
      v,
    ]),
  );
  return (
    <div className="table-wrap">
      <table className="table" data-testid="violations">
        <caption>{t("view.violations.caption")}</caption>
        <thead>
          <tr>
            <th>
              <span className="sr-only">{t("view.violations.flag")}</span>
            </th>
            <th>{t("view.violations.cas")}</th>
            <th>{t("view.violations.substance")}</th>
            <th>{t("view.violations.list")}</th>
            <th className="num">{t("view.violations.measured")}</th>
            <th className="num">{t("view.violations.allowed")}</th>
            <th>{t("view.violations.material")}</th>
          </tr>
        </thead>
        <tbody>
          {compliance.violations.map((violation, index) => {
            const inParts = ppm.get(violationKey(violation));
            return (
              <tr key={index} className="violation" title={violation.message}>
                <td>
                  <Badge value={t("view.violations.overLimit")} kind="violations" />
                </td>
                <td>{violation.cas ?? "—"}</td>
                <td>{violation.substanceName ?? "—"}</td>
                <td>
                  {violation.list} ({violation.listVersion})
                </td>
                <td className="num">{measure(inParts?.measuredPpm, violation.measuredPercent)}</td>
                <td className="num">{measure(inParts?.limitPpm, violation.allowedPercent)}</td>
                <td>{violation.material ?? t("view.violations.perArticle")}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <ul className="warn-text">
        {compliance.violations.map((violation, index) => (
          <li key={index}>{violation.message}</li>
        ))}
      </ul>
    </div>
  );
}

function Materials({ declaration }: { declaration: Declaration }) {
  const { t } = useTranslation("declarations");
  const violating = new Set(
    declaration.compliance.violations.map((violation) => `${violation.material}|${violation.cas}`),
  );
  const targets = new Map(
    declaration.compliance.targetSubstances.map((target) => [
      `${target.material}|${target.cas}`,
      target.kind,
    ]),
  );
  if (declaration.materials.length === 0) return <Empty>{t("view.materials.none")}</Empty>;
  return (
    <div className="table-wrap">
      <table className="table" data-testid="materials">
        <thead>
          <tr>
            <th>{t("view.materials.material")}</th>
            <th>{t("view.materials.cas")}</th>
            <th>{t("view.materials.substance")}</th>
            <th className="num">{t("view.materials.amount")}</th>
            <th>{t("view.materials.flags")}</th>
          </tr>
        </thead>
        <tbody>
          {declaration.materials.flatMap((material) =>
            material.substances.map((substance, index) => {
              const key = `${material.name}|${substance.cas}`;
              const target = targets.get(key);
              return (
                <tr
                  key={`${key}|${index}`}
                  className={violating.has(key) ? "violation" : undefined}
                  data-cas={substance.cas}
                >
                  <td>
                    {index === 0 && (
                      <>
                        {material.name}
                        {material.massMg !== null && (
                          <span className="muted">
                            {" "}
                            {t("view.materials.mass", { mass: material.massMg })}
                          </span>
                        )}
                        {material.exemptions.length > 0 && (
                          <span className="muted">
                            {" "}
                            ·{" "}
                            {t("view.materials.exemptions", {
                              codes: material.exemptions.join(", "),
                            })}
                          </span>
                        )}
                      </>
                    )}
                  </td>
                  <td>{substance.cas}</td>
                  <td>{substance.name ?? "—"}</td>
                  <td className="num">{amount(substance)}</td>
                  <td>
                    {violating.has(key) && (
                      <Badge value={t("view.violations.overLimit")} kind="violations" />
                    )}
                    {target && <Badge value={t(`view.targetBadge.${target}`)} kind="target" />}
                  </td>
                </tr>
              );
            }),
          )}
        </tbody>
      </table>
    </div>
  );
}

function Statements({ declaration }: { declaration: Declaration }) {
  const { t } = useTranslation("declarations");
  if (declaration.statements.length === 0) return null;
  return (
    <ul>
      {declaration.statements.map((statement) => {
        const answer = statement.compliant
          ? t("view.statements.compliant")
          : t("view.statements.notCompliant");
        return (
          <li key={statement.list}>
            {t("view.statements.line", {
              list: statement.listVersion
                ? `${statement.list} (${statement.listVersion})`
                : statement.list,
              answer:
                statement.exemptions.length > 0
                  ? t("view.statements.withExemptions", {
                      answer,
                      codes: statement.exemptions.join(", "),
                    })
                  : answer,
            })}
          </li>
        );
      })}
    </ul>
  );
}

function ReviewForm({ declaration, onDone }: { declaration: Declaration; onDone: () => void }) {
  const { t } = useTranslation("declarations");
  const [reason, setReason] = useState("");
  const [missing, setMissing] = useState(false);
  const review = useMutation(REVIEW);
  const error = missing
    ? new ApiError(t("view.review.reasonRequired"), "BAD_USER_INPUT", [
        { path: "reason", message: t("view.review.sayWhy") },
      ])
    : review.error;
  const decide = async (accept: boolean) => {
    setMissing(!accept && !reason.trim());
    if (!accept && !reason.trim()) return;
    const result = await review.run({
      id: declaration.id,
      accept,
      reason: accept ? null : reason.trim(),
    });
    if (result) onDone();
  };
  return (
    <form
      className="card"
      aria-label={t("view.review.label")}
      noValidate
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        void decide(false);
      }}
    >
      <h2>{t("view.review.title")}</h2>
      <ErrorMessage error={error} />
      <button
        type="button"
        className="primary"
        disabled={review.busy}
        onClick={() => void decide(true)}
      >
        {t("view.review.accept")}
      </button>
      <TextArea
        label={t("view.review.reason")}
        name="reason"
        value={reason}
        error={error}
        onChange={(event) => setReason(event.target.value)}
      />
      <button type="submit" disabled={review.busy}>
        {t("view.review.reject")}
      </button>
    </form>
  );
}

function SubmitButton({ declaration, onDone }: { declaration: Declaration; onDone: () => void }) {
  const { t } = useTranslation("declarations");
  const submit = useMutation(SUBMIT);
  return (
    <div className="card">
      <h2>{t("view.submit.title")}</h2>
      <p className="muted">{t("view.submit.intro")}</p>
      <ErrorMessage error={submit.error} />
      <button
        type="button"
        className="primary"
        disabled={submit.busy}
        onClick={() =>
          void submit
            .run({ id: declaration.id, expectedVersion: declaration.version })
            .then((result) => result && onDone())
        }
      >
        {submit.busy ? t("view.submit.busy") : t("view.submit.button")}
      </button>
    </div>
  );
}

function DeclarationView({
  declaration,
  reload,
}: {
  declaration: Declaration;
  reload: () => void;
}) {
  const { t } = useTranslation("declarations");
  const viewer = useViewer();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const { compliance } = declaration;
  const editable = declaration.status === "DRAFT" || declaration.status === "REJECTED";
  const canSubmit = editable && (viewer.role === "SUPPLIER" || viewer.role === "ADMIN");
  const canReview =
    declaration.status === "SUBMITTED" && (viewer.role === "AUDITOR" || viewer.role === "ADMIN");
  return (
    <>
      <div className="page-head">
        <h1>
          {declaration.partNumber}
          {declaration.partName && ` · ${declaration.partName}`}{" "}
          <Badge value={t(`status.${declaration.status}`)} kind={declaration.status} />{" "}
          <ComplianceBadge violations={compliance.violations.length} />
        </h1>
        <p className="muted">
          <Link to={`/suppliers/${declaration.supplier.id}`}>{declaration.supplier.name}</Link> ·{" "}
          {[
            declaration.category.name,
            t("view.meta.class", { class: declaration.declarationClass }),
            t("view.meta.validUntil", { date: formatDate(declaration.validUntil) }),
            declaration.submittedAt &&
              t("view.meta.submitted", { date: formatDate(declaration.submittedAt) }),
            declaration.reviewedAt &&
              t("view.meta.reviewed", { date: formatDate(declaration.reviewedAt) }),
          ]
            .filter(Boolean)
            .join(" · ")}{" "}
          <HistoryLink
            entityType={HISTORY_ENTITY}
            entityId={declaration.id}
            name={declaration.partNumber}
          />
        </p>
      </div>
      {declaration.status === "REJECTED" && declaration.rejectReason && (
        <p className="warn-text">{t("view.rejected", { reason: declaration.rejectReason })}</p>
      )}
      {saved && <Notice>{t("view.saved")}</Notice>}
      {canSubmit &&
        (editing ? (
          <DeclarationForm
            // A new version from the server (after Reload) starts the form again from it.
            key={declaration.version}
            declaration={declaration}
            onSaved={() => {
              setEditing(false);
              setSaved(true);
              reload();
            }}
            onCancel={() => setEditing(false)}
            onReload={reload}
          />
        ) : (
          <p>
            <button
              type="button"
              onClick={() => {
                setSaved(false);
                setEditing(true);
              }}
            >
              {t("view.edit")}
            </button>
          </p>
        ))}
      <div className="card" data-testid="compliance">
        <h2>{t("view.compliance.title")}</h2>
        <p className="muted">
          {t("view.compliance.evaluatedAt", { at: formatDateTime(compliance.evaluatedAt) })}
        </p>
        <Violations compliance={compliance} inPpm={declaration.violations} />
        {compliance.unevaluated.length > 0 && (
          <>
            <h3>{t("view.compliance.notEvaluated")}</h3>
            <ul>
              {compliance.unevaluated.map((item, index) => (
                <li key={index}>
                  {t("view.compliance.unevaluatedLine", {
                    list: item.list,
                    version: item.listVersion,
                    cas: item.cas ? ` · ${item.cas}` : "",
                    material: item.material
                      ? t("view.compliance.inMaterial", { material: item.material })
                      : "",
                    reason: item.reason,
                  })}
                </li>
              ))}
            </ul>
          </>
        )}
        {compliance.targetSubstances.length > 0 && (
          <>
            <h3>{t("view.compliance.targets")}</h3>
            <ul data-testid="targets">
              {compliance.targetSubstances.map((target, index) => (
                <li key={index}>
                  <Badge value={t(`view.targetKind.${target.kind}`)} kind="target" />{" "}
                  {t("view.compliance.targetLine", {
                    name: target.name,
                    cas: target.cas,
                    material: target.material,
                  })}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      <div className="card">
        <h2>{t("view.materials.title")}</h2>
        <Statements declaration={declaration} />
        <Materials declaration={declaration} />
      </div>
      <div className="card">
        <h2>{t("view.evidence")}</h2>
        <EvidenceList evidence={declaration.evidence} />
      </div>
      {canSubmit && !editing && <SubmitButton declaration={declaration} onDone={reload} />}
      {canReview && <ReviewForm declaration={declaration} onDone={reload} />}
    </>
  );
}

/** One material declaration: its content, the computed compliance, submit and review. */
export function DeclarationPage() {
  const { t } = useTranslation("declarations");
  const { id = "" } = useParams();
  const state = useQuery(DECLARATION, { id });
  return (
    <section>
      <p>
        <Link to="/declarations">{t("backToList")}</Link>
      </p>
      <QueryGate state={state}>
        {(data) => <DeclarationView declaration={data.materialDeclaration} reload={state.reload} />}
      </QueryGate>
    </section>
  );
}
