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
import { PageArgs } from "../../graphql/pagination";
import { User } from "../identity/user.entity";
import { Supplier } from "../supplier/supplier.entity";
import { SupplyChainNode } from "../supply-chain/supply-chain-node.entity";
import * as rebuttals from "./rebuttal.service";
import { importScreeningList } from "./screening-import.service";
import { ScreeningHit } from "./screening-hit.entity";
import { ScreeningListEntry } from "./screening-list-entry.entity";
import { ScreeningListVersion } from "./screening-list-version.entity";
import { ScreeningRebuttal } from "./screening-rebuttal.entity";
import { HitState, RebuttalState, ScreeningListKind } from "./screening.enums";
import { ScreeningRebuttalInput } from "./screening.inputs";
import { SCREENING_PERMISSIONS as P } from "./screening.permissions";
import * as queries from "./screening.queries";
import { hitExplanation } from "./screening.explanation";
import { translateExplanation } from "../../shared/i18n/explanations";
import {
  ScreeningHitConnection,
  ScreeningImportResult,
  ScreeningList,
  ScreeningListEntryConnection,
  ScreeningRebuttalConnection,
} from "./screening.types";

@Resolver(() => ScreeningList)
export class ScreeningListResolver {
  @Authorized(...P.screeningLists)
  @Query(() => [ScreeningList], { description: "The restricted-entity and high-risk-region lists" })
  screeningLists(@Ctx() ctx: RequestContext) {
    return queries.screeningLists(ctx);
  }

  @FieldResolver(() => ScreeningListVersion, {
    nullable: true,
    description: "The version nodes are screened against; null before the first import",
  })
  currentVersion(@Root() list: ScreeningList) {
    return list.versions[0] ?? null;
  }

  @Authorized(...P.importScreeningList)
  @Mutation(() => ScreeningImportResult, {
    description:
      "Imports an uploaded list (CSV or XLSX; templates: GET /imports/templates/screening/{restricted-entities,high-risk-regions}.csv) as the list's next version and re-screens every map node in the same transaction; all or nothing; a dry run only reports",
  })
  importScreeningList(
    @Ctx() ctx: RequestContext,
    @Arg("kind", () => ScreeningListKind) kind: ScreeningListKind,
    @Arg("documentId", () => ID) documentId: string,
    @Arg("dryRun", () => Boolean) dryRun: boolean,
  ) {
    return importScreeningList(ctx, kind, documentId, dryRun);
  }
}

@Resolver(() => ScreeningListVersion)
export class ScreeningListVersionResolver {
  @FieldResolver(() => ScreeningListEntryConnection, { description: "By name" })
  entries(
    @Root() version: ScreeningListVersion,
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg("search", () => String, {
      nullable: true,
      description: "Part of the name, an alias or the region code",
    })
    search?: string,
  ) {
    return queries.listScreeningEntries(ctx, version, search, page.first, page.after);
  }

  @FieldResolver(() => User, { nullable: true })
  importedBy(@Root() version: ScreeningListVersion, @Ctx() ctx: RequestContext) {
    return ctx.loaders.user.load(version.importedById);
  }
}

@Resolver(() => ScreeningHit)
export class ScreeningHitResolver {
  @Authorized(...P.screeningHits)
  @Query(() => ScreeningHitConnection, { description: "Map nodes matching a list, newest first" })
  screeningHits(
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg("state", () => HitState, { nullable: true }) state?: HitState,
    @Arg("supplierId", () => ID, { nullable: true }) supplierId?: string,
    @Arg("kind", () => ScreeningListKind, { nullable: true }) kind?: ScreeningListKind,
  ) {
    return queries.listScreeningHits(ctx, { state, supplierId, kind }, page.first, page.after);
  }

  @FieldResolver(() => Supplier, { nullable: true })
  supplier(@Root() hit: ScreeningHit, @Ctx() ctx: RequestContext) {
    return ctx.loaders.supplier.load(hit.supplierId);
  }

  @FieldResolver(() => SupplyChainNode, {
    nullable: true,
    description: "Null once the node was removed from its map",
  })
  node(@Root() hit: ScreeningHit, @Ctx() ctx: RequestContext) {
    return hit.nodeId ? ctx.loaders.screenedNode.load(hit.nodeId) : null;
  }

