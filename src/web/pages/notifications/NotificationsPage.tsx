import { useState, type MouseEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router-dom";
import { useCursorPages, useMutation, useQuery } from "../../api/hooks";
import { portalPath, useUnreadCount } from "../../api/notifications";
import { Empty, ErrorMessage, formatDateTime, Pager, QueryGate } from "../../components/ui";
import { graphql } from "../../gql";
import type { NotificationsQuery } from "../../gql/graphql";

const PAGE_SIZE = 20;

const NOTIFICATIONS = graphql(`
  query Notifications($unreadOnly: Boolean, $first: Int, $after: String) {
    notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          kind
          category
          title
          body
          link
          createdAt
          readAt
        }
      }
    }
  }
`);
export const MARK_READ = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);

type Item = NotificationsQuery["notifications"]["edges"][number]["node"];

/** A click with a modifier opens a new tab or window: leave that to the browser. */
const plainClick = (event: MouseEvent) =>
  event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;

function NotificationItem({
  item,
  onOpen,
  onMarkRead,
  busy,
}: {
  item: Item;
  onOpen: (item: Item) => void;
  onMarkRead: (item: Item) => void;
  busy: boolean;
}) {
  const { t } = useTranslation("notifications");
  const path = portalPath(item.link);
  const unread = !item.readAt;
  return (
    <li
      className={unread ? "notification unread" : "notification"}
      data-unread={unread}
      data-kind={item.kind}
    >
      <h3>
        {unread && <span className="sr-only">{t("page.unreadPrefix")}</span>}
        {path ? (
          <Link
            to={path}
            onClick={(event) => {
              if (!plainClick(event)) return;
              event.preventDefault();
              onOpen(item);
            }}
          >
            {item.title}
          </Link>
        ) : (
          item.title
        )}
      </h3>
      <p className="notification-body">{item.body}</p>
      <p className="muted">
        <time dateTime={item.createdAt}>{formatDateTime(item.createdAt)}</time>
        {item.readAt ? t("page.read", { at: formatDateTime(item.readAt) }) : t("page.unread")}
        {unread && (
          <>
            {" "}
            <button
              type="button"
              className="link-button"
              disabled={busy}
              onClick={() => onMarkRead(item)}
              aria-label={t("page.markReadLabel", { title: item.title })}
            >
              {t("page.markRead")}
            </button>
          </>
        )}
      </p>
    </li>
  );
}

/** The inbox: newest first, unread ones marked; opening one marks it read and follows it. */
export function NotificationsPage() {
  const { t } = useTranslation("notifications");
  const [unreadOnly, setUnreadOnly] = useState(false);
  const pages = useCursorPages(String(unreadOnly));
  const state = useQuery(NOTIFICATIONS, {
    unreadOnly: unreadOnly || undefined,
    first: PAGE_SIZE,
    after: pages.after,
  });
  const mark = useMutation(MARK_READ);
  const unread = useUnreadCount();
  const navigate = useNavigate();

  const markRead = async (ids?: string[]) => {
    const done = await mark.run(ids ? { ids } : {});
    unread.refresh();
    if (done !== undefined) state.reload();
    return done !== undefined;
  };
  const open = async (item: Item) => {
    if (!item.readAt) await markRead([item.id]);
    const path = portalPath(item.link);
    if (path) void navigate(path);
  };

  return (
    <section>
      <header className="page-head">
        <h1>{t("page.title")}</h1>
        <p className="muted" aria-live="polite">
          {unread.count === undefined ? "" : t("page.unreadCount", { count: unread.count })}
        </p>
      </header>
      <div className="card toolbar">
        <label className="check">
          <input
            type="checkbox"
            checked={unreadOnly}
            onChange={(event) => setUnreadOnly(event.target.checked)}
          />{" "}
          {t("page.unreadOnly")}
        </label>
        <button
          type="button"
          disabled={mark.busy || unread.count === 0}
          onClick={() => void markRead()}
        >
          {t("page.markAllRead")}
        </button>
        <Link to="/me#notification-preferences">{t("page.preferences")}</Link>
      </div>
      <ErrorMessage error={mark.error} />
      <QueryGate state={state}>
        {({ notifications }) =>
          notifications.edges.length === 0 ? (
            <Empty>{unreadOnly ? t("page.noUnread") : t("page.none")}</Empty>
          ) : (
            <div className="card">
              <ol className="notifications" aria-label={t("page.list")}>
                {notifications.edges.map(({ node }) => (
                  <NotificationItem
                    key={node.id}
                    item={node}
                    busy={mark.busy}
                    onOpen={(item) => void open(item)}
                    onMarkRead={(item) => void markRead([item.id])}
                  />
                ))}
              </ol>
              <Pager
                label={t("page.pager")}
                total={notifications.totalCount}
                hasNext={notifications.pageInfo.hasNextPage}
                hasPrevious={pages.hasPrevious}
                onNext={() => pages.next(notifications.pageInfo.endCursor)}
                onPrevious={pages.previous}
              />
            </div>
          )
        }
      </QueryGate>
    </section>
  );
}
