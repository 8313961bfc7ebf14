import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { ConnectionType, PageArgs } from "../../graphql/pagination";
import { MaterialCategory } from "../supplier/material-category.entity";
import { Supplier } from "../supplier/supplier.entity";
import { monthOf } from "./month";
import { PurchaseRecord } from "./purchase-record.entity";
import { importPurchases } from "./purchase-import.service";
import * as purchases from "./purchase.service";
import { RecycledContentDeclaration } from "./recycled-content-declaration.entity";
import * as declarations from "./recycled-content-declaration.service";
import { RecycledContentTarget } from "./recycled-content-target.entity";
import * as targets from "./recycled-content-target.service";
import { Element } from "./recycled-content.enums";
import {
  CreatePurchaseInput,
  DeclareRecycledContentInput,
  PurchaseFilterArgs,
  RecycledContentTargetInput,
  RecycledShareArgs,
} from "./recycled-content.inputs";
import { RECYCLED_CONTENT_PERMISSIONS as P } from "./recycled-content.permissions";
import {
  ImportReport,
  RecycledContentTargetStatus,
  RecycledShare,
  RecycledShareLine,
} from "./recycled-content.types";
import { recycledContentShare } from "./recycled-share.service";

export const PurchaseRecordConnection = ConnectionType(PurchaseRecord, "PurchaseRecord");
export const RecycledContentDeclarationConnection = ConnectionType(
  RecycledContentDeclaration,
  "RecycledContentDeclaration",
);

@Resolver(() => PurchaseRecord)
export class PurchaseRecordResolver {
  @Authorized(...P.purchases)
  @Query(() => PurchaseRecordConnection, { description: "Purchases, newest month first" })
  purchases(
    @Ctx() ctx: RequestContext,
    @Args(() => PurchaseFilterArgs) filter: PurchaseFilterArgs,
    @Args(() => PageArgs) page: PageArgs,
  ) {
    return purchases.listPurchases(ctx, filter, page.first, page.after);
  }

  @Authorized(...P.importPurchases)
  @Mutation(() => ImportReport, {
    description:
      "Imports an uploaded ERP purchase CSV: all rows or none; a dry run only reports. Rows whose reference is saved are skipped",
  })
  importPurchases(
    @Ctx() ctx: RequestContext,
    @Arg("documentId", () => ID) documentId: string,
    @Arg("dryRun", () => Boolean) dryRun: boolean,
  ) {
    return importPurchases(ctx, documentId, dryRun);
  }

  @Authorized(...P.createPurchase)
  @Mutation(() => PurchaseRecord)
  createPurchase(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => CreatePurchaseInput) input: CreatePurchaseInput,
  ) {
    return purchases.createPurchase(ctx, input);
  }

  @Authorized(...P.voidPurchase)
  @Mutation(() => PurchaseRecord, { description: "Voids a purchase (kept, with the reason)" })
  voidPurchase(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("reason", () => String) reason: string,
  ) {
    return purchases.voidPurchase(ctx, id, reason);
  }

  @FieldResolver(() => String, { description: "YYYY-MM" })
  period(@Root() purchase: PurchaseRecord) {
    return monthOf(purchase.period);
  }

  @FieldResolver(() => Supplier, { nullable: true })
  supplier(@Root() purchase: PurchaseRecord, @Ctx() ctx: RequestContext) {
    return ctx.loaders.supplier.load(purchase.supplierId);
  }

  @FieldResolver(() => MaterialCategory, { nullable: true })
  category(@Root() purchase: PurchaseRecord, @Ctx() ctx: RequestContext) {
    return ctx.loaders.materialCategory.load(purchase.categoryId);
  }
}

@Resolver(() => RecycledContentDeclaration)
export class RecycledContentDeclarationResolver {
  @Authorized(...P.recycledContentDeclarations)
  @Query(() => RecycledContentDeclarationConnection, {
    description: "Declarations, newest first; a supplier sees its own",
  })
  recycledContentDeclarations(
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg("supplierId", () => ID, { nullable: true }) supplierId?: string,
    @Arg("categoryId", () => ID, { nullable: true }) categoryId?: string,
    @Arg("element", () => Element, { nullable: true }) element?: Element,
  ) {
    return declarations.listDeclarations(
      ctx,
      { supplierId, categoryId, element },
      page.first,
      page.after,
    );
  }

