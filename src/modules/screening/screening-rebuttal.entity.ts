import { Field, ID, Int, ObjectType } from "type-graphql";
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from "typeorm";
import { Evidence } from "../evidence/evidence";
import { User } from "../identity/user.entity";
import { ScreeningHit } from "./screening-hit.entity";
import { RebuttalStatus } from "./screening.enums";

/**
 * An admin's case that a hit does not stand (another party of the same name, a region the
 * material does not come from), with evidence and an expiry. It lifts the hit only once a
 * second person approved it, and only until it expires. Rejected ones stay as they are.
 */
@ObjectType()
@Entity({ name: "screening_rebuttal" })
@Index("screening_rebuttal_hit_idx", ["hitId", "recordedAt"])
@Index("screening_rebuttal_one_pending_key", ["hitId"], {
  unique: true,
  where: "status = 'PENDING'",
})
@Index("screening_rebuttal_supplier_idx", ["supplierId", "status", "expiresAt"])
@Check("screening_rebuttal_status_check", `status IN ('PENDING', 'APPROVED', 'REJECTED')`)
@Check(
  "screening_rebuttal_decision_check",
  `(status = 'PENDING') = (decided_at IS NULL) AND (decided_at IS NULL) = (decided_by_id IS NULL)`,
)
@Check(
  "screening_rebuttal_four_eyes_check",
  `decided_by_id IS NULL OR decided_by_id <> recorded_by_id`,
)
@Check("screening_rebuttal_evidence_check", `jsonb_array_length(evidence) > 0`)
export class ScreeningRebuttal {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "uuid", name: "hit_id" })
  hitId: string;

  @ManyToOne(() => ScreeningHit, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "hit_id" })
  hit?: ScreeningHit;

  /** The hit's supplier, for the standing's one query per supplier. */
  @Column({ type: "uuid", name: "supplier_id" })
  supplierId: string;

  @Field(() => String)
  @Column({ type: "text" })
  reason: string;

  @Field(() => [Evidence])
  @Column({ type: "jsonb" })
  evidence: Evidence[];

  @Field(() => Date, { description: "It stops counting then (at most 12 months after recording)" })
  @Column({ type: "timestamptz", name: "expires_at" })
  expiresAt: Date;

  @Column({ type: "varchar", length: 10 })
  status: RebuttalStatus;

  @Column({ type: "uuid", name: "recorded_by_id" })
  recordedById: string;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "recorded_by_id" })
  recordedBy?: User;

  @Field(() => Date)
  @Column({ type: "timestamptz", name: "recorded_at" })
  recordedAt: Date;

  @Column({ type: "uuid", name: "decided_by_id", nullable: true })
  decidedById: string | null;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "decided_by_id" })
  decidedBy?: User;

  @Field(() => Date, { nullable: true })
  @Column({ type: "timestamptz", name: "decided_at", nullable: true })
  decidedAt: Date | null;

  @Field(() => String, {
    nullable: true,
    description: "The approver's note or the rejection reason",
  })
  @Column({ type: "text", name: "decision_note", nullable: true })
  decisionNote: string | null;

  @Field(() => Int)
  @Column({ type: "int", default: 1 })
  version: number;
}
