import { Arg, Authorized, Ctx, Field, Float, Int, ObjectType, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { badInput } from "../../shared/errors";
import { explanationText } from "../../shared/i18n/explanations";
import { Supplier } from "../supplier/supplier.entity";
import { MaterialCategory } from "../supplier/material-category.entity";
import { Basis } from "../../shared/domain/sustainability.enums";
import { recycledContentTargets } from "./recycled-content-target.service";
import { Element } from "./recycled-content.enums";
import { RECYCLED_CONTENT_PERMISSIONS as P } from "./recycled-content.permissions";
import { RecycledContentTargetStatus, RecycledShare } from "./recycled-content.types";
import { recycledContentShare } from "./recycled-share.service";

/**
 * The portfolio figure in the contract's shape: one year, shares as fractions (0 when nothing
 * of the element was bought: `detail.elementKg` tells "none" from "0 %"), and lines that add
 * up to `share`. The month series and the kg behind it are in `detail`.
 */

@ObjectType({ description: "One supplier line of a figure; the lines' values add up to it" })
export class ExplanationLine {
  @Field(() => String)
  label: string;

  @Field(() => Float, { description: "This line's part of the figure (a fraction)" })
  value: number;

  @Field(() => Supplier, { nullable: true, description: "Null for the line of the rest" })
  supplier: Supplier | null;

  @Field(() => MaterialCategory, { nullable: true })
  category: MaterialCategory | null;

  @Field(() => Basis, { nullable: true })
  basis: Basis | null;
}

@ObjectType({ description: "Recycled share of an element over a year's purchases" })
export class RecycledContentFigure {
  @Field(() => Element)
  element: Element;

  @Field(() => Int)
  year: number;

  @Field(() => Float, { description: "Verified recycled mass in full, declared x 0.5" })
  share: number;

  @Field(() => Float, { description: "Pre-consumer recycled mass, as declared" })
  preConsumerShare: number;

  @Field(() => Float, { description: "Post-consumer recycled mass, as declared" })
  postConsumerShare: number;

  @Field(() => Float, { description: "Verified recycled mass only" })
  verifiedShare: number;

  @Field(() => Float, { description: "Share of purchased kg that has a declaration" })
  coverage: number;

  @Field(() => [ExplanationLine], {
    description: "By supplier, category and basis, largest first; the rest in one line",
  })
  lines: ExplanationLine[];

  @Field(() => [RecycledContentTargetStatus], { description: "The element's targets in force" })
  targets: RecycledContentTargetStatus[];

  @Field(() => RecycledShare, { description: "Monthly series, kg and undiscounted shares" })
  detail: RecycledShare;
}

const kg = (value: number) => `${Math.round(value).toLocaleString("en-US")} kg`;

/** `Li`, `LI` or `li`: the element symbols of the Element enum. */
export function elementOf(symbol: string): Element {
  const element = Object.values(Element).find((e) => e === symbol.trim().toUpperCase());
  if (!element)
    throw badInput([
      {
        path: "element",
        message: `is not one of ${Object.values(Element)
          .map((e) => e[0] + e.slice(1).toLowerCase())
          .join(", ")}`,
      },
    ]);
  return element;
}

async function figureOf(
  ctx: RequestContext,
  element: Element,
  year: number,
): Promise<RecycledContentFigure> {
  const [detail, targets] = await Promise.all([
    recycledContentShare(ctx, { element, year }),
    recycledContentTargets(ctx, element),
  ]);
  const share = detail.share ?? 0;
  const symbol = element[0] + element.slice(1).toLowerCase();
  const lines: ExplanationLine[] = await Promise.all(
    detail.lines.map(async (line) => {
      const [supplier, category] = await Promise.all([
        ctx.loaders.supplier.load(line.supplierId),
        ctx.loaders.materialCategory.load(line.categoryId),
      ]);
      return {
        // Worded in the reader's language: the key is today's English sentence.
        label: explanationText(
          ctx.locale,
          "{{supplier}}, {{category}}: {{recycled}} recycled {{element}} counted of {{elementKg}} ({{basis}}) in {{purchased}} bought",
          {
            supplier: supplier?.name ?? line.supplierId,
            category: category?.code ?? line.categoryId,
            recycled: kg(line.countedRecycledKg),
            element: symbol,
            elementKg: kg(line.elementKg),
            basis: explanationText(ctx.locale, line.basis.toLowerCase()),
            purchased: kg(line.purchasedKg),
          },
        ),
        value: detail.elementKg > 0 ? line.countedRecycledKg / detail.elementKg : 0,
        supplier: supplier ?? null,
        category: category ?? null,
        basis: line.basis,
      };
    }),
  );
  const rest = detail.linesTotal - detail.lines.length;
  if (rest > 0)
    lines.push({
      label: explanationText(ctx.locale, "{{n}} more supplier lines", { n: rest }),
      value: share - lines.reduce((sum, line) => sum + line.value, 0),
      supplier: null,
      category: null,
      basis: null,
    });
  return {
    element,
    year,
    share,
    preConsumerShare: detail.preConsumerShare ?? 0,
    postConsumerShare: detail.postConsumerShare ?? 0,
    verifiedShare: detail.verifiedShare ?? 0,
    coverage: detail.coverage ?? 0,
    lines,
    targets,
    detail,
  };
}

@Resolver()
export class RecycledContentFigureResolver {
  @Authorized(...P.recycledContent)
  @Query(() => RecycledContentFigure, {
    description: "The portfolio's recycled share of an element (Li, Co, Ni, Pb, Al, Si) in a year",
  })
  recycledContent(
    @Ctx() ctx: RequestContext,
    @Arg("element", () => String) element: string,
    @Arg("year", () => Int) year: number,
  ) {
    if (!Number.isInteger(year) || year < 2000 || year > 2100)
      throw badInput([{ path: "year", message: "must be a year from 2000 to 2100" }]);
    return figureOf(ctx, elementOf(element), year);
  }
}