  @FieldResolver(() => ScreeningListEntry, { description: "The entry it matched last" })
  entry(@Root() hit: ScreeningHit, @Ctx() ctx: RequestContext) {
    return ctx.loaders.screeningEntry.load(hit.entryId);
  }

  @FieldResolver(() => ScreeningListVersion, { description: "The version of that entry" })
  listVersion(@Root() hit: ScreeningHit, @Ctx() ctx: RequestContext) {
    return ctx.loaders.screeningListVersion.load(hit.listVersionId);
  }

  @FieldResolver(() => HitState, { description: "OPEN blocks the supplier" })
  async state(@Root() hit: ScreeningHit, @Ctx() ctx: RequestContext) {
    return queries.hitState(
      hit,
      await ctx.loaders.screeningRebuttalsByHit.load(hit.id),
      ctx.clock.now(),
    );
  }

  @FieldResolver(() => String, { description: "The node, the entry, the field and the version" })
  async explanation(@Root() hit: ScreeningHit, @Ctx() ctx: RequestContext) {
    const [entry, version] = await Promise.all([
      ctx.loaders.screeningEntry.load(hit.entryId),
      ctx.loaders.screeningListVersion.load(hit.listVersionId),
    ]);
    return translateExplanation(hitExplanation(hit, entry, version), ctx.locale);
  }

  @FieldResolver(() => [ScreeningRebuttal], { description: "Newest first (at most 50)" })
  rebuttals(@Root() hit: ScreeningHit, @Ctx() ctx: RequestContext) {
    return ctx.loaders.screeningRebuttalsByHit.load(hit.id);
  }
}

@Resolver(() => ScreeningRebuttal)
export class ScreeningRebuttalResolver {
  @Authorized(...P.screeningRebuttals)
  @Query(() => ScreeningRebuttalConnection, { description: "Rebuttals, newest first" })
  screeningRebuttals(
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg("state", () => RebuttalState, { nullable: true }) state?: RebuttalState,
    @Arg("hitId", () => ID, { nullable: true }) hitId?: string,
    @Arg("supplierId", () => ID, { nullable: true }) supplierId?: string,
  ) {
    return queries.listScreeningRebuttals(
      ctx,
      { state, hitId, supplierId },
      page.first,
      page.after,
    );
  }

  @Authorized(...P.recordScreeningRebuttal)
  @Mutation(() => ScreeningRebuttal, {
    description:
      "Records a rebuttal of a hit (reason, evidence, expiry at most 12 months ahead); it lifts the hit once a second person approves it",
  })
  recordScreeningRebuttal(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => ScreeningRebuttalInput) input: ScreeningRebuttalInput,
  ) {
    return rebuttals.recordScreeningRebuttal(ctx, input);
  }

  @Authorized(...P.approveScreeningRebuttal)
  @Mutation(() => ScreeningRebuttal, {
    description: "Four-eyes: an admin or procurement user other than the one who recorded it",
  })
  approveScreeningRebuttal(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("note", () => String, { nullable: true }) note?: string,
  ) {
    return rebuttals.approveScreeningRebuttal(ctx, id, note);
  }

  @Authorized(...P.rejectScreeningRebuttal)
  @Mutation(() => ScreeningRebuttal, {
    description: "Four-eyes, as approval; the rebuttal stays on the record, the hit stays open",
  })
  rejectScreeningRebuttal(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("reason", () => String) reason: string,
  ) {
    return rebuttals.rejectScreeningRebuttal(ctx, id, reason);
  }

  @FieldResolver(() => RebuttalState)
  state(@Root() rebuttal: ScreeningRebuttal, @Ctx() ctx: RequestContext) {
    return queries.rebuttalState(rebuttal, ctx.clock.now());
  }

  @FieldResolver(() => ScreeningHit)
  hit(@Root() rebuttal: ScreeningRebuttal, @Ctx() ctx: RequestContext) {
    return ctx.loaders.screeningHit.load(rebuttal.hitId);
  }

  @FieldResolver(() => User, { nullable: true })
  recordedBy(@Root() rebuttal: ScreeningRebuttal, @Ctx() ctx: RequestContext) {
    return ctx.loaders.user.load(rebuttal.recordedById);
  }

  @FieldResolver(() => User, { nullable: true })
  decidedBy(@Root() rebuttal: ScreeningRebuttal, @Ctx() ctx: RequestContext) {
    return rebuttal.decidedById ? ctx.loaders.user.load(rebuttal.decidedById) : null;
  }
}
