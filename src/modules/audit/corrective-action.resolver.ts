import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { EvidenceInput } from "../evidence/evidence";
import { User } from "../identity/user.entity";
import { CorrectiveActionTransition } from "./corrective-action-transition.entity";
import { CorrectiveAction } from "./corrective-action.entity";
import { CorrectiveActionInput } from "./corrective-action.inputs";
import * as plans from "./corrective-action.service";
import { Finding } from "./finding.entity";
import { AUDIT_PERMISSIONS } from "./audit.permissions";

@Resolver(() => CorrectiveAction)
export class CorrectiveActionResolver {
  @Authorized(...AUDIT_PERMISSIONS.proposeCorrectiveAction)
  @Mutation(() => CorrectiveAction, { description: "New plan, or a rejected one proposed again" })
  proposeCorrectiveAction(
    @Ctx() ctx: RequestContext,
    @Arg("findingId", () => ID) findingId: string,
    @Arg("input", () => CorrectiveActionInput) input: CorrectiveActionInput,
  ) {
    return plans.proposeCorrectiveAction(ctx, findingId, input);
  }

  @Authorized(...AUDIT_PERMISSIONS.reviewCorrectiveAction)
  @Mutation(() => CorrectiveAction, {
    description: "Lead auditor or admin; comment required to reject",
  })
  reviewCorrectiveAction(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("accept", () => Boolean) accept: boolean,
    @Arg("comment", () => String, { nullable: true }) comment?: string,
  ) {
    return plans.reviewCorrectiveAction(ctx, id, accept, comment);
  }

  @Authorized(...AUDIT_PERMISSIONS.markCorrectiveActionImplemented)
  @Mutation(() => CorrectiveAction)
  markCorrectiveActionImplemented(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("evidence", () => [EvidenceInput]) evidence: EvidenceInput[],
  ) {
    return plans.markCorrectiveActionImplemented(ctx, id, evidence);
  }

  @Authorized(...AUDIT_PERMISSIONS.verifyCorrectiveAction)
  @Mutation(() => CorrectiveAction, {
    description: "Lead auditor or admin; effective closes the finding, else a comment is required",
  })
  verifyCorrectiveAction(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("effective", () => Boolean) effective: boolean,
    @Arg("comment", () => String, { nullable: true }) comment?: string,
  ) {
    return plans.verifyCorrectiveAction(ctx, id, effective, comment);
  }

  @FieldResolver(() => Finding)
  finding(@Root() plan: CorrectiveAction, @Ctx() ctx: RequestContext) {
    return ctx.loaders.finding.load(plan.findingId);
  }

  @FieldResolver(() => [CorrectiveActionTransition], { description: "Oldest first" })
  history(@Root() plan: CorrectiveAction, @Ctx() ctx: RequestContext) {
    return ctx.loaders.correctiveActionHistory.load(plan.id);
  }
}

@Resolver(() => CorrectiveActionTransition)
export class CorrectiveActionTransitionResolver {
  @FieldResolver(() => User, { nullable: true })
  actor(@Root() step: CorrectiveActionTransition, @Ctx() ctx: RequestContext) {
    return step.actorId ? ctx.loaders.user.load(step.actorId) : null;
  }
}
