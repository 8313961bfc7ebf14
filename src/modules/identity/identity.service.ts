import { IsNull, type EntityManager } from "typeorm";
import { isLocale, LOCALES } from "../../shared/i18n/locale";
import type { RequestContext, Viewer } from "../../graphql/context";
import { decodeCursor, pageSize, toConnection, type Connection } from "../../graphql/pagination";
import { inTransaction } from "../../database/transaction";
import { badInput, conflict, invalidTransition, unauthenticated } from "../../shared/errors";
import { requireRole, requireViewer } from "./access";
import { assertNotThrottled, clearLoginFailures, recordLoginFailure } from "./login-throttle";
import { decoyHash, hashPassword, verifyPassword } from "./password";
import { passwordFieldProblems } from "./password-policy";
import { Role } from "../../shared/domain/role.enum";
import type { TokenService } from "./token";
import { User } from "./user.entity";
import { lockUser, revokeToken, supplierExists, tokenHolder, USER, USERS } from "./user.repository";
import type { ViewerCache } from "./viewer-cache";
import { change } from "../../database/change";
import type { AuthPayload, CreateUserInput } from "./user.inputs";
import { IDENTITY_PERMISSIONS } from "./identity.permissions";
import { isApiTokenSecret, isServiceUser, viewerFromApiToken } from "./api-token.service";

export const normaliseEmail = (email: string): string => email.trim().toLowerCase();

/**
 * Resolves a bearer token to the viewer. Every request runs this, so it is one SQL statement
 * (no password hash, no entity hydration): the user must be active, the token's generation
 * current (deactivation, a password change or a reset bump it) and its id not logged out.
 * An `esgp_` bearer is an API token instead (api-token.service.ts), checked at `now`.
 */
export async function viewerFromToken(
  manager: EntityManager,
  tokens: TokenService,
  token: string,
  now: Date = new Date(),
  cache?: ViewerCache,
): Promise<Viewer | null> {
  if (isApiTokenSecret(token)) return viewerFromApiToken(manager, token, now);
  // The exact token string was verified when it was stored: no signature check, no statement.
  const cached = cache?.get(token);
  if (cached) return cached;
  const claims = await tokens.verify(token);
  if (!claims) return null;
  const epoch = cache?.current ?? 0;
  const holder = await tokenHolder(manager, claims);
  const viewer = holder && {
    ...holder,
    token: { id: claims.tokenId, expiresAt: claims.expiresAt },
  };
  if (viewer) cache?.put(token, viewer, epoch);
  return viewer;
}

export async function login(
  ctx: RequestContext,
  email: string,
  password: string,
): Promise<AuthPayload> {
  const normalised = normaliseEmail(email);
  // No stored e-mail is longer (RFC 5321); the failure counter's column holds no more.
  if (normalised.length > 254) throw badInput([{ path: "email", message: "is too long" }]);

  return ctx.dataSource
    .transaction(async (manager) => {
      await assertNotThrottled(manager, ctx, normalised);
      const user = await manager.findOneBy(User, { email: normalised });
      const valid = await verifyPassword(password, user?.passwordHash ?? (await decoyHash()));
      if (!user || !valid || !user.active) {
        await recordLoginFailure(manager, ctx, normalised);
        // Committed on purpose: the failure must count even though the request fails.
        return null;
      }
      await clearLoginFailures(manager, normalised);
      // A user who never chose a language gets the browser's, so their e-mails follow it.
      if (user.locale === null && ctx.requestedLocale) {
        await manager.update(
          User,
          { id: user.id, locale: IsNull() },
          { locale: ctx.requestedLocale },
        );
        user.locale = ctx.requestedLocale;
      }
      return { token: await ctx.app.tokens.sign(user.id, user.tokenGeneration), user };
    })
    .then((result) => {
      if (!result) throw unauthenticated("Wrong e-mail or password");
      return result;
    });
}

/**
 * Ends the token this request came with, on every server instance: its id goes into
 * `revoked_token` until it would have expired anyway (expired rows are swept here).
 */
export async function logout(ctx: RequestContext): Promise<boolean> {
  const viewer = requireViewer(ctx, { pendingPasswordChange: true });
  if (!viewer.token) throw unauthenticated();
  const token = viewer.token;
  await inTransaction(ctx, async (tx) => {
    await revokeToken(tx, token.id, viewer.userId, token.expiresAt);
    await tx.record({ action: "user.logged_out", entityType: USER, entityId: viewer.userId });
  });
  return true;
}

