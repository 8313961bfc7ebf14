import type { EntityManager } from "typeorm";
import type { RequestContext } from "../../graphql/context";
import { DomainError, ErrorCode } from "../../shared/errors";
import { LoginFailure } from "./login-failure.entity";

/**
 * When the lock on `key` ends: with `max` failures counted in the window, at the moment the
 * `max`-th most recent one leaves it; null when fewer are counted (not locked). Attempts refused
 * while locked record nothing, so a lock never outlasts the window of the failures behind it.
 */
async function lockedUntil(
  manager: EntityManager,
  column: "email" | "address",
  key: string,
  max: number,
  now: Date,
  windowMs: number,
): Promise<Date | null> {
  const [row] = (await manager.query(
    `SELECT at FROM login_failure WHERE ${column} = $1 AND at > $2 ORDER BY at DESC OFFSET $3 LIMIT 1`,
    [key, new Date(now.getTime() - windowMs), max - 1],
  )) as { at: Date }[];
  return row ? new Date(new Date(row.at).getTime() + windowMs) : null;
}

function tooMany(who: string, until: Date, now: Date): DomainError {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
  return new DomainError(
    ErrorCode.TOO_MANY_REQUESTS,
    `Too many failed log-ins ${who}; try again in ${minutes} minute${minutes === 1 ? "" : "s"}`,
  );
}

/**
 * TOO_MANY_REQUESTS while the e-mail or the client address has too many failures in the
 * window. Attempts per e-mail are serialised (an advisory lock held to the end of the
 * transaction) so parallel guesses cannot slip past the counter; per address they are not
 * (that would serialise every log-in behind one office's NAT), so up to the number of
 * attempts in flight at once may pass the address limit.
 */
export async function assertNotThrottled(
  manager: EntityManager,
  ctx: RequestContext,
  email: string,
): Promise<void> {
  const { maxFailures, windowMinutes, maxFailuresPerAddress } = ctx.app.loginPolicy;
  const now = ctx.clock.now();
  const windowMs = windowMinutes * 60_000;
  await manager.query("SELECT pg_advisory_xact_lock(hashtext($1))", [`login:${email}`]);
  const byEmail = await lockedUntil(manager, "email", email, maxFailures, now, windowMs);
  if (byEmail) throw tooMany("for this e-mail", byEmail, now);
  const address = ctx.clientAddress;
  if (address && maxFailuresPerAddress) {
    const byAddress = await lockedUntil(
      manager,
      "address",
      address,
      maxFailuresPerAddress,
      now,
      windowMs,
    );
    if (byAddress) throw tooMany("from your network address", byAddress, now);
  }
}

/** Counts a failed attempt; the caller commits it even though its request then fails. */
export async function recordLoginFailure(
  manager: EntityManager,
  ctx: RequestContext,
  email: string,
): Promise<void> {
  await manager.insert(LoginFailure, {
    email,
    at: ctx.clock.now(),
    address: ctx.clientAddress?.slice(0, 64) ?? null,
  });
  ctx.logger.warn(
    { email, address: ctx.clientAddress, requestId: ctx.requestId },
    "failed log-in or wrong current password",
  );
}

/** A proven password clears the e-mail's counter (the address keeps its other failures). */
export async function clearLoginFailures(manager: EntityManager, email: string): Promise<void> {
  await manager.delete(LoginFailure, { email });
}
