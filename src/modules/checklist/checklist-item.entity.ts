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
import { AnswerType } from "../../shared/domain/checklist.enums";
import { Checklist } from "./checklist.entity";
import { EsgArea } from "../../shared/domain/esg-area.enum";

/** One question of a checklist; its wording, per language, is in `checklist_item_text`. */
@ObjectType()
@Entity({ name: "checklist_item" })
@Index("checklist_item_code_key", ["checklistId", "code"], { unique: true })
@Check("checklist_item_weight_check", `weight BETWEEN 1 AND 5`)
export class ChecklistItem {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "uuid", name: "checklist_id" })
  checklistId: string;

  @ManyToOne(() => Checklist, { onDelete: "CASCADE" })
  @JoinColumn({ name: "checklist_id" })
  checklist?: Checklist;

  @Field(() => String)
  @Column({ type: "varchar", length: 20 })
  code: string;

  @Field(() => EsgArea)
  @Column({ type: "varchar", length: 32 })
  area: EsgArea;

  @Field(() => AnswerType)
  @Column({ type: "varchar", length: 16, name: "answer_type" })
  answerType: AnswerType;

  @Field(() => Int)
  @Column({ type: "int" })
  weight: number;

  @Field(() => Boolean)
  @Column({ type: "boolean", name: "zero_tolerance", default: false })
  zeroTolerance: boolean;

  @Field(() => Boolean)
  @Column({ type: "boolean", name: "evidence_required", default: false })
  evidenceRequired: boolean;

  @Field(() => Int)
  @Column({ type: "int", name: "sort_order" })
  order: number;
}
