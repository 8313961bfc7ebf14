import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from "typeorm";
import { AttachmentKind } from "./attachment-kind";
import { Document } from "./document.entity";

/**
 * Which record's evidence links a document. The supplier is the one whose record it is: its
 * users may read the document (while the record is visible to them, document.access.ts).
 */
@ObjectType()
@Entity({ name: "document_attachment" })
@Index("document_attachment_subject_idx", ["kind", "subjectId"])
@Index("document_attachment_supplier_idx", ["supplierId"])
export class DocumentAttachment {
  @PrimaryColumn({ type: "uuid", name: "document_id" })
  documentId: string;

  @ManyToOne(() => Document, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "document_id" })
  document?: Document;

  @Field(() => AttachmentKind)
  @PrimaryColumn({ type: "varchar", length: 40 })
  kind: AttachmentKind;

  @Field(() => ID, { description: "The record's id (a finding's, a questionnaire's...)" })
  @PrimaryColumn({ type: "uuid", name: "subject_id" })
  subjectId: string;

  @Field(() => ID, { description: "The supplier whose record it is" })
  @Column({ type: "uuid", name: "supplier_id" })
  supplierId: string;

  @Field(() => Date)
  @Column({ type: "timestamptz", name: "attached_at" })
  attachedAt: Date;
}
