import { Field, ID, Int, ObjectType } from "type-graphql";
import { Check, Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { WebhookEvent } from "./webhook.enums";

/**
 * A receiver of events, registered by an admin. The signing secret is kept to sign each
 * delivery (HMAC needs it in clear) and is never read back through the API after creation.
 */
@ObjectType()
@Entity({ name: "webhook" })
@Check("webhook_events_check", `cardinality(events) > 0`)
export class Webhook {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => String)
  @Column({ type: "varchar", length: 2000 })
  url: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 200, nullable: true })
  description: string | null;

  @Field(() => [WebhookEvent])
  @Column({ type: "varchar", length: 40, array: true })
  events: WebhookEvent[];

  @Column({ type: "varchar", length: 100 })
  secret: string;

  @Field(() => Date, { nullable: true, description: "Set when disabled: nothing is sent after" })
  @Column({ type: "timestamptz", name: "disabled_at", nullable: true })
  disabledAt: Date | null;

  @Column({ type: "uuid", name: "created_by_id", nullable: true })
  createdById: string | null;

  @Field(() => Date)
  @Column({ type: "timestamptz", name: "created_at" })
  createdAt: Date;

  @Field(() => Int)
  @Column({ type: "int", default: 1 })
  version: number;
}
