import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { ConnectionType, PageArgs } from "../../graphql/pagination";
import { User } from "../identity/user.entity";
import { AuditEvent } from "./audit-event.entity";
import { listAuditTrail } from "./audit-trail.service";
import { AUDIT_TRAIL_PERMISSIONS } from "./audit-trail.permissions";

export const AuditEventConnection = ConnectionType(AuditEvent, "AuditEvent");

@Resolver(() => AuditEvent)
export class AuditTrailResolver {
  @Authorized(...AUDIT_TRAIL_PERMISSIONS.auditTrail)
  @Query(() => AuditEventConnection, { description: "Changes to one record, newest first" })
  auditTrail(
    @Ctx() ctx: RequestContext,
    @Arg("entityType", () => String) entityType: string,
    @Arg("entityId", () => ID) entityId: string,
    @Args(() => PageArgs) page: PageArgs,
  ) {
    return listAuditTrail(ctx, entityType, entityId, page.first, page.after);
  }

  @FieldResolver(() => User, { nullable: true, description: "Null for system actions" })
  actor(@Root() event: AuditEvent, @Ctx() ctx: RequestContext) {
    return event.actorId ? ctx.loaders.user.load(event.actorId) : null;
  }
}
