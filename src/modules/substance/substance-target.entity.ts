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
import { User } from "../identity/user.entity";
import { SubstanceGroup } from "./substance-group.entity";
import { Substance } from "./substance.entity";
import { TargetKind } from "./substance.enums";

/** The company's own target for a substance or group (the policy's eliminate / reduce lists). */
@ObjectType()
@Entity({ name: "substance_target" })
@Index("substance_target_substance_key", ["substanceId"], {
  unique: true,
  where: "substance_id IS NOT NULL",
})
@Index("substance_target_group_key", ["groupId"], { unique: true, where: "group_id IS NOT NULL" })
@Check("substance_target_target_check", `(substance_id IS NULL) <> (group_id IS NULL)`)
@Check("substance_target_kind_check", `kind IN ('ELIMINATE', 'REDUCE')`)
export class SubstanceTarget {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "uuid", name: "substance_id", nullable: true })
  substanceId: string | null;

  @ManyToOne(() => Substance, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "substance_id" })
  substance?: Substance;

  @Column({ type: "uuid", name: "group_id", nullable: true })
  groupId: string | null;

  @ManyToOne(() => SubstanceGroup, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "group_id" })
  group?: SubstanceGroup;

  @Field(() => TargetKind)
  @Column({ type: "varchar", length: 16 })
  kind: TargetKind;

  @Field(() => String, { nullable: true, description: "Why, and the substitute pursued" })
  @Column({ type: "varchar", length: 1000, nullable: true })
  note: string | null;

  /** Null for the seeded targets. */
  @Column({ type: "uuid", name: "updated_by_id", nullable: true })
  updatedById: string | null;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "updated_by_id" })
  updatedBy?: User;

  @Field(() => Date)
  @Column({ type: "timestamptz", name: "updated_at" })
  updatedAt: Date;
}
