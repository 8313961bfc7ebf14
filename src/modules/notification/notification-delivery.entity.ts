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
import { User } from "../identity/user.entity";
import { DeliveryStatus } from "./notification.enums";
import { Notification } from "./notification.entity";

/**
 * One e-mail in the outbox: a single notification's, or a recipient's daily digest (one per
 * recipient and UTC day). The worker claims due PENDING rows with FOR UPDATE SKIP LOCKED and a
 * lease, so several instances never send one twice.
 */
@ObjectType()
@Entity({ name: "notification_delivery" })
@Index("notification_delivery_notification_key", ["notificationId"], { unique: true })
@Index("notification_delivery_digest_key", ["recipientId", "digestDay"], { unique: true })
@Index("notification_delivery_due_idx", ["nextAttemptAt"], { where: "status = 'PENDING'" })
@Index("notification_delivery_status_idx", ["status", "createdAt", "id"])
@Check("notification_delivery_status_check", `status IN ('PENDING', 'SENT', 'FAILED', 'SKIPPED')`)
@Check("notification_delivery_kind_check", `(notification_id IS NULL) <> (digest_day IS NULL)`)
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

  @Column({ type: "uuid", name: "recipient_id" })
  recipientId: string;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "recipient_id" })
  recipient?: User;

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
