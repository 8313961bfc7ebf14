import {
  Arg,
  Args,
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
import { ConnectionType, PageArgs } from "../../graphql/pagination";
import { RiskLevel } from "../../shared/domain/audit.enums";
import { riskLevel, riskScore } from "../scoring/risk";
import { Substance } from "../substance/substance.entity";
import { MaterialCategory } from "../supplier/material-category.entity";
import { Supplier } from "../supplier/supplier.entity";
import { RiskAssessment } from "./risk-assessment.entity";
import { RiskControl } from "./risk-control.entity";
import { RiskEntry } from "./risk-entry.entity";
import { ApplicationStage, ControlStatus, RiskRegisterOrder } from "./risk-register.enums";
import {
  CreateRiskEntryInput,
  RiskAnalysisInput,
  RiskControlInput,
  UpdateRiskControlInput,
  UpdateRiskEntryInput,
} from "./risk-register.inputs";
import {
  MAX_ASSESSMENTS_SHOWN,
  MAX_CONTROLS_PER_ENTRY,
  MAX_REASSESSMENT_REASONS,
} from "./risk-register.limits";
import { RISK_REGISTER_PERMISSIONS } from "./risk-register.permissions";
import * as reads from "./risk-register.queries";
import * as register from "./risk-register.service";
import { RiskHeatMapCell, RiskRegisterCoverage } from "./risk-register.types";
import { listSubstitution } from "./substitution.queries";
import { SubstitutionLine, SubstitutionStatus } from "./substitution.types";

export const RiskEntryConnection = ConnectionType(RiskEntry, "RiskEntry");

@Resolver(() => RiskEntry)
export class RiskEntryResolver {
  @Authorized(...RISK_REGISTER_PERMISSIONS.riskRegister)
  @Query(() => RiskEntryConnection, {
    description: "The company's hazardous-substance risk register, highest priority first",
  })
  riskRegister(
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg("orderBy", () => RiskRegisterOrder, { defaultValue: RiskRegisterOrder.PRIORITY })
    _orderBy: RiskRegisterOrder,
    @Arg("reassessmentDue", () => Boolean, { nullable: true }) reassessmentDue?: boolean,
    @Arg("stage", () => ApplicationStage, { nullable: true }) stage?: ApplicationStage,
    @Arg("categoryId", () => ID, { nullable: true }) categoryId?: string,
  ) {
    return reads.listRiskRegister(
      ctx,
      { reassessmentDue, stage, categoryId },
      page.first,
      page.after,
    );
  }

  @Authorized(...RISK_REGISTER_PERMISSIONS.riskHeatMap)
  @Query(() => [RiskHeatMapCell], {
    description:
      "The 25 likelihood x severity cells (likelihood 5 first) with the counts of the entries the same filters as riskRegister select",
  })
  async riskHeatMap(
    @Ctx() ctx: RequestContext,
    @Arg("reassessmentDue", () => Boolean, { nullable: true }) reassessmentDue?: boolean,
    @Arg("stage", () => ApplicationStage, { nullable: true }) stage?: ApplicationStage,
    @Arg("categoryId", () => ID, { nullable: true }) categoryId?: string,
  ): Promise<RiskHeatMapCell[]> {
    const cells = await reads.riskHeatMap(ctx, { reassessmentDue, stage, categoryId });
    return cells.map((cell) => {
      const score = riskScore(cell.likelihood, cell.severity);
      return { ...cell, riskScore: score, riskLevel: riskLevel(score) };
    });
  }

  @Authorized(...RISK_REGISTER_PERMISSIONS.riskRegisterCoverage)
  @Query(() => RiskRegisterCoverage)
  riskRegisterCoverage(@Ctx() ctx: RequestContext) {
    return reads.riskRegisterCoverage(ctx);
  }

  @Authorized(...RISK_REGISTER_PERMISSIONS.createRiskEntry)
  @Mutation(() => RiskEntry, { description: "A new entry with its first assessment" })
  createRiskEntry(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => CreateRiskEntryInput) input: CreateRiskEntryInput,
  ) {
    return register.createRiskEntry(ctx, input);
  }

  @Authorized(...RISK_REGISTER_PERMISSIONS.updateRiskEntry)
  @Mutation(() => RiskEntry, {
    description: "Omitted fields are kept; a changed stage or site makes the entry due",
  })
  updateRiskEntry(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateRiskEntryInput) input: UpdateRiskEntryInput,
    @Arg("expectedVersion", () => Int, {
      description: "The version read; a stale one is refused with CONFLICT",
    })
    expectedVersion: number,
  ) {
    return register.updateRiskEntry(ctx, id, input, expectedVersion);
  }

  @Authorized(...RISK_REGISTER_PERMISSIONS.assessRiskEntry)
  @Mutation(() => RiskEntry, {
    description: "Records a new assessment (the history is kept) and clears the due flag",
  })
  assessRiskEntry(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => RiskAnalysisInput) input: RiskAnalysisInput,
  ) {
    return register.assessRiskEntry(ctx, id, input);
  }

  @Authorized(...RISK_REGISTER_PERMISSIONS.addRiskControl)
  @Mutation(() => RiskControl, {
    description: `A PLANNED control; at most ${MAX_CONTROLS_PER_ENTRY} per entry (CONFLICT beyond)`,
  })
  addRiskControl(
    @Ctx() ctx: RequestContext,
    @Arg("entryId", () => ID) entryId: string,
    @Arg("input", () => RiskControlInput) input: RiskControlInput,
  ) {
    return register.addRiskControl(ctx, entryId, input);
  }

  @Authorized(...RISK_REGISTER_PERMISSIONS.updateRiskControlStatus)
  @Mutation(() => RiskControl)
  updateRiskControlStatus(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("status", () => ControlStatus) status: ControlStatus,
  ) {
    return register.updateRiskControlStatus(ctx, id, status);
  }

  @Authorized(...RISK_REGISTER_PERMISSIONS.updateRiskControl)
  @Mutation(() => RiskControl, { description: "Type, description, owner, due date or status" })
  updateRiskControl(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateRiskControlInput) input: UpdateRiskControlInput,
  ) {
    return register.updateRiskControl(ctx, id, input);
  }

  @FieldResolver(() => Int, { description: "likelihood x severity, 1-25 (SPEC 6)" })
  riskScore(@Root() entry: RiskEntry) {
    return riskScore(entry.likelihood, entry.severity);
  }

  @FieldResolver(() => RiskLevel, { description: "The findings' bands of riskScore" })
  riskLevel(@Root() entry: RiskEntry) {
    return riskLevel(riskScore(entry.likelihood, entry.severity));
  }

  @FieldResolver(() => Boolean)
  async reassessmentDue(@Root() entry: RiskEntry, @Ctx() ctx: RequestContext) {
    return (await reads.reassessmentReasons(ctx, entry)).length > 0;
  }

  @FieldResolver(() => [String], { description: `At most ${MAX_REASSESSMENT_REASONS}` })
  reassessmentReasons(@Root() entry: RiskEntry, @Ctx() ctx: RequestContext) {
    return reads.reassessmentReasons(ctx, entry);
  }

  @FieldResolver(() => Substance)
  substance(@Root() entry: RiskEntry, @Ctx() ctx: RequestContext) {
    return ctx.loaders.substance.load(entry.substanceId);
  }

  @FieldResolver(() => Supplier, { nullable: true })
  supplier(@Root() entry: RiskEntry, @Ctx() ctx: RequestContext) {
    return entry.supplierId ? ctx.loaders.supplier.load(entry.supplierId) : null;
  }

  @FieldResolver(() => MaterialCategory, { nullable: true })
  category(@Root() entry: RiskEntry, @Ctx() ctx: RequestContext) {
    return entry.categoryId ? ctx.loaders.materialCategory.load(entry.categoryId) : null;
  }

  @FieldResolver(() => [RiskControl], { description: `At most ${MAX_CONTROLS_PER_ENTRY}` })
  controls(@Root() entry: RiskEntry, @Ctx() ctx: RequestContext) {
    return ctx.loaders.riskControlsByEntry.load(entry.id);
  }

  @FieldResolver(() => [RiskAssessment], {
    description: `Newest first, the latest ${MAX_ASSESSMENTS_SHOWN}`,
  })
  assessments(@Root() entry: RiskEntry, @Ctx() ctx: RequestContext) {
    return ctx.loaders.riskAssessmentsByEntry.load(entry.id);
  }
}

