import {
  Arg,
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
import { ChecklistItem } from "./checklist-item.entity";
import { Checklist } from "./checklist.entity";
import { ChecklistStatus } from "../../shared/domain/checklist.enums";
import { CreateChecklistInput } from "./checklist.inputs";
import * as checklists from "./checklist.service";
import { CHECKLIST_PERMISSIONS } from "./checklist.permissions";

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

  @FieldResolver(() => [ChecklistItem], { description: "In the order they are asked" })
  items(@Root() checklist: Checklist, @Ctx() ctx: RequestContext) {
    return ctx.loaders.itemsByChecklist.load(checklist.id);
  }
}
