import type { RequestContext } from "../../graphql/context";
import { inTransaction } from "../../database/transaction";
import { change } from "../../database/change";
import { badInput, conflict, notFound } from "../../shared/errors";
import { Role } from "../../shared/domain/role.enum";
import { isUuid } from "../../shared/text";
import { requireRole } from "./access";
import { isServiceUser } from "./api-token.service";
import { IDENTITY_PERMISSIONS } from "./identity.permissions";
import { lockUser, supplierExists, USER, USERS } from "./user.repository";
import type { User } from "./user.entity";

/**
 * Moves a user to another role (and, for SUPPLIER, a supplier). Every token the user holds ends
 * at once: a token stands for a role, and the old one must not outlive the change (the
 * generation bump does it; the `app_user` trigger tells every instance's viewer cache).
 *
 * The portal always keeps one active admin: the active admins' rows are locked first, in id
 * order, so two admins demoting each other (or a demotion racing a deactivation, which locks
 * the same rows) serialise and the second one sees the first one's result.
 */
export async function changeUserRole(
  ctx: RequestContext,
  id: string,
  role: Role,
  supplierId: string | null | undefined,
): Promise<User> {
  const viewer = requireRole(ctx, ...IDENTITY_PERMISSIONS.changeUserRole);
  const supplier = supplierId ?? null;
  if (role === Role.SUPPLIER && !supplier) {
    throw badInput([{ path: "supplierId", message: "is required for a supplier user" }]);
  }
  if (role !== Role.SUPPLIER && supplier) {
    throw badInput([{ path: "supplierId", message: "is only for supplier users" }]);
  }
  if (supplier && !isUuid(supplier)) {
    throw badInput([{ path: "supplierId", message: "is not a known supplier" }]);
  }
  if (!isUuid(id)) throw notFound(USER, id);
  if (id === viewer.userId) throw conflict("You cannot change your own role");
  return inTransaction(ctx, async (tx) => {
    const admins = (await tx.manager.query(
      `SELECT u.id FROM app_user u
        WHERE u.role = 'ADMIN' AND u.active
          AND NOT EXISTS (SELECT 1 FROM api_token t WHERE t.user_id = u.id)
        ORDER BY u.id FOR UPDATE OF u`,
    )) as { id: string }[];
    const before = await lockUser(tx, id);
    if (await isServiceUser(tx.manager, id)) {
      throw conflict("An API token's service user keeps the token's role: create a new token");
    }
    if (supplier && !(await supplierExists(tx, supplier))) {
      throw badInput([{ path: "supplierId", message: "is not a known supplier" }]);
    }
    if (before.role === role && before.supplierId === supplier) {
      throw badInput([{ path: "role", message: "is already this user's role" }]);
    }
    const demotesAdmin = before.role === Role.ADMIN && role !== Role.ADMIN && before.active;
    if (demotesAdmin && admins.every((admin) => admin.id === id)) {
      throw conflict(`${before.name} is the last active admin: make another user admin first`);
    }
    return change(tx, USERS, before, {
      action: "user.role_changed",
      set: { role, supplierId: supplier, tokenGeneration: before.tokenGeneration + 1 },
      // The generation is how the tokens end, not a fact about the user worth a trail line.
      recorded: (old, after) => ({
        before: { role: old.role, supplierId: old.supplierId },
        after: { role: after.role, supplierId: after.supplierId },
      }),
    });
  });
}
