import type { AuthCheckerInterface, ResolverData } from "type-graphql";
import { forbidden, unauthenticated } from "../../shared/errors";
import { assertPasswordSettled } from "./access";
import type { Role } from "../../shared/domain/role.enum";
import type { RequestContext } from "../../graphql/context";

/** The role check at the edge; ownership is checked again in the services. */
export class RoleAuthChecker implements AuthCheckerInterface<RequestContext, Role> {
  check({ context, info }: ResolverData<RequestContext>, roles: Role[]): boolean {
    if (!context.viewer) throw unauthenticated();
    // Operations (root fields) only: nested fields are reached through an allowed operation.
    const root = info.parentType.name === "Query" || info.parentType.name === "Mutation";
    if (root) assertPasswordSettled(context.viewer, info.fieldName);
    if (roles.length > 0 && !roles.includes(context.viewer.role)) throw forbidden();
    return true;
  }
}
