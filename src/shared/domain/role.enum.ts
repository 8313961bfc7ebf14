import { registerEnumType } from "type-graphql";

export enum Role {
  ADMIN = "ADMIN",
  PROCUREMENT = "PROCUREMENT",
  AUDITOR = "AUDITOR",
  SUPPLIER = "SUPPLIER",
}

registerEnumType(Role, { name: "Role" });