/** The caller's own language for the interface, e-mails, reports and messages. */
export async function setLocale(ctx: RequestContext, locale: string): Promise<User> {
  const viewer = requireViewer(ctx, { pendingPasswordChange: true });
  if (!isLocale(locale)) {
    throw badInput([{ path: "locale", message: `must be one of ${LOCALES.join(", ")}` }]);
  }
  return inTransaction(ctx, async (tx) => {
    const before = await lockUser(tx, viewer.userId);
    if (before.locale === locale) return before;
    return change(tx, USERS, before, { action: "user.locale_changed", set: { locale } });
  });
}

export async function me(ctx: RequestContext): Promise<User> {
  const viewer = requireViewer(ctx, { pendingPasswordChange: true });
  const user = await ctx.dataSource.manager.findOneBy(User, { id: viewer.userId });
  if (!user) throw unauthenticated();
  return user;
}

export async function listUsers(
  ctx: RequestContext,
  first: number | undefined,
  after: string | undefined,
): Promise<Connection<User>> {
  requireRole(ctx, ...IDENTITY_PERMISSIONS.users);
  const limit = pageSize(first);
  // API tokens' service users are listed with their tokens (apiTokens), not as people.
  const query = ctx.dataSource.manager
    .createQueryBuilder(User, "u")
    .where("NOT EXISTS (SELECT 1 FROM api_token t WHERE t.user_id = u.id)");
  const totalCount = await query.clone().getCount();
  if (after) {
    const [email, id] = decodeCursor(after, ["string", "uuid"]);
    query.andWhere("(u.email, u.id) > (:email, :id)", { email, id });
  }
  const rows = await query
    .orderBy("u.email", "ASC")
    .addOrderBy("u.id", "ASC")
    .limit(limit + 1)
    .getMany();
  return toConnection(rows, limit, totalCount, (u) => [u.email, u.id]);
}

export async function createUser(ctx: RequestContext, input: CreateUserInput): Promise<User> {
  requireRole(ctx, ...IDENTITY_PERMISSIONS.createUser);
  const email = normaliseEmail(input.email);
  if (input.role === Role.SUPPLIER && !input.supplierId) {
    throw badInput([{ path: "input.supplierId", message: "is required for SUPPLIER users" }]);
  }
  if (input.role !== Role.SUPPLIER && input.supplierId) {
    throw badInput([{ path: "input.supplierId", message: "is only allowed for SUPPLIER users" }]);
  }
  const weak = passwordFieldProblems("input.password", input.password, email);
  if (weak.length > 0) throw badInput(weak);
  const passwordHash = await hashPassword(input.password);
  return inTransaction(ctx, async (tx) => {
    if (input.supplierId && !(await supplierExists(tx, input.supplierId))) {
      throw badInput([{ path: "input.supplierId", message: "is not a known supplier" }]);
    }
    if (await tx.manager.existsBy(User, { email }))
      throw conflict(`A user with e-mail ${email} already exists`);
    const user = tx.manager.create(User, {
      email,
      name: input.name.trim(),
      role: input.role,
      supplierId: input.supplierId ?? null,
      passwordHash,
      locale: input.locale ?? null,
    });
    await tx.manager.insert(User, user);
    await tx.record({
      action: "user.created",
      entityType: USER,
      entityId: user.id,
      after: USERS.snapshot(user),
    });
    return user;
  });
}

/**
 * Deactivation and activation, with the user row locked (`FOR UPDATE`) so parallel calls
 * serialise: the first one changes the state, the others find it changed and get CONFLICT.
 * Deactivation also bumps the token generation, which ends every token issued before it for
 * good: activating the user again does not bring them back.
 */
export async function setUserActive(
  ctx: RequestContext,
  id: string,
  active: boolean,
): Promise<User> {
  const viewer = requireRole(
    ctx,
    ...IDENTITY_PERMISSIONS[active ? "activateUser" : "deactivateUser"],
  );
  if (id === viewer.userId && !active) throw conflict("You cannot deactivate yourself");
  return inTransaction(ctx, async (tx) => {
    const before = await lockUser(tx, id);
    if (active && (await isServiceUser(tx.manager, id))) {
      throw invalidTransition(`User ${before.email}`, "an API token's service user", "activate");
    }
    if (before.active === active) {
      throw invalidTransition(
        `User ${before.email}`,
        before.active ? "active" : "inactive",
        active ? "activate" : "deactivate",
      );
    }
    return change(tx, USERS, before, {
      action: active ? "user.activated" : "user.deactivated",
      set: {
        active,
        tokenGeneration: active ? before.tokenGeneration : before.tokenGeneration + 1,
      },
    });
  });
}
