import { Field, ID, ObjectType } from "type-graphql";
import {
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from "typeorm";
import { Substance } from "./substance.entity";

/**
 * A group a list restricts as a whole (PBB, PBDE): its members' concentrations are summed, so a
 * congener such as decabromodiphenyl ether counts against PBDE. Append-only, as substances.
 */
@ObjectType()
@Entity({ name: "substance_group" })
export class SubstanceGroup {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => String, { description: "Short code, e.g. PBDE" })
  @Column({ type: "varchar", length: 40, unique: true })
  code: string;

  @Field(() => String)
  @Column({ type: "varchar", length: 300 })
  name: string;
}

/** A substance's membership of a group: added, never removed. */
@Entity({ name: "substance_group_member" })
export class SubstanceGroupMember {
  @PrimaryColumn({ type: "uuid", name: "group_id" })
  groupId: string;

  @ManyToOne(() => SubstanceGroup, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "group_id" })
  group?: SubstanceGroup;

  @PrimaryColumn({ type: "uuid", name: "substance_id" })
  substanceId: string;

  @ManyToOne(() => Substance, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "substance_id" })
  substance?: Substance;
}
