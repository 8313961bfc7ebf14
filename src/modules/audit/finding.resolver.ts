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
import { ChecklistItem } from "../checklist/checklist-item.entity";
import { isOverdue } from "../scoring/deadlines";
import { riskLevel } from "../scoring/risk";
import { Audit } from "./audit.entity";
import { FindingStatus, RiskLevel } from "../../shared/domain/audit.enums";
import { CorrectiveAction } from "./corrective-action.entity";
import { Finding } from "./finding.entity";
import { FindingFilter, FindingInput } from "./finding.inputs";
import * as findings from "./finding.service";
import { AUDIT_PERMISSIONS } from "./audit.permissions";

export const FindingConnection = ConnectionType(Finding, "Finding");

@Resolver(() => Finding)
export class FindingResolver {
  @Authorized(...AUDIT_PERMISSIONS.finding)
  @Query(() => Finding, { nullable: true })
  finding(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return findings.findFinding(ctx, id);
  }

  @Authorized(...AUDIT_PERMISSIONS.findings)
  @Query(() => FindingConnection, {
    description: "Work queue of completed audits' findings: riskScore desc, dueDate asc, id",
  })
  findings(
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg("filter", () => FindingFilter, { nullable: true }) filter?: FindingFilter,
  ) {
    return findings.listFindings(ctx, filter, page.first, page.after);
  }

  @Authorized(...AUDIT_PERMISSIONS.recordFinding)
  @Mutation(() => Finding, { description: "Lead auditor only, while the audit is in progress" })
  recordFinding(
    @Ctx() ctx: RequestContext,
    @Arg("auditId", () => ID) auditId: string,
    @Arg("input", () => FindingInput) input: FindingInput,
  ) {
    return findings.recordFinding(ctx, auditId, input);
  }

  @Authorized(...AUDIT_PERMISSIONS.editFinding)
  @Mutation(() => Finding, {
    description: "Lead auditor only, while the audit is in progress; not a withdrawn finding",
  })
  editFinding(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => FindingInput) input: FindingInput,
    @Arg("expectedVersion", () => Int, {
      nullable: true,
      description: "The version the form was read at; a newer one answers CONFLICT",
    })
    expectedVersion?: number,
  ) {
    return findings.editFinding(ctx, id, input, expectedVersion ?? undefined);
  }

  @Authorized(...AUDIT_PERMISSIONS.withdrawFinding)
  @Mutation(() => Finding, {
    description:
      "Lead auditor only, while the audit is in progress: kept as WITHDRAWN with the reason, it no longer counts",
  })
  withdrawFinding(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("reason", () => String) reason: string,
    @Arg("expectedVersion", () => Int, { nullable: true })
    expectedVersion?: number,
  ) {
    return findings.withdrawFinding(ctx, id, reason, expectedVersion ?? undefined);
  }

  @FieldResolver(() => RiskLevel)
  riskLevel(@Root() finding: Finding) {
    return riskLevel(finding.riskScore);
  }

  @FieldResolver(() => Boolean, { description: "Open and past the day of its due date" })
  overdue(@Root() finding: Finding, @Ctx() ctx: RequestContext) {
    return isOverdue(finding.dueDate, finding.status !== FindingStatus.OPEN, ctx.clock.now());
  }

  @FieldResolver(() => Audit)
  audit(@Root() finding: Finding, @Ctx() ctx: RequestContext) {
    return ctx.loaders.audit.load(finding.auditId);
  }

  @FieldResolver(() => ChecklistItem, { nullable: true })
  item(@Root() finding: Finding, @Ctx() ctx: RequestContext) {
    return finding.itemId ? ctx.loaders.auditChecklistItem.load(finding.itemId) : null;
  }

  @FieldResolver(() => CorrectiveAction, { nullable: true })
  correctiveAction(@Root() finding: Finding, @Ctx() ctx: RequestContext) {
    return ctx.loaders.correctiveActionByFinding.load(finding.id);
  }
}
