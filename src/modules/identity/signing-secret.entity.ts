import { Column, Entity, PrimaryColumn } from "typeorm";

/**
 * The token signing secret generated when JWT_SECRET is unset, kept in the database so that
 * every server instance on it signs and verifies with the same one.
 */
@Entity({ name: "signing_secret" })
export class SigningSecret {
  @PrimaryColumn({ type: "varchar", length: 40 })
  name: string;

  @Column({ type: "text" })
  secret: string;

  @Column({ type: "timestamptz", name: "created_at", default: () => "now()" })
  createdAt: Date;
}
