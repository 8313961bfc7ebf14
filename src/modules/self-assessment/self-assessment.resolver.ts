import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  Float,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { ChecklistItem } from "../checklist/checklist-item.entity";
import { Checklist } from "../checklist/checklist.entity";
import { AreaScore } from "../scoring/area-score.type";
import { Supplier } from "../supplier/supplier.entity";
import { Answer } from "./answer.entity";
import { AnswerInput } from "./self-assessment.inputs";
import { SelfAssessment } from "./self-assessment.entity";
import * as reads from "./self-assessment.queries";
import * as selfAssessments from "./self-assessment.service";
import { SELF_ASSESSMENT_PERMISSIONS } from "./self-assessment.permissions";

@Resolver(() => SelfAssessment)
export class SelfAssessmentResolver {
  @Authorized(...SELF_ASSESSMENT_PERMISSIONS.selfAssessment)
  @Query(() => SelfAssessment, { nullable: true })
  selfAssessment(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return reads.findSelfAssessment(ctx, id);
  }

  @Authorized(...SELF_ASSESSMENT_PERMISSIONS.startSelfAssessment)
  @Mutation(() => SelfAssessment, { description: "A DRAFT on a PUBLISHED checklist" })
  startSelfAssessment(
    @Ctx() ctx: RequestContext,
    @Arg("supplierId", () => ID) supplierId: string,
    @Arg("checklistId", () => ID) checklistId: string,
  ) {
    return selfAssessments.startSelfAssessment(ctx, supplierId, checklistId);
  }

  @Authorized(...SELF_ASSESSMENT_PERMISSIONS.saveAnswers)
  @Mutation(() => SelfAssessment, {
    description: "Upserts any subset of answers; one invalid answer saves none",
  })
  saveAnswers(
    @Ctx() ctx: RequestContext,
    @Arg("selfAssessmentId", () => ID) selfAssessmentId: string,
    @Arg("answers", () => [AnswerInput]) answers: AnswerInput[],
    @Arg("expectedVersion", () => Int, {
      nullable: true,
      description: "The version read; a stale one is refused with CONFLICT",
    })
    expectedVersion?: number,
  ) {
    return selfAssessments.saveAnswers(ctx, selfAssessmentId, answers, expectedVersion);
  }

  @Authorized(...SELF_ASSESSMENT_PERMISSIONS.submitSelfAssessment)
  @Mutation(() => SelfAssessment)
  submitSelfAssessment(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return selfAssessments.submitSelfAssessment(ctx, id);
  }

  @Authorized(...SELF_ASSESSMENT_PERMISSIONS.returnSelfAssessment)
  @Mutation(() => SelfAssessment, {
    description: "SUBMITTED -> RETURNED, for the supplier to edit",
  })
  returnSelfAssessment(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("reason", () => String) reason: string,
  ) {
    return selfAssessments.returnSelfAssessment(ctx, id, reason);
  }

  @Authorized(...SELF_ASSESSMENT_PERMISSIONS.reviewSelfAssessment)
  @Mutation(() => SelfAssessment)
  reviewSelfAssessment(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return selfAssessments.reviewSelfAssessment(ctx, id);
  }

  @FieldResolver(() => Supplier)
  supplier(@Root() saq: SelfAssessment, @Ctx() ctx: RequestContext) {
    return ctx.loaders.supplier.load(saq.supplierId);
  }

  @FieldResolver(() => Checklist, { description: "The exact published version answered" })
  checklist(@Root() saq: SelfAssessment, @Ctx() ctx: RequestContext) {
    return ctx.loaders.checklist.load(saq.checklistId);
  }

  @FieldResolver(() => String, {
    description: "The supplier's n-th self-assessment by start, e.g. SAQ-3",
  })
  reference(@Root() saq: SelfAssessment, @Ctx() ctx: RequestContext) {
    return reads.referenceOf(ctx, saq);
  }

  @FieldResolver(() => [Answer], { description: "In checklist order" })
  answers(@Root() saq: SelfAssessment, @Ctx() ctx: RequestContext) {
    return ctx.loaders.answersBySelfAssessment.load(saq.id);
  }

  @FieldResolver(() => Float, { description: "Answered items / items, 0-1" })
  completion(@Root() saq: SelfAssessment, @Ctx() ctx: RequestContext) {
    return reads.completionOf(ctx, saq);
  }

  @FieldResolver(() => [AreaScore], {
    description:
      "Raw area scores of the answers given (source SELF_ASSESSMENT), not discounted: the 0.7 " +
      "discount applies when the supplier score is computed. Areas without scored items are omitted.",
  })
  areaScores(@Root() saq: SelfAssessment, @Ctx() ctx: RequestContext) {
    return reads.areaScoresOf(ctx, saq);
  }
}

@Resolver(() => Answer)
export class AnswerResolver {
  @FieldResolver(() => ChecklistItem)
  item(@Root() answer: Answer, @Ctx() ctx: RequestContext) {
    return ctx.loaders.checklistItem.load(answer.itemId);
  }
}
