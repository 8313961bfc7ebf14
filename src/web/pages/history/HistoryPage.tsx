import { useTranslation } from "react-i18next";
import { useParams, useSearchParams } from "react-router-dom";
import { useCursorPages, useQuery } from "../../api/hooks";
import { Empty, formatDateTime, Pager, QueryGate } from "../../components/ui";
import { graphql } from "../../gql";
import {
  actionWords,
  entityWords,
  fieldChanges,
  fieldWords,
  roleWords,
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

/** Before and after, one row per field; a field set for the first time has no "before". */
function ChangeTable({ changes, caption }: { changes: FieldChange[]; caption: string }) {
  const { t } = useTranslation("history");
  if (changes.length === 0) return <p className="muted">{t("page.noValues")}</p>;
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={caption}>
      <table className="table history-diff">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("page.field")}</th>
            <th scope="col">{t("page.before")}</th>
            <th scope="col">{t("page.after")}</th>
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
  const { t } = useTranslation("history");
  const { entityType = "", entityId = "" } = useParams();
  const [params] = useSearchParams();
  const title = params.get("title");
  const pages = useCursorPages(`${entityType}/${entityId}`);
  const state = useQuery(TRAIL, { entityType, entityId, after: pages.after });
  const what = entityWords(entityType);
  return (
    <section>
      <h1>{title ? t("page.titleNamed", { what, title }) : t("page.titleThis", { what })}</h1>
      <p className="muted">{t("page.intro")}</p>
      <QueryGate state={state}>
        {({ auditTrail }) =>
          auditTrail.edges.length === 0 ? (
            <Empty>{t("page.empty")}</Empty>
          ) : (
            <>
              <ol className="history-list">
                {auditTrail.edges.map(({ node }) => {
                  const heading = t("page.heading", {
                    action: actionWords(node.action),
                    at: formatDateTime(node.at),
                  });
                  return (
                    <li key={node.id} className="card history-event">
                      <h2>{heading}</h2>
                      <p>
                        {t("page.by")}{" "}
                        {node.actor ? (
                          <>
                            <strong>{node.actor.name}</strong> ({node.actor.email}
                            {node.role ? `, ${roleWords(node.role)}` : ""})
                          </>
                        ) : (
                          <strong>{t("page.system")}</strong>
                        )}
                      </p>
                      <ChangeTable
                        changes={fieldChanges(node.changes)}
                        caption={t("page.fieldsChanged", { heading })}
                      />
                    </li>
                  );
                })}
              </ol>
              <Pager
                label={t("page.pager")}
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
