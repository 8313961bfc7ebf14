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
import { SupplyChainMap } from "./supply-chain-map.entity";
import { SupplyChainTier } from "./tier.entity";

/**
 * A party in a map: a plant, mine, refinery or trader at one tier. The root is the supplier
 * itself at its category's top tier; there is one per map.
 */
@ObjectType()
@Entity({ name: "supply_chain_node" })
@Index("supply_chain_node_map_idx", ["mapId"])
@Index("supply_chain_node_root_key", ["mapId"], { unique: true, where: "is_root" })
@Check("supply_chain_node_latitude_check", `latitude BETWEEN -90 AND 90`)
@Check("supply_chain_node_longitude_check", `longitude BETWEEN -180 AND 180`)
@Check("supply_chain_node_coordinates_check", `(latitude IS NULL) = (longitude IS NULL)`)
export class SupplyChainNode {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => ID)
  @Column({ type: "uuid", name: "map_id" })
  mapId: string;

  @ManyToOne(() => SupplyChainMap, { onDelete: "CASCADE" })
  @JoinColumn({ name: "map_id" })
  map?: SupplyChainMap;

  @Field(() => ID)
  @Column({ type: "uuid", name: "tier_id" })
  tierId: string;

  @ManyToOne(() => SupplyChainTier, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "tier_id" })
  tier?: SupplyChainTier;

  @Field(() => Boolean, { description: "The supplier itself" })
  @Column({ type: "boolean", name: "is_root", default: false })
  isRoot: boolean;

  @Field(() => String)
  @Column({ type: "varchar", length: 200 })
  name: string;

  @Field(() => String, { description: "ISO 3166-1 alpha-2" })
  @Column({ type: "char", length: 2 })
  country: string;

  @Field(() => String, { nullable: true, description: "ISO 3166-2 subdivision, e.g. CN-XJ" })
  @Column({ type: "varchar", length: 6, nullable: true })
  region: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 500, nullable: true })
  address: string | null;

  @Field(() => Float, { nullable: true })
  @Column({ type: "double precision", nullable: true })
  latitude: number | null;

  @Field(() => Float, { nullable: true })
  @Column({ type: "double precision", nullable: true })
  longitude: number | null;

  @Field(() => Date)
  @Column({ type: "timestamptz", name: "updated_at" })
  updatedAt: Date;
}
