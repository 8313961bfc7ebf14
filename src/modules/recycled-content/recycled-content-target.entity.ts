import { Field, Float, ID, ObjectType } from "type-graphql";
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
import { NUMERIC } from "../substance/numeric";
import { Element, TargetSource } from "./recycled-content.enums";

/**
 * A minimum recycled share of an element by a date, from the policy or the regulation.
 * Versioned: a change is a new row and the old one is kept with `supersededAt`.
 */
@ObjectType()
@Entity({ name: "recycled_content_target" })
@Index("recycled_content_target_current_key", ["element", "source", "dueDate"], {
  unique: true,
  where: "superseded_at IS NULL",
})
@Check("recycled_content_target_element_check", `element IN ('LI', 'CO', 'NI', 'PB', 'AL', 'SI')`)
@Check("recycled_content_target_source_check", `source IN ('POLICY', 'EU_2023_1542')`)
@Check("recycled_content_target_share_check", `share > 0 AND share <= 1`)
export class RecycledContentTarget {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => Element)
  @Column({ type: "varchar", length: 2 })
  element: Element;

  @Field(() => Float, { description: "The minimum recycled share, 0-1 (0.06 is 6 %)" })
  @Column({ type: "numeric", precision: 5, scale: 4, transformer: NUMERIC })
  share: number;

  /** The day by which (or from which, for the regulation) the share applies, `YYYY-MM-DD`. */
  @Column({ type: "date", name: "due_date" })
  dueDate: string;

  @Field(() => TargetSource)
  @Column({ type: "varchar", length: 16 })
  source: TargetSource;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 1000, nullable: true })
  note: string | null;

  /** Null for the seeded targets. */
  @Column({ type: "uuid", name: "created_by_id", nullable: true })
  createdById: string | null;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "created_by_id" })
  createdBy?: User;

  @Field(() => Date)
  @Column({ type: "timestamptz", name: "created_at" })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: "Set when a newer version replaced it" })
  @Column({ type: "timestamptz", name: "superseded_at", nullable: true })
  supersededAt: Date | null;
}
