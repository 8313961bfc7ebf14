import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { User } from "../identity/user.entity";
import { AreaFileFormat } from "./protected-area.enums";
import { ProtectedAreaList } from "./protected-area-list.entity";

/** One import of a list; the newest version of each list is the one flags are checked against. */
@ObjectType()
@Entity({ name: "protected_area_list_version" })
@Index("protected_area_list_version_key", ["listId", "version"], { unique: true })
export class ProtectedAreaListVersion {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "uuid", name: "list_id" })
  listId: string;

  @ManyToOne(() => ProtectedAreaList, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "list_id" })
  list?: ProtectedAreaList;

  @Field(() => Int, { description: "1 for the first import of the list, then one more each" })
  @Column({ type: "int" })
  version: number;

  @Field(() => AreaFileFormat)
  @Column({ type: "varchar", length: 10 })
  format: AreaFileFormat;

  /**
   * The uploaded file; no foreign key: the sweep may remove the upload, the hash stays. Null
   * for a list the portal wrote itself (the demo's).
   */
  @Column({ type: "uuid", name: "source_document_id", nullable: true })
  sourceDocumentId: string | null;

  @Field(() => String)
  @Column({ type: "varchar", length: 200, name: "source_filename" })
  sourceFilename: string;

  @Field(() => String, { description: "SHA-256 of the imported file, hex" })
  @Column({ type: "char", length: 64, name: "source_sha256" })
  sourceSha256: string;

  @Field(() => Int)
  @Column({ type: "int", name: "area_count" })
  areaCount: number;

  @Column({ type: "uuid", name: "imported_by_id" })
  importedById: string;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "imported_by_id" })
  importedBy?: User;

  @Field(() => Date)
  @Column({ type: "timestamptz", name: "imported_at" })
  importedAt: Date;
}
