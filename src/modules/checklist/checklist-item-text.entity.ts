import { Field, ObjectType } from "type-graphql";
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from "typeorm";
import type { Locale } from "../../shared/i18n/locale";
import { ChecklistItem } from "./checklist-item.entity";

/**
 * What one checklist item says in one language: the supplier-voice question of the
 * self-assessment, the auditor-voice question of the audit, and the auditor's guidance. An
 * empty text is one not written yet; publishing refuses it in a required locale.
 */
@ObjectType()
@Entity({ name: "checklist_item_text" })
@Check("checklist_item_text_locale_check", `locale IN ('en', 'zh-CN')`)
export class ChecklistItemText {
  @PrimaryColumn({ type: "uuid", name: "item_id" })
  itemId: string;

  @Field(() => String, { description: "en or zh-CN" })
  @PrimaryColumn({ type: "varchar", length: 10 })
  locale: Locale;

  @ManyToOne(() => ChecklistItem, { onDelete: "CASCADE" })
  @JoinColumn({ name: "item_id" })
  item?: ChecklistItem;

  @Field(() => String, { description: "Asked of the supplier in the self-assessment" })
  @Column({ type: "varchar", length: 1000, name: "saq_question", default: "" })
  saqQuestion: string;

  @Field(() => String, { description: "Asked by the auditor in the audit" })
  @Column({ type: "varchar", length: 1000, name: "audit_question", default: "" })
  auditQuestion: string;

  @Field(() => String)
  @Column({ type: "varchar", length: 2000, default: "" })
  guidance: string;
}
