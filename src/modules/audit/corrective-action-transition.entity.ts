import { Field, ID, ObjectType } from "type-graphql";
import {
  Column,
  Entity,
  Generated,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from "typeorm";
import { Role } from "../../shared/domain/role.enum";
import { CorrectiveActionStatus } from "../../shared/domain/audit.enums";
import { CorrectiveAction } from "./corrective-action.entity";

/** Who moved a corrective action, when, from what to what, and why. Append-only. */
@ObjectType()
@Entity({ name: "corrective_action_transition" })
@Index("corrective_action_transition_cap_seq_idx", ["correctiveActionId", "seq"])
export class CorrectiveActionTransition {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  /** Insertion order: the history's order, also for steps with one timestamp (bigint as text). */
  @Column({ type: "bigint" })
  @Generated("increment")
  seq: string;

  @Column({ type: "uuid", name: "corrective_action_id" })
  correctiveActionId: string;

  @ManyToOne(() => CorrectiveAction, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "corrective_action_id" })
  correctiveAction?: CorrectiveAction;

  @Field(() => CorrectiveActionStatus, { nullable: true })
  @Column({ type: "varchar", length: 16, name: "from_status", nullable: true })
  fromStatus: CorrectiveActionStatus | null;

  @Field(() => CorrectiveActionStatus)
  @Column({ type: "varchar", length: 16, name: "to_status" })
  toStatus: CorrectiveActionStatus;

  @Column({ type: "uuid", name: "actor_id", nullable: true })
  actorId: string | null;

  @Field(() => Role, { nullable: true })
  @Column({ type: "varchar", length: 20, name: "actor_role", nullable: true })
  actorRole: Role | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 4000, nullable: true })
  comment: string | null;

  @Field(() => Date)
  @Column({ type: "timestamptz" })
  at: Date;
}
