import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from "typeorm";
import { User } from "../identity/user.entity";
import { EmailMode, type NotificationCategory } from "./notification.enums";

/** A user's e-mail preferences; no row means the defaults (IMMEDIATE, every category on). */
@Entity({ name: "notification_preference" })
export class NotificationPreference {
  @PrimaryColumn({ type: "uuid", name: "user_id" })
  userId: string;

  @OneToOne(() => User, { onDelete: "CASCADE" })
  @JoinColumn({ name: "user_id" })
  user?: User;

  @Column({ type: "varchar", length: 12, name: "email_mode", default: EmailMode.IMMEDIATE })
  emailMode: EmailMode;

  /** The categories with e-mail turned off (in-app notifications still arrive). */
  @Column({ type: "jsonb", name: "email_off", default: () => "'[]'" })
  emailOff: NotificationCategory[];

  @Column({ type: "timestamptz", name: "updated_at" })
  updatedAt: Date;
}
