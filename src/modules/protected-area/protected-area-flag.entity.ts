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
import { Evidence } from "../evidence/evidence";
import { User } from "../identity/user.entity";
import { SupplierSite } from "../supplier/supplier-site.entity";
import { SupplyChainNode } from "../supply-chain/supply-chain-node.entity";
import { Supplier } from "../supplier/supplier.entity";
import { FlagState, FlagTarget } from "./protected-area.enums";
import { ProtectedArea } from "./protected-area.entity";
import { ProtectedAreaList } from "./protected-area-list.entity";

/**
 * A site or map node found inside or near a protected area, at the coordinates it had then. An
 * OPEN flag blocks the supplier. A flag is never reopened: a move of the point or an area that
 * leaves the list withdraws it, and a point still in or near an area after a move gets a new one.
 */
@ObjectType()
@Entity({ name: "protected_area_flag" })
@Index("protected_area_flag_supplier_idx", ["supplierId", "state"])
@Index("protected_area_flag_site_idx", ["siteId"])
@Index("protected_area_flag_node_idx", ["nodeId"])
@Index("protected_area_flag_area_idx", ["areaId"])
@Check(
  "protected_area_flag_target_check",
  `(target = 'SITE' AND site_id IS NOT NULL AND node_id IS NULL) OR (target = 'NODE' AND node_id IS NOT NULL AND site_id IS NULL)`,
)
@Check(
  "protected_area_flag_cleared_check",
  `(state = 'CLEARED') = (cleared_at IS NOT NULL) OR state = 'WITHDRAWN'`,
)
export class ProtectedAreaFlag {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "uuid", name: "supplier_id" })
  supplierId: string;

  @ManyToOne(() => Supplier, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "supplier_id" })
  supplier?: Supplier;

  @Field(() => FlagTarget)
  @Column({ type: "varchar", length: 10 })
  target: FlagTarget;

  @Field(() => ID, { nullable: true })
  @Column({ type: "uuid", name: "site_id", nullable: true })
  siteId: string | null;

  // A removed site (or node) takes its flags along: they described the point, not the supplier.
  @ManyToOne(() => SupplierSite, { onDelete: "CASCADE" })
  @JoinColumn({ name: "site_id" })
  site?: SupplierSite;

  @Field(() => ID, { nullable: true })
  @Column({ type: "uuid", name: "node_id", nullable: true })
  nodeId: string | null;

  @ManyToOne(() => SupplyChainNode, { onDelete: "CASCADE" })
  @JoinColumn({ name: "node_id" })
  node?: SupplyChainNode;

  @Field(() => String, { description: "The site's or node's name when flagged" })
  @Column({ type: "varchar", length: 300, name: "target_name" })
  targetName: string;

  @Column({ type: "uuid", name: "list_id" })
  listId: string;

  @ManyToOne(() => ProtectedAreaList, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "list_id" })
  list?: ProtectedAreaList;

  /** The area of the newest check; a new list version re-points a flag it still matches. */
  @Column({ type: "uuid", name: "area_id" })
  areaId: string;

  @ManyToOne(() => ProtectedArea, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "area_id" })
  area?: ProtectedArea;

  @Column({ type: "varchar", length: 400, name: "area_key" })
  areaKey: string;

  @Field(() => Float)
  @Column({ type: "double precision" })
  latitude: number;

  @Field(() => Float)
  @Column({ type: "double precision" })
  longitude: number;

  @Field(() => Float, { description: "0 inside the area, else the distance to its edge" })
  @Column({ type: "double precision", name: "distance_km" })
  distanceKm: number;

  @Field(() => FlagState)
  @Column({ type: "varchar", length: 10 })
  state: FlagState;

  @Field(() => Date)
  @Column({ type: "timestamptz", name: "flagged_at" })
  flaggedAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: "timestamptz", name: "cleared_at", nullable: true })
  clearedAt: Date | null;

  @Column({ type: "uuid", name: "cleared_by_id", nullable: true })
  clearedById: string | null;

  @ManyToOne(() => User, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "cleared_by_id" })
  clearedBy?: User;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 2000, name: "clearance_note", nullable: true })
  clearanceNote: string | null;

  @Field(() => [Evidence])
  @Column({ type: "jsonb", default: () => "'[]'" })
  evidence: Evidence[];

  @Field(() => Date, { nullable: true })
  @Column({ type: "timestamptz", name: "withdrawn_at", nullable: true })
  withdrawnAt: Date | null;
}
