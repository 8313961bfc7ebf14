import { GraphQLJSON } from "graphql-scalars";
import { Field, Float, ID, ObjectType } from "type-graphql";
import {
  Column,
  Entity,
  Generated,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from "typeorm";
import { Supplier } from "../supplier/supplier.entity";
import type { AreaScoreResult } from "../scoring/supplier-score";
import type { ScoreLine } from "../scoring/score-line";
import { Grade } from "../../shared/domain/procurement.enums";

/** One stored score per recomputation that changed it, with its cause: the score history. */
@ObjectType()
@Entity({ name: "score_snapshot" })
@Index("score_snapshot_supplier_idx", ["supplierId", "seq"])
export class ScoreSnapshot {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  /** Insertion order: snapshots of one instant still have a defined order. */
  @Column({ type: "bigint" })
  @Generated("increment")
  seq: string;

  @Column({ type: "uuid", name: "supplier_id" })
  supplierId: string;

  @ManyToOne(() => Supplier, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "supplier_id" })
  supplier?: Supplier;

  @Field(() => Float)
  @Column({ type: "double precision" })
  overall: number;

  @Field(() => Grade)
  @Column({ type: "varchar", length: 1 })
  grade: Grade;

  @Column({ type: "jsonb" })
  areas: AreaScoreResult[];

  @Column({ type: "jsonb" })
  explanation: ScoreLine[];

  @Field(() => String, { description: "What triggered the recomputation" })
  @Column({ type: "varchar", length: 40 })
  cause: string;

  @Field(() => Date)
  @Column({ type: "timestamptz", name: "computed_at" })
  computedAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: "timestamptz", name: "valid_until", nullable: true })
  validUntil: Date | null;

  @Field(() => String)
  @Column({ type: "varchar", length: 20, name: "formula_version" })
  formulaVersion: string;

  @Field(() => GraphQLJSON, { nullable: true, description: "Status and reasons at that time" })
  @Column({ type: "jsonb", name: "status_at", nullable: true })
  statusAt: { status: string; reasons: string[] } | null;
}
