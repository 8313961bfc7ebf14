import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { PageArgs } from "../../graphql/pagination";
import { User } from "../identity/user.entity";
import { Notification } from "./notification.entity";
import { NotificationDelivery } from "./notification-delivery.entity";
import { DeliveryStatus } from "./notification.enums";
import { NOTIFICATION_PERMISSIONS } from "./notification.permissions";
import {
  NotificationConnection,
  NotificationDeliveryConnection,
  NotificationPreferences,
  NotificationPreferencesInput,
  OpenAction,
} from "./notification.types";
import {
  listNotifications,
  markNotificationsRead,
  MAX_MARK_READ_IDS,
  unreadNotificationCount,
} from "./notification.service";
import { notificationPreferences, updateNotificationPreferences } from "./preference.service";
import { notificationOutbox, recipientEmail, resendNotification } from "./outbox.service";
import { MAX_OPEN_ACTIONS, openActions } from "./open-actions.service";

@Resolver(() => Notification)
export class NotificationResolver {
  @Authorized(...NOTIFICATION_PERMISSIONS.notifications)
  @Query(() => NotificationConnection, { description: "The viewer's own, newest first" })
  notifications(
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg("unreadOnly", () => Boolean, { nullable: true }) unreadOnly?: boolean,
  ) {
    return listNotifications(ctx, unreadOnly, page.first, page.after);
  }

  @Authorized(...NOTIFICATION_PERMISSIONS.unreadNotificationCount)
  @Query(() => Int)
  unreadNotificationCount(@Ctx() ctx: RequestContext) {
    return unreadNotificationCount(ctx);
  }

  @Authorized(...NOTIFICATION_PERMISSIONS.markNotificationsRead)
  @Mutation(() => Int, {
    description: `Marks the viewer's notifications read: those of ids (at most ${MAX_MARK_READ_IDS}), or all without ids; returns how many were unread`,
  })
  markNotificationsRead(
    @Ctx() ctx: RequestContext,
    @Arg("ids", () => [ID], { nullable: true }) ids?: string[],
  ) {
    return markNotificationsRead(ctx, ids);
  }

  @Authorized(...NOTIFICATION_PERMISSIONS.notificationPreferences)
  @Query(() => NotificationPreferences, { description: "The viewer's own e-mail preferences" })
  notificationPreferences(@Ctx() ctx: RequestContext) {
    return notificationPreferences(ctx);
  }

  @Authorized(...NOTIFICATION_PERMISSIONS.updateNotificationPreferences)
  @Mutation(() => NotificationPreferences, { description: "The viewer's own, nobody else's" })
  updateNotificationPreferences(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => NotificationPreferencesInput) input: NotificationPreferencesInput,
  ) {
    return updateNotificationPreferences(ctx, input);
  }

  @Authorized(...NOTIFICATION_PERMISSIONS.openActions)
  @Query(() => [OpenAction], {
    description: `What waits for the viewer, soonest due first (at most ${MAX_OPEN_ACTIONS})`,
  })
  openActions(@Ctx() ctx: RequestContext) {
    return openActions(ctx);
  }
}

@Resolver(() => NotificationDelivery)
export class NotificationDeliveryResolver {
  @Authorized(...NOTIFICATION_PERMISSIONS.notificationOutbox)
  @Query(() => NotificationDeliveryConnection, { description: "The e-mail outbox, newest first" })
  notificationOutbox(
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg("status", () => DeliveryStatus, { nullable: true }) status?: DeliveryStatus,
  ) {
    return notificationOutbox(ctx, status, page.first, page.after);
  }

  @Authorized(...NOTIFICATION_PERMISSIONS.resendNotification)
  @Mutation(() => NotificationDelivery, {
    description: "A FAILED or SENT e-mail goes out again (attempts from zero); CONFLICT otherwise",
  })
  resendNotification(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return resendNotification(ctx, id);
  }

  @FieldResolver(() => Notification, {
    nullable: true,
    description: "The notification it mails; null for a daily digest",
  })
  notification(@Root() delivery: NotificationDelivery, @Ctx() ctx: RequestContext) {
    return delivery.notificationId ? ctx.loaders.notification.load(delivery.notificationId) : null;
  }

  @FieldResolver(() => User, {
    nullable: true,
    description: "Null for an e-mail to an address that is no user yet (an invitation)",
  })
  recipient(@Root() delivery: NotificationDelivery, @Ctx() ctx: RequestContext) {
    return delivery.recipientId ? ctx.loaders.user.load(delivery.recipientId) : null;
  }

  @FieldResolver(() => String, { description: "The address it goes to" })
  recipientEmail(@Root() delivery: NotificationDelivery, @Ctx() ctx: RequestContext) {
    return recipientEmail(ctx, delivery);
  }
}
