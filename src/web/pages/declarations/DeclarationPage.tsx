import { HistoryLink } from "../../components/HistoryLink";
import { useState, type FormEvent } from "react";
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
type Compliance = Declaration["compliance"];

const percent = (value: number | null | undefined) =>
  value === null || value === undefined ? "—" : `${value} %`;

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
  if (compliance.violations.length === 0)
    return <Notice>No restricted substance over limit.</Notice>;
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
        <caption>Violations</caption>
        <thead>
          <tr>
            <th>
              <span className="sr-only">Flag</span>
            </th>
            <th>CAS</th>
            <th>Substance</th>
            <th>List (version)</th>
            <th className="num">Measured</th>
            <th className="num">Allowed</th>
            <th>Material</th>
          </tr>
        </thead>
        <tbody>
          {compliance.violations.map((violation, index) => {
            const inParts = ppm.get(violationKey(violation));
            return (
              <tr key={index} className="violation" title={violation.message}>
                <td>
                  <Badge value="OVER LIMIT" kind="violations" />
                </td>
                <td>{violation.cas ?? "—"}</td>
                <td>{violation.substanceName ?? "—"}</td>
                <td>
                  {violation.list} ({violation.listVersion})
                </td>
                <td className="num">{measure(inParts?.measuredPpm, violation.measuredPercent)}</td>
                <td className="num">{measure(inParts?.limitPpm, violation.allowedPercent)}</td>
                <td>{violation.material ?? "per article"}</td>
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
  const violating = new Set(
    declaration.compliance.violations.map((violation) => `${violation.material}|${violation.cas}`),
  );
  const targets = new Map(
    declaration.compliance.targetSubstances.map((target) => [
      `${target.material}|${target.cas}`,
      target.kind,
    ]),
  );
  if (declaration.materials.length === 0) return <Empty>No materials declared.</Empty>;
  return (
    <div className="table-wrap">
      <table className="table" data-testid="materials">
        <thead>
          <tr>
            <th>Material</th>
            <th>CAS</th>
            <th>Substance</th>
            <th className="num">Amount</th>
            <th>Flags</th>
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
                          <span className="muted"> ({material.massMg} mg)</span>
                        )}
                        {material.exemptions.length > 0 && (
                          <span className="muted">
                            {" "}
                            · exemptions {material.exemptions.join(", ")}
                          </span>
                        )}
                      </>
                    )}
                  </td>
                  <td>{substance.cas}</td>
                  <td>{substance.name ?? "—"}</td>
                  <td className="num">{amount(substance)}</td>
                  <td>
                    {violating.has(key) && <Badge value="OVER LIMIT" kind="violations" />}
                    {target && <Badge value={`${target} TARGET`} kind="target" />}
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
  if (declaration.statements.length === 0) return null;
  return (
    <ul>
      {declaration.statements.map((statement) => (
        <li key={statement.list}>
          {statement.list}
          {statement.listVersion && ` (${statement.listVersion})`}:{" "}
          {statement.compliant ? "compliant" : "not compliant"}
          {statement.exemptions.length > 0 && `, exemptions ${statement.exemptions.join(", ")}`}
        </li>
      ))}
    </ul>
  );
}

function ReviewForm({ declaration, onDone }: { declaration: Declaration; onDone: () => void }) {
  const [reason, setReason] = useState("");
  const [missing, setMissing] = useState(false);
  const review = useMutation(REVIEW);
  const error = missing
    ? new ApiError("A reason is required", "BAD_USER_INPUT", [
        { path: "reason", message: "Say why the declaration is rejected" },
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
      aria-label="Review the declaration"
      noValidate
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        void decide(false);
      }}
    >
      <h2>Review</h2>
      <ErrorMessage error={error} />
      <button
        type="button"
        className="primary"
        disabled={review.busy}
        onClick={() => void decide(true)}
      >
        Accept
      </button>
      <TextArea
        label="Reason for rejecting"
        name="reason"
        value={reason}
        error={error}
        onChange={(event) => setReason(event.target.value)}
      />
      <button type="submit" disabled={review.busy}>
        Reject
      </button>
    </form>
  );
}

function SubmitButton({ declaration, onDone }: { declaration: Declaration; onDone: () => void }) {
  const submit = useMutation(SUBMIT);
  return (
    <div className="card">
      <h2>Submit</h2>
      <p className="muted">Submitted declarations go to an auditor for review.</p>
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
        {submit.busy ? "Submitting…" : "Submit for review"}
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
          <Badge value={declaration.status} />{" "}
          <ComplianceBadge violations={compliance.violations.length} />
        </h1>
        <p className="muted">
          <Link to={`/suppliers/${declaration.supplier.id}`}>{declaration.supplier.name}</Link> ·{" "}
          {declaration.category.name} · class {declaration.declarationClass} · valid until{" "}
          {formatDate(declaration.validUntil)}
          {declaration.submittedAt && ` · submitted ${formatDate(declaration.submittedAt)}`}
          {declaration.reviewedAt && ` · reviewed ${formatDate(declaration.reviewedAt)}`}{" "}
          <HistoryLink
            entityType="MaterialDeclaration"
            entityId={declaration.id}
            name={declaration.partNumber}
          />
        </p>
      </div>
      {declaration.status === "REJECTED" && declaration.rejectReason && (
        <p className="warn-text">Rejected: {declaration.rejectReason}</p>
      )}
      {saved && <Notice>Declaration saved; its compliance is computed again below.</Notice>}
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
              Edit declaration
            </button>
          </p>
        ))}
      <div className="card" data-testid="compliance">
        <h2>Compliance</h2>
        <p className="muted">
          Computed from the lists in force at {formatDateTime(compliance.evaluatedAt)}.
        </p>
        <Violations compliance={compliance} inPpm={declaration.violations} />
        {compliance.unevaluated.length > 0 && (
          <>
            <h3>Not evaluated</h3>
            <ul>
              {compliance.unevaluated.map((item, index) => (
                <li key={index}>
                  {item.list} ({item.listVersion}){item.cas && ` · ${item.cas}`}
                  {item.material && ` in ${item.material}`}: {item.reason}
                </li>
              ))}
            </ul>
          </>
        )}
        {compliance.targetSubstances.length > 0 && (
          <>
            <h3>Target substances present</h3>
            <ul data-testid="targets">
              {compliance.targetSubstances.map((target, index) => (
                <li key={index}>
                  <Badge value={target.kind} kind="target" /> {target.name} ({target.cas}) in{" "}
                  {target.material}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      <div className="card">
        <h2>Materials and substances</h2>
        <Statements declaration={declaration} />
        <Materials declaration={declaration} />
      </div>
      <div className="card">
        <h2>Evidence</h2>
        <EvidenceList evidence={declaration.evidence} />
      </div>
      {canSubmit && !editing && <SubmitButton declaration={declaration} onDone={reload} />}
      {canReview && <ReviewForm declaration={declaration} onDone={reload} />}
    </>
  );
}

/** One material declaration: its content, the computed compliance, submit and review. */
export function DeclarationPage() {
  const { id = "" } = useParams();
  const state = useQuery(DECLARATION, { id });
  return (
    <section>
      <p>
        <Link to="/declarations">← Material declarations</Link>
      </p>
      <QueryGate state={state}>
        {(data) => <DeclarationView declaration={data.materialDeclaration} reload={state.reload} />}
      </QueryGate>
    </section>
  );
}
