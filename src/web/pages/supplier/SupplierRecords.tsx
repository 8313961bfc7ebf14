import { Link } from "react-router-dom";
import { Badge, Empty, formatDate } from "../../components/ui";
import {
  areaLabel,
  AUDIT_STATUS_LABELS,
  AUDIT_TYPE_LABELS,
  CAP_STATUS_LABELS,
  FINDING_STATUS_LABELS,
  labelOf,
  RISK_LEVEL_LABELS,
  SEVERITY_LABELS,
} from "../../labels";
import { ScrollTable } from "./ScrollTable";

export interface RecordAudit {
  id: string;
  status: string;
  type: string;
  plannedDate: string;
  completedAt?: string | null;
  findings: readonly RecordFinding[];
}

export interface RecordFinding {
  id: string;
  area: string;
  severity: string;
  riskLevel: string;
  riskScore: number;
  status: string;
  overdue: boolean;
  dueDate?: string | null;
  repeat: boolean;
  correctiveAction?: { id: string; status: string } | null;
}

const RECENT = 5;
const SEVERITY_ORDER = ["ZERO_TOLERANCE", "MAJOR", "MINOR", "OBSERVATION"];

const auditDay = (audit: RecordAudit) => audit.completedAt ?? audit.plannedDate;

/** Recent audits and open findings, each linking to its audit. */
export function AuditsAndFindingsCard({ audits }: { audits: readonly RecordAudit[] }) {
  const recent = audits.slice(0, RECENT);
  const open = audits
    .flatMap((audit) =>
      audit.findings.filter((f) => f.status === "OPEN").map((finding) => ({ audit, finding })),
    )
    .sort(
      (a, b) =>
        SEVERITY_ORDER.indexOf(a.finding.severity) - SEVERITY_ORDER.indexOf(b.finding.severity) ||
        b.finding.riskScore - a.finding.riskScore,
    );
  return (
    <div className="card" id="supplier-audits">
      <h2>Audits and open findings</h2>
      <div className="grid-2 records">
        <section aria-labelledby="recent-audits">
          <h3 id="recent-audits">Recent audits</h3>
          {recent.length === 0 ? (
            <Empty>No audits yet.</Empty>
          ) : (
            <ul className="links record-list">
              {recent.map((audit) => (
                <li key={audit.id}>
                  <Link to={`/audits/${audit.id}`}>
                    {labelOf(AUDIT_TYPE_LABELS, audit.type)} audit,{" "}
                    {audit.completedAt
                      ? `completed ${formatDate(audit.completedAt)}`
                      : `planned ${formatDate(audit.plannedDate)}`}
                  </Link>{" "}
                  <Badge value={labelOf(AUDIT_STATUS_LABELS, audit.status)} kind={audit.status} />
                </li>
              ))}
              {audits.length > RECENT && (
                <li className="muted">and {audits.length - RECENT} earlier</li>
              )}
            </ul>
          )}
        </section>
        <section aria-labelledby="open-findings">
          <h3 id="open-findings">Open findings</h3>
          {open.length === 0 ? (
            <Empty>No open findings.</Empty>
          ) : (
            <ul className="links record-list">
              {open.map(({ audit, finding }) => (
                <li key={finding.id}>
                  <Link to={`/audits/${audit.id}#finding-${finding.id}`}>
                    {labelOf(SEVERITY_LABELS, finding.severity)}: {areaLabel(finding.area)}
                  </Link>{" "}
                  <span className="muted">
                    (audit of {formatDate(auditDay(audit))}
                    {finding.dueDate ? `, due ${formatDate(finding.dueDate)}` : ""})
                  </span>
                  {finding.overdue && (
                    <>
                      {" "}
                      <Badge value="Overdue" kind="OVERDUE" />
                    </>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </div>
  );
}

/** Every finding of the supplier's audits, in a table that scrolls sideways when narrow. */
export function FindingsTable({ audits }: { audits: readonly RecordAudit[] }) {
  const rows = audits.flatMap((audit) => audit.findings.map((finding) => ({ audit, finding })));
  const open = rows.filter((r) => r.finding.status === "OPEN").map((r) => r.finding);
  // A withdrawn finding was recorded in error: listed, but not counted as a finding.
  const withdrawn = rows.filter((r) => r.finding.status === "WITHDRAWN").length;
  const counted = rows.length - withdrawn;
  return (
    <div className="card" id="supplier-findings">
      <h2>Findings summary</h2>
      {rows.length === 0 ? (
        <Empty>No findings.</Empty>
      ) : (
        <>
          <p>
            {counted} {counted === 1 ? "finding" : "findings"}
            {withdrawn > 0 && ` (and ${withdrawn} withdrawn, not counted)`}, {open.length} open,{" "}
            {open.filter((finding) => finding.overdue).length} overdue; open by risk:{" "}
            {["CRITICAL", "HIGH", "MEDIUM", "LOW"]
              .map(
                (level) =>
                  `${open.filter((finding) => finding.riskLevel === level).length} ${labelOf(RISK_LEVEL_LABELS, level).toLowerCase()}`,
              )
              .join(", ")}
            .
          </p>
          <ScrollTable label="Findings">
            <table className="table">
              <caption className="sr-only">Findings</caption>
              <thead>
                <tr>
                  <th scope="col">Area</th>
                  <th scope="col">Severity</th>
                  <th scope="col">Risk</th>
                  <th scope="col">Status</th>
                  <th scope="col">Due</th>
                  <th scope="col">Plan</th>
                  <th scope="col">Audit</th>
                </tr>
              </thead>
              <tbody>
                {rows.map(({ audit, finding }) => (
                  <tr key={finding.id}>
                    <td>{areaLabel(finding.area)}</td>
                    <td>
                      {labelOf(SEVERITY_LABELS, finding.severity)}
                      {finding.repeat && " (repeat)"}
                    </td>
                    <td className="nowrap">
                      <Badge
                        value={labelOf(RISK_LEVEL_LABELS, finding.riskLevel)}
                        kind={finding.riskLevel}
                      />{" "}
                      {finding.riskScore}
                    </td>
                    <td>
                      {labelOf(FINDING_STATUS_LABELS, finding.status)}
                      {finding.overdue && (
                        <>
                          {" "}
                          <Badge value="Overdue" kind="OVERDUE" />
                        </>
                      )}
                    </td>
                    <td className="nowrap">{formatDate(finding.dueDate)}</td>
                    <td>
                      {finding.correctiveAction
                        ? labelOf(CAP_STATUS_LABELS, finding.correctiveAction.status)
                        : "—"}
                    </td>
                    <td className="nowrap">
                      <Link to={`/audits/${audit.id}#finding-${finding.id}`}>
                        Open finding<span className="sr-only"> in {areaLabel(finding.area)}</span>
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        </>
      )}
    </div>
  );
}
