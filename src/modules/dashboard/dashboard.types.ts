import { Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Severity } from "../../shared/domain/audit.enums";
import { EsgArea } from "../../shared/domain/esg-area.enum";
import { Grade, ProcurementStatus } from "../../shared/domain/procurement.enums";
import { Role } from "../../shared/domain/role.enum";
import { WebhookEvent } from "../webhook/webhook.enums";

/** The corrective-action step that is late: the plan's proposal or its implementation. */
export enum OverdueCapStep {
  PROPOSE = "PROPOSE",
  IMPLEMENT = "IMPLEMENT",
}

registerEnumType(OverdueCapStep, { name: "OverdueCapStep" });

@ObjectType({ description: "Active suppliers with one procurement status and grade" })
export class StatusGradeCount {
  @Field(() => ProcurementStatus)
  status: ProcurementStatus;

  @Field(() => Grade, { nullable: true, description: "Null: no score yet" })
  grade: Grade | null;

  @Field(() => Int)
  count: number;
}

@ObjectType()
export class GradeCount {
  @Field(() => Grade, { nullable: true, description: "Null: no score yet" })
  grade: Grade | null;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: "The grades of the active suppliers of one material category" })
export class CategoryGrades {
  @Field(() => ID)
  categoryId: string;

  @Field(() => String)
  code: string;

  @Field(() => String)
  name: string;

  @Field(() => Int)
  suppliers: number;

  @Field(() => [GradeCount], { description: "A to E, then no grade; zeros included" })
  grades: GradeCount[];
}

@ObjectType({ description: "Open findings of completed audits in one area with one severity" })
export class AreaSeverityCount {
  @Field(() => EsgArea)
  area: EsgArea;

  @Field(() => Severity)
  severity: Severity;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: "One open finding whose corrective-action deadline has passed" })
export class OverdueCap {
  @Field(() => ID)
  findingId: string;

  @Field(() => ID)
  auditId: string;

  @Field(() => ID)
  supplierId: string;

  @Field(() => String)
  supplierName: string;

  @Field(() => EsgArea)
  area: EsgArea;

  @Field(() => Severity)
  severity: Severity;

  @Field(() => OverdueCapStep)
  step: OverdueCapStep;

  @Field(() => Date, { description: "The missed deadline" })
  deadline: Date;

  @Field(() => Int, { description: "Whole days since the deadline's day ended" })
  daysOverdue: number;
}

@ObjectType({ description: "Corrective actions past their deadline, of active suppliers" })
export class OverdueCaps {
  @Field(() => Int)
  total: number;

  @Field(() => Int, { description: "No plan (or a rejected one) after the proposal deadline" })
  notProposed: number;

  @Field(() => Int, { description: "An accepted plan not implemented by its target date" })
  notImplemented: number;

  @Field(() => [OverdueCap], { description: "The longest overdue first" })
  oldest: OverdueCap[];
}

@ObjectType({ description: "The portfolio's ESG scores in force at the end of one month" })
export class ScoreTrendPoint {
  @Field(() => String, { description: "YYYY-MM (UTC)" })
  month: string;

  @Field(() => Int, { description: "Active suppliers with a score by the month's end" })
  suppliers: number;

  @Field(() => Float, { nullable: true })
  mean: number | null;

  @Field(() => Float, { nullable: true })
  median: number | null;
}

@ObjectType({ description: "A supplier whose ESG score changed most over the window" })
export class ScoreMover {
  @Field(() => ID)
  supplierId: string;

  @Field(() => String)
  supplierName: string;

  @Field(() => Float, { description: "The score in force at the window's start" })
  scoreBefore: number;

  @Field(() => Grade)
  gradeBefore: Grade;

  @Field(() => Float)
  scoreNow: number;

  @Field(() => Grade)
  gradeNow: Grade;

  @Field(() => Float, { description: "scoreNow - scoreBefore" })
  change: number;
}

/** The figures are field resolvers (dashboard.resolver.ts): a client pays only for those it asks. */
@ObjectType({ description: "The procurement team's portfolio figures, computed now" })
export class ProcurementDashboard {
  @Field(() => Date)
  asOf: Date;

  @Field(() => Int, { description: "Days over which topMovers compares scores" })
  moverWindowDays: number;
}

@ObjectType({ description: "Audits planned and completed in one month (UTC)" })
export class AuditMonth {
  @Field(() => String, { description: "YYYY-MM" })
  month: string;

