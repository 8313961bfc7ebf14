import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from "typeorm";
import { ChecklistItem } from "../checklist/checklist-item.entity";
import { YesNoChoice } from "../../shared/domain/checklist.enums";
import { Evidence } from "../evidence/evidence";
import { SelfAssessment } from "./self-assessment.entity";

@ObjectType()
@Entity({ name: "self_assessment_answer" })
@Index("self_assessment_answer_item_key", ["selfAssessmentId", "itemId"], { unique: true })
export class Answer {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "uuid", name: "self_assessment_id" })
  selfAssessmentId: string;

  @ManyToOne(() => SelfAssessment, { onDelete: "CASCADE" })
  @JoinColumn({ name: "self_assessment_id" })
  selfAssessment?: SelfAssessment;

  @Column({ type: "uuid", name: "item_id" })
  itemId: string;

  @ManyToOne(() => ChecklistItem, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "item_id" })
  item?: ChecklistItem;

  @Field(() => YesNoChoice, { nullable: true })
  @Column({ type: "varchar", length: 16, nullable: true })
  choice: YesNoChoice | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: "int", nullable: true })
  scale: number | null;

  @Field(() => Float, { nullable: true })
  @Column({ type: "double precision", nullable: true })
  number: number | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  text: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 2000, nullable: true })
  comment: string | null;

  @Field(() => [Evidence])
  @Column({ type: "jsonb", default: () => "'[]'" })
  evidence: Evidence[];

  @Field(() => Date)
  @UpdateDateColumn({ type: "timestamptz", name: "updated_at" })
  updatedAt: Date;
}
