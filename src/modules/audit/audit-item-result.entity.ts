import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { ChecklistItem } from "../checklist/checklist-item.entity";
import { Audit } from "./audit.entity";
import { ItemResult } from "../../shared/domain/audit.enums";

@ObjectType()
@Entity({ name: "audit_item_result" })
@Index("audit_item_result_item_key", ["auditId", "itemId"], { unique: true })
export class AuditItemResult {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "uuid", name: "audit_id" })
  auditId: string;

  @ManyToOne(() => Audit, { onDelete: "CASCADE" })
  @JoinColumn({ name: "audit_id" })
  audit?: Audit;

  @Column({ type: "uuid", name: "item_id" })
  itemId: string;

  @ManyToOne(() => ChecklistItem, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "item_id" })
  item?: ChecklistItem;

  @Field(() => ItemResult)
  @Column({ type: "varchar", length: 16 })
  result: ItemResult;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 4000, nullable: true })
  note: string | null;

  @Field(() => Date)
  @Column({ type: "timestamptz", name: "recorded_at" })
  recordedAt: Date;
}
