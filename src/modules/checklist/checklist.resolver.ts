import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { ChecklistItem } from "./checklist-item.entity";
import { Checklist, ChecklistName } from "./checklist.entity";
import { ChecklistStatus } from "../../shared/domain/checklist.enums";
import { ChecklistItemInput, CreateChecklistInput, RenameChecklistInput } from "./checklist.inputs";
import { checklistNameIn, nameRows } from "./checklist-names";
import { ChecklistItemText } from "./checklist-item-text.entity";
import { servedText, textsByLocale } from "./checklist-item-texts";
import { LOCALES, localeOr } from "../../shared/i18n/locale";
import * as checklists from "./checklist.service";
import * as draftItems from "./checklist-items.service";
import { CHECKLIST_PERMISSIONS } from "./checklist.permissions";

const LOCALE_ARG = {
  nullable: true,
  description: "en or zh-CN; default the caller's language",
} as const;

@Resolver(() => Checklist)
export class ChecklistResolver {
  @Authorized(...CHECKLIST_PERMISSIONS.checklist)
  @Query(() => Checklist, { nullable: true })
  checklist(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return checklists.findChecklist(ctx, id);
  }

  @Authorized(...CHECKLIST_PERMISSIONS.checklists)
  @Query(() => [Checklist], { description: "By name, newest version first" })
  checklists(
    @Ctx() ctx: RequestContext,
    @Arg("status", () => ChecklistStatus, { nullable: true }) status?: ChecklistStatus,
  ) {
    return checklists.listChecklists(ctx, status);
  }

  @Authorized(...CHECKLIST_PERMISSIONS.createChecklist)
  @Mutation(() => Checklist, { description: "A new DRAFT, version 1 of a new family" })
  createChecklist(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => CreateChecklistInput) input: CreateChecklistInput,
  ) {
    return checklists.createChecklist(ctx, input);
  }

  @Authorized(...CHECKLIST_PERMISSIONS.publishChecklist)
  @Mutation(() => Checklist, { description: "DRAFT -> PUBLISHED; it never changes afterwards" })
  publishChecklist(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return checklists.publishChecklist(ctx, id);
  }

  @Authorized(...CHECKLIST_PERMISSIONS.reviseChecklist)
  @Mutation(() => Checklist, {
    description: "Copies a published (or retired) version into a new DRAFT, version + 1",
  })
  reviseChecklist(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return checklists.reviseChecklist(ctx, id);
  }

  @Authorized(...CHECKLIST_PERMISSIONS.retireChecklist)
  @Mutation(() => Checklist, { description: "PUBLISHED -> RETIRED: no new self-assessments" })
  retireChecklist(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return checklists.retireChecklist(ctx, id);
  }

  @Authorized(...CHECKLIST_PERMISSIONS.setChecklistRequiredLocales)
  @Mutation(() => Checklist, {
    description: "Sets the locales a DRAFT's items need text in before publishing (en always)",
  })
  setChecklistRequiredLocales(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("expectedRevision", () => Int) expectedRevision: number,
    @Arg("requiredLocales", () => [String]) requiredLocales: string[],
  ) {
    return draftItems.setChecklistRequiredLocales(ctx, id, expectedRevision, requiredLocales);
  }

  @Authorized(...CHECKLIST_PERMISSIONS.renameChecklist)
  @Mutation(() => Checklist, {
    description: "Changes a DRAFT's name: in English and/or in other languages",
  })
  renameChecklist(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("expectedRevision", () => Int) expectedRevision: number,
    @Arg("input", () => RenameChecklistInput) input: RenameChecklistInput,
  ) {
    return draftItems.renameChecklist(ctx, id, expectedRevision, input);
  }

  @Authorized(...CHECKLIST_PERMISSIONS.addChecklistItem)
  @Mutation(() => Checklist, { description: "Adds a question to a DRAFT, at position or last" })
  addChecklistItem(
    @Ctx() ctx: RequestContext,
    @Arg("checklistId", () => ID) checklistId: string,
    @Arg("expectedRevision", () => Int, { description: "The revision read; stale: CONFLICT" })
    expectedRevision: number,
    @Arg("input", () => ChecklistItemInput) input: ChecklistItemInput,
    @Arg("position", () => Int, { nullable: true, description: "1 = first; default last" })
    position?: number,
  ) {
    return draftItems.addChecklistItem(ctx, checklistId, expectedRevision, input, position);
  }

  @Authorized(...CHECKLIST_PERMISSIONS.updateChecklistItem)
  @Mutation(() => Checklist, { description: "Replaces a DRAFT question's values; its place stays" })
  updateChecklistItem(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("expectedRevision", () => Int) expectedRevision: number,
    @Arg("input", () => ChecklistItemInput) input: ChecklistItemInput,
  ) {
    return draftItems.updateChecklistItem(ctx, id, expectedRevision, input);
  }

  @Authorized(...CHECKLIST_PERMISSIONS.removeChecklistItem)
  @Mutation(() => Checklist, { description: "Deletes a DRAFT question (never its last one)" })
  removeChecklistItem(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("expectedRevision", () => Int) expectedRevision: number,
  ) {
    return draftItems.removeChecklistItem(ctx, id, expectedRevision);
  }

  @Authorized(...CHECKLIST_PERMISSIONS.moveChecklistItem)
  @Mutation(() => Checklist, { description: "Moves a DRAFT question to position (1 = first)" })
  moveChecklistItem(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("expectedRevision", () => Int) expectedRevision: number,
    @Arg("position", () => Int) position: number,
  ) {
    return draftItems.moveChecklistItem(ctx, id, expectedRevision, position);
  }

  @FieldResolver(() => String, {
    description: "In the reader's language (locale, else the caller's); English when it has none",
  })
  name(
    @Root() checklist: Checklist,
    @Ctx() ctx: RequestContext,
    @Arg("locale", () => String, LOCALE_ARG) locale?: string,
  ) {
    return checklistNameIn(
      checklist.name,
      checklist.nameTranslations,
      localeOr(locale, ctx.locale),
    );
  }

  @FieldResolver(() => [ChecklistName], {
    description: "The name in each language other than English that has one, for editors",
  })
  nameTranslations(@Root() checklist: Checklist): ChecklistName[] {
    return nameRows(checklist.nameTranslations ?? {});
  }

  @FieldResolver(() => [ChecklistItem], { description: "In the order they are asked" })
  items(@Root() checklist: Checklist, @Ctx() ctx: RequestContext) {
    return ctx.loaders.itemsByChecklist.load(checklist.id);
  }
}

