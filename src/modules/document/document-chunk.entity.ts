import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from "typeorm";
import { Document } from "./document.entity";

/** A slice of a document's bytes in PostgreSQL, so every instance and every backup has them. */
@Entity({ name: "document_chunk" })
export class DocumentChunk {
  @PrimaryColumn({ type: "uuid", name: "document_id" })
  documentId: string;

  @ManyToOne(() => Document, { onDelete: "CASCADE" })
  @JoinColumn({ name: "document_id" })
  document?: Document;

  @PrimaryColumn({ type: "int" })
  seq: number;

  @Column({ type: "bytea" })
  data: Buffer;
}
