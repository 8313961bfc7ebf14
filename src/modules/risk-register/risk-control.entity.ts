import { Field, ID, ObjectType } from "type-graphql";
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from "typeorm";
import { RiskEntry } from "./risk-entry.entity";
import { ControlStatus, ControlType } from "./risk-register.enums";

/** A control of an entry's risk (the policy's fourth step). */
@ObjectType()
@Entity({ name: "risk_control" })
@Index("risk_control_entry_idx", ["entryId", "createdAt"])
@Check(
  "risk_control_type_check",
  `type IN ('SOURCE_PREVENTION', 'PROCESS_MONITORING', 'END_TREATMENT')`,
)
@Check("risk_control_status_check", `status IN ('PLANNED', 'IN_PLACE', 'VERIFIED')`)
export class RiskControl {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "uuid", name: "entry_id" })
  entryId: string;

  @ManyToOne(() => RiskEntry, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "entry_id" })
  entry?: RiskEntry;

  @Field(() => ControlType)
  @Column({ type: "varchar", length: 24 })
  type: ControlType;

  @Field(() => String)
  @Column({ type: "varchar", length: 2000 })
  description: string;

  @Field(() => String, { description: "Who answers for it (a name or a team)" })
  @Column({ type: "varchar", length: 200 })
  owner: string;

  @Field(() => Date)
  @Column({ type: "timestamptz", name: "due_date" })
  dueDate: Date;

  @Field(() => ControlStatus)
  @Column({ type: "varchar", length: 16 })
  status: ControlStatus;

  @Field(() => Date)
  @Column({ type: "timestamptz", name: "created_at" })
  createdAt: Date;

  @Field(() => Date)
  @Column({ type: "timestamptz", name: "updated_at" })
  updatedAt: Date;
}
