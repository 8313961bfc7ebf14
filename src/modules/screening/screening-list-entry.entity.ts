import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { ScreeningListVersion } from "./screening-list-version.entity";

/**
 * A listed party (restricted-entity list) or region (high-risk-region list) of one version.
 * `matchKeys` holds the normalised name and aliases (name-normalisation.ts) that node names
 * are compared with; regions match by `regionCode`.
 */
@ObjectType()
@Entity({ name: "screening_list_entry" })
@Index("screening_list_entry_version_idx", ["versionId", "name"])
@Index("screening_list_entry_keys_idx", { synchronize: false })
@Index("screening_list_entry_region_idx", ["versionId", "regionCode"])
export class ScreeningListEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "uuid", name: "version_id" })
  versionId: string;

  @ManyToOne(() => ScreeningListVersion, { onDelete: "CASCADE" })
  @JoinColumn({ name: "version_id" })
  version?: ScreeningListVersion;

  @Field(() => String)
  @Column({ type: "varchar", length: 300 })
  name: string;

  @Field(() => [String])
  @Column({ type: "varchar", length: 300, array: true, default: () => "'{}'" })
  aliases: string[];

  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-2" })
  @Column({ type: "char", length: 2, nullable: true })
  country: string | null;

  @Field(() => String, { nullable: true, description: "ISO 3166-2; regions only" })
  @Column({ type: "varchar", length: 6, name: "region_code", nullable: true })
  regionCode: string | null;

  @Field(() => String)
  @Column({ type: "varchar", length: 300 })
  source: string;

  @Field(() => String, { description: "The day it was listed (YYYY-MM-DD)" })
  @Column({ type: "date", name: "listed_on" })
  listedOn: string;

  @Field(() => [String], { description: "The normalised name and aliases a node name must equal" })
  @Column({ type: "text", array: true, name: "match_keys", default: () => "'{}'" })
  matchKeys: string[];
}
