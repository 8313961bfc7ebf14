import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

/** Failed log-ins per e-mail, in the database so every server instance shares the throttle. */
@Entity({ name: "login_failure" })
@Index("login_failure_email_at_idx", ["email", "at"])
export class LoginFailure {
  @PrimaryGeneratedColumn("increment", { type: "bigint" })
  id: string;

  @Column({ type: "varchar", length: 254 })
  email: string;

  @Column({ type: "timestamptz" })
  at: Date;
}
