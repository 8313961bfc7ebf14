import type { RequestContext } from "../../graphql/context";
import { decodeCursor, pageSize, toConnection, type Connection } from "../../graphql/pagination";
import { inTransaction } from "../../database/transaction";
import { badInput } from "../../shared/errors";
import { requireRole } from "../identity/access";
import { Notification } from "./notification.entity";
import { NOTIFICATION_PERMISSIONS } from "./notification.permissions";
import { isUuid } from "../../shared/text";

/** markNotificationsRead takes at most this many ids at once (a page is at most 100). */
export const MAX_MARK_READ_IDS = 500;

/** The viewer's own notifications, newest first. Nobody reads another user's inbox. */
export async function listNotifications(
  ctx: RequestContext,
  unreadOnly: boolean | undefined,
  first: number | undefined,
  after: string | undefined,
): Promise<Connection<Notification>> {
  const viewer = requireRole(ctx, ...NOTIFICATION_PERMISSIONS.notifications);
  const limit = pageSize(first);
  const query = ctx.dataSource.manager
    .createQueryBuilder(Notification, "n")
    .where("n.recipient_id = :me", { me: viewer.userId });
  if (unreadOnly) query.andWhere("n.read_at IS NULL");
  const totalCount = await query.clone().getCount();
  if (after) {
    const [createdAt, id] = decodeCursor(after, ["timestamp", "uuid"]);
    query.andWhere("(n.created_at, n.id) < (CAST(:createdAt AS timestamptz), CAST(:id AS uuid))", {
      createdAt,
      id,
    });
  }
  const rows = await query
    .orderBy("n.created_at", "DESC")
    .addOrderBy("n.id", "DESC")
    .limit(limit + 1)
    .getMany();
  return toConnection(rows, limit, totalCount, (n) => [n.createdAt.toISOString(), n.id]);
}

export async function unreadNotificationCount(ctx: RequestContext): Promise<number> {
  const viewer = requireRole(ctx, ...NOTIFICATION_PERMISSIONS.unreadNotificationCount);
  const [row] = (await ctx.dataSource.query(
    `SELECT count(*)::int AS n FROM notification WHERE recipient_id = $1 AND read_at IS NULL`,
    [viewer.userId],
  )) as { n: number }[];
  return row.n;
}

/**
 * Marks the viewer's unread notifications read: those of `ids`, or all without ids. Ids of
 * other users' notifications, unknown or already read ones count nothing. Returns how many
 * changed; one audit event records it.
 */
export async function markNotificationsRead(
  ctx: RequestContext,
  ids: readonly string[] | undefined | null,
): Promise<number> {
  const viewer = requireRole(ctx, ...NOTIFICATION_PERMISSIONS.markNotificationsRead);
  if (ids && ids.length > MAX_MARK_READ_IDS)
    throw badInput([{ path: "ids", message: `must contain at most ${MAX_MARK_READ_IDS} ids` }]);
  const bad = (ids ?? []).findIndex((id) => !isUuid(id));
  if (bad >= 0) throw badInput([{ path: `ids.${bad}`, message: "is not a notification id" }]);
  if (ids && ids.length === 0) return 0;
  return inTransaction(ctx, async (tx) => {
    const [{ n }] = (await tx.manager.query(
      `WITH marked AS (
         UPDATE notification SET read_at = $2
          WHERE recipient_id = $1 AND read_at IS NULL
            AND ($3::uuid[] IS NULL OR id = ANY($3::uuid[]))
         RETURNING 1)
       SELECT count(*)::int AS n FROM marked`,
      [viewer.userId, tx.now, ids ?? null],
    )) as { n: number }[];
    if (n > 0) {
      await tx.record({
        action: "notifications.read",
        entityType: "User",
        entityId: viewer.userId,
        after: { marked: n, all: !ids },
      });
    }
    return n;
  });
}
