import { Field, Float, ID, ObjectType } from "type-graphql";
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from "typeorm";
import { NUMERIC } from "./numeric";
import { RegulatoryListVersion } from "./regulatory-list-version.entity";
import { SubstanceGroup } from "./substance-group.entity";
import { Substance } from "./substance.entity";
import { EntryApplicability, ThresholdBasis } from "./substance.enums";

/** One restricted substance (or group) of a list version, with its threshold (% w/w). */
@ObjectType()
@Entity({ name: "regulatory_list_entry" })
@Index("regulatory_list_entry_substance_key", ["versionId", "substanceId"], {
  unique: true,
  where: "substance_id IS NOT NULL",
})
@Index("regulatory_list_entry_group_key", ["versionId", "groupId"], {
  unique: true,
  where: "group_id IS NOT NULL",
})
@Index("regulatory_list_entry_version_idx", ["versionId", "listedName", "id"])
@Check("regulatory_list_entry_target_check", `(substance_id IS NULL) <> (group_id IS NULL)`)
@Check(
  "regulatory_list_entry_threshold_check",
  `threshold_percent > 0 AND threshold_percent <= 100`,
)
@Check("regulatory_list_entry_basis_check", `basis IN ('HOMOGENEOUS_MATERIAL', 'ARTICLE')`)
@Check("regulatory_list_entry_applies_check", `applies_to IN ('ALL', 'PORTABLE_BATTERY')`)
export class RegulatoryListEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "uuid", name: "version_id" })
  versionId: string;

  @ManyToOne(() => RegulatoryListVersion, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "version_id" })
  version?: RegulatoryListVersion;

  @Column({ type: "uuid", name: "substance_id", nullable: true })
  substanceId: string | null;

  @ManyToOne(() => Substance, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "substance_id" })
  substance?: Substance;

  @Column({ type: "uuid", name: "group_id", nullable: true })
  groupId: string | null;

  @ManyToOne(() => SubstanceGroup, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "group_id" })
  group?: SubstanceGroup;

  @Field(() => String, { name: "name", description: "The name as this list version writes it" })
  @Column({ type: "varchar", length: 500, name: "listed_name" })
  listedName: string;

  @Field(() => Float, { description: "Percent by weight; over it is a violation, at it passes" })
  @Column({
    type: "numeric",
    precision: 10,
    scale: 6,
    name: "threshold_percent",
    transformer: NUMERIC,
  })
  thresholdPercent: number;

  @Field(() => ThresholdBasis)
  @Column({ type: "varchar", length: 24 })
  basis: ThresholdBasis;

  @Field(() => EntryApplicability)
  @Column({ type: "varchar", length: 24, name: "applies_to" })
  appliesTo: EntryApplicability;

  @Field(() => String, {
    description:
      'As the regulation words it: "per homogeneous material", "portable batteries only"',
  })
  @Column({ type: "varchar", length: 200 })
  scope: string;

  @Field(() => String, {
    nullable: true,
    description: "Candidate list: date of inclusion (ISO day)",
  })
  @Column({ type: "date", name: "date_of_inclusion", nullable: true })
  dateOfInclusion: string | null;

  @Field(() => String, { nullable: true, description: "Candidate list: reason for inclusion" })
  @Column({ type: "varchar", length: 1000, nullable: true })
  reason: string | null;
}
