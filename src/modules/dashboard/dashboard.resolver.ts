import { Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { requireRole } from "../identity/access";
import * as admin from "./admin-dashboard.queries";
import * as auditor from "./auditor-dashboard.queries";
import { MOVER_WINDOW_DAYS, REAUDIT_WINDOW_DAYS } from "./dashboard.limits";
import { DASHBOARD_PERMISSIONS as P } from "./dashboard.permissions";
import {
  AdminDashboard,
  AreaSeverityCount,
  AuditMonth,
  AuditorDashboard,
  CapBacklogBucket,
  CategoryGrades,
  ChecklistUse,
  ImportRun,
  OutboxHealth,
  OverdueCaps,
  ProcurementDashboard,
  ReauditDue,
  RoleUserCount,
  ScoreMover,
  ScoreTrendPoint,
  StatusGradeCount,
  WebhookHealth,
} from "./dashboard.types";
import * as procurement from "./procurement-dashboard.queries";

@Resolver(() => ProcurementDashboard)
export class ProcurementDashboardResolver {
  @Authorized(...P.procurementDashboard)
  @Query(() => ProcurementDashboard, {
    description: "Portfolio figures for procurement: each figure is one aggregate query",
  })
  procurementDashboard(@Ctx() ctx: RequestContext): ProcurementDashboard {
    requireRole(ctx, ...P.procurementDashboard);
    return { asOf: ctx.clock.now(), moverWindowDays: MOVER_WINDOW_DAYS };
  }

  @FieldResolver(() => Int, { description: "Active (not archived) suppliers" })
  supplierCount(@Ctx() ctx: RequestContext) {
    return procurement.activeSupplierCount(ctx);
  }

  @FieldResolver(() => [StatusGradeCount], {
    description: "Active suppliers per procurement status x grade, every cell (zeros included)",
  })
  suppliersByStatusAndGrade(@Ctx() ctx: RequestContext) {
    return procurement.suppliersByStatusAndGrade(ctx);
  }

  @FieldResolver(() => [CategoryGrades], {
    description: "Per material category with active suppliers (by name): their grades",
  })
  gradesByCategory(@Ctx() ctx: RequestContext) {
    return procurement.gradesByCategory(ctx);
  }

  @FieldResolver(() => [AreaSeverityCount], {
    description: "Open findings of completed audits per area x severity, every cell",
  })
  openFindings(@Ctx() ctx: RequestContext) {
    return procurement.openFindings(ctx);
  }

  @FieldResolver(() => OverdueCaps)
  overdueCaps(@Ctx() ctx: RequestContext) {
    return procurement.overdueCaps(ctx);
  }

  @FieldResolver(() => [ScoreTrendPoint], {
    description: "The last 12 UTC months, oldest first: mean and median score at each month's end",
  })
  scoreTrend(@Ctx() ctx: RequestContext) {
    return procurement.scoreTrend(ctx);
  }

  @FieldResolver(() => [ScoreMover], {
    description: "The largest score changes over moverWindowDays, largest first, at most 10",
  })
  topMovers(@Ctx() ctx: RequestContext, @Root() root: ProcurementDashboard) {
    return procurement.topMovers(ctx, root.moverWindowDays);
  }
}

/**
 * The list and its two counts come from one pair of statements per request (keyed by the
 * request: type-graphql hands each field its own copy of the root).
 */
const reaudits = new WeakMap<RequestContext, ReturnType<typeof auditor.reauditsDue>>();

function reauditsOf(ctx: RequestContext, root: AuditorDashboard) {
  let result = reaudits.get(ctx);
  if (!result) {
    result = auditor.reauditsDue(ctx, root.reauditWindowDays);
    reaudits.set(ctx, result);
  }
  return result;
}

@Resolver(() => AuditorDashboard)
export class AuditorDashboardResolver {
  @Authorized(...P.auditorDashboard)
  @Query(() => AuditorDashboard, {
    description: "The audit team's figures: audits by month, re-audits due, CAP backlog",
  })
  auditorDashboard(@Ctx() ctx: RequestContext): AuditorDashboard {
    requireRole(ctx, ...P.auditorDashboard);
    return { asOf: ctx.clock.now(), reauditWindowDays: REAUDIT_WINDOW_DAYS };
  }

  @FieldResolver(() => [AuditMonth], {
    description: "11 UTC months back to 3 ahead, oldest first",
  })
  auditsByMonth(@Ctx() ctx: RequestContext) {
    return auditor.auditsByMonth(ctx);
  }

  @FieldResolver(() => [ReauditDue], {
    description: "Re-audits due from today within reauditWindowDays, soonest first, at most 200",
  })
  async reauditsDue(@Ctx() ctx: RequestContext, @Root() root: AuditorDashboard) {
    return (await reauditsOf(ctx, root)).list;
  }

  @FieldResolver(() => Int, { description: "All re-audits due in the window" })
  async reauditsDueCount(@Ctx() ctx: RequestContext, @Root() root: AuditorDashboard) {
    return (await reauditsOf(ctx, root)).count;
  }

  @FieldResolver(() => Int, { description: "Active suppliers whose re-audit date has passed" })
  async reauditsOverdue(@Ctx() ctx: RequestContext, @Root() root: AuditorDashboard) {
    return (await reauditsOf(ctx, root)).overdue;
  }

  @FieldResolver(() => [CapBacklogBucket], {
    description: "Open CAP work by days since the audit: 0-30, 31-60, 61-90, over 90",
  })
  capBacklog(@Ctx() ctx: RequestContext) {
    return auditor.capBacklog(ctx);
  }
}

@Resolver(() => AdminDashboard)
export class AdminDashboardResolver {
  @Authorized(...P.adminDashboard)
  @Query(() => AdminDashboard, {
    description: "Users, checklists in use, import and notification health",
  })
  adminDashboard(@Ctx() ctx: RequestContext): AdminDashboard {
    requireRole(ctx, ...P.adminDashboard);
    return { asOf: ctx.clock.now() };
  }

  @FieldResolver(() => [RoleUserCount], { description: "Every role, zeros included" })
  usersByRole(@Ctx() ctx: RequestContext) {
    return admin.usersByRole(ctx);
  }

  @FieldResolver(() => [ChecklistUse], { description: "Published versions, newest first" })
  checklistsInUse(@Ctx() ctx: RequestContext) {
    return admin.checklistsInUse(ctx);
  }

  @FieldResolver(() => [ImportRun], { description: "The newest applied imports, at most 10" })
  recentImports(@Ctx() ctx: RequestContext) {
    return admin.recentImports(ctx);
  }

  @FieldResolver(() => OutboxHealth)
  outbox(@Ctx() ctx: RequestContext) {
    return admin.outboxHealth(ctx);
  }

  @FieldResolver(() => WebhookHealth)
  webhooks(@Ctx() ctx: RequestContext) {
    return admin.webhookHealth(ctx);
  }
}

export const DASHBOARD_RESOLVERS = [
  ProcurementDashboardResolver,
  AuditorDashboardResolver,
  AdminDashboardResolver,
] as const;
