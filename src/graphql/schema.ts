import type { GraphQLSchema } from "graphql";
import { GraphQLDateTime } from "graphql-scalars";
import { buildSchema } from "type-graphql";
import { AuditTrailResolver } from "../modules/audit-trail/audit-trail.resolver";
import { UserResolver } from "../modules/identity/user.resolver";
import { SupplierResolver } from "../modules/supplier/supplier.resolver";
import { RoleAuthChecker } from "./auth-checker";
import { validateArgument } from "./validation";

export const RESOLVERS = [UserResolver, SupplierResolver, AuditTrailResolver] as const;

let cached: Promise<GraphQLSchema> | undefined;

/** The schema is pure code: built once per process and shared by every server instance. */
export function buildAppSchema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({
    resolvers: RESOLVERS,
    authChecker: RoleAuthChecker,
    authMode: "error",
    validateFn: validateArgument,
    scalarsMap: [{ type: Date, scalar: GraphQLDateTime }],
    emitSchemaFile: false,
  });
  return cached;
}