/**
 * An item's wording in the reader's language (`locale`, else the request's), English when that
 * language has none; `textFallback` says so.
 */
@Resolver(() => ChecklistItem)
export class ChecklistItemResolver {
  private async served(ctx: RequestContext, item: ChecklistItem, locale?: string | null) {
    const rows = await ctx.loaders.itemTexts.load(item.id);
    return servedText(textsByLocale(rows), localeOr(locale, ctx.locale));
  }

  @FieldResolver(() => String, { description: "The audit question (auditor's voice)" })
  async question(
    @Root() item: ChecklistItem,
    @Ctx() ctx: RequestContext,
    @Arg("locale", () => String, LOCALE_ARG) locale?: string,
  ) {
    return (await this.served(ctx, item, locale)).auditQuestion;
  }

  @FieldResolver(() => String, { description: "What the auditor looks for; may be empty" })
  async guidance(
    @Root() item: ChecklistItem,
    @Ctx() ctx: RequestContext,
    @Arg("locale", () => String, LOCALE_ARG) locale?: string,
  ) {
    return (await this.served(ctx, item, locale)).guidance;
  }

  @FieldResolver(() => String, { description: "The self-assessment question (supplier's voice)" })
  async saqQuestion(
    @Root() item: ChecklistItem,
    @Ctx() ctx: RequestContext,
    @Arg("locale", () => String, LOCALE_ARG) locale?: string,
  ) {
    return (await this.served(ctx, item, locale)).saqQuestion;
  }

  @FieldResolver(() => String, { description: "The locale question and guidance are served in" })
  async textLocale(
    @Root() item: ChecklistItem,
    @Ctx() ctx: RequestContext,
    @Arg("locale", () => String, LOCALE_ARG) locale?: string,
  ) {
    return (await this.served(ctx, item, locale)).locale;
  }

  @FieldResolver(() => Boolean, {
    description: "True when the requested locale has no text and English is served",
  })
  async textFallback(
    @Root() item: ChecklistItem,
    @Ctx() ctx: RequestContext,
    @Arg("locale", () => String, LOCALE_ARG) locale?: string,
  ) {
    return (await this.served(ctx, item, locale)).fallback;
  }

  @FieldResolver(() => [ChecklistItemText], { description: "Every locale's text, for editors" })
  async texts(@Root() item: ChecklistItem, @Ctx() ctx: RequestContext) {
    const rows = await ctx.loaders.itemTexts.load(item.id);
    return [...rows].sort((a, b) => LOCALES.indexOf(a.locale) - LOCALES.indexOf(b.locale));
  }
}
