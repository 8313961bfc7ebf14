import {
  Arg,
  Args,
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
import { ConnectionType, PageArgs } from "../../graphql/pagination";
import { Checklist } from "../checklist/checklist.entity";
import { User } from "../identity/user.entity";
import { SupplierSite } from "../supplier/supplier-site.entity";
import { Supplier } from "../supplier/supplier.entity";
import { AuditItemResult } from "./audit-item-result.entity";
import { completeAudit } from "./audit-completion";
import { Audit } from "./audit.entity";
import { AuditFilter, ItemResultInput, ScheduleAuditInput } from "./audit.inputs";
import * as audits from "./audit.service";
import { Finding } from "./finding.entity";
import { AUDIT_PERMISSIONS } from "./audit.permissions";

export const AuditConnection = ConnectionType(Audit, "Audit");

@Resolver(() => Audit)
export class AuditResolver {
  @Authorized(...AUDIT_PERMISSIONS.audit)
  @Query(() => Audit, { nullable: true })
  audit(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return audits.findAudit(ctx, id);
  }

  @Authorized(...AUDIT_PERMISSIONS.audits)
  @Query(() => AuditConnection, { description: "Newest planned date first" })
  audits(
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg("filter", () => AuditFilter, { nullable: true }) filter?: AuditFilter,
  ) {
    return audits.listAudits(ctx, filter, page.first, page.after);
  }

  @Authorized(...AUDIT_PERMISSIONS.scheduleAudit)
  @Mutation(() => Audit)
  scheduleAudit(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => ScheduleAuditInput) input: ScheduleAuditInput,
  ) {
    return audits.scheduleAudit(ctx, input);
  }

  @Authorized(...AUDIT_PERMISSIONS.startAudit)
  @Mutation(() => Audit, { description: "Lead auditor only" })
  startAudit(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return audits.startAudit(ctx, id);
  }

  @Authorized(...AUDIT_PERMISSIONS.recordItemResults)
  @Mutation(() => Audit, { description: "Lead auditor only; all entries are saved or none" })
  recordItemResults(
    @Ctx() ctx: RequestContext,
    @Arg("auditId", () => ID) auditId: string,
    @Arg("results", () => [ItemResultInput]) results: ItemResultInput[],
  ) {
    return audits.recordItemResults(ctx, auditId, results);
  }

  @Authorized(...AUDIT_PERMISSIONS.completeAudit)
  @Mutation(() => Audit, { description: "Lead auditor only" })
  completeAudit(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return completeAudit(ctx, id);
  }

  @Authorized(...AUDIT_PERMISSIONS.cancelAudit)
  @Mutation(() => Audit, { description: "Admin or the lead auditor, before completion" })
  cancelAudit(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID) id: string,
    @Arg("reason", () => String) reason: string,
  ) {
    return audits.cancelAudit(ctx, id, reason);
  }

  @FieldResolver(() => Supplier)
  supplier(@Root() audit: Audit, @Ctx() ctx: RequestContext) {
    return ctx.loaders.supplier.load(audit.supplierId);
  }

  @FieldResolver(() => SupplierSite, { nullable: true })
  async site(@Root() audit: Audit, @Ctx() ctx: RequestContext) {
    if (!audit.siteId) return null;
    const sites = await ctx.loaders.sitesBySupplier.load(audit.supplierId);
    return sites.find((site) => site.id === audit.siteId) ?? null;
  }

  @FieldResolver(() => Checklist, { description: "The exact checklist version audited against" })
  checklist(@Root() audit: Audit, @Ctx() ctx: RequestContext) {
    return ctx.loaders.auditChecklist.load(audit.checklistId);
  }

  @FieldResolver(() => User)
  leadAuditor(@Root() audit: Audit, @Ctx() ctx: RequestContext) {
    return ctx.loaders.user.load(audit.leadAuditorId);
  }

  @FieldResolver(() => [AuditItemResult], { description: "In checklist order" })
  results(@Root() audit: Audit, @Ctx() ctx: RequestContext) {
    return ctx.loaders.auditResults.load(audit.id);
  }

  @FieldResolver(() => [Finding], { description: "Highest risk first" })
  findings(@Root() audit: Audit, @Ctx() ctx: RequestContext) {
    return ctx.loaders.auditFindings.load(audit.id);
  }
}
