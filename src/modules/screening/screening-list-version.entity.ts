import { Field, ID, Int, ObjectType } from "type-graphql";
import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { ScreeningListKind } from "./screening.enums";

/**
 * One import of a screening list: the entries it holds replace the previous version's as the
 * list screened against (the highest number of its kind). Never changed after the import.
 */
@ObjectType()
@Entity({ name: "screening_list_version" })
@Index("screening_list_version_kind_number_key", ["kind", "number"], { unique: true })
@Check("screening_list_version_kind_check", `kind IN ('RESTRICTED_ENTITY', 'HIGH_RISK_REGION')`)
export class ScreeningListVersion {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => ScreeningListKind)
  @Column({ type: "varchar", length: 20 })
  kind: ScreeningListKind;

  @Field(() => Int, { description: "1, 2, 3 ... per list; the highest is the current one" })
  @Column({ type: "int" })
  number: number;

  @Field(() => Int)
  @Column({ type: "int", name: "entry_count" })
  entryCount: number;

  /** The uploaded file; no foreign key: the upload may be swept, its name and hash stay. */
  @Column({ type: "uuid", name: "source_document_id", nullable: true })
  sourceDocumentId: string | null;

  @Field(() => String, { description: "The imported file's name" })
  @Column({ type: "varchar", length: 255, name: "source_filename" })
  sourceFilename: string;

  @Field(() => String, { description: "SHA-256 of the imported file" })
  @Column({ type: "char", length: 64, name: "source_sha256" })
  sourceSha256: string;

  @Column({ type: "uuid", name: "imported_by_id" })
  importedById: string;

  @Field(() => Date)
  @Column({ type: "timestamptz", name: "imported_at" })
  importedAt: Date;
}
