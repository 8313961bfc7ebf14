import { useParams, useSearchParams } from "react-router-dom";
import { useCursorPages, useQuery } from "../../api/hooks";
import { Empty, formatDateTime, Pager, QueryGate } from "../../components/ui";
import { graphql } from "../../gql";
import {
  actionWords,
  entityWords,
  fieldChanges,
  fieldWords,
  valueWords,
  type FieldChange,
} from "./history-words";

const TRAIL = graphql(`
  query AuditTrailPage($entityType: String!, $entityId: ID!, $after: String) {
    auditTrail(entityType: $entityType, entityId: $entityId, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          action
          at
          role
          changes
          actor {
            id
            name
            email
          }
        }
      }
    }
  }
`);

const ROLE_WORDS: Record<string, string> = {
  ADMIN: "admin",
  PROCUREMENT: "procurement",
  AUDITOR: "auditor",
  SUPPLIER: "supplier user",
};

/** Before and after, one row per field; a field set for the first time has no "before". */
function ChangeTable({ changes, caption }: { changes: FieldChange[]; caption: string }) {
  if (changes.length === 0) return <p className="muted">No field values were recorded.</p>;
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={caption}>
      <table className="table history-diff">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Before</th>
            <th scope="col">After</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((change) => (
            <tr key={change.field}>
              <th scope="row">{fieldWords(change.field)}</th>
              <td className="history-before">{valueWords(change.before)}</td>
              <td className="history-after">{valueWords(change.after)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** `/history/:entityType/:entityId`: every recorded change to one record, newest first. */
export function HistoryPage() {
  const { entityType = "", entityId = "" } = useParams();
  const [params] = useSearchParams();
  const title = params.get("title");
  const pages = useCursorPages(`${entityType}/${entityId}`);
  const state = useQuery(TRAIL, { entityType, entityId, after: pages.after });
  const what = entityWords(entityType);
  return (
    <section>
      <h1>History of {title ? `${what} ${title}` : `this ${what}`}</h1>
      <p className="muted">
        Every change to this record, newest first: who made it, when, and each field before and
        after. The history cannot be edited or deleted.
      </p>
      <QueryGate state={state}>
        {({ auditTrail }) =>
          auditTrail.edges.length === 0 ? (
            <Empty>No changes are recorded for this record.</Empty>
          ) : (
            <>
              <ol className="history-list">
                {auditTrail.edges.map(({ node }) => {
                  const heading = `${actionWords(node.action)}, ${formatDateTime(node.at)}`;
                  return (
                    <li key={node.id} className="card history-event">
                      <h2>{heading}</h2>
                      <p>
                        By{" "}
                        {node.actor ? (
                          <>
                            <strong>{node.actor.name}</strong> ({node.actor.email}
                            {node.role ? `, ${ROLE_WORDS[node.role] ?? node.role}` : ""})
                          </>
                        ) : (
                          <strong>the system</strong>
                        )}
                      </p>
                      <ChangeTable
                        changes={fieldChanges(node.changes)}
                        caption={`Fields changed: ${heading}`}
                      />
                    </li>
                  );
                })}
              </ol>
              <Pager
                label="History"
                total={auditTrail.totalCount}
                hasNext={auditTrail.pageInfo.hasNextPage}
                hasPrevious={pages.hasPrevious}
                onNext={() => pages.next(auditTrail.pageInfo.endCursor)}
                onPrevious={pages.previous}
              />
            </>
          )
        }
      </QueryGate>
    </section>
  );
}
