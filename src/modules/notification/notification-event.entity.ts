import { Column, Entity, PrimaryColumn } from "typeorm";

/**
 * Every event the portal has notified, whether or not anyone was there to receive it (a
 * supplier without portal users, a deactivated lead auditor). The reminder scan skips the keys
 * written here, so an event with no recipient is decided once, not again every scan.
 */
@Entity({ name: "notification_event" })
export class NotifiedEvent {
  @PrimaryColumn({ type: "varchar", length: 300, name: "event_key" })
  eventKey: string;

  @Column({ type: "varchar", length: 60 })
  kind: string;

  @Column({ type: "timestamptz", name: "created_at" })
  createdAt: Date;
}
