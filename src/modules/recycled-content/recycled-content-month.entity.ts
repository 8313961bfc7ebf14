import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { NUMERIC } from "../substance/numeric";
import type { Element } from "./recycled-content.enums";

/**
 * The monthly rollup the portfolio figure reads: per element, supplier, category and month, the
 * non-voided purchases with the declaration in force (the latest declared), for every category
 * that has a declaration of the element. Written only by the database's triggers on
 * purchase_record and recycled_content_declaration, in the writing transaction (migration
 * RecycledContentMonth), so every import, create, void, declaration and verification keeps it
 * equal to the raw rows.
 */
@Entity({ name: "recycled_content_month" })
@Index("recycled_content_month_purchase_idx", ["supplierId", "categoryId", "period"])
@Index("recycled_content_month_category_idx", ["element", "categoryId", "supplierId"])
export class RecycledContentMonth {
  @PrimaryColumn({ type: "varchar", length: 2 })
  element: Element;

  /** The 1st of the month. */
  @PrimaryColumn({ type: "date" })
  period: string;

  @PrimaryColumn({ type: "uuid", name: "category_id" })
  categoryId: string;

  @PrimaryColumn({ type: "uuid", name: "supplier_id" })
  supplierId: string;

  @Column({ type: "numeric", transformer: NUMERIC })
  kg: number;

  @Column({ type: "boolean" })
  declared: boolean;

  @Column({ type: "boolean" })
  verified: boolean;

  @Column({ type: "numeric", name: "element_kg", transformer: NUMERIC })
  elementKg: number;

  @Column({ type: "numeric", name: "recycled_kg", transformer: NUMERIC })
  recycledKg: number;

  @Column({ type: "numeric", name: "pre_kg", transformer: NUMERIC })
  preKg: number;

  @Column({ type: "numeric", name: "post_kg", transformer: NUMERIC })
  postKg: number;
}
