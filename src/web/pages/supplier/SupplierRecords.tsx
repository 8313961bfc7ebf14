import { useTranslation } from "react-i18next";
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
const RISK_LEVELS = ["CRITICAL", "HIGH", "MEDIUM", "LOW"];

const auditDay = (audit: RecordAudit) => audit.completedAt ?? audit.plannedDate;

/** Recent audits and open findings, each linking to its audit. */
export function AuditsAndFindingsCard({ audits }: { audits: readonly RecordAudit[] }) {
  const { t } = useTranslation("supplier");
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
      <h2>{t("records.title")}</h2>
      <div className="grid-2 records">
        <section aria-labelledby="recent-audits">
          <h3 id="recent-audits">{t("records.recentAudits")}</h3>
          {recent.length === 0 ? (
            <Empty>{t("records.noAudits")}</Empty>
          ) : (
            <ul className="links record-list">
              {recent.map((audit) => (
                <li key={audit.id}>
                  <Link to={`/audits/${audit.id}`}>
                    {audit.completedAt
                      ? t("records.auditCompleted", {
                          type: labelOf(AUDIT_TYPE_LABELS, audit.type),
                          date: formatDate(audit.completedAt),
                        })
                      : t("records.auditPlanned", {
                          type: labelOf(AUDIT_TYPE_LABELS, audit.type),
                          date: formatDate(audit.plannedDate),
                        })}
                  </Link>{" "}
                  <Badge value={labelOf(AUDIT_STATUS_LABELS, audit.status)} kind={audit.status} />
                </li>
              ))}
              {audits.length > RECENT && (
                <li className="muted">{t("records.earlier", { count: audits.length - RECENT })}</li>
              )}
            </ul>
          )}
        </section>
        <section aria-labelledby="open-findings">
          <h3 id="open-findings">{t("records.openFindings")}</h3>
          {open.length === 0 ? (
            <Empty>{t("records.noOpenFindings")}</Empty>
          ) : (
            <ul className="links record-list">
              {open.map(({ audit, finding }) => (
                <li key={finding.id}>
                  <Link to={`/audits/${audit.id}#finding-${finding.id}`}>
                    {t("records.openFinding", {
                      severity: labelOf(SEVERITY_LABELS, finding.severity),
                      area: areaLabel(finding.area),
                    })}
                  </Link>{" "}
                  <span className="muted">
                    {finding.dueDate
                      ? t("records.auditOfDue", {
                          date: formatDate(auditDay(audit)),
                          due: formatDate(finding.dueDate),
                        })
                      : t("records.auditOf", { date: formatDate(auditDay(audit)) })}
                  </span>
                  {finding.overdue && (
                    <>
                      {" "}
                      <Badge value={t("records.overdue")} kind="OVERDUE" />
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
  const { t } = useTranslation("supplier");
  const byRisk = RISK_LEVELS.map((level) =>
    t("records.summary.riskCount", {
      count: open.filter((finding) => finding.riskLevel === level).length,
      level: labelOf(RISK_LEVEL_LABELS, level).toLowerCase(),
    }),
  ).join(t("listSeparator"));
  return (
    <div className="card" id="supplier-findings">
      <h2>{t("records.summary.title")}</h2>
      {rows.length === 0 ? (
        <Empty>{t("records.summary.none")}</Empty>
      ) : (
        <>
          <p>
            {t("records.summary.counted", { count: counted })}
            {withdrawn > 0 && t("records.summary.withdrawn", { count: withdrawn })}
            {t("records.summary.rest", {
              open: open.length,
              overdue: open.filter((finding) => finding.overdue).length,
              byRisk,
            })}
          </p>
          <ScrollTable label={t("records.summary.caption")}>
            <table className="table">
              <caption className="sr-only">{t("records.summary.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("records.column.area")}</th>
                  <th scope="col">{t("records.column.severity")}</th>
                  <th scope="col">{t("records.column.risk")}</th>
                  <th scope="col">{t("records.column.status")}</th>
                  <th scope="col">{t("records.column.due")}</th>
                  <th scope="col">{t("records.column.plan")}</th>
                  <th scope="col">{t("records.column.audit")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map(({ audit, finding }) => (
                  <tr key={finding.id}>
                    <td>{areaLabel(finding.area)}</td>
                    <td>
                      {labelOf(SEVERITY_LABELS, finding.severity)}
                      {finding.repeat && t("records.repeat")}
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
                          <Badge value={t("records.overdue")} kind="OVERDUE" />
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
                        {t("records.openLink")}
                        <span className="sr-only">
                          {" "}
                          {t("records.openLinkArea", { area: areaLabel(finding.area) })}
                        </span>
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
