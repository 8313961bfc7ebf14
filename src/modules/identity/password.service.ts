import type { RequestContext } from "../../graphql/context";
import { inTransaction, Tx } from "../../database/transaction";
import {
  badInput,
  conflict,
  invalidTransition,
  unauthenticated,
  type FieldProblem,
} from "../../shared/errors";
import { requireRole, requireViewer } from "./access";
import { lockUser, USERS } from "./user.repository";
import { change } from "../../database/change";
import { assertNotThrottled, clearLoginFailures, recordLoginFailure } from "./login-throttle";
import { hashPassword, oneTimePassword, verifyPassword } from "./password";
import { passwordFieldProblems } from "./password-policy";
import { IDENTITY_PERMISSIONS } from "./identity.permissions";
import type { User } from "./user.entity";

/**
 * Any logged-in user changes their own password. A wrong `currentPassword` is BAD_USER_INPUT
 * on that field (the session itself is fine, so not UNAUTHENTICATED) and counts as a failed
 * log-in for the throttle, so a stolen token cannot be used to guess the password. Success
 * ends every token issued before it, this one included: the client logs in again with the
 * new password. It also clears `mustChangePassword` after an admin's reset.
 */
export async function changePassword(
  ctx: RequestContext,
  currentPassword: string,
  newPassword: string,
): Promise<boolean> {
  const viewer = requireViewer(ctx, { pendingPasswordChange: true });
  const problems: FieldProblem[] = passwordFieldProblems("newPassword", newPassword, viewer.email);
  if (problems.length === 0 && newPassword === currentPassword) {
    problems.push({ path: "newPassword", message: "must differ from your current password" });
  }
  const passwordHash = problems.length === 0 ? await hashPassword(newPassword) : null;
  // One transaction, the row locked: verify, then change, so a reset or another change in
  // between cannot be overwritten by a password checked against the old hash.
  const outcome = await ctx.dataSource.transaction(async (manager) => {
    await assertNotThrottled(manager, ctx, viewer.email);
    const tx = new Tx(manager, ctx);
    const before = await lockUser(tx, viewer.userId);
    if (!before.active) throw unauthenticated(); // deactivated while this request was under way
    if (!(await verifyPassword(currentPassword, before.passwordHash))) {
      await recordLoginFailure(manager, ctx, viewer.email);
      return "wrong-current"; // committed: the failure counts although the request fails
    }
    if (!passwordHash) return "weak";
    await setPassword(tx, before, "user.password_changed", passwordHash, false);
    await ctx.idempotency?.markExecuted(manager);
    return "changed";
  });
  if (outcome === "wrong-current") {
    throw badInput([
      { path: "currentPassword", message: "is not your current password" },
      ...problems,
    ]);
  }
  if (outcome === "weak") throw badInput(problems);
  return true;
}

/**
 * An admin sets a random one-time password and returns it (once: only its hash is stored).
 * The user must change it at the next log-in, every token the user had ends, and the
 * e-mail's failed log-ins are cleared (a reset is how a locked-out user gets back in).
 */
export async function resetUserPassword(ctx: RequestContext, userId: string): Promise<string> {
  const viewer = requireRole(ctx, ...IDENTITY_PERMISSIONS.resetUserPassword);
  if (userId === viewer.userId) {
    throw conflict("You cannot reset your own password; use changePassword");
  }
  const password = oneTimePassword();
  const passwordHash = await hashPassword(password);
  await inTransaction(ctx, async (tx) => {
    const before = await lockUser(tx, userId);
    if (!before.active) {
      throw invalidTransition(
        `User ${before.email}`,
        "inactive",
        "reset the password (activate the user first)",
      );
    }
    await setPassword(tx, before, "user.password_reset", passwordHash, true);
  });
  return password;
}

/**
 * A new password hash for a locked user: every token issued before it ends (the generation
 * moves on) and the e-mail's failed log-ins are cleared.
 */
async function setPassword(
  tx: Tx,
  before: User,
  action: "user.password_changed" | "user.password_reset",
  passwordHash: string,
  mustChangePassword: boolean,
): Promise<void> {
  await change(tx, USERS, before, {
    action,
    set: {
      passwordHash,
      mustChangePassword,
      tokenGeneration: before.tokenGeneration + 1,
      passwordChangedAt: tx.now,
    },
    alsoWrite: () => clearLoginFailures(tx.manager, before.email),
  });
}
