import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useViewer } from "../../api/auth";
import { useCursorPages, useQuery } from "../../api/hooks";
import { OpenActionsCard } from "../../components/OpenActions";
import {
  areaLabel,
  Badge,
  badgeLabel,
  Empty,
  formatDate,
  Pager,
  QueryGate,
} from "../../components/ui";
import { graphql } from "../../gql";
import { AUDIT_STATUS_LABELS, CAP_STATUS_LABELS, RISK_LEVEL_LABELS } from "../../labels";
import { SaqsToReview } from "../saq/SaqsToReview";
import {
  FINDING_FILTER_KEYS,
  FindingFilterBar,
  findingFilterOf,
  useUrlFilters,
} from "../audit/AuditFilters";
import { auditTypeLabel, findingStatusLabel, severityLabel } from "../audit/finding-words";
import { ScheduleAuditForm } from "../audit/ScheduleAuditForm";

const AUDITS = graphql(`
  query AuditQueue($filter: AuditFilter) {
    audits(filter: $filter, first: 50) {
      totalCount
      edges {
        node {
          id
          status
          type
          plannedDate
          supplier {
            id
            name
          }
          leadAuditor {
            id
            name
          }
        }
      }
    }
  }
`);
const CAPS = graphql(`
  query CapsToReview {
    findings(filter: { status: OPEN }, first: 100) {
      edges {
        node {
          id
          severity
          riskLevel
          audit {
            id
            leadAuditor {
              id
            }
            supplier {
              name
            }
          }
          correctiveAction {
            id
            status
          }
        }
      }
    }
  }
`);
const FINDINGS = graphql(`
  query QueueFindings($filter: FindingFilter, $after: String) {
    findings(filter: $filter, first: 10, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          area
          severity
          riskScore
          riskLevel
          status
          overdue
          dueDate
          description
          audit {
            id
            completedAt
            supplier {
              id
              name
            }
          }
        }
      }
    }
  }
`);

/** Findings of completed audits, riskiest first, filtered by the URL (overdue ones by default). */
function QueueFindings() {
  const { t } = useTranslation("auditor");
  const { t: tCommon } = useTranslation("common");
  const filters = useUrlFilters(FINDING_FILTER_KEYS, { overdue: "yes" });
  const filter = findingFilterOf(filters.values);
  const pages = useCursorPages(JSON.stringify(filter));
  const state = useQuery(FINDINGS, { filter, after: pages.after });
  return (
    <>
      <FindingFilterBar filters={filters} />
      <QueryGate state={state}>
        {({ findings }) =>
          findings.edges.length === 0 ? (
            <Empty>{filters.active > 0 ? t("queue.noMatch") : t("queue.noFindings")}</Empty>
          ) : (
            <>
              <ol className="links" aria-label={t("queue.findingList")}>
                {findings.edges.map(({ node }) => (
                  <li key={node.id}>
                    <Badge
                      value={badgeLabel(RISK_LEVEL_LABELS, node.riskLevel)}
                      kind={node.riskLevel}
                    />{" "}
                    {node.riskScore} ·{" "}
                    <Link to={`/audits/${node.audit.id}#finding-${node.id}`}>
                      {t("queue.findingLink", {
                        supplier: node.audit.supplier.name,
                        severity: severityLabel(node.severity),
                        area: areaLabel(node.area),
                      })}
                    </Link>{" "}
                    · {findingStatusLabel(node.status)}
                    {node.dueDate && t("queue.due", { date: formatDate(node.dueDate) })}
                    {node.overdue && (
                      <>
                        {" "}
                        <Badge value={tCommon("overdue")} kind="OVERDUE" />
                      </>
                    )}
                    <br />
                    <span className="muted">
                      {node.description.length > 140
                        ? `${node.description.slice(0, 140)}…`
                        : node.description}
                    </span>
                  </li>
                ))}
              </ol>
              <Pager
                label={t("queue.pager")}
                total={findings.totalCount}
                hasNext={findings.pageInfo.hasNextPage}
                hasPrevious={pages.hasPrevious}
                onNext={() => pages.next(findings.pageInfo.endCursor)}
                onPrevious={pages.previous}
              />
            </>
          )
        }
      </QueryGate>
    </>
  );
}

/** The auditor's work: audits to run, plans to review, overdue findings, SAQs to review. */
export function WorkQueuePage() {
  const { t } = useTranslation("auditor");
  const viewer = useViewer();
  const audits = useQuery(AUDITS, {
    filter: {
      statuses: ["PLANNED", "IN_PROGRESS"],
      ...(viewer.role === "AUDITOR" ? { leadAuditorId: viewer.id } : {}),
    },
  });
  const caps = useQuery(CAPS);
  const [scheduleOpen, setScheduleOpen] = useState(false);
  return (
    <section>
      <h1>{t("queue.title")}</h1>
      {viewer.role === "AUDITOR" && <OpenActionsCard />}
      <div className="grid-2">
        <div className="card">
          <h2>{t("queue.auditsToRun")}</h2>
          <QueryGate state={audits}>
            {(data) =>
              data.audits.edges.length === 0 ? (
                <Empty>{t("queue.noAudits")}</Empty>
              ) : (
                <ul className="links">
                  {data.audits.edges.map(({ node }) => (
                    <li key={node.id}>
                      <Link to={`/audits/${node.id}`}>
                        {t("queue.auditLink", {
                          supplier: node.supplier.name,
                          type: auditTypeLabel(node.type),
                        })}
                      </Link>{" "}
                      <Badge
                        value={badgeLabel(AUDIT_STATUS_LABELS, node.status)}
                        kind={node.status}
                      />{" "}
                      {t("queue.planned", { date: formatDate(node.plannedDate) })}
                      {viewer.role !== "AUDITOR" && ` · ${node.leadAuditor.name}`}
                    </li>
                  ))}
                </ul>
              )
            }
          </QueryGate>
        </div>
        <div className="card">
          <h2>{t("queue.capsToReview")}</h2>
          <QueryGate state={caps}>
            {(data) => {
              const rows = data.findings.edges
                .map((edge) => edge.node)
                .filter(
                  (finding) =>
                    finding.correctiveAction &&
                    ["PROPOSED", "IMPLEMENTED"].includes(finding.correctiveAction.status) &&
                    (viewer.role === "ADMIN" || finding.audit.leadAuditor.id === viewer.id),
                );
              return rows.length === 0 ? (
                <Empty>{t("queue.noPlan")}</Empty>
              ) : (
                <ul className="links">
                  {rows.map((finding) => (
                    <li key={finding.id}>
                      <Link to={`/audits/${finding.audit.id}`}>
                        {t("queue.capLink", {
                          supplier: finding.audit.supplier.name,
                          severity: severityLabel(finding.severity),
                        })}
                      </Link>{" "}
                      <Badge
                        value={badgeLabel(CAP_STATUS_LABELS, finding.correctiveAction!.status)}
                        kind={finding.correctiveAction!.status}
                      />
                    </li>
                  ))}
                </ul>
              );
            }}
          </QueryGate>
        </div>
        <div className="card">
          <h2>{t("queue.saqsToReview")}</h2>
          <SaqsToReview />
        </div>
      </div>
      <div className="card">
        <h2>{t("queue.findings")}</h2>
        <QueueFindings />
      </div>
      <details
        className="card"
        open={scheduleOpen}
        onToggle={(event) => setScheduleOpen(event.currentTarget.open)}
      >
        <summary className="card-summary">{t("queue.schedule")}</summary>
        {scheduleOpen && <ScheduleAuditForm onScheduled={audits.reload} />}
      </details>
    </section>
  );
}
