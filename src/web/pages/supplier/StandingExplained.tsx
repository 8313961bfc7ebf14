import type { ReactNode } from "react";
import { Link } from "react-router-dom";
import { formatDate } from "../../components/ui";
import { areaLabel, labelOf, PROCUREMENT_STATUS_LABELS, SEVERITY_LABELS } from "../../labels";
import { countOf, declarationPartsIn, GRADE_FLOORS, statusRuleOf } from "./explain";

export interface ExplainedFinding {
  id: string;
  area: string;
  severity: string;
  status: string;
  overdue: boolean;
  dueDate?: string | null;
  auditId: string;
  auditDate?: string | null;
}

export interface ExplainedAudit {
  id: string;
  status: string;
  type: string;
  plannedDate: string;
  completedAt?: string | null;
}

export interface GradeCapView {
  rule: string;
  grade: string;
  count: number;
  areas: readonly string[];
  reason: string;
}

export interface StandingData {
  status: string;
  statusReasons: readonly string[];
  score?: {
    overall: number;
    grade: string;
    gradeFromScore: string;
    gradeCaps: readonly GradeCapView[];
  } | null;
  /** Completed audits' findings, with their audit. */
  findings: readonly ExplainedFinding[];
  audits: readonly ExplainedAudit[];
  declarations: readonly { id: string; partNumber: string; partName?: string | null }[];
  maps: readonly { categoryId: string; categoryName: string }[];
}

const findingLink = (f: ExplainedFinding) => `/audits/${f.auditId}#finding-${f.id}`;

