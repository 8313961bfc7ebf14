import { Field, ID, ObjectType } from "type-graphql";
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

/**
 * A chemical substance of the reference data. Never edited or deleted (a trigger holds it):
 * lists and declarations point at it, and a list's own wording of the name is on its entry.
 */
@ObjectType()
@Entity({ name: "substance" })
@Index("substance_cas_key", ["cas"], { unique: true, where: "cas IS NOT NULL" })
@Index("substance_name_idx", ["name"])
@Check("substance_cas_check", `cas IS NULL OR cas ~ '^[0-9]{2,7}-[0-9]{2}-[0-9]$'`)
@Check("substance_ec_check", `ec_number IS NULL OR ec_number ~ '^[0-9]{3}-[0-9]{3}-[0-9]$'`)
export class Substance {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => String, {
    nullable: true,
    description: "CAS Registry Number, check digit verified; some list entries have none",
  })
  @Column({ type: "varchar", length: 12, nullable: true })
  cas: string | null;

  @Field(() => String, { nullable: true, description: "EC (EINECS/ELINCS/list) number" })
  @Column({ type: "varchar", length: 9, name: "ec_number", nullable: true })
  ecNumber: string | null;

  @Field(() => String)
  @Column({ type: "varchar", length: 500 })
  name: string;

  @CreateDateColumn({ type: "timestamptz", name: "created_at" })
  createdAt: Date;
}
