import { AuditEvent } from "../modules/audit-trail/audit-event.entity";
import { LoginFailure } from "../modules/identity/login-failure.entity";
import { User } from "../modules/identity/user.entity";
import { MaterialCategory } from "../modules/supplier/material-category.entity";
import { SupplierCategory } from "../modules/supplier/supplier-category.entity";
import { SupplierSite } from "../modules/supplier/supplier-site.entity";
import { Supplier } from "../modules/supplier/supplier.entity";

/** Every entity, listed once; migrations must agree with these (test/migrations.test.ts). */
export const ENTITIES = [
  MaterialCategory,
  Supplier,
  SupplierSite,
  SupplierCategory,
  User,
  LoginFailure,
  AuditEvent,
];
