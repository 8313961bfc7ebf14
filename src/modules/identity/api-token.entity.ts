import { Field, ID, ObjectType } from "type-graphql";
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from "typeorm";
import { Role } from "../../shared/domain/role.enum";
import { User } from "./user.entity";

/**
 * A bearer secret for an integration (`esgp_...`, only its SHA-256 stored). It acts through its
 * own service user (`userId`, never able to log in), so every `created_by` column and the
 * audit trail name it like any other actor.
 */
@ObjectType({ description: "An API token for an integration (the secret is never shown again)" })
@Entity({ name: "api_token" })
@Index("api_token_secret_hash_key", ["secretHash"], { unique: true })
@Index("api_token_user_key", ["userId"], { unique: true })
@Check("api_token_role_check", `role IN ('PROCUREMENT', 'AUDITOR')`)
export class ApiToken {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => String)
  @Column({ type: "varchar", length: 100 })
  name: string;

  @Field(() => Role)
  @Column({ type: "varchar", length: 20 })
  role: Role;

  @Column({ type: "char", length: 64, name: "secret_hash" })
  secretHash: string;

  /** The service user the token acts as (inactive: it cannot log in, nor be notified). */
  @Column({ type: "uuid", name: "user_id" })
  userId: string;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "user_id" })
  user?: User;

  @Column({ type: "uuid", name: "created_by_id" })
  createdById: string;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "created_by_id" })
  createdBy?: User;

  @Field(() => Date)
  @CreateDateColumn({ type: "timestamptz", name: "created_at" })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: "Null: does not expire" })
  @Column({ type: "timestamptz", name: "expires_at", nullable: true })
  expiresAt: Date | null;

  @Field(() => Date, { nullable: true, description: "Updated at most once a minute" })
  @Column({ type: "timestamptz", name: "last_used_at", nullable: true })
  lastUsedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: "timestamptz", name: "revoked_at", nullable: true })
  revokedAt: Date | null;
}
