import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { translateExplanation } from "../../shared/i18n/explanations";
import { Document } from "../document/document.entity";
import { readableDocument } from "../document/document.service";
import { User } from "../identity/user.entity";
import { SCHEME_NAMES } from "../scoring/third-party-scores";
import { Supplier } from "../supplier/supplier.entity";
import { ThirdPartyAssessment } from "./third-party.entity";
import { ThirdPartyAssessmentInput } from "./third-party.inputs";
import { MAX_THIRD_PARTY_ASSESSMENTS_PER_SUPPLIER } from "./third-party.limits";
import { THIRD_PARTY_PERMISSIONS } from "./third-party.permissions";
import {
  areaScoresOf,
  importThirdPartyAssessment,
  withdrawThirdPartyAssessment,
} from "./third-party.service";
import { ThirdPartyAreaScore } from "./third-party.types";

@Resolver(() => ThirdPartyAssessment)
export class ThirdPartyAssessmentResolver {
  @Authorized(...THIRD_PARTY_PERMISSIONS.importThirdPartyAssessment)
  @Mutation(() => ThirdPartyAssessment, {
    description:
      "Takes over a SMETA, RBA VAP, amfori BSCI, EcoVadis or SSI result: a score source " +
      "below own audits (x 0.85) for the scheme's own period",
  })
  importThirdPartyAssessment(
    @Ctx() ctx: RequestContext,
    @Arg("supplierId", () => ID) supplierId: string,
    @Arg("input", () => ThirdPartyAssessmentInput) input: ThirdPartyAssessmentInput,
  ) {
    return importThirdPartyAssessment(ctx, supplierId, input);
  }

  @Authorized(...THIRD_PARTY_PERMISSIONS.withdrawThirdPartyAssessment)
  @Mutation(() => ThirdPartyAssessment, {
    description: "A wrongly entered result stops counting; the record and the reason stay",
  })
  withdrawThirdPartyAssessment(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("reason", () => String) reason: string,
  ) {
    return withdrawThirdPartyAssessment(ctx, id, reason);
  }

  @FieldResolver(() => String, {
    description: 'The scheme\'s name as people write it: "amfori BSCI"',
  })
  schemeName(@Root() assessment: ThirdPartyAssessment) {
    return SCHEME_NAMES[assessment.scheme];
  }

  @FieldResolver(() => [ThirdPartyAreaScore], {
    description: "The areas the result covers, mapped (scoring policy's table); others absent",
  })
  areaScores(
    @Root() assessment: ThirdPartyAssessment,
    @Ctx() ctx: RequestContext,
  ): ThirdPartyAreaScore[] {
    // The score lines' sentences (scoring's explanations catalog): the same texts.
    return areaScoresOf(assessment).map((row) => ({
      ...row,
      basis: translateExplanation(row.basis, ctx.locale),
    }));
  }

  @FieldResolver(() => Boolean, { description: "validUntil has passed" })
  expired(@Root() assessment: ThirdPartyAssessment, @Ctx() ctx: RequestContext) {
    return assessment.validUntil.getTime() <= ctx.clock.now().getTime();
  }

  @FieldResolver(() => Document, {
    nullable: true,
    description: "The scheme's report, when the viewer may read it",
  })
  reportDocument(@Root() assessment: ThirdPartyAssessment, @Ctx() ctx: RequestContext) {
    return readableDocument(ctx, assessment.reportDocumentId);
  }

  @FieldResolver(() => User)
  importedBy(@Root() assessment: ThirdPartyAssessment, @Ctx() ctx: RequestContext) {
    return ctx.loaders.user.load(assessment.importedById);
  }

  @FieldResolver(() => User, { nullable: true })
  withdrawnBy(@Root() assessment: ThirdPartyAssessment, @Ctx() ctx: RequestContext) {
    return assessment.withdrawnById ? ctx.loaders.user.load(assessment.withdrawnById) : null;
  }
}

@Resolver(() => Supplier)
export class SupplierThirdPartyResolver {
  @FieldResolver(() => [ThirdPartyAssessment], {
    description:
      `Third-party results, withdrawn and expired ones included, latest first ` +
      `(at most ${MAX_THIRD_PARTY_ASSESSMENTS_PER_SUPPLIER})`,
  })
  thirdPartyAssessments(@Root() supplier: Supplier, @Ctx() ctx: RequestContext) {
    return ctx.loaders.thirdPartyAssessmentsBySupplier.load(supplier.id);
  }
}
