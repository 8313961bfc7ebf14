import { randomUUID } from "node:crypto";
import type { EntityManager } from "typeorm";
import type { RequestContext, Viewer } from "../../graphql/context";
import { inTransaction } from "../../database/transaction";
import { aggregateOf, change, create } from "../../database/change";
import {
  badInput,
  ErrorCode,
  notFound,
  stateConflict,
  type FieldProblem,
} from "../../shared/errors";
import { Role } from "../../shared/domain/role.enum";
import { isUuid } from "../../shared/text";
import { requireRole } from "./access";
import { ApiToken } from "./api-token.entity";
import { IDENTITY_PERMISSIONS } from "./identity.permissions";
import { API_TOKENS_LISTED } from "./identity.limits";
import { randomSecret, secretHash } from "./secret";
import { User } from "./user.entity";
import { USER, USERS } from "./user.repository";

export const API_TOKEN = "ApiToken";
export const API_TOKEN_PREFIX = "esgp_";
export const API_TOKEN_NAME_MAX = 100;
/** The roles a token may act as: never ADMIN (no unattended full access), never SUPPLIER. */
export const API_TOKEN_ROLES: readonly Role[] = [Role.PROCUREMENT, Role.AUDITOR];
/** `lastUsedAt` is written at most this often per token, so a busy integration costs no writes. */
export const LAST_USED_RESOLUTION_SECONDS = 60;
/** The service user's password hash: no scheme `verifyPassword` knows, so nothing matches it. */
export const NO_PASSWORD = "!api-token";

export const API_TOKENS = aggregateOf(ApiToken, API_TOKEN, {
  versioned: false,
  omit: ["secretHash", "user", "createdBy"],
});

export interface ApiTokenSecret {
  id: string;
  secret: string;
}

/**
 * A token and its service user in one transaction. The user is inactive with no password: it
 * can neither log in nor be notified; only the secret (returned here, once) acts as it.
 */
export async function createApiToken(
  ctx: RequestContext,
  name: string,
  role: Role,
  expiresAt: Date | null | undefined,
): Promise<ApiTokenSecret> {
  const viewer = requireRole(ctx, ...IDENTITY_PERMISSIONS.createApiToken);
  const problems: FieldProblem[] = [];
  const trimmed = name.trim();
  if (trimmed.length === 0) problems.push({ path: "name", message: "must not be blank" });
  if (trimmed.length > API_TOKEN_NAME_MAX)
    problems.push({ path: "name", message: `must be at most ${API_TOKEN_NAME_MAX} characters` });
  if (!API_TOKEN_ROLES.includes(role)) {
    problems.push({ path: "role", message: "must be PROCUREMENT or AUDITOR (never ADMIN)" });
  }
  if (expiresAt && expiresAt.getTime() <= ctx.clock.now().getTime()) {
    problems.push({ path: "expiresAt", message: "must be in the future" });
  }
  if (problems.length > 0) throw badInput(problems);
  const secret = `${API_TOKEN_PREFIX}${randomSecret()}`;
  return inTransaction(ctx, async (tx) => {
    const id = randomUUID();
    const user = tx.manager.create(User, {
      email: `api-token-${id}@service.invalid`,
      name: `${trimmed} (API token)`,
      role,
      supplierId: null,
      passwordHash: NO_PASSWORD,
      active: false,
    });
    await tx.manager.insert(User, user);
    await tx.record({
      action: "user.created",
      entityType: USER,
      entityId: user.id,
      after: USERS.snapshot(user),
    });
    await create(
      tx,
      API_TOKENS,
      {
        id,
        name: trimmed,
        role,
        secretHash: secretHash(secret),
        userId: user.id,
        createdById: viewer.userId,
        expiresAt: expiresAt ?? null,
      },
      { action: "api_token.created" },
    );
    return { id, secret };
  });
}

/** Ends a token at once: the next request with it is UNAUTHENTICATED. */
export async function revokeApiToken(ctx: RequestContext, id: string): Promise<boolean> {
  requireRole(ctx, ...IDENTITY_PERMISSIONS.revokeApiToken);
  if (!isUuid(id)) throw notFound(API_TOKEN, id);
  await inTransaction(ctx, (tx) =>
    change(tx, API_TOKENS, id, {
      action: "api_token.revoked",
      check: (before) => {
        if (before.revokedAt) throw stateConflict(`API token ${before.name} is already revoked`);
      },
      set: { revokedAt: tx.now },
    }),
  );
  return true;
}

/** Newest first, revoked and expired ones included (the list is the token history). */
export function listApiTokens(ctx: RequestContext): Promise<ApiToken[]> {
  requireRole(ctx, ...IDENTITY_PERMISSIONS.apiTokens);
  return ctx.dataSource.manager.find(ApiToken, {
    order: { createdAt: "DESC", id: "DESC" },
    take: API_TOKENS_LISTED,
  });
}

export const isApiTokenSecret = (bearer: string): boolean => bearer.startsWith(API_TOKEN_PREFIX);

/** The answer (HTTP 401) to an `esgp_` bearer that is unknown, revoked or expired. */
export const API_TOKEN_REFUSED = Object.freeze({
  message: "The API token is unknown, revoked or expired",
  extensions: { code: ErrorCode.UNAUTHENTICATED },
});

/**
 * The viewer an API token acts as, in one statement: the token must be neither revoked nor
 * expired at `now`; `last_used_at` is moved on in the same statement, at most once a minute.
 */
export async function viewerFromApiToken(
  manager: EntityManager,
  secret: string,
  now: Date,
): Promise<Viewer | null> {
  const [row] = (await manager.query(
    `WITH hit AS (
       SELECT t.id, t.user_id, t.role, t.last_used_at FROM api_token t
        WHERE t.secret_hash = $1 AND t.revoked_at IS NULL
          AND (t.expires_at IS NULL OR t.expires_at > $2)),
     touched AS (
       UPDATE api_token t SET last_used_at = $2 FROM hit
        WHERE t.id = hit.id
          AND (hit.last_used_at IS NULL OR hit.last_used_at <= $2 - make_interval(secs => $3)))
     SELECT hit.id, hit.user_id, hit.role, u.email FROM hit JOIN app_user u ON u.id = hit.user_id`,
    [secretHash(secret), now, LAST_USED_RESOLUTION_SECONDS],
  )) as { id: string; user_id: string; role: Role; email: string }[];
  if (!row) return null;
  return {
    userId: row.user_id,
    role: row.role,
    supplierId: null,
    email: row.email,
    mustChangePassword: false,
    apiTokenId: row.id,
  };
}

/** Whether a user is an API token's service user (never activated, never listed as a person). */
export async function isServiceUser(manager: EntityManager, userId: string): Promise<boolean> {
  const rows = (await manager.query(`SELECT 1 FROM api_token WHERE user_id = $1`, [
    userId,
  ])) as unknown[];
  return rows.length > 0;
}
