import type { EntityManager } from "typeorm";
import type { RequestContext, Viewer } from "../../graphql/context";
import { decodeCursor, pageSize, toConnection, type Connection } from "../../graphql/pagination";
import { inTransaction } from "../../database/transaction";
import {
  badInput,
  conflict,
  DomainError,
  ErrorCode,
  notFound,
  unauthenticated,
} from "../../shared/errors";
import { Supplier } from "../supplier/supplier.entity";
import { requireRole, requireViewer } from "./access";
import { LoginFailure } from "./login-failure.entity";
import { decoyHash, hashPassword, verifyPassword } from "./password";
import { Role } from "./role.enum";
import type { TokenService } from "./token";
import { User } from "./user.entity";
import type { AuthPayload, CreateUserInput } from "./user.inputs";

const USER = "User";

export const normaliseEmail = (email: string): string => email.trim().toLowerCase();

function userSnapshot(user: User): Record<string, unknown> {
  const { passwordHash: _secret, supplier: _s, ...rest } = user;
  return rest;
}

/** Resolves a bearer token to the viewer; a deactivated user's tokens stop working at once. */
export async function viewerFromToken(
  manager: EntityManager,
  tokens: TokenService,
  token: string,
): Promise<Viewer | null> {
  const claims = await tokens.verify(token);
  if (!claims) return null;
  // Every request runs this: plain SQL, without the password hash or entity hydration.
  const [user] = (await manager.query(
    `SELECT id, role, supplier_id, email FROM app_user WHERE id = $1 AND active`,
    [claims.userId],
  )) as { id: string; role: Role; supplier_id: string | null; email: string }[];
  if (!user) return null;
  return { userId: user.id, role: user.role, supplierId: user.supplier_id, email: user.email };
}

export async function login(
  ctx: RequestContext,
  email: string,
  password: string,
): Promise<AuthPayload> {
  const normalised = normaliseEmail(email);
  // No stored e-mail is longer (RFC 5321); the failure counter's column holds no more.
  if (normalised.length > 254) throw badInput([{ path: "email", message: "is too long" }]);
  const { maxFailures, windowMinutes } = ctx.app.loginPolicy;
  const now = ctx.clock.now();
  const windowStart = new Date(now.getTime() - windowMinutes * 60_000);

  return ctx.dataSource
    .transaction(async (manager) => {
      // Serialise attempts per e-mail so parallel guesses cannot slip past the counter.
      await manager.query("SELECT pg_advisory_xact_lock(hashtext($1))", [`login:${normalised}`]);
      const failures = await manager
        .createQueryBuilder(LoginFailure, "f")
        .where("f.email = :email AND f.at > :windowStart", { email: normalised, windowStart })
        .getCount();
      if (failures >= maxFailures) {
        throw new DomainError(
          ErrorCode.TOO_MANY_REQUESTS,
          `Too many failed log-ins for this e-mail; try again in ${windowMinutes} minutes`,
        );
      }
      const user = await manager.findOneBy(User, { email: normalised });
      const valid = await verifyPassword(password, user?.passwordHash ?? (await decoyHash()));
      if (!user || !valid || !user.active) {
        await manager.insert(LoginFailure, { email: normalised, at: now });
        ctx.logger.warn({ email: normalised, requestId: ctx.requestId }, "failed log-in");
        // Committed on purpose: the failure must count even though the request fails.
        return null;
      }
      await manager.delete(LoginFailure, { email: normalised });
      return { token: await ctx.app.tokens.sign(user.id), user };
    })
    .then((result) => {
      if (!result) throw unauthenticated("Wrong e-mail or password");
      return result;
    });
}

export async function me(ctx: RequestContext): Promise<User> {
  const viewer = requireViewer(ctx);
  const user = await ctx.dataSource.manager.findOneBy(User, { id: viewer.userId });
  if (!user) throw unauthenticated();
  return user;
}

export async function listUsers(
  ctx: RequestContext,
  first: number | undefined,
  after: string | undefined,
): Promise<Connection<User>> {
  requireRole(ctx, Role.ADMIN);
  const limit = pageSize(first);
  const query = ctx.dataSource.manager.createQueryBuilder(User, "u");
  const totalCount = await query.clone().getCount();
  if (after) {
    const [email, id] = decodeCursor(after, ["string", "uuid"]);
    query.where("(u.email, u.id) > (:email, :id)", { email, id });
  }
  const rows = await query
    .orderBy("u.email", "ASC")
    .addOrderBy("u.id", "ASC")
    .limit(limit + 1)
    .getMany();
  return toConnection(rows, limit, totalCount, (u) => [u.email, u.id]);
}

export async function createUser(ctx: RequestContext, input: CreateUserInput): Promise<User> {
  requireRole(ctx, Role.ADMIN);
  const email = normaliseEmail(input.email);
  if (input.role === Role.SUPPLIER && !input.supplierId) {
    throw badInput([{ path: "input.supplierId", message: "is required for SUPPLIER users" }]);
  }
  if (input.role !== Role.SUPPLIER && input.supplierId) {
    throw badInput([{ path: "input.supplierId", message: "is only allowed for SUPPLIER users" }]);
  }
  const passwordHash = await hashPassword(input.password);
  return inTransaction(ctx, async (tx) => {
    if (input.supplierId && !(await tx.manager.existsBy(Supplier, { id: input.supplierId }))) {
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
    });
    await tx.manager.insert(User, user);
    await tx.record({
      action: "user.created",
      entityType: USER,
      entityId: user.id,
      after: userSnapshot(user),
    });
    return user;
  });
}

export async function setUserActive(
  ctx: RequestContext,
  id: string,
  active: boolean,
): Promise<User> {
  const viewer = requireRole(ctx, Role.ADMIN);
  if (id === viewer.userId && !active) throw conflict("You cannot deactivate yourself");
  return inTransaction(ctx, async (tx) => {
    const before = await tx.manager.findOneBy(User, { id });
    if (!before) throw notFound(USER, id);
    if (before.active === active)
      throw conflict(`User ${id} is already ${active ? "active" : "inactive"}`);
    await tx.manager.update(User, { id }, { active });
    const after = { ...before, active };
    await tx.record({
      action: active ? "user.activated" : "user.deactivated",
      entityType: USER,
      entityId: id,
      before: userSnapshot(before),
      after: userSnapshot(after as User),
    });
    return after as User;
  });
}
