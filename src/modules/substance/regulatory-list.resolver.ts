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
import { storedSentence } from "../../shared/i18n/sentences";
import { ConnectionType, PageArgs } from "../../graphql/pagination";
import { ListExemptionExpiry } from "./list-exemption-expiry.entity";
import { ListExemption } from "./list-exemption.entity";
import * as exemptions from "./list-exemption.service";
import { RegulatoryListEntry } from "./regulatory-list-entry.entity";
import { RegulatoryListVersion } from "./regulatory-list-version.entity";
import { RegulatoryList } from "./regulatory-list.entity";
import * as lists from "./regulatory-list.service";
import { SubstanceGroup } from "./substance-group.entity";
import { Substance } from "./substance.entity";
import { ListVersionStatus } from "./substance.enums";
import { AddListExemptionInput, CreateListVersionInput } from "./substance.inputs";
import { MAX_EXEMPTIONS_SHOWN, MAX_VERSIONS_SHOWN } from "./substance.limits";
import { SUBSTANCE_PERMISSIONS } from "./substance.permissions";
import { ListApplicability, ListImportReport } from "./substance.types";
import { importSvhcList } from "./svhc-import.service";
import { isoDay } from "./compliance";

export const RegulatoryListEntryConnection = ConnectionType(
  RegulatoryListEntry,
  "RegulatoryListEntry",
);

@Resolver(() => RegulatoryList)
export class RegulatoryListResolver {
  @Authorized(...SUBSTANCE_PERMISSIONS.regulatoryLists)
  @Query(() => [RegulatoryList], { description: "RoHS, the REACH candidate list, battery Annex I" })
  regulatoryLists(@Ctx() ctx: RequestContext) {
    return lists.listRegulatoryLists(ctx);
  }

  @Authorized(...SUBSTANCE_PERMISSIONS.regulatoryList)
  @Query(() => RegulatoryList, { nullable: true, description: "By code, e.g. REACH_SVHC" })
  regulatoryList(@Ctx() ctx: RequestContext, @Arg("code", () => String) code: string) {
    return lists.findRegulatoryList(ctx, code);
  }

  @Authorized(...SUBSTANCE_PERMISSIONS.createListVersion)
  @Mutation(() => RegulatoryListVersion, {
    description: "A new DRAFT version with its entries; it counts once published",
  })
  createListVersion(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => CreateListVersionInput) input: CreateListVersionInput,
  ) {
    return lists.createListVersion(ctx, input);
  }

  @Authorized(...SUBSTANCE_PERMISSIONS.publishListVersion)
  @Mutation(() => RegulatoryListVersion, {
    description: "DRAFT -> PUBLISHED; neither the version nor its entries change afterwards",
  })
  publishListVersion(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return lists.publishListVersion(ctx, id);
  }

  @Authorized(...SUBSTANCE_PERMISSIONS.importSvhcList)
  @Mutation(() => ListImportReport, {
    description:
      "Reads ECHA's candidate list export (an uploaded CSV: name, EC, CAS, date of inclusion, reason) into a new DRAFT version of REACH_SVHC; all or nothing",
  })
  importSvhcList(
    @Ctx() ctx: RequestContext,
    @Arg("documentId", () => ID) documentId: string,
    @Arg("versionLabel", () => String) versionLabel: string,
    @Arg("effectiveDate", () => Date) effectiveDate: Date,
    @Arg("dryRun", () => Boolean) dryRun: boolean,
  ) {
    return importSvhcList(ctx, documentId, versionLabel, effectiveDate, dryRun);
  }

  @Authorized(...SUBSTANCE_PERMISSIONS.setListApplicability)
  @Mutation(() => RegulatoryList, {
    description: "Whether the list applies to a material category",
  })
  setListApplicability(
    @Ctx() ctx: RequestContext,
    @Arg("listCode", () => String) listCode: string,
    @Arg("categoryId", () => ID) categoryId: string,
    @Arg("applies", () => Boolean) applies: boolean,
  ) {
    return lists.setListApplicability(ctx, listCode, categoryId, applies);
  }

  @FieldResolver(() => [RegulatoryListVersion], {
    description: `Newest effective date first, drafts included (at most ${MAX_VERSIONS_SHOWN})`,
  })
  versions(@Root() list: RegulatoryList, @Ctx() ctx: RequestContext) {
    return ctx.loaders.versionsByList.load(list.id);
  }

  @FieldResolver(() => RegulatoryListVersion, {
    nullable: true,
    description: "The version in force: the latest published one whose effective date has come",
  })
  async currentVersion(@Root() list: RegulatoryList, @Ctx() ctx: RequestContext) {
    const now = ctx.clock.now().getTime();
    const versions = await ctx.loaders.versionsByList.load(list.id);
    return (
      versions.find(
        (v) => v.status === ListVersionStatus.PUBLISHED && v.effectiveDate.getTime() <= now,
      ) ?? null
    );
  }

  @FieldResolver(() => [ListExemption], {
    description: `By code; renewals are further rows of the same code (at most ${MAX_EXEMPTIONS_SHOWN})`,
  })
  exemptions(@Root() list: RegulatoryList, @Ctx() ctx: RequestContext) {
    return ctx.loaders.exemptionsByList.load(list.id);
  }

  @FieldResolver(() => [ListApplicability], { description: "Every material category, by code" })
  applicability(@Root() list: RegulatoryList, @Ctx() ctx: RequestContext) {
    return lists.applicabilityOf(ctx, list);
  }
}