function FindingLinks({ findings }: { findings: readonly ExplainedFinding[] }) {
  if (findings.length === 0) return null;
  return (
    <ul className="explain-links">
      {findings.map((f) => (
        <li key={f.id}>
          <Link to={findingLink(f)}>
            {labelOf(SEVERITY_LABELS, f.severity)} finding in {areaLabel(f.area).toLowerCase()}
            {f.auditDate ? `, audit of ${formatDate(f.auditDate)}` : ""}
          </Link>
          {f.overdue && f.dueDate ? (
            <span className="muted"> (due {formatDate(f.dueDate)})</span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function MapLinks({ supplierId, maps }: { supplierId: string; maps: StandingData["maps"] }) {
  if (maps.length === 0) return null;
  return (
    <>
      {maps.map((map, index) => (
        <span key={map.categoryId}>
          {index > 0 ? ", " : " "}
          <Link to={`/suppliers/${supplierId}/supply-chain/${map.categoryId}`}>
            {map.categoryName} supply-chain map
          </Link>
        </span>
      ))}
    </>
  );
}

/** One status reason as a sentence, with links to where it comes from. */
function StatusSentence({
  reason,
  data,
  supplierId,
  staff,
}: {
  reason: string;
  data: StandingData;
  supplierId: string;
  staff: boolean;
}): ReactNode {
  const open = data.findings.filter((f) => f.status === "OPEN");
  switch (statusRuleOf(reason)) {
    case "PROTECTED_AREA_DECLARED":
      return (
        <>
          Blocked: the sustainability declaration (or a verification of it) says the supplier
          sources raw materials from a protected biodiversity area.{" "}
          <a href="#sustainability">See the declared and verified values</a>.
        </>
      );
    case "PROTECTED_AREA_FLAG":
      return (
        <>
          Blocked: {reason.charAt(0).toLowerCase() + reason.slice(1)}. It stays blocked until an
          auditor clears the flag with evidence.
          {staff ? (
            <>
              {" "}
              <Link to="/admin/protected-areas">Protected-area flags</Link>;
            </>
          ) : null}
          <MapLinks supplierId={supplierId} maps={data.maps} />.
        </>
      );
    case "ADMIN_BLOCK": {
      const why = reason.replace(/^Blocked by an administrator:?\s*/, "");
      return (
        <>
          Blocked: an administrator blocked the supplier{why ? <> because “{why}”</> : null}. It is
          never ranked until unblocked.{" "}
          {staff ? <a href="#supplier-block">Who blocked it and when</a> : null}
        </>
      );
    }
    case "SCREENING":
      return (
        <>
          Blocked: a party or region in the supply chain is on a screening list (
          {reason.slice(reason.indexOf(":") + 1).trim()}), with no approved rebuttal.
          {staff ? (
            <>
              {" "}
              <Link to="/admin/screening">Screening hits</Link>;
            </>
          ) : null}
          <MapLinks supplierId={supplierId} maps={data.maps} />.
        </>
      );
    case "ZERO_TOLERANCE": {
      const found = open.filter((f) => f.severity === "ZERO_TOLERANCE");
      return (
        <>
          Suspended: {reason} (a breach the policy does not tolerate, such as child or forced
          labour); it stays suspended until the finding is closed.
          <FindingLinks findings={found} />
        </>
      );
    }
    case "OVERDUE_FINDINGS": {
      const found = open.filter(
        (f) => f.overdue && (f.severity === "MAJOR" || f.severity === "ZERO_TOLERANCE"),
      );
      return (
        <>
          Conditional: {reason} past its due date.
          <FindingLinks findings={found} />
        </>
      );
    }
    case "NO_RECENT_AUDIT": {
      const last = data.audits
        .filter((a) => a.status === "COMPLETED" && a.completedAt)
        .sort((a, b) => (a.completedAt! < b.completedAt! ? 1 : -1))[0];
      return (
        <>
          Conditional: {reason.charAt(0).toLowerCase() + reason.slice(1)}.{" "}
          {last ? (
            <>
              The last one was{" "}
              <Link to={`/audits/${last.id}`}>completed on {formatDate(last.completedAt)}</Link>.
            </>
          ) : (
            <>
              It has never been audited; <a href="#supplier-audits">see its audits</a>.
            </>
          )}
        </>
      );
    }
    case "GRADE":
      return (
        <>
          Conditional: {reason.replace("Grade", "the grade is")}, and a grade of D or E makes the
          status conditional. <a href="#grade-explained">Why this grade</a>.
        </>
      );
    case "DECLARATION_OVER_LIMIT": {
      const parts = declarationPartsIn(
        reason,
        data.declarations.map((d) => d.partNumber),
      );
      const declarations = data.declarations.filter((d) => parts.includes(d.partNumber));
      return (
        <>
          Conditional: {reason.charAt(0).toLowerCase() + reason.slice(1)}, without a valid
          exemption.
          {declarations.length > 0 && (
            <ul className="explain-links">
              {declarations.map((d) => (
                <li key={d.id}>
                  <Link to={`/declarations/${d.id}`}>
                    Declaration for part {d.partNumber}
                    {d.partName ? ` (${d.partName})` : ""}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </>
      );
    }
    default:
      return <>{reason}.</>;
  }
}

/** The grade in words: what the score alone gives, and each cap that lowers it. */
function GradeSentence({ data }: { data: StandingData }) {
  const score = data.score;
  if (!score) {
    return <p>No grade yet: there is no audit, third-party assessment or self-assessment.</p>;
  }
  const overall = score.overall.toFixed(2);
  if (score.gradeCaps.length === 0) {
    return (
      <p>
        The ESG score {overall} gives grade <strong>{score.grade}</strong> ({GRADE_FLOORS}).
      </p>
    );
  }
  const zeroTolerance = data.findings.filter(
    (f) => f.status === "OPEN" && f.severity === "ZERO_TOLERANCE",
  );
  return (
    <>
      <p>
        The ESG score {overall} alone would give grade {score.gradeFromScore} ({GRADE_FLOORS}), but
        the grade is <strong>{score.grade}</strong>:
      </p>
      <ul className="explain-list">
        {score.gradeCaps.map((cap) => (
          <li key={cap.rule}>
            {cap.rule === "ZERO_TOLERANCE_FINDING" ? (
              <>
                {countOf(cap.count, "open zero-tolerance finding")} cap
                {cap.count === 1 ? "s" : ""} the grade at {cap.grade}, whatever the score, until{" "}
                {cap.count === 1 ? "it is" : "they are"} closed.
                <FindingLinks findings={zeroTolerance} />
              </>
            ) : cap.rule === "AREA_WITHOUT_SOURCE" ? (
              <>
                {countOf(cap.count, "area")} ({cap.areas.map(areaLabel).join(", ")}){" "}
                {cap.count === 1 ? "has" : "have"} no valid audit, third-party assessment or
                self-assessment, which caps the grade at {cap.grade}.{" "}
                <a href="#score-areas">See the area sources</a>.
              </>
            ) : (
              cap.reason
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

/** "Why this grade and status": every cap and status rule as a sentence with its links. */
export function StandingExplained({
  supplierId,
  data,
  staff,
}: {
  supplierId: string;
  data: StandingData;
  staff: boolean;
}) {
  return (
    <div className="card explained" id="standing-explained">
      <h2>Why this grade and status</h2>
      <h3 id="grade-explained">Grade</h3>
      <GradeSentence data={data} />
      <h3 id="status-explained">Status: {labelOf(PROCUREMENT_STATUS_LABELS, data.status)}</h3>
      {data.statusReasons.length === 0 ? (
        <p>No status rule applies: the supplier is approved.</p>
      ) : (
        <>
          <p className="muted">
            The strictest rule that applies sets the status (blocked, then suspended, then
            conditional); every rule that applies is listed.
          </p>
          <ul className="explain-list" aria-label="Status rules that apply">
            {data.statusReasons.map((reason) => (
              <li key={reason}>
                <StatusSentence reason={reason} data={data} supplierId={supplierId} staff={staff} />
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