  @Authorized(...P.declareRecycledContent)
  @Mutation(() => RecycledContentDeclaration, {
    description:
      "Declares the recycled content of an element; supersedes earlier ones for its months",
  })
  declareRecycledContent(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => DeclareRecycledContentInput) input: DeclareRecycledContentInput,
  ) {
    return declarations.declareRecycledContent(ctx, input);
  }

  @Authorized(...P.verifyRecycledContent)
  @Mutation(() => RecycledContentDeclaration)
  verifyRecycledContent(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("note", () => String, { nullable: true }) note?: string,
  ) {
    return declarations.verifyRecycledContent(ctx, id, note);
  }

  @FieldResolver(() => String, { description: "First month covered, YYYY-MM" })
  validFrom(@Root() declaration: RecycledContentDeclaration) {
    return monthOf(declaration.validFrom);
  }

  @FieldResolver(() => String, { description: "Last month covered (inclusive), YYYY-MM" })
  validTo(@Root() declaration: RecycledContentDeclaration) {
    return monthOf(declaration.validTo);
  }

  @FieldResolver(() => Boolean)
  verified(@Root() declaration: RecycledContentDeclaration) {
    return declaration.verifiedAt !== null;
  }

  @FieldResolver(() => Supplier, { nullable: true })
  supplier(@Root() declaration: RecycledContentDeclaration, @Ctx() ctx: RequestContext) {
    return ctx.loaders.supplier.load(declaration.supplierId);
  }

  @FieldResolver(() => MaterialCategory, { nullable: true })
  category(@Root() declaration: RecycledContentDeclaration, @Ctx() ctx: RequestContext) {
    return ctx.loaders.materialCategory.load(declaration.categoryId);
  }
}

@Resolver(() => RecycledShare)
export class RecycledShareResolver {
  @Authorized(...P.recycledContentShare)
  @Query(() => RecycledShare, {
    description:
      "The portfolio's recycled share of an element over a year or months (default: the last 12)",
  })
  recycledContentShare(
    @Ctx() ctx: RequestContext,
    @Args(() => RecycledShareArgs) args: RecycledShareArgs,
  ) {
    return recycledContentShare(ctx, args);
  }
}

@Resolver(() => RecycledShareLine)
export class RecycledShareLineResolver {
  @FieldResolver(() => Supplier)
  supplier(@Root() line: RecycledShareLine, @Ctx() ctx: RequestContext) {
    return ctx.loaders.supplier.load(line.supplierId);
  }

  @FieldResolver(() => MaterialCategory)
  category(@Root() line: RecycledShareLine, @Ctx() ctx: RequestContext) {
    return ctx.loaders.materialCategory.load(line.categoryId);
  }
}

@Resolver(() => RecycledContentTarget)
export class RecycledContentTargetResolver {
  @Authorized(...P.recycledContentTargets)
  @Query(() => [RecycledContentTargetStatus], {
    description: "The current targets, with the current value, the gap and the projection",
  })
  recycledContentTargets(
    @Ctx() ctx: RequestContext,
    @Arg("element", () => Element, { nullable: true }) element?: Element,
  ) {
    return targets.recycledContentTargets(ctx, element);
  }

  @Authorized(...P.setRecycledContentTarget)
  @Mutation(() => RecycledContentTarget, {
    description: "Adds a target, or changes one (a new version; the old one is kept)",
  })
  setRecycledContentTarget(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => RecycledContentTargetInput) input: RecycledContentTargetInput,
  ) {
    return targets.setRecycledContentTarget(ctx, input);
  }

  @FieldResolver(() => String, { description: "YYYY-MM-DD" })
  dueDate(@Root() target: RecycledContentTarget) {
    return target.dueDate.slice(0, 10);
  }
}
