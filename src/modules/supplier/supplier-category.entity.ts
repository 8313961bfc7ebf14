import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from "typeorm";
import { MaterialCategory } from "./material-category.entity";
import { Supplier } from "./supplier.entity";

@Entity({ name: "supplier_category" })
@Index("supplier_category_category_idx", ["categoryId", "supplierId"])
export class SupplierCategory {
  @PrimaryColumn({ type: "uuid", name: "supplier_id" })
  supplierId: string;

  @PrimaryColumn({ type: "uuid", name: "category_id" })
  categoryId: string;

  @ManyToOne(() => Supplier, { onDelete: "CASCADE" })
  @JoinColumn({ name: "supplier_id" })
  supplier?: Supplier;

  @ManyToOne(() => MaterialCategory, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "category_id" })
  category?: MaterialCategory;
}
