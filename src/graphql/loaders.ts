import type { DataSource } from "typeorm";
import { identityLoaders } from "../modules/identity/identity.loaders";
import { supplierLoaders } from "../modules/supplier/supplier.loaders";

/** Every module's DataLoaders, created fresh for each request (never shared between users). */
export function createLoaders(dataSource: DataSource) {
  return {
    ...supplierLoaders(dataSource),
    ...identityLoaders(dataSource),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
