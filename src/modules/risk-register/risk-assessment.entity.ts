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
import { User } from "../identity/user.entity";
import { RiskEntry } from "./risk-entry.entity";

/** One assessment of an entry: append-only (a trigger refuses UPDATE and DELETE). */
@ObjectType()
@Entity({ name: "risk_assessment" })
@Index("risk_assessment_entry_idx", ["entryId", "assessedAt"])
@Check(
  "risk_assessment_factors_check",
  `likelihood BETWEEN 1 AND 5 AND exposure BETWEEN 1 AND 5 AND severity BETWEEN 1 AND 5`,
)
export class RiskAssessment {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "uuid", name: "entry_id" })
  entryId: string;

  @ManyToOne(() => RiskEntry, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "entry_id" })
  entry?: RiskEntry;

  @Field(() => Int)
  @Column({ type: "smallint" })
  likelihood: number;

  @Field(() => Int)
  @Column({ type: "smallint" })
  exposure: number;

  @Field(() => Int)
  @Column({ type: "smallint" })
  severity: number;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 2000, nullable: true })
  note: string | null;

  @Column({ type: "uuid", name: "assessed_by_id" })
  assessedById: string;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "assessed_by_id" })
  assessedBy?: User;

  @Field(() => Date)
  @Column({ type: "timestamptz", name: "assessed_at" })
  assessedAt: Date;
}
