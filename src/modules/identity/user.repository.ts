import type { EntityManager } from "typeorm";
import { aggregateOf, lockOrNotFound } from "../../database/change";
import type { Viewer } from "../../graphql/context";
import type { Role } from "../../shared/domain/role.enum";
import type { Locale } from "../../shared/i18n/locale";
import type { TokenClaims } from "./token";
import type { Tx } from "../../database/transaction";
import { User } from "./user.entity";

export const USER = "User";

/** Users: not versioned; the audit trail never records the password hash. */
export const USERS = aggregateOf(User, USER, {
  versioned: false,
  omit: ["passwordHash", "supplier"],
});

/**
 * The user row, locked until the transaction ends (`SELECT ... FOR UPDATE`). Every change of
 * who a token stands for locks it first, so this process stops trusting its cached viewer
 * of the user here, before the change commits.
 */
export function lockUser(tx: Tx, id: string): Promise<User> {
  tx.ctx.app?.viewers?.userChanging(id);
  return lockOrNotFound(tx, USERS, id);
}

/**
 * The holder of a verified token, one statement (no password hash, no entity hydration): the
 * user must be active, the token's generation current (deactivation, a password change or a
 * reset bump it) and its id not logged out. Null otherwise.
 */
export async function tokenHolder(
  manager: EntityManager,
  claims: TokenClaims,
): Promise<Omit<Viewer, "token"> | null> {
  const [user] = (await manager.query(
    `SELECT u.id, u.role, u.supplier_id, u.email, u.must_change_password, u.locale
       FROM app_user u
      WHERE u.id = $1 AND u.active AND u.token_generation = $2
        AND NOT EXISTS (SELECT 1 FROM revoked_token r WHERE r.jti = $3)`,
    [claims.userId, claims.generation, claims.tokenId],
  )) as {
    id: string;
    role: Role;
    supplier_id: string | null;
    email: string;
    must_change_password: boolean;
    locale: Locale | null;
  }[];
  if (!user) return null;
  return {
    userId: user.id,
    role: user.role,
    supplierId: user.supplier_id,
    email: user.email,
    mustChangePassword: user.must_change_password,
    locale: user.locale,
  };
}

/** Ends one token until it would have expired, and forgets revocations past their expiry. */
export async function revokeToken(
  tx: Tx,
  tokenId: string,
  userId: string,
  expiresAt: Date,
): Promise<void> {
  tx.ctx.app?.viewers?.userChanging(userId);
  await tx.manager.query(
    `INSERT INTO revoked_token (jti, user_id, expires_at, revoked_at) VALUES ($1, $2, $3, now())
     ON CONFLICT (jti) DO NOTHING`,
    [tokenId, userId, expiresAt],
  );
  await tx.manager.query(`DELETE FROM revoked_token WHERE expires_at < now()`);
}

/** In SQL: identity sits below the supplier module and does not import its entity. */
export async function supplierExists(tx: Tx, id: string): Promise<boolean> {
  const rows = (await tx.manager.query(`SELECT 1 FROM supplier WHERE id = $1`, [id])) as unknown[];
  return rows.length > 0;
}
