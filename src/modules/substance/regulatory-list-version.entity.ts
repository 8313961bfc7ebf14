import { Field, ID, ObjectType } from "type-graphql";
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
import { RegulatoryList } from "./regulatory-list.entity";
import { ListVersionStatus } from "./substance.enums";

/**
 * One dated version of a list. A DRAFT while it is assembled or imported; once PUBLISHED it
 * never changes, nor do its entries (the guard triggers hold it): a new edition of the list is
 * a new version.
 */
@ObjectType()
@Entity({ name: "regulatory_list_version" })
@Index("regulatory_list_version_label_key", ["listId", "label"], { unique: true })
@Index("regulatory_list_version_effective_idx", ["listId", "effectiveDate"])
@Check("regulatory_list_version_status_check", `status IN ('DRAFT', 'PUBLISHED')`)
@Check(
  "regulatory_list_version_published_check",
  `(status = 'PUBLISHED') = (published_at IS NOT NULL)`,
)
@Check(
  "regulatory_list_version_sha256_check",
  `source_sha256 IS NULL OR source_sha256 ~ '^[0-9a-f]{64}$'`,
)
export class RegulatoryListVersion {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "uuid", name: "list_id" })
  listId: string;

  @ManyToOne(() => RegulatoryList, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "list_id" })
  list?: RegulatoryList;

  @Field(() => String, { description: 'The edition, e.g. "2011/65/EU + (EU) 2015/863"' })
  @Column({ type: "varchar", length: 100 })
  label: string;

  @Field(() => Date, { description: "From when the version is the list in force" })
  @Column({ type: "timestamptz", name: "effective_date" })
  effectiveDate: Date;

  @Field(() => ListVersionStatus)
  @Column({ type: "varchar", length: 16 })
  status: ListVersionStatus;

  @Field(() => Date, { nullable: true })
  @Column({ type: "timestamptz", name: "published_at", nullable: true })
  publishedAt: Date | null;

  @Field(() => Date, { nullable: true, description: "Set when the entries came from an import" })
  @Column({ type: "timestamptz", name: "imported_at", nullable: true })
  importedAt: Date | null;

  @Field(() => String, {
    nullable: true,
    description: "Where the entries come from, and as of when",
  })
  @Column({ type: "varchar", length: 1000, nullable: true })
  source: string | null;

  /** The uploaded file an import read; no foreign key: the upload may be swept, the hash stays. */
  @Column({ type: "uuid", name: "source_document_id", nullable: true })
  sourceDocumentId: string | null;

  @Field(() => String, { nullable: true, description: "SHA-256 of the imported file" })
  @Column({ type: "char", length: 64, name: "source_sha256", nullable: true })
  sourceSha256: string | null;

  /** Null for the versions the migrations seeded. */
  @Column({ type: "uuid", name: "created_by_id", nullable: true })
  createdById: string | null;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "created_by_id" })
  createdBy?: User;

  @Field(() => Date)
  @Column({ type: "timestamptz", name: "created_at" })
  createdAt: Date;
}
