import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from "typeorm";
import { User } from "./user.entity";

/**
 * Tokens ended by `logout`, by their `jti`, in the database so every server instance refuses
 * them; a row is useless once the token has expired and is deleted then.
 */
@Entity({ name: "revoked_token" })
@Index("revoked_token_expires_at_idx", ["expiresAt"])
export class RevokedToken {
  @PrimaryColumn({ type: "uuid" })
  jti: string;

  @Column({ type: "uuid", name: "user_id" })
  userId: string;

  @ManyToOne(() => User, { onDelete: "CASCADE" })
  @JoinColumn({ name: "user_id" })
  user?: User;

  @Column({ type: "timestamptz", name: "expires_at" })
  expiresAt: Date;

  @Column({ type: "timestamptz", name: "revoked_at" })
  revokedAt: Date;
}
