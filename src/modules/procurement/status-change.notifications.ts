import type { EntityManager } from "typeorm";
import { Role } from "../../shared/domain/role.enum";
import type { ProcurementStatus } from "../../shared/domain/procurement.enums";
import { supplierLink } from "../notification/links";
import { writeNotifications } from "../notification/notify";
import type { ComputedStanding } from "./standing.compute";

/**
 * A supplier's procurement status changed in this recompute (a change's transaction or the
 * refresher's): procurement hears of it with the reasons. The key carries the moment, so each
 * change is one event; a recompute that lands on the same status writes nothing.
 */
export async function notifyStatusChange(
  manager: EntityManager,
  supplierId: string,
  from: ProcurementStatus,
  computed: ComputedStanding,
  now: Date,
): Promise<void> {
  await writeNotifications(
    manager,
    { now, actorId: null },
    {
      key: `procurement.status_changed:${supplierId}:${now.toISOString()}:${computed.status}`,
      kind: "procurement.status_changed",
      supplierId,
      params: { from, to: computed.status, reasons: computed.statusReasons },
      to: [{ audience: { role: Role.PROCUREMENT }, link: supplierLink(supplierId) }],
    },
  );
}
