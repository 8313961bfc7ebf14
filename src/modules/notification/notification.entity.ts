import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { User } from "../identity/user.entity";
import { NotificationCategory } from "./notification.enums";

/**
 * One notification for one recipient (the in-app inbox and the outbox at once). Written in the
 * transaction of the change behind it, or by the reminder scan; `event_key` + recipient is
 * unique, so an event is never notified twice, whichever instance writes it.
 */
@ObjectType()
@Entity({ name: "notification" })
@Index("notification_event_recipient_key", ["eventKey", "recipientId"], { unique: true })
@Index("notification_recipient_idx", ["recipientId", "createdAt", "id"])
@Index("notification_unread_idx", ["recipientId"], { where: "read_at IS NULL" })
@Index("notification_digest_idx", ["digestDeliveryId"], {
  where: "digest_delivery_id IS NOT NULL",
})
export class Notification {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  /** The event it stands for, e.g. `audit.scheduled:<auditId>`; never shown. */
  @Column({ type: "varchar", length: 300, name: "event_key" })
  eventKey: string;

  @Field(() => String, { description: "e.g. saq.returned, audit.reminder, cap.overdue" })
  @Column({ type: "varchar", length: 60 })
  kind: string;

  @Field(() => NotificationCategory)
  @Column({ type: "varchar", length: 20 })
  category: NotificationCategory;

  @Column({ type: "uuid", name: "recipient_id" })
  recipientId: string;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "recipient_id" })
  recipient?: User;

  @Field(() => String)
  @Column({ type: "varchar", length: 300 })
  title: string;

  @Field(() => String)
  @Column({ type: "varchar", length: 4000 })
  body: string;

  @Field(() => String, {
    nullable: true,
    description: "The portal path of the object it is about, e.g. /audits/<id>#finding-<id>",
  })
  @Column({ type: "varchar", length: 500, nullable: true })
  link: string | null;

  /** Set when the recipient gets e-mail as a daily digest: the digest that carries it. */
  @Column({ type: "uuid", name: "digest_delivery_id", nullable: true })
  digestDeliveryId: string | null;

  // By entity name: the delivery entity imports this one.
  @ManyToOne("NotificationDelivery", { onDelete: "SET NULL" })
  @JoinColumn({ name: "digest_delivery_id" })
  digestDelivery?: object;

  /** The portal clock's time, not the database's, so tests that move the clock see it. */
  @Field(() => Date)
  @Column({ type: "timestamptz", name: "created_at" })
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: "timestamptz", name: "read_at", nullable: true })
  readAt: Date | null;
}
