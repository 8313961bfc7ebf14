import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, ManyToOne, JoinColumn, PrimaryGeneratedColumn } from "typeorm";
import { Supplier } from "./supplier.entity";

@ObjectType()
@Entity({ name: "supplier_site" })
@Index("supplier_site_supplier_idx", ["supplierId"])
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
}
