import { Column, Entity, PrimaryColumn } from "typeorm";
import { NUMERIC } from "../substance/numeric";
import type { Element } from "./recycled-content.enums";

/**
 * recycled_content_month summed per element, month and category: what the figure's monthly
 * series, its total and the targets' trend read (a few hundred rows instead of one per
 * supplier). Kept by a trigger on recycled_content_month (migration RecycledContentCategoryMonth).
 */
@Entity({ name: "recycled_content_category_month" })
export class RecycledContentCategoryMonth {
  @PrimaryColumn({ type: "varchar", length: 2 })
  element: Element;

  /** The 1st of the month. */
  @PrimaryColumn({ type: "date" })
  period: string;

  @PrimaryColumn({ type: "uuid", name: "category_id" })
  categoryId: string;

  @Column({ type: "numeric", transformer: NUMERIC })
  kg: number;

  /** kg of the cells with a declaration. */
  @Column({ type: "numeric", name: "covered_kg", transformer: NUMERIC })
  coveredKg: number;

  @Column({ type: "numeric", name: "element_kg", transformer: NUMERIC })
  elementKg: number;

  @Column({ type: "numeric", name: "recycled_kg", transformer: NUMERIC })
  recycledKg: number;

  @Column({ type: "numeric", name: "verified_recycled_kg", transformer: NUMERIC })
  verifiedRecycledKg: number;

  @Column({ type: "numeric", name: "pre_kg", transformer: NUMERIC })
  preKg: number;

  @Column({ type: "numeric", name: "post_kg", transformer: NUMERIC })
  postKg: number;
}
