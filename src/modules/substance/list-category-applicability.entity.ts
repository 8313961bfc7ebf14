import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from "typeorm";
import { MaterialCategory } from "../supplier/material-category.entity";
import { RegulatoryList } from "./regulatory-list.entity";

/**
 * Whether a list applies to a material category (SPEC 11): PV modules installed by
 * professionals are outside RoHS, inverters and battery systems are not. Admins change it; a
 * category without a row takes the list's `appliesByDefault`.
 */
@Entity({ name: "list_category_applicability" })
export class ListCategoryApplicability {
  @PrimaryColumn({ type: "uuid", name: "list_id" })
  listId: string;

  @ManyToOne(() => RegulatoryList, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "list_id" })
  list?: RegulatoryList;

  @PrimaryColumn({ type: "uuid", name: "category_id" })
  categoryId: string;

  @ManyToOne(() => MaterialCategory, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "category_id" })
  category?: MaterialCategory;

  @Column({ type: "boolean" })
  applies: boolean;

  @Column({ type: "timestamptz", name: "updated_at" })
  updatedAt: Date;
}
