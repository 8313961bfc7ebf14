import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { ConnectionType, PageArgs } from "../../graphql/pagination";
import { SubstanceGroup } from "./substance-group.entity";
import { SubstanceTarget } from "./substance-target.entity";
import { Substance } from "./substance.entity";
import { SubstanceTargetInput } from "./substance.inputs";
import { MAX_GROUPS_SHOWN, MAX_TARGETS } from "./substance.limits";
import { SUBSTANCE_PERMISSIONS } from "./substance.permissions";
import * as substances from "./substance.service";

export const SubstanceConnection = ConnectionType(Substance, "Substance");

@Resolver(() => Substance)
export class SubstanceResolver {
  @Authorized(...SUBSTANCE_PERMISSIONS.substances)
  @Query(() => SubstanceConnection, { description: "The reference data's substances, by name" })
  substances(
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg("search", () => String, {
      nullable: true,
      description: "Part of the name, or the start of a CAS or EC number",
    })
    search?: string,
  ) {
    return substances.listSubstances(ctx, search, page.first, page.after);
  }

  @Authorized(...SUBSTANCE_PERMISSIONS.substance)
  @Query(() => Substance, {
    nullable: true,
    description: "By CAS number; a malformed one (or a wrong check digit) is BAD_USER_INPUT",
  })
  substance(@Ctx() ctx: RequestContext, @Arg("cas", () => String) cas: string) {
    return substances.findSubstance(ctx, cas);
  }

  @FieldResolver(() => [SubstanceGroup], {
    description: `The groups a list may restrict it under (PBDE...), at most ${MAX_GROUPS_SHOWN}`,
  })
  groups(@Root() substance: Substance, @Ctx() ctx: RequestContext) {
    return ctx.loaders.groupsBySubstance.load(substance.id);
  }

  @FieldResolver(() => SubstanceTarget, { nullable: true, description: "The company's target" })
  target(@Root() substance: Substance, @Ctx() ctx: RequestContext) {
    return ctx.loaders.targetBySubstance.load(substance.id);
  }
}

@Resolver(() => SubstanceTarget)
export class SubstanceTargetResolver {
  @Authorized(...SUBSTANCE_PERMISSIONS.substanceTargets)
  @Query(() => [SubstanceTarget], {
    description: `The company's ELIMINATE and REDUCE targets (at most ${MAX_TARGETS})`,
  })
  substanceTargets(@Ctx() ctx: RequestContext) {
    return substances.listTargets(ctx);
  }

  @Authorized(...SUBSTANCE_PERMISSIONS.setSubstanceTarget)
  @Mutation(() => SubstanceTarget, {
    description: "Adds or changes the target of a substance (by CAS) or a group (by code)",
  })
  setSubstanceTarget(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => SubstanceTargetInput) input: SubstanceTargetInput,
  ) {
    return substances.setSubstanceTarget(ctx, input);
  }

  @FieldResolver(() => Substance, { nullable: true })
  substance(@Root() target: SubstanceTarget, @Ctx() ctx: RequestContext) {
    return target.substanceId ? ctx.loaders.substance.load(target.substanceId) : null;
  }

  @FieldResolver(() => SubstanceGroup, { nullable: true })
  group(@Root() target: SubstanceTarget, @Ctx() ctx: RequestContext) {
    return target.groupId ? ctx.loaders.substanceGroup.load(target.groupId) : null;
  }
}
