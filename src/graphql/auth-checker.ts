import type { AuthCheckerInterface, ResolverData } from "type-graphql";
import { forbidden, unauthenticated } from "../shared/errors";
import type { Role } from "../modules/identity/role.enum";
import type { RequestContext } from "./context";

/** The role check at the edge; ownership is checked again in the services. */
export class RoleAuthChecker implements AuthCheckerInterface<RequestContext, Role> {
  check({ context }: ResolverData<RequestContext>, roles: Role[]): boolean {
    if (!context.viewer) throw unauthenticated();
    if (roles.length > 0 && !roles.includes(context.viewer.role)) throw forbidden();
    return true;
  }
}
