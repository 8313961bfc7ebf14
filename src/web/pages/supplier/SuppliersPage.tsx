import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useCursorPages, useQuery } from "../../api/hooks";
import {
  Badge,
  Empty,
  ErrorMessage,
  formatDate,
  Loading,
  Pager,
  TextField,
} from "../../components/ui";
import { graphql } from "../../gql";
import { countryName, labelOf, PROCUREMENT_STATUS_LABELS } from "../../labels";
import { ScrollTable } from "./ScrollTable";

const SUPPLIERS = graphql(`
  query Suppliers($filter: SupplierFilter, $first: Int, $after: String) {
    suppliers(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          country
          status
          nextAuditDue
          archived
          score {
            grade
            overall
          }
        }
      }
    }
  }
`);

/**
 * Suppliers, searchable and paged, each linking to its page; `archivedFilter` offers archived
 * suppliers too (the API leaves them out unless asked).
 */
export function SuppliersList({ archivedFilter = false }: { archivedFilter?: boolean }) {
  const { t } = useTranslation("supplier");
  const [search, setSearch] = useState("");
  const [includeArchived, setIncludeArchived] = useState(false);
  const pages = useCursorPages(`${search}|${includeArchived}`);
  const state = useQuery(SUPPLIERS, {
    filter: {
      ...(search ? { search } : {}),
      ...(includeArchived ? { includeArchived: true } : {}),
    },
    first: 20,
    after: pages.after,
  });
  const data = state.data?.suppliers;
  return (
    <div>
      <TextField
        label={t("suppliers.search")}
        type="search"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
      />
      {archivedFilter && (
        <label className="check-inline">
          <input
            type="checkbox"
            checked={includeArchived}
            onChange={(event) => setIncludeArchived(event.target.checked)}
          />{" "}
          {t("suppliers.includeArchived")}
        </label>
      )}
      <ErrorMessage error={state.error} />
      {!data ? (
        <Loading />
      ) : data.edges.length === 0 ? (
        <Empty>{t("suppliers.none")}</Empty>
      ) : (
        <>
          <ScrollTable label={t("suppliers.title")}>
            <table className="table">
              <caption className="sr-only">{t("suppliers.title")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("suppliers.column.supplier")}</th>
                  <th scope="col">{t("suppliers.column.country")}</th>
                  <th scope="col">{t("suppliers.column.grade")}</th>
                  <th scope="col">{t("suppliers.column.status")}</th>
                  <th scope="col">{t("suppliers.column.nextAuditDue")}</th>
                </tr>
              </thead>
              <tbody>
                {data.edges.map(({ node }) => (
                  <tr key={node.id}>
                    <td>
                      <Link to={`/suppliers/${node.id}`}>{node.name}</Link>
                      {node.archived && <Badge value={t("archivedBadge")} kind="ARCHIVED" />}
                    </td>
                    <td>{countryName(node.country)}</td>
                    <td>{node.score?.grade ?? "—"}</td>
                    <td>
                      <Badge
                        value={labelOf(PROCUREMENT_STATUS_LABELS, node.status)}
                        kind={node.status}
                      />
                    </td>
                    <td>{formatDate(node.nextAuditDue)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
          <Pager
            label={t("suppliers.title")}
            total={data.totalCount}
            hasNext={data.pageInfo.hasNextPage}
            hasPrevious={pages.hasPrevious}
            onNext={() => pages.next(data.pageInfo.endCursor)}
            onPrevious={pages.previous}
          />
        </>
      )}
    </div>
  );
}

export function SuppliersPage() {
  const { t } = useTranslation("supplier");
  return (
    <section>
      <h1>{t("suppliers.title")}</h1>
      <SuppliersList />
    </section>
  );
}