@Resolver(() => RiskControl)
export class RiskControlResolver {
  @FieldResolver(() => Boolean, { description: "Still PLANNED after its due date" })
  overdue(@Root() control: RiskControl, @Ctx() ctx: RequestContext) {
    return reads.isOverdue(ctx, control);
  }
}

export const SubstitutionLineConnection = ConnectionType(SubstitutionLine, "SubstitutionLine");

@Resolver(() => SubstitutionLine)
export class SubstitutionResolver {
  @Authorized(...RISK_REGISTER_PERMISSIONS.substitution)
  @Query(() => SubstitutionLineConnection, {
    description:
      "Target substances (ELIMINATE, REDUCE; group members count) still in suppliers' ACCEPTED or SUBMITTED declarations, by material category code, supplier and part",
  })
  substitution(
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg("status", () => SubstitutionStatus, { defaultValue: SubstitutionStatus.ACCEPTED })
    status: SubstitutionStatus,
    @Arg("categoryId", () => ID, { nullable: true }) categoryId?: string,
  ) {
    return listSubstitution(ctx, { status, categoryId }, page.first, page.after);
  }

  @FieldResolver(() => Supplier)
  supplier(@Root() line: SubstitutionLine, @Ctx() ctx: RequestContext) {
    return ctx.loaders.supplier.load(line.supplierId);
  }

  @FieldResolver(() => MaterialCategory)
  category(@Root() line: SubstitutionLine, @Ctx() ctx: RequestContext) {
    return ctx.loaders.materialCategory.load(line.categoryId);
  }
}
