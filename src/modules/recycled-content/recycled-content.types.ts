import { Field, Float, Int, ObjectType } from "type-graphql";
import { Basis } from "../../shared/domain/sustainability.enums";
import { MaterialCategory } from "../supplier/material-category.entity";
import { Supplier } from "../supplier/supplier.entity";
import { Element } from "./recycled-content.enums";
import { RecycledContentTarget } from "./recycled-content-target.entity";

// Shared by every file import; exported here for the module's resolver and service.
export { ImportReport } from "../../graphql/import-report";

@ObjectType({ description: "One month of a portfolio figure" })
export class RecycledShareMonth {
  @Field(() => String, { description: "YYYY-MM" })
  month: string;

  @Field(() => Float, { nullable: true, description: "Effective share; null: no element mass" })
  share: number | null;

  @Field(() => Float, { nullable: true })
  coverage: number | null;

  @Field(() => Float)
  elementKg: number;
}

@ObjectType({ description: "What one supplier's purchases in one category add to the figure" })
export class RecycledShareLine {
  @Field(() => Supplier)
  supplier: Supplier;

  @Field(() => MaterialCategory)
  category: MaterialCategory;

  @Field(() => Float)
  purchasedKg: number;

  @Field(() => Float, { description: "purchased kg x the declared element fraction" })
  elementKg: number;

  @Field(() => Float, { description: "element kg x the declared recycled fraction (undiscounted)" })
  recycledKg: number;

  @Field(() => Float, { description: "recycledKg as it counts: verified in full, declared x 0.5" })
  countedRecycledKg: number;

  @Field(() => Basis, {
    description: "VERIFIED, DECLARED, or NONE for purchases without a declaration",
  })
  basis: Basis;

  supplierId: string;
  categoryId: string;
}

@ObjectType({ description: "Recycled share of an element over the purchases of a period" })
export class RecycledShare {
  @Field(() => Element)
  element: Element;

  @Field(() => String, { description: "First month, YYYY-MM" })
  from: string;

  @Field(() => String, { description: "Last month, YYYY-MM (inclusive)" })
  to: string;

  @Field(() => Float, {
    nullable: true,
    description: "Effective: verified recycled mass in full, declared x 0.5, over element mass",
  })
  share: number | null;

  @Field(() => Float, { nullable: true, description: "Verified recycled mass only" })
  verifiedShare: number | null;

  @Field(() => Float, { nullable: true, description: "Everything declared, undiscounted" })
  declaredShare: number | null;

  @Field(() => Float, { nullable: true, description: "Pre-consumer part of declaredShare" })
  preConsumerShare: number | null;

  @Field(() => Float, { nullable: true, description: "Post-consumer part of declaredShare" })
  postConsumerShare: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "Share of purchased kg in the element's categories covered by a declaration",
  })
  coverage: number | null;

  @Field(() => Float)
  purchasedKg: number;

  @Field(() => Float)
  elementKg: number;

  @Field(() => Float)
  recycledKg: number;

  @Field(() => Float)
  countedRecycledKg: number;

  @Field(() => [RecycledShareMonth], { description: "Every month of the period, in order" })
  monthly: RecycledShareMonth[];

  @Field(() => [RecycledShareLine], {
    description: "By supplier, category and basis; the top 100 by recycled kg (linesTotal: all)",
  })
  lines: RecycledShareLine[];

  @Field(() => Int)
  linesTotal: number;
}

// API.md's name for it: `RecycledContentFigure.targets: [TargetStatus!]!`.
@ObjectType("TargetStatus", { description: "A target with where the portfolio stands against it" })
export class RecycledContentTargetStatus {
  @Field(() => RecycledContentTarget)
  target: RecycledContentTarget;

  @Field(() => Float, {
    nullable: true,
    description: "The effective share over the last 12 months",
  })
  current: number | null;

  @Field(() => Float, { nullable: true, description: "target share - current (> 0: short of it)" })
  gap: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "Least-squares line through the last 24 monthly shares, at the due date",
  })
  projection: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "projection >= share; null: too few months",
  })
  onTrack: boolean | null;
}