  @Field(() => Int, { description: "Audits planned for the month, cancelled ones left out" })
  planned: number;

  @Field(() => Int, { description: "Audits completed in the month" })
  completed: number;
}

@ObjectType({ description: "A supplier whose next risk-based audit falls in the window" })
export class ReauditDue {
  @Field(() => ID)
  supplierId: string;

  @Field(() => String)
  supplierName: string;

  @Field(() => String)
  country: string;

  @Field(() => Grade, { nullable: true })
  grade: Grade | null;

  @Field(() => ProcurementStatus)
  status: ProcurementStatus;

  @Field(() => Date)
  dueDate: Date;

  @Field(() => ID, { nullable: true, description: "The next planned or running audit, if any" })
  plannedAuditId: string | null;

  @Field(() => Date, { nullable: true })
  plannedAuditDate: Date | null;
}

@ObjectType({ description: "Open corrective-action work of one age (days since the audit)" })
export class CapBacklogBucket {
  @Field(() => Int)
  minDays: number;

  @Field(() => Int, { nullable: true, description: "Null: no upper end" })
  maxDays: number | null;

  @Field(() => Int, { description: "The supplier owes a plan or its implementation" })
  awaitingSupplier: number;

  @Field(() => Int, { description: "A plan or an implementation waits for the auditor" })
  awaitingAuditor: number;

  @Field(() => Int)
  total: number;
}

@ObjectType({ description: "The audit team's figures, computed now" })
export class AuditorDashboard {
  @Field(() => Date)
  asOf: Date;

  @Field(() => Int)
  reauditWindowDays: number;
}

@ObjectType()
export class RoleUserCount {
  @Field(() => Role)
  role: Role;

  @Field(() => Int)
  active: number;

  @Field(() => Int)
  inactive: number;
}

@ObjectType({ description: "A published checklist version and what was started on it" })
export class ChecklistUse {
  @Field(() => ID)
  checklistId: string;

  @Field(() => String)
  name: string;

  @Field(() => Int)
  version: number;

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;

  @Field(() => Int, { description: "Self-assessments on this version, any state" })
  selfAssessments: number;

  @Field(() => Int, { description: "Audits on this version, cancelled ones left out" })
  audits: number;
}

@ObjectType({ description: "One applied import, from the audit trail" })
export class ImportRun {
  @Field(() => ID, { description: "The audit-trail event" })
  id: string;

  @Field(() => String, { description: "What was imported, in words" })
  kind: string;

  @Field(() => Date)
  at: Date;

  @Field(() => String, { nullable: true })
  actorName: string | null;

  @Field(() => String, { description: "The outcome in words (rows, new, updated...)" })
  outcome: string;
}

@ObjectType({ description: "E-mail deliveries in the outbox by state" })
export class OutboxHealth {
  @Field(() => Int)
  pending: number;

  @Field(() => Int, { description: "Gave up after the last attempt" })
  failed: number;

  @Field(() => Int)
  sent: number;

  @Field(() => Int, { description: "Not sent on purpose (preferences, no address)" })
  skipped: number;
}

@ObjectType({ description: "A webhook delivery that gave up" })
export class WebhookFailure {
  @Field(() => ID)
  deliveryId: string;

  @Field(() => ID)
  webhookId: string;

  @Field(() => String)
  url: string;

  @Field(() => WebhookEvent)
  event: WebhookEvent;

  @Field(() => Int)
  attempts: number;

  @Field(() => Int, { nullable: true })
  lastStatusCode: number | null;

  @Field(() => String, { nullable: true })
  lastError: string | null;

  @Field(() => Date)
  createdAt: Date;
}

@ObjectType({ description: "Webhook deliveries by state, and the newest failures" })
export class WebhookHealth {
  @Field(() => Int)
  pending: number;

  @Field(() => Int)
  failed: number;

  @Field(() => Int)
  sent: number;

  @Field(() => Int, { description: "Deliveries that failed in the last 7 days" })
  failedLast7Days: number;

  @Field(() => [WebhookFailure], { description: "Newest first, at most 5" })
  recentFailures: WebhookFailure[];
}

@ObjectType({ description: "The administrator's figures, computed now" })
export class AdminDashboard {
  @Field(() => Date)
  asOf: Date;
}
