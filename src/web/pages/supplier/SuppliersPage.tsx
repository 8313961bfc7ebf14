import { useState } from "react";
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

/** Suppliers, searchable and paged, each linking to its page. */
export function SuppliersList() {
  const [search, setSearch] = useState("");
  const pages = useCursorPages(search);
  const state = useQuery(SUPPLIERS, {
    filter: search ? { search } : {},
    first: 20,
    after: pages.after,
  });
  const data = state.data?.suppliers;
  return (
    <div>
      <TextField
        label="Search suppliers"
        type="search"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
      />
      <ErrorMessage error={state.error} />
      {!data ? (
        <Loading />
      ) : data.edges.length === 0 ? (
        <Empty>No suppliers found.</Empty>
      ) : (
        <>
          <div className="table-wrap">
            <table className="table">
              <caption className="sr-only">Suppliers</caption>
              <thead>
                <tr>
                  <th scope="col">Supplier</th>
                  <th scope="col">Country</th>
                  <th scope="col">Grade</th>
                  <th scope="col">Status</th>
                  <th scope="col">Next audit due</th>
                </tr>
              </thead>
              <tbody>
                {data.edges.map(({ node }) => (
                  <tr key={node.id}>
                    <td>
                      <Link to={`/suppliers/${node.id}`}>{node.name}</Link>
                    </td>
                    <td>{node.country}</td>
                    <td>{node.score?.grade ?? "—"}</td>
                    <td>
                      <Badge value={node.status} />
                    </td>
                    <td>{formatDate(node.nextAuditDue)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager
            label="Suppliers"
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
  return (
    <section>
      <h1>Suppliers</h1>
      <SuppliersList />
    </section>
  );
}
