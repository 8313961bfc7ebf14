import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
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
import { User } from "./user.entity";

export enum InvitationState {
  PENDING = "PENDING",
  ACCEPTED = "ACCEPTED",
  EXPIRED = "EXPIRED",
  REVOKED = "REVOKED",
}
registerEnumType(InvitationState, { name: "InvitationState" });

/**
 * An invitation of a contact e-mail to become a SUPPLIER user of one supplier. Only the
 * SHA-256 of the link's token is stored; a resend replaces it, so the old link dies.
 */
@ObjectType({ description: "A supplier contact invited to the portal" })
@Entity({ name: "invitation" })
@Index("invitation_token_hash_key", ["tokenHash"], { unique: true })
@Index("invitation_supplier_idx", ["supplierId", "createdAt"])
@Index("invitation_email_idx", ["email"])
@Check("invitation_email_lower_check", `email = lower(email)`)
@Check("invitation_settled_check", `accepted_at IS NULL OR revoked_at IS NULL`)
export class Invitation {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => ID)
  @Column({ type: "uuid", name: "supplier_id" })
  supplierId: string;

  // By entity name: identity sits below the supplier module (as User.supplier).
  @ManyToOne("Supplier", { onDelete: "CASCADE" })
  @JoinColumn({ name: "supplier_id" })
  supplier?: object;

  @Field(() => String)
  @Column({ type: "varchar", length: 254 })
  email: string;

  @Column({ type: "char", length: 64, name: "token_hash" })
  tokenHash: string;

  @Field(() => Date, { description: "The current link stops working then" })
  @Column({ type: "timestamptz", name: "expires_at" })
  expiresAt: Date;

  @Column({ type: "uuid", name: "created_by_id" })
  createdById: string;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "created_by_id" })
  createdBy?: User;

  @Field(() => Date)
  @CreateDateColumn({ type: "timestamptz", name: "created_at" })
  createdAt: Date;

  @Field(() => Date, { description: "When the current link was issued (invited or resent)" })
  @Column({ type: "timestamptz", name: "sent_at" })
  sentAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: "timestamptz", name: "accepted_at", nullable: true })
  acceptedAt: Date | null;

  /** The SUPPLIER user the acceptance created. */
  @Column({ type: "uuid", name: "accepted_user_id", nullable: true })
  acceptedUserId: string | null;

  @ManyToOne(() => User, { onDelete: "SET NULL" })
  @JoinColumn({ name: "accepted_user_id" })
  acceptedUser?: User;

  @Field(() => Date, { nullable: true })
  @Column({ type: "timestamptz", name: "revoked_at", nullable: true })
  revokedAt: Date | null;

  @Field(() => Boolean, {
    description:
      "The current link went to the invitee by e-mail (SMTP configured); then it is never shown to the inviter",
  })
  @Column({ type: "boolean", default: false })
  emailed: boolean;

  /** The link, set only on the invite/resend response when no e-mail goes out; never stored. */
  link?: string | null;
}
