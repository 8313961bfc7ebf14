import { Field, Float, ID, ObjectType } from "type-graphql";
import {
  Check,
  Column,
  Entity,
  Index,
  ManyToOne,
  JoinColumn,
  PrimaryGeneratedColumn,
} from "typeorm";
import { Supplier } from "./supplier.entity";

@ObjectType()
@Entity({ name: "supplier_site" })
@Index("supplier_site_supplier_idx", ["supplierId"])
@Check(
  "supplier_site_coordinates_check",
  `(latitude IS NULL) = (longitude IS NULL) AND latitude BETWEEN -90 AND 90 AND longitude BETWEEN -180 AND 180`,
)
export class SupplierSite {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "uuid", name: "supplier_id" })
  supplierId: string;

  @ManyToOne(() => Supplier, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "supplier_id" })
  supplier?: Supplier;

  @Field(() => String)
  @Column({ type: "varchar", length: 200 })
  name: string;

  @Field(() => String)
  @Column({ type: "char", length: 2 })
  country: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 500, nullable: true })
  address: string | null;

  @Field(() => Float, { nullable: true, description: "WGS84 degrees; set with longitude" })
  @Column({ type: "double precision", nullable: true })
  latitude: number | null;

  @Field(() => Float, { nullable: true, description: "WGS84 degrees; set with latitude" })
  @Column({ type: "double precision", nullable: true })
  longitude: number | null;
}