@Resolver(() => RegulatoryListVersion)
export class RegulatoryListVersionResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: "Where the entries come from, and as of when",
  })
  source(@Root() version: RegulatoryListVersion, @Ctx() ctx: RequestContext): string | null {
    // An SVHC import describes its file in English when it stores the version.
    return version.source === null
      ? null
      : storedSentence(version.source, ctx.locale, ["substance.svhcSource"]);
  }

  @FieldResolver(() => RegulatoryList)
  list(@Root() version: RegulatoryListVersion, @Ctx() ctx: RequestContext) {
    return ctx.loaders.regulatoryList.load(version.listId);
  }

  @FieldResolver(() => RegulatoryListEntryConnection, { description: "By name" })
  entries(
    @Root() version: RegulatoryListVersion,
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg("search", () => String, {
      nullable: true,
      description: "Part of the name, or the start of a CAS number",
    })
    search?: string,
  ) {
    return lists.listEntries(ctx, version, search, page.first, page.after);
  }
}

@Resolver(() => RegulatoryListEntry)
export class RegulatoryListEntryResolver {
  @FieldResolver(() => Substance, { nullable: true, description: "Null for a group entry" })
  substance(@Root() entry: RegulatoryListEntry, @Ctx() ctx: RequestContext) {
    return entry.substanceId ? ctx.loaders.substance.load(entry.substanceId) : null;
  }

  @FieldResolver(() => SubstanceGroup, {
    nullable: true,
    description: "Null for a substance entry",
  })
  group(@Root() entry: RegulatoryListEntry, @Ctx() ctx: RequestContext) {
    return entry.groupId ? ctx.loaders.substanceGroup.load(entry.groupId) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: "The substance's CAS number" })
  async cas(@Root() entry: RegulatoryListEntry, @Ctx() ctx: RequestContext) {
    if (!entry.substanceId) return null;
    return (await ctx.loaders.substance.load(entry.substanceId))?.cas ?? null;
  }
}

@Resolver(() => ListExemption)
export class ListExemptionResolver {
  @FieldResolver(() => Substance, { nullable: true, description: "The substance it covers" })
  substance(@Root() exemption: ListExemption, @Ctx() ctx: RequestContext) {
    return exemption.substanceId ? ctx.loaders.substance.load(exemption.substanceId) : null;
  }

  @FieldResolver(() => SubstanceGroup, { nullable: true, description: "The group it covers" })
  group(@Root() exemption: ListExemption, @Ctx() ctx: RequestContext) {
    return exemption.groupId ? ctx.loaders.substanceGroup.load(exemption.groupId) : null;
  }

  @Authorized(...SUBSTANCE_PERMISSIONS.addListExemption)
  @Mutation(() => ListExemption, {
    description:
      "A new exemption, or a renewal of a code (a new row); it must not overlap another row of the code",
  })
  addListExemption(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => AddListExemptionInput) input: AddListExemptionInput,
  ) {
    return exemptions.addListExemption(ctx, input);
  }

  @Authorized(...SUBSTANCE_PERMISSIONS.expireListExemption)
  @Mutation(() => ListExemption, {
    description:
      "Ends an exemption on lastDay, earlier than it stands; recorded with the reason, the exemption row unchanged",
  })
  expireListExemption(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("lastDay", () => Date) lastDay: Date,
    @Arg("reason", () => String) reason: string,
  ) {
    return exemptions.expireListExemption(ctx, id, lastDay, reason);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "Last day it applies (ISO day), inclusive: the adopted expiry or an earlier one",
  })
  async expiresAt(@Root() exemption: ListExemption, @Ctx() ctx: RequestContext) {
    return exemptions.effectiveExpiry(
      exemption,
      await ctx.loaders.exemptionExpiry.load(exemption.id),
    );
  }

  @FieldResolver(() => String, { nullable: true, description: "The expiry as adopted" })
  adoptedExpiresAt(@Root() exemption: ListExemption) {
    return exemption.expiresAt;
  }

  @FieldResolver(() => ListExemptionExpiry, {
    nullable: true,
    description: "The recorded early end in force, with its reason",
  })
  earlyExpiry(@Root() exemption: ListExemption, @Ctx() ctx: RequestContext) {
    return ctx.loaders.exemptionExpiry.load(exemption.id);
  }

  @FieldResolver(() => Boolean, { description: "Today is after its last day" })
  async expired(@Root() exemption: ListExemption, @Ctx() ctx: RequestContext) {
    const until = exemptions.effectiveExpiry(
      exemption,
      await ctx.loaders.exemptionExpiry.load(exemption.id),
    );
    return until !== null && isoDay(ctx.clock.now()) > until;
  }
}
