import type { RequestContext } from "../../graphql/context";
import { decodeCursor, pageSize, toConnection, type Connection } from "../../graphql/pagination";
import { requireRole } from "../identity/access";
import { AuditEvent } from "./audit-event.entity";
import { AUDIT_TRAIL_PERMISSIONS } from "./audit-trail.permissions";

/** Newest first; admins and auditors only (SPEC 9). */
export async function listAuditTrail(
  ctx: RequestContext,
  entityType: string,
  entityId: string,
  first: number | undefined,
  after: string | undefined,
): Promise<Connection<AuditEvent>> {
  requireRole(ctx, ...AUDIT_TRAIL_PERMISSIONS.auditTrail);
  const limit = pageSize(first);
  const query = ctx.dataSource.manager
    .createQueryBuilder(AuditEvent, "e")
    .where("e.entityType = :entityType AND e.entityId = :entityId", { entityType, entityId });
  const totalCount = await query.clone().getCount();
  if (after) {
    const [seq] = decodeCursor(after, ["seq"]);
    query.andWhere("e.seq < :seq", { seq });
  }
  const rows = await query
    .orderBy("e.seq", "DESC")
    .limit(limit + 1)
    .getMany();
  return toConnection(rows, limit, totalCount, (e) => [e.seq]);
}
