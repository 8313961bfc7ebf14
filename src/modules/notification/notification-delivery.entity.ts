import { Field, ID, Int, ObjectType } from "type-graphql";
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from "typeorm";
import { Invitation } from "../identity/invitation.entity";
import { User } from "../identity/user.entity";
import { DeliveryStatus } from "./notification.enums";
import { Notification } from "./notification.entity";

/**
 * One e-mail in the outbox: a single notification's, a recipient's daily digest (one per
 * recipient and UTC day), or an invitation's link to an address that is no user yet. Only the
 * invitation's e-mail keeps its body here (it carries the one raw link; the token is stored
 * hashed): cleared once sent or skipped, or when the invitation is resent, accepted or revoked.
 * The worker claims due PENDING rows with FOR UPDATE SKIP LOCKED and a
 * lease, so several instances never send one twice.
 */
@ObjectType()
@Entity({ name: "notification_delivery" })
@Index("notification_delivery_notification_key", ["notificationId"], { unique: true })
@Index("notification_delivery_digest_key", ["recipientId", "digestDay"], { unique: true })
@Index("notification_delivery_due_idx", ["nextAttemptAt"], { where: "status = 'PENDING'" })
@Index("notification_delivery_status_idx", ["status", "createdAt", "id"])
@Index("notification_delivery_invitation_idx", ["invitationId"], {
  where: "invitation_id IS NOT NULL",
})
@Check("notification_delivery_status_check", `status IN ('PENDING', 'SENT', 'FAILED', 'SKIPPED')`)
@Check(
  "notification_delivery_kind_check",
  `num_nonnulls(notification_id, digest_day, invitation_id) = 1`,
)
@Check(
  "notification_delivery_recipient_check",
  `(recipient_id IS NULL) <> (recipient_email IS NULL) AND (recipient_id IS NULL) = (invitation_id IS NOT NULL)`,
)
@Check(
  "notification_delivery_body_check",
  `(body_text IS NULL AND body_html IS NULL) OR (invitation_id IS NOT NULL AND status IN ('PENDING', 'FAILED'))`,
)
@Check("notification_delivery_attempts_check", `attempts >= 0`)
export class NotificationDelivery {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  /** Null for a digest. */
  @Column({ type: "uuid", name: "notification_id", nullable: true })
  notificationId: string | null;

  @ManyToOne(() => Notification, { onDelete: "CASCADE" })
  @JoinColumn({ name: "notification_id" })
  notification?: Notification;

  /** Null for an invitation's e-mail: `recipientEmail` is no user's. */
  @Column({ type: "uuid", name: "recipient_id", nullable: true })
  recipientId: string | null;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "recipient_id" })
  recipient?: User;

  /** The address of an e-mail to no user (an invitation's); a user's own otherwise. */
  @Column({ type: "varchar", length: 254, name: "recipient_email", nullable: true })
  recipientEmail: string | null;

  @Column({ type: "uuid", name: "invitation_id", nullable: true })
  invitationId: string | null;

  @ManyToOne(() => Invitation, { onDelete: "CASCADE" })
  @JoinColumn({ name: "invitation_id" })
  invitation?: Invitation;

  @Field(() => String, {
    nullable: true,
    description:
      "The subject of an e-mail that carries no notification (an invitation); its body is never shown",
  })
  @Column({ type: "varchar", length: 300, nullable: true })
  subject: string | null;

  /** The rendered invitation e-mail, with the raw link: never exposed, kept only until sent. */
  @Column({ type: "text", name: "body_text", nullable: true })
  bodyText: string | null;

  @Column({ type: "text", name: "body_html", nullable: true })
  bodyHtml: string | null;

  /** A digest's day: 00:00 UTC of the day whose notifications it carries. */
  @Field(() => Date, {
    nullable: true,
    description: "Set for a daily digest: 00:00 UTC of the day whose notifications it carries",
  })
  @Column({ type: "timestamptz", name: "digest_day", nullable: true })
  digestDay: Date | null;

  @Field(() => DeliveryStatus)
  @Column({ type: "varchar", length: 10 })
  status: DeliveryStatus;

  @Field(() => Int, { description: "Sending attempts so far (reset by resendNotification)" })
  @Column({ type: "int", default: 0 })
  attempts: number;

  @Field(() => Date, { nullable: true, description: "When the worker tries next (PENDING)" })
  @Column({ type: "timestamptz", name: "next_attempt_at", nullable: true })
  nextAttemptAt: Date | null;

  /** Held by the instance sending it until `lease_until`; another instance waits that long. */
  @Column({ type: "uuid", name: "lease_token", nullable: true })
  leaseToken: string | null;

  @Column({ type: "timestamptz", name: "lease_until", nullable: true })
  leaseUntil: Date | null;

  @Field(() => String, {
    nullable: true,
    description: "The last failure (SMTP reply), or why it was skipped",
  })
  @Column({ type: "varchar", length: 2000, name: "last_error", nullable: true })
  lastError: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: "timestamptz", name: "sent_at", nullable: true })
  sentAt: Date | null;

  @Field(() => Date)
  @Column({ type: "timestamptz", name: "created_at" })
  createdAt: Date;
}
