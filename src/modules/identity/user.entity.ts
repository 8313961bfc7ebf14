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
import type { Locale } from "../../shared/i18n/locale";

@ObjectType()
@Entity({ name: "app_user" })
@Index("app_user_email_key", ["email"], { unique: true })
@Index("app_user_supplier_idx", ["supplierId"])
@Check("app_user_supplier_role_check", `(role = 'SUPPLIER') = (supplier_id IS NOT NULL)`)
@Check("app_user_email_lower_check", `email = lower(email)`)
@Check("app_user_locale_check", `locale IS NULL OR locale IN ('en', 'zh-CN')`)
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  /** Stored lower-cased, so uniqueness is case-insensitive. */
  @Field(() => String)
  @Column({ type: "varchar", length: 254 })
  email: string;

  @Field(() => String)
  @Column({ type: "varchar", length: 200 })
  name: string;

  @Field(() => Role)
  @Column({ type: "varchar", length: 20 })
  role: Role;

  /** Required for SUPPLIER users, forbidden for the others (also a CHECK constraint). */
  @Column({ type: "uuid", name: "supplier_id", nullable: true })
  supplierId: string | null;

  // By entity name: identity sits below the supplier module and does not import it. The
  // relation is here for the foreign key only; nothing loads it.
  @ManyToOne("Supplier", { onDelete: "RESTRICT" })
  @JoinColumn({ name: "supplier_id" })
  supplier?: object;

  @Column({ type: "varchar", length: 255, name: "password_hash" })
  passwordHash: string;

  @Field(() => Boolean)
  @Column({ type: "boolean", default: true })
  active: boolean;

  /** Set by an admin's password reset: until the user changes it, only me/changePassword/logout. */
  @Field(() => Boolean, {
    description: "The user must change the password before doing anything else",
  })
  @Column({ type: "boolean", name: "must_change_password", default: false })
  mustChangePassword: boolean;

  /**
   * Tokens carry the generation they were signed in (`gen`); deactivation, a password change
   * and a reset bump it, which ends every earlier token for good (reactivation does not revive
   * them). A counter rather than a timestamp: no clock skew, no second-granularity of `iat`.
   */
  @Column({ type: "integer", name: "token_generation", default: 0 })
  tokenGeneration: number;

  @Column({ type: "timestamptz", name: "password_changed_at", nullable: true })
  passwordChangedAt: Date | null;

  /**
   * The language the user chose (`setLocale`), or took from the browser's Accept-Language at
   * the first log-in; null until then (the request's language is used). E-mails follow it.
   * The API's `User.locale` is never null: resolved in user.resolver.ts.
   */
  @Column({ type: "varchar", length: 10, nullable: true })
  locale: Locale | null;

  @Field(() => Date)
  @CreateDateColumn({ type: "timestamptz", name: "created_at" })
  createdAt: Date;
}
