import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { MaterialCategory } from "../supplier/material-category.entity";
import { Supplier } from "../supplier/supplier.entity";

/**
 * When a supplier gained a material category (append-only): `supplier_category` is replaced
 * wholesale on every edit and keeps no time, so the register's "a new supplier for the entry's
 * category" trigger reads this instead.
 */
@Entity({ name: "category_supplier_addition" })
@Index("category_supplier_addition_category_idx", ["categoryId", "addedAt"])
export class CategorySupplierAddition {
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Column({ type: "uuid", name: "category_id" })
  categoryId: string;

  @ManyToOne(() => MaterialCategory, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "category_id" })
  category?: MaterialCategory;

  @Column({ type: "uuid", name: "supplier_id" })
  supplierId: string;

  @ManyToOne(() => Supplier, { onDelete: "CASCADE" })
  @JoinColumn({ name: "supplier_id" })
  supplier?: Supplier;

  @Column({ type: "timestamptz", name: "added_at" })
  addedAt: Date;
}
