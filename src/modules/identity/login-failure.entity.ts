import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

/**
 * Failed log-ins (and wrong current passwords in `changePassword`) per e-mail and per client
 * address, in the database so every server instance shares the throttle.
 */
@Entity({ name: "login_failure" })
@Index("login_failure_email_at_idx", ["email", "at"])
@Index("login_failure_address_at_idx", ["address", "at"])
export class LoginFailure {
  @PrimaryGeneratedColumn("increment", { type: "bigint" })
  id: string;

  @Column({ type: "varchar", length: 254 })
  email: string;

  @Column({ type: "timestamptz" })
  at: Date;

  /** The client address (`req.ip`); null for calls without an HTTP request. */
  @Column({ type: "varchar", length: 64, nullable: true })
  address: string | null;
}
