import { Authorized, Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../graphql/context";
import { Supplier } from "./supplier.entity";
import { SUPPLIER } from "./supplier.repository";
import { SUPPLIER_FIELD_PERMISSIONS } from "./supplier.permissions";

@ObjectType({
  description: "Who put a supplier in its current block or archive, when, and why",
  simpleResolvers: true,
})
export class SupplierStateChange {
  @Field(() => Date)
  at: Date;

  @Field(() => String, { nullable: true, description: "The user's name; null for a system change" })
  byName: string | null;

  @Field(() => String, { nullable: true })
  reason: string | null;
}

/** The latest audit event of one action on the supplier: the trail is the record of who did it. */
async function latestEvent(
  ctx: RequestContext,
  supplierId: string,
  action: string,
): Promise<{ at: Date; byName: string | null } | null> {
  const rows = (await ctx.dataSource.query(
    `SELECT e.at, u.name AS by_name FROM audit_event e LEFT JOIN app_user u ON u.id = e.actor_id
     WHERE e.entity_type = $1 AND e.entity_id = $2 AND e.action = $3
     ORDER BY e.seq DESC LIMIT 1`,
    [SUPPLIER, supplierId, action],
  )) as { at: Date; by_name: string | null }[];
  return rows[0] ? { at: rows[0].at, byName: rows[0].by_name } : null;
}

/** The admin's block and the archive, for the supplier page (one supplier at a time). */
@Resolver(() => Supplier)
export class SupplierStateEventsResolver {
  @FieldResolver(() => Boolean, {
    description:
      "An administrator blocked it (a reason of its BLOCKED status); unblockSupplier lifts it",
  })
  blockedByAdmin(@Root() supplier: Supplier): boolean {
    return supplier.blockedByAdmin;
  }

  @Authorized(...SUPPLIER_FIELD_PERMISSIONS["Supplier.adminBlock"])
  @FieldResolver(() => SupplierStateChange, {
    nullable: true,
    description: "The administrator's block in force: who, when and why; null when not blocked",
  })
  async adminBlock(
    @Root() supplier: Supplier,
    @Ctx() ctx: RequestContext,
  ): Promise<SupplierStateChange | null> {
    if (!supplier.blockedByAdmin) return null;
    const event = await latestEvent(ctx, supplier.id, "supplier.blocked");
    return {
      at: event?.at ?? supplier.updatedAt,
      byName: event?.byName ?? null,
      reason: supplier.blockReason,
    };
  }

  @Authorized(...SUPPLIER_FIELD_PERMISSIONS["Supplier.archiveChange"])
  @FieldResolver(() => SupplierStateChange, {
    nullable: true,
    description: "Who archived the supplier and when; null when not archived",
  })
  async archiveChange(
    @Root() supplier: Supplier,
    @Ctx() ctx: RequestContext,
  ): Promise<SupplierStateChange | null> {
    if (!supplier.archived) return null;
    const event = await latestEvent(ctx, supplier.id, "supplier.archived");
    return {
      at: event?.at ?? supplier.archivedAt ?? supplier.updatedAt,
      byName: event?.byName ?? null,
      reason: null,
    };
  }
}
