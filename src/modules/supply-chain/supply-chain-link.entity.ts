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
import { LinkEvidence } from "./link-evidence";
import { CustodyModel, LinkState } from "./supply-chain.enums";
import { SupplyChainMap } from "./supply-chain-map.entity";
import { SupplyChainNode } from "./supply-chain-node.entity";

/**
 * Who supplies whom: material flows from `upstream` to `downstream`. DECLARED as drawn;
 * VERIFIED once an auditor or admin checked it against its evidence, until it is edited.
 */
@ObjectType()
@Entity({ name: "supply_chain_link" })
@Index("supply_chain_link_map_idx", ["mapId"])
@Index("supply_chain_link_nodes_key", ["upstreamNodeId", "downstreamNodeId"], { unique: true })
@Index("supply_chain_link_downstream_idx", ["downstreamNodeId"])
@Check("supply_chain_link_distinct_check", `upstream_node_id <> downstream_node_id`)
@Check(
  "supply_chain_link_custody_check",
  `custody IN ('IDENTITY_PRESERVED', 'SEGREGATED', 'MASS_BALANCE', 'NONE')`,
)
@Check("supply_chain_link_state_check", `state IN ('DECLARED', 'VERIFIED')`)
@Check(
  "supply_chain_link_verified_check",
  `(state = 'VERIFIED') = (verified_by_id IS NOT NULL AND verified_at IS NOT NULL)`,
)
export class SupplyChainLink {
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
  @Column({ type: "uuid", name: "upstream_node_id" })
  upstreamNodeId: string;

  @ManyToOne(() => SupplyChainNode, { onDelete: "CASCADE" })
  @JoinColumn({ name: "upstream_node_id" })
  upstreamNode?: SupplyChainNode;

  @Field(() => ID)
  @Column({ type: "uuid", name: "downstream_node_id" })
  downstreamNodeId: string;

  @ManyToOne(() => SupplyChainNode, { onDelete: "CASCADE" })
  @JoinColumn({ name: "downstream_node_id" })
  downstreamNode?: SupplyChainNode;

  @Field(() => CustodyModel)
  @Column({ type: "varchar", length: 20 })
  custody: CustodyModel;

  @Field(() => [LinkEvidence])
  @Column({ type: "jsonb", default: () => "'[]'" })
  evidence: LinkEvidence[];

  @Field(() => LinkState)
  @Column({ type: "varchar", length: 10, default: LinkState.DECLARED })
  state: LinkState;

  @Column({ type: "uuid", name: "verified_by_id", nullable: true })
  verifiedById: string | null;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "verified_by_id" })
  verifiedBy?: User;

  @Field(() => Date, { nullable: true })
  @Column({ type: "timestamptz", name: "verified_at", nullable: true })
  verifiedAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 2000, name: "verification_note", nullable: true })
  verificationNote: string | null;

  @Field(() => Date)
  @Column({ type: "timestamptz", name: "updated_at" })
  updatedAt: Date;
}
