import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useCursorPages, useQuery } from "../../api/hooks";
import { Badge, Empty, formatDate, Pager, QueryGate } from "../../components/ui";
import { graphql } from "../../gql";
import {
  AUDIT_FILTER_KEYS,
  AuditFilterBar,
  auditFilterOf,
  useUrlFilters,
} from "../audit/AuditFilters";
import { auditStatusLabel, auditTypeLabel } from "../audit/finding-words";
import { ScheduleAuditForm } from "../audit/ScheduleAuditForm";
import { ScrollTable } from "../supplier/ScrollTable";

const AUDITS = graphql(`
  query AllAudits($filter: AuditFilter, $after: String) {
    audits(filter: $filter, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          status
          type
          plannedDate
          completedAt
          supplier {
            id
            name
          }
          leadAuditor {
            name
          }
        }
      }
    }
  }
`);

/** Scheduling, and every audit with the filters in the URL (shareable, back undoes). */
export function AdminAuditsPage() {
  const { t } = useTranslation("admin");
  const filters = useUrlFilters(AUDIT_FILTER_KEYS);
  const filter = auditFilterOf(filters.values);
  const pages = useCursorPages(JSON.stringify(filter));
  const audits = useQuery(AUDITS, { filter, after: pages.after });
  return (
    <section>
      <h1>{t("audits.title")}</h1>
      <div className="card">
        <h2>{t("audits.schedule")}</h2>
        <ScheduleAuditForm onScheduled={audits.reload} />
      </div>
      <div className="card">
        <h2>{t("audits.all")}</h2>
        <AuditFilterBar filters={filters} />
        <QueryGate state={audits}>
          {(data) =>
            data.audits.edges.length === 0 ? (
              <Empty>{filters.active > 0 ? t("audits.noneMatch") : t("audits.none")}</Empty>
            ) : (
              <>
                <ScrollTable label={t("audits.tableLabel")}>
                  <table className="table">
                    <caption className="sr-only">{t("audits.caption")}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t("audits.columns.audit")}</th>
                        <th scope="col">{t("audits.columns.status")}</th>
                        <th scope="col">{t("audits.columns.planned")}</th>
                        <th scope="col">{t("audits.columns.completed")}</th>
                        <th scope="col">{t("audits.columns.leadAuditor")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {data.audits.edges.map(({ node }) => (
                        <tr key={node.id}>
                          <td>
                            <Link to={`/audits/${node.id}`}>
                              {t("audits.auditLink", {
                                supplier: node.supplier.name,
                                type: auditTypeLabel(node.type),
                              })}
                            </Link>
                          </td>
                          <td>
                            <Badge value={auditStatusLabel(node.status)} kind={node.status} />
                          </td>
                          <td>{formatDate(node.plannedDate)}</td>
                          <td>{formatDate(node.completedAt)}</td>
                          <td>{node.leadAuditor.name}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </ScrollTable>
                <Pager
                  label={t("audits.pager")}
                  total={data.audits.totalCount}
                  hasNext={data.audits.pageInfo.hasNextPage}
                  hasPrevious={pages.hasPrevious}
                  onNext={() => pages.next(data.audits.pageInfo.endCursor)}
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
