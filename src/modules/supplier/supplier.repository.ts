import { lockOrNotFound, snapshotOf, type Aggregate } from "../../database/change";
import type { Tx } from "../../database/transaction";
import { Supplier } from "./supplier.entity";

export const SUPPLIER = "Supplier";

/** Suppliers: versioned; the audit trail records their own columns flat (declared values). */
export const SUPPLIERS: Aggregate<Supplier> = {
  entity: Supplier,
  name: SUPPLIER,
  versioned: true,
  snapshot: (supplier) => ({
    ...snapshotOf(supplier, ["declared", "createdAt", "updatedAt"]),
    ...supplier.declared,
  }),
};

/** The supplier row, locked until the transaction ends; NOT_FOUND if there is none. */
export function lockSupplier(tx: Tx, id: string): Promise<Supplier> {
  return lockOrNotFound(tx, SUPPLIERS, id);
}
