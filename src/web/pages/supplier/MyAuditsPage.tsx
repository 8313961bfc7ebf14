import { useTranslation } from "react-i18next";
import { Link, Navigate } from "react-router-dom";
import { useViewer } from "../../api/auth";
import { useQuery } from "../../api/hooks";
import { areaLabel, Badge, Empty, formatDate, QueryGate } from "../../components/ui";
import { graphql } from "../../gql";
import type { MyAuditsQuery } from "../../gql/graphql";
import {
  FINDING_FILTER_KEYS,
  FindingFilterBar,
  findingFilterOf,
  useUrlFilters,
} from "../audit/AuditFilters";
import {
  auditTypeLabel,
  capStatusLabel,
  findingStatusLabel,
  severityLabel,
} from "../audit/finding-words";
import { ScrollTable } from "./ScrollTable";

const MY_AUDITS = graphql(`
  query MyAudits($id: ID!) {
    supplier(id: $id) {
      id
      audits {
        id
        status
        type
        plannedDate
        completedAt
        findings {
          id
          area
          severity
          riskLevel
          riskScore
          status
          description
          withdrawalReason
          overdue
          dueDate
          capDueDate
          correctiveAction {
            id
            status
          }
        }
      }
    }
  }
`);

type MyAudit = NonNullable<MyAuditsQuery["supplier"]>["audits"][number];
type Filters = ReturnType<typeof findingFilterOf>;

/**
 * The URL's filters applied here, as the supplier reads its findings through its own audits
 * (the staff findings list is not for suppliers): the same rules as the API's FindingFilter.
 */
function matches(filter: Filters, audit: MyAudit, finding: MyAudit["findings"][number]): boolean {
  if (filter.status ? finding.status !== filter.status : finding.status === "WITHDRAWN") {
    return false;
  }
  if (filter.severity && finding.severity !== filter.severity) return false;
  if (filter.area && finding.area !== filter.area) return false;
  if (
    filter.overdue !== undefined &&
    filter.overdue !== null &&
    finding.overdue !== filter.overdue
  ) {
    return false;
  }
  const completed = audit.completedAt ?? "";
  if (filter.completedFrom && completed < filter.completedFrom) return false;
  if (filter.completedTo && completed >= filter.completedTo) return false;
  if (filter.text) {
    const text = finding.description.toLowerCase();
    if (
      !filter.text
        .toLowerCase()
        .split(/\s+/)
        .every((word) => text.includes(word))
    )
      return false;
  }
  return true;
}

/** The supplier's completed audits, their findings and what each needs next. */
export function MyAuditsPage() {
  const viewer = useViewer();
  const { t } = useTranslation("supplier");
  const supplierId = viewer.supplier?.id ?? "";
  const state = useQuery(MY_AUDITS, { id: supplierId }, { skip: !viewer.supplier });
  const filters = useUrlFilters(FINDING_FILTER_KEYS);
  const filter = findingFilterOf(filters.values);
  // A finding filter hides audits without a matching finding; dates alone keep them.
  const byFinding = Boolean(
    filter.status || filter.severity || filter.area || filter.text || filter.overdue != null,
  );
  if (viewer.role !== "SUPPLIER") return <Navigate to="/queue" replace />;
  return (
    <section>
      <h1>{t("myAudits.title")}</h1>
      <FindingFilterBar filters={filters} withSupplier={false} />
      <QueryGate state={state}>
        {(data) => {
          const audits = (data.supplier?.audits ?? [])
            .map((audit) => ({
              audit,
              findings: audit.findings.filter((finding) => matches(filter, audit, finding)),
            }))
            .filter(
              ({ audit, findings }) =>
                (!byFinding || findings.length > 0) &&
                (!filter.completedFrom || (audit.completedAt ?? "") >= filter.completedFrom) &&
                (!filter.completedTo || (audit.completedAt ?? "") < filter.completedTo),
            );
          return (data.supplier?.audits.length ?? 0) === 0 ? (
            <Empty>{t("myAudits.noAudits")}</Empty>
          ) : audits.length === 0 ? (
            <Empty>{t("myAudits.noMatch")}</Empty>
          ) : (
            <ul className="cards">
              {audits.map(({ audit, findings }) => (
                <li key={audit.id} className="card">
                  <h2>
                    <Link to={`/audits/${audit.id}`}>
                      {t("myAudits.auditHeading", {
                        type: auditTypeLabel(audit.type),
                        date: formatDate(audit.completedAt),
                      })}
                    </Link>
                  </h2>
                  {findings.length === 0 ? (
                    <Empty>
                      {audit.findings.length === 0
                        ? t("myAudits.noFindings")
                        : t("myAudits.noFindingsMatch")}
                    </Empty>
                  ) : (
                    <ScrollTable
                      label={t("myAudits.tableLabel", { date: formatDate(audit.completedAt) })}
                    >
                      <table className="table">
                        <caption className="sr-only">{t("myAudits.caption")}</caption>
                        <thead>
                          <tr>
                            <th scope="col">{t("myAudits.column.risk")}</th>
                            <th scope="col">{t("myAudits.column.severity")}</th>
                            <th scope="col">{t("myAudits.column.area")}</th>
                            <th scope="col">{t("myAudits.column.status")}</th>
                            <th scope="col">{t("myAudits.column.planDue")}</th>
                            <th scope="col">{t("myAudits.column.closeBy")}</th>
                            <th scope="col">{t("myAudits.column.correctiveAction")}</th>
                          </tr>
                        </thead>
                        <tbody>
                          {findings.map((finding) => (
                            <tr key={finding.id}>
                              <td>
                                <Badge
                                  value={t(`myAudits.risk.${finding.riskLevel}`)}
                                  kind={finding.riskLevel}
                                />
                              </td>
                              <td>
                                <Link to={`/audits/${audit.id}#finding-${finding.id}`}>
                                  {severityLabel(finding.severity)}
                                </Link>
                              </td>
                              <td>{areaLabel(finding.area)}</td>
                              <td>
                                {findingStatusLabel(finding.status)}
                                {finding.withdrawalReason && `: ${finding.withdrawalReason}`}
                              </td>
                              <td>{formatDate(finding.capDueDate)}</td>
                              <td>
                                {formatDate(finding.dueDate)}{" "}
                                {finding.overdue && (
                                  <Badge value={t("myAudits.overdue")} kind="OVERDUE" />
                                )}
                              </td>
                              <td>
                                {finding.status === "WITHDRAWN"
                                  ? t("myAudits.notNeeded")
                                  : finding.correctiveAction
                                    ? capStatusLabel(finding.correctiveAction.status)
                                    : finding.severity === "OBSERVATION"
                                      ? t("myAudits.notNeeded")
                                      : t("myAudits.toPropose")}
                              </td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </ScrollTable>
                  )}
                </li>
              ))}
            </ul>
          );
        }}
      </QueryGate>
    </section>
  );
}
