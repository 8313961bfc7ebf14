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
import { Supplier } from "../supplier/supplier.entity";
import { SupplyChainNode } from "../supply-chain/supply-chain-node.entity";
import { ScreeningListEntry } from "./screening-list-entry.entity";
import { ScreeningListVersion } from "./screening-list-version.entity";
import { HitField, ScreeningListKind } from "./screening.enums";

/**
 * A map node that matches an entry of a current list. A record: never deleted. A re-screen
 * that still finds the same match (the same `matchKey`) keeps the hit and moves it to the
 * newer entry, so its rebuttals go on counting; one that no longer finds it clears it.
 */
@ObjectType()
@Entity({ name: "screening_hit" })
@Index("screening_hit_node_key", ["nodeId", "matchKey"], {
  unique: true,
  where: "cleared_at IS NULL",
})
@Index("screening_hit_supplier_idx", ["supplierId", "foundAt"])
// A node's delete sets node_id to null on its hits, cleared ones included.
@Index("screening_hit_node_idx", ["nodeId"])
@Check("screening_hit_field_check", `field IN ('NAME', 'ALIAS', 'REGION')`)
@Check("screening_hit_cleared_check", `(cleared_at IS NULL) = (cleared_reason IS NULL)`)
export class ScreeningHit {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "uuid", name: "supplier_id" })
  supplierId: string;

  @ManyToOne(() => Supplier, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "supplier_id" })
  supplier?: Supplier;

  /** Null once the node was removed from its map (the hit is then cleared). */
  @Column({ type: "uuid", name: "node_id", nullable: true })
  nodeId: string | null;

  @ManyToOne(() => SupplyChainNode, { onDelete: "SET NULL" })
  @JoinColumn({ name: "node_id" })
  node?: SupplyChainNode;

  @Field(() => String, { description: "The node's name when it last matched" })
  @Column({ type: "varchar", length: 200, name: "node_name" })
  nodeName: string;

  @Column({ type: "uuid", name: "entry_id" })
  entryId: string;

  @ManyToOne(() => ScreeningListEntry, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "entry_id" })
  entry?: ScreeningListEntry;

  @Column({ type: "uuid", name: "list_version_id" })
  listVersionId: string;

  @ManyToOne(() => ScreeningListVersion, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "list_version_id" })
  listVersion?: ScreeningListVersion;

  @Field(() => ScreeningListKind)
  @Column({ type: "varchar", length: 20 })
  kind: ScreeningListKind;

  @Field(() => HitField)
  @Column({ type: "varchar", length: 10 })
  field: HitField;

  @Field(() => String, {
    description:
      "What was compared: the normalised name both sides share, or the ISO 3166-2 region code",
  })
  @Column({ type: "varchar", length: 300, name: "matched_value" })
  matchedValue: string;

  @Field(() => String, { nullable: true, description: "The listed alias that matched (ALIAS)" })
  @Column({ type: "varchar", length: 300, name: "matched_alias", nullable: true })
  matchedAlias: string | null;

  /** The listed party across versions: `E:` + its normalised name, or `R:` + the region code. */
  @Column({ type: "varchar", length: 310, name: "match_key" })
  matchKey: string;

  @Field(() => Date)
  @Column({ type: "timestamptz", name: "found_at" })
  foundAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: "timestamptz", name: "cleared_at", nullable: true })
  clearedAt: Date | null;

  @Field(() => String, { nullable: true, description: "Why it no longer matches" })
  @Column({ type: "varchar", length: 200, name: "cleared_reason", nullable: true })
  clearedReason: string | null;
}
