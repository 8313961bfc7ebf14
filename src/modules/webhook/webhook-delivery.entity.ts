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
import { WebhookDeliveryStatus, WebhookEvent } from "./webhook.enums";
import { Webhook } from "./webhook.entity";

/**
 * One event for one webhook: written in the transaction of the change behind it (an outbox),
 * sent by the worker after commit. The body is fixed at write time, so a retry or a
 * redelivery sends the same bytes with a fresh signature.
 */
@ObjectType()
@Entity({ name: "webhook_delivery" })
@Index("webhook_delivery_event_key", ["webhookId", "eventKey"], { unique: true })
@Index("webhook_delivery_due_idx", ["nextAttemptAt"], { where: "status = 'PENDING'" })
@Index("webhook_delivery_log_idx", ["webhookId", "createdAt", "id"])
@Check("webhook_delivery_status_check", `status IN ('PENDING', 'SENT', 'FAILED')`)
export class WebhookDelivery {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "uuid", name: "webhook_id" })
  webhookId: string;

  @ManyToOne(() => Webhook, { onDelete: "CASCADE" })
  @JoinColumn({ name: "webhook_id" })
  webhook?: Webhook;

  /** The event's identity (one delivery per webhook and event, however often it is written). */
  @Field(() => String)
  @Column({ type: "varchar", length: 300, name: "event_key" })
  eventKey: string;

  @Field(() => WebhookEvent)
  @Column({ type: "varchar", length: 40 })
  event: WebhookEvent;

  @Field(() => String, { description: "The JSON body, as sent" })
  @Column({ type: "text" })
  body: string;

  @Field(() => WebhookDeliveryStatus)
  @Column({ type: "varchar", length: 10 })
  status: WebhookDeliveryStatus;

  @Field(() => Int)
  @Column({ type: "int", default: 0 })
  attempts: number;

  @Field(() => Date, { nullable: true })
  @Column({ type: "timestamptz", name: "next_attempt_at", nullable: true })
  nextAttemptAt: Date | null;

  @Column({ type: "uuid", name: "lease_token", nullable: true })
  leaseToken: string | null;

  @Column({ type: "timestamptz", name: "lease_until", nullable: true })
  leaseUntil: Date | null;

  @Field(() => Int, { nullable: true, description: "The receiver's last HTTP status" })
  @Column({ type: "int", name: "last_status_code", nullable: true })
  lastStatusCode: number | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 2000, name: "last_error", nullable: true })
  lastError: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: "timestamptz", name: "sent_at", nullable: true })
  sentAt: Date | null;

  @Field(() => Date)
  @Column({ type: "timestamptz", name: "created_at" })
  createdAt: Date;
}
