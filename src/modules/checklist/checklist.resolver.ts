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
import { Role } from "../../shared/domain/role.enum";
import { ChecklistItem } from "./checklist-item.entity";
import { Checklist } from "./checklist.entity";
import { ChecklistStatus } from "../../shared/domain/checklist.enums";
import { CreateChecklistInput } from "./checklist.inputs";
import * as checklists from "./checklist.service";

@Resolver(() => Checklist)
export class ChecklistResolver {
  @Authorized()
  @Query(() => Checklist, { nullable: true })
  checklist(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return checklists.findChecklist(ctx, id);
  }

  @Authorized()
  @Query(() => [Checklist], { description: "By name, newest version first" })
  checklists(
    @Ctx() ctx: RequestContext,
    @Arg("status", () => ChecklistStatus, { nullable: true }) status?: ChecklistStatus,
  ) {
    return checklists.listChecklists(ctx, status);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Checklist, { description: "A new DRAFT, version 1 of a new family" })
  createChecklist(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => CreateChecklistInput) input: CreateChecklistInput,
  ) {
    return checklists.createChecklist(ctx, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Checklist, { description: "DRAFT -> PUBLISHED; it never changes afterwards" })
  publishChecklist(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return checklists.publishChecklist(ctx, id);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Checklist, {
    description: "Copies a published (or retired) version into a new DRAFT, version + 1",
  })
  reviseChecklist(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return checklists.reviseChecklist(ctx, id);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Checklist, { description: "PUBLISHED -> RETIRED: no new self-assessments" })
  retireChecklist(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return checklists.retireChecklist(ctx, id);
  }

  @FieldResolver(() => [ChecklistItem], { description: "In the order they are asked" })
  items(@Root() checklist: Checklist, @Ctx() ctx: RequestContext) {
    return ctx.loaders.itemsByChecklist.load(checklist.id);
  }
}
