import { Field, ID, Int, ObjectType } from "type-graphql";
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from "typeorm";
import { Evidence } from "../evidence/evidence";
import { CorrectiveActionStatus } from "../../shared/domain/audit.enums";
import { Finding } from "./finding.entity";

/** One plan per finding; a rejected plan is proposed again on the same record (history kept). */
@ObjectType()
@Entity({ name: "corrective_action" })
@Index("corrective_action_finding_key", ["findingId"], { unique: true })
@Index("corrective_action_status_idx", ["status"])
export class CorrectiveAction {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "uuid", name: "finding_id" })
  findingId: string;

  @ManyToOne(() => Finding, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "finding_id" })
  finding?: Finding;

  @Field(() => CorrectiveActionStatus)
  @Column({ type: "varchar", length: 16, default: CorrectiveActionStatus.PROPOSED })
  status: CorrectiveActionStatus;

  @Field(() => String)
  @Column({ type: "varchar", length: 4000, name: "root_cause" })
  rootCause: string;

  @Field(() => String)
  @Column({ type: "varchar", length: 4000 })
  actions: string;

  @Field(() => String)
  @Column({ type: "varchar", length: 200 })
  owner: string;

  @Field(() => Date)
  @Column({ type: "timestamptz", name: "target_date" })
  targetDate: Date;

  @Field(() => [Evidence], { description: "Evidence of implementation" })
  @Column({ type: "jsonb", name: "implementation_evidence", default: () => "'[]'" })
  implementationEvidence: Evidence[];

  @Field(() => Int)
  @Column({ type: "int", default: 1 })
  version: number;

  @Field(() => Date)
  @CreateDateColumn({ type: "timestamptz", name: "created_at" })
  createdAt: Date;

  @Field(() => Date)
  @UpdateDateColumn({ type: "timestamptz", name: "updated_at" })
  updatedAt: Date;
}
