import { Field, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { User } from "../identity/user.entity";
import { ListExemption } from "./list-exemption.entity";

/**
 * An admin's ruling that an exemption ends earlier than adopted (append-only: the exemption
 * row stays as the regulation wrote it). The earliest `lastDay` recorded wins; a later end is a
 * renewal, which is a new exemption row.
 */
@ObjectType({ description: "An exemption ended before its adopted expiry" })
@Entity({ name: "list_exemption_expiry" })
@Index("list_exemption_expiry_exemption_idx", ["exemptionId", "lastDay"])
export class ListExemptionExpiry {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "uuid", name: "exemption_id" })
  exemptionId: string;

  @ManyToOne(() => ListExemption, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "exemption_id" })
  exemption?: ListExemption;

  @Field(() => String, { description: "The last day the exemption applies (ISO day)" })
  @Column({ type: "date", name: "last_day" })
  lastDay: string;

  @Field(() => String)
  @Column({ type: "varchar", length: 1000 })
  reason: string;

  @Column({ type: "uuid", name: "recorded_by_id" })
  recordedById: string;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "recorded_by_id" })
  recordedBy?: User;

  @Field(() => Date)
  @Column({ type: "timestamptz", name: "recorded_at" })
  recordedAt: Date;
}
