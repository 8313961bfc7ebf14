import { Field, Float, ID, ObjectType } from "type-graphql";
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from "typeorm";
import { User } from "../identity/user.entity";
import { MaterialCategory } from "../supplier/material-category.entity";
import { Supplier } from "../supplier/supplier.entity";

/** A documented manual change to a supplier's priority (SPEC 8); revoked or expired ones stay. */
@ObjectType()
@Entity({ name: "priority_adjustment" })
@Index("priority_adjustment_supplier_idx", ["supplierId", "createdAt"])
@Check("priority_adjustment_delta_check", `delta BETWEEN -30 AND 30`)
export class PriorityAdjustment {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "uuid", name: "supplier_id" })
  supplierId: string;

  @ManyToOne(() => Supplier, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "supplier_id" })
  supplier?: Supplier;

  @Field(() => Float)
  @Column({ type: "double precision" })
  delta: number;

  @Field(() => String)
  @Column({ type: "varchar", length: 1000 })
  reason: string;

  /** Null: counts in every ranking; otherwise only in that material category's ranking. */
  @Column({ type: "uuid", name: "category_id", nullable: true })
  categoryId: string | null;

  @ManyToOne(() => MaterialCategory, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "category_id" })
  category?: MaterialCategory;

  @Column({ type: "uuid", name: "created_by_id" })
  createdById: string;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "created_by_id" })
  createdBy?: User;

  @Field(() => Date)
  @Column({ type: "timestamptz", name: "created_at" })
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: "timestamptz", name: "expires_at", nullable: true })
  expiresAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: "timestamptz", name: "revoked_at", nullable: true })
  revokedAt: Date | null;

  @Column({ type: "uuid", name: "revoked_by_id", nullable: true })
  revokedById: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 1000, name: "revoke_reason", nullable: true })
  revokeReason: string | null;
}
