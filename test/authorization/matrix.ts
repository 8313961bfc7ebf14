import type { Role } from "../../src/shared/domain/role.enum";
import type { Supplier } from "../../src/modules/supplier/supplier.entity";
import type { TestUser } from "../support/factories";
import type { TestApp } from "../support/test-app";

/** The world every case runs in: one user per role; the supplier user belongs to `ownSupplier`. */
export interface MatrixFixture {
  app: TestApp;
  users: Record<"ADMIN" | "PROCUREMENT" | "AUDITOR" | "SUPPLIER", TestUser>;
  ownSupplier: Supplier;
  otherSupplier: Supplier;
}

export interface MatrixOperation {
  query: string;
  variables?: Record<string, unknown>;
}

/**
 * One operation of the schema and the roles that may run it. `prepare` builds fresh
 * variables for each role (so state changes by one role do not block the next), acting on
 * the caller's own supplier where ownership matters.
 */
export interface MatrixCase {
  operation: string;
  kind: "query" | "mutation";
  allowed: readonly Role[];
  prepare: (fx: MatrixFixture, role: Role) => Promise<MatrixOperation>;
  /** Roles refused by ownership (NOT_FOUND) rather than by role, e.g. a supplier on another supplier. */
  note?: string;
}
