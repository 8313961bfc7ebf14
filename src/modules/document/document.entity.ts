import { Field, ID, Int, ObjectType } from "type-graphql";
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from "typeorm";
import { User } from "../identity/user.entity";

/**
 * An uploaded file's record. The bytes are in the document store (by default `document_chunk`);
 * size and hash are computed while the upload streams in, never taken from the client.
 */
@ObjectType()
@Entity({ name: "document" })
@Index("document_uploader_idx", ["uploadedById", "uploadedAt"])
@Index("document_unattached_idx", ["unattachedSince"], { where: "unattached_since IS NOT NULL" })
@Check("document_size_check", "size >= 0")
@Check("document_sha256_check", "sha256 ~ '^[0-9a-f]{64}$'")
export class Document {
  @Field(() => ID)
  @PrimaryColumn({ type: "uuid" })
  id: string;

  @Field(() => String, { description: "The uploaded file's name, sanitised" })
  @Column({ type: "varchar", length: 255 })
  filename: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 200, nullable: true })
  title: string | null;

  @Field(() => String, { description: "Detected from the content, not from the file name" })
  @Column({ type: "varchar", length: 120, name: "content_type" })
  contentType: string;

  @Field(() => Int, { description: "Bytes" })
  @Column({ type: "bigint", transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  size: number;

  @Field(() => String, { description: "SHA-256 of the content, hex" })
  @Column({ type: "char", length: 64 })
  sha256: string;

  @Column({ type: "uuid", name: "uploaded_by_id" })
  uploadedById: string;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "uploaded_by_id" })
  uploadedBy?: User;

  @Field(() => Date)
  @Column({ type: "timestamptz", name: "uploaded_at" })
  uploadedAt: Date;

  /** Since when nothing links it (set at upload, cleared on attaching); swept after the window. */
  @Column({ type: "timestamptz", name: "unattached_since", nullable: true })
  unattachedSince: Date | null;
}
