import type { RequestContext } from "../../graphql/context";
import { decodeCursor, pageSize, toConnection, type Connection } from "../../graphql/pagination";
import { aggregateOf, change } from "../../database/change";
import { inTransaction } from "../../database/transaction";
import { invalidTransition, stateConflict } from "../../shared/errors";
import { requireRole } from "../identity/access";
import { DeliveryStatus } from "./notification.enums";
import { NotificationDelivery } from "./notification-delivery.entity";
import { NOTIFICATION_PERMISSIONS } from "./notification.permissions";

export const NOTIFICATION_DELIVERY = "NotificationDelivery";

/**
 * Outbox rows: not versioned (the worker and resend lock them); neither the lease nor a kept
 * body (an invitation's, with its raw link) is recorded in the audit trail.
 */
const DELIVERIES = aggregateOf(NotificationDelivery, NOTIFICATION_DELIVERY, {
  versioned: false,
  omit: [
    "notification",
    "recipient",
    "invitation",
    "leaseToken",
    "leaseUntil",
    "bodyText",
    "bodyHtml",
  ],
});

/** The admin's view of the e-mail outbox, newest first, optionally of one status. */
export async function notificationOutbox(
  ctx: RequestContext,
  status: DeliveryStatus | undefined,
  first: number | undefined,
  after: string | undefined,
): Promise<Connection<NotificationDelivery>> {
  requireRole(ctx, ...NOTIFICATION_PERMISSIONS.notificationOutbox);
  const limit = pageSize(first);
  const query = ctx.dataSource.manager.createQueryBuilder(NotificationDelivery, "d");
  if (status) query.where("d.status = :status", { status });
  const totalCount = await query.clone().getCount();
  if (after) {
    const [createdAt, id] = decodeCursor(after, ["timestamp", "uuid"]);
    query.andWhere("(d.created_at, d.id) < (CAST(:createdAt AS timestamptz), CAST(:id AS uuid))", {
      createdAt,
      id,
    });
  }
  const rows = await query
    .orderBy("d.created_at", "DESC")
    .addOrderBy("d.id", "DESC")
    .limit(limit + 1)
    .getMany();
  return toConnection(rows, limit, totalCount, (d) => [d.createdAt.toISOString(), d.id]);
}

export async function recipientEmail(
  ctx: RequestContext,
  delivery: NotificationDelivery,
): Promise<string> {
  if (delivery.recipientEmail !== null || delivery.recipientId === null) {
    return delivery.recipientEmail ?? "";
  }
  const user = await ctx.loaders.user.load(delivery.recipientId);
  return user?.email ?? "";
}

const RESENDABLE: ReadonlySet<DeliveryStatus> = new Set([
  DeliveryStatus.FAILED,
  DeliveryStatus.SENT,
]);

/**
 * A FAILED or SENT e-mail goes out again: PENDING now, attempts from zero, audit event. An
 * invitation's e-mail only while it keeps its body (FAILED, invitation still open): a sent
 * link is not kept, and resendInvitation issues a new one.
 */
export async function resendNotification(
  ctx: RequestContext,
  id: string,
): Promise<NotificationDelivery> {
  requireRole(ctx, ...NOTIFICATION_PERMISSIONS.resendNotification);
  return inTransaction(ctx, (tx) =>
    change(tx, DELIVERIES, id, {
      action: "notification_delivery.resent",
      check: (before) => {
        if (!RESENDABLE.has(before.status))
          throw invalidTransition(NOTIFICATION_DELIVERY, before.status, "resend");
        if (before.invitationId && before.bodyText === null) {
          throw stateConflict(
            "This invitation e-mail's link is no longer kept: use resendInvitation for a new link",
          );
        }
      },
      set: {
        status: DeliveryStatus.PENDING,
        attempts: 0,
        nextAttemptAt: tx.now,
        lastError: null,
        sentAt: null,
        leaseToken: null,
        leaseUntil: null,
      },
    }),
  );
}
