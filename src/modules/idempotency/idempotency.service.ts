import { createHash, randomUUID } from "node:crypto";
import type { DataSource } from "typeorm";
import type { IdempotencyClaim } from "../../graphql/context";
import { conflict } from "../../shared/errors";
import { IdempotencyState } from "./idempotency-key.entity";

/** Longest accepted `Idempotency-Key` header. */
export const IDEMPOTENCY_KEY_MAX_LENGTH = 255;
/** Keys are kept (and replayed) at least this long; older ones may be purged. */
export const IDEMPOTENCY_RETENTION_MS = 24 * 3600_000;
/** A PENDING claim older than this belongs to a request that died (crash): a retry takes over. */
export const IDEMPOTENCY_LEASE_MS = 60_000;
/** How long a retry waits for the first request with its key to finish before answering CONFLICT. */
const WAIT_FOR_FIRST_MS = 2_000;

export type ClaimOutcome =
  | { kind: "claimed"; claim: IdempotencyClaim }
  | { kind: "replay"; response: Record<string, unknown> }
  | { kind: "conflict"; message: string };

interface Row {
  request_hash: string;
  state: IdempotencyState;
  owner: string;
  lease_until: Date;
  response: Record<string, unknown> | null;
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/** The request a key stands for: operation text, operation name and variables. */
export function requestHash(query: string, operationName: string | null, variables: unknown) {
  return createHash("sha256")
    .update(JSON.stringify([query, operationName, canonical(variables ?? {})]))
    .digest("hex");
}

function claimFor(userId: string, key: string, owner: string): IdempotencyClaim {
  return {
    userId,
    key,
    owner,
    async markExecuted(manager) {
      // Inside the mutation's transaction: committed exactly when the change is. Zero rows means
      // a retry took the key over after our lease ran out: roll back rather than run twice.
      const [, affected] = (await manager.query(
        `UPDATE idempotency_key SET state = $4 WHERE user_id = $1 AND key = $2 AND owner = $3`,
        [userId, key, owner, IdempotencyState.EXECUTED],
      )) as [unknown, number];
      if (affected !== 1)
        throw conflict("This request's Idempotency-Key was taken over by a retry");
    },
  };
}

let lastPurge = 0;

/** Drops keys past their retention; at most every ten minutes per process, by whoever claims. */
async function purgeExpired(dataSource: DataSource, now: Date): Promise<void> {
  if (now.getTime() - lastPurge < 600_000) return;
  lastPurge = now.getTime();
  await dataSource.query(`DELETE FROM idempotency_key WHERE created_at < $1`, [
    new Date(now.getTime() - IDEMPOTENCY_RETENTION_MS),
  ]);
}

/**
 * Claims `key` for this request in its own committed transaction (insert a PENDING row), so two
 * concurrent requests with one key cannot both execute: the second sees the row and waits for
 * the first's response, or answers CONFLICT.
 */
export async function claimKey(
  dataSource: DataSource,
  userId: string,
  key: string,
  hash: string,
  now: () => Date,
): Promise<ClaimOutcome> {
  await purgeExpired(dataSource, now());
  const owner = randomUUID();
  const deadline = Date.now() + WAIT_FOR_FIRST_MS;
  for (;;) {
    const at = now();
    const inserted = (await dataSource.query(
      `INSERT INTO idempotency_key (user_id, key, request_hash, state, owner, lease_until, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (user_id, key) DO NOTHING RETURNING owner`,
      [
        userId,
        key,
        hash,
        IdempotencyState.PENDING,
        owner,
        new Date(at.getTime() + IDEMPOTENCY_LEASE_MS),
        at,
      ],
    )) as unknown[];
    if (inserted.length === 1) return { kind: "claimed", claim: claimFor(userId, key, owner) };

    const [row] = (await dataSource.query(
      `SELECT request_hash, state, owner, lease_until, response FROM idempotency_key
       WHERE user_id = $1 AND key = $2`,
      [userId, key],
    )) as Row[];
    if (!row) continue; // released or purged meanwhile: try to claim again
    if (row.request_hash !== hash) {
      return {
        kind: "conflict",
        message: "This Idempotency-Key was already used for a different request",
      };
    }
    if (row.state === IdempotencyState.COMPLETED && row.response) {
      return { kind: "replay", response: row.response };
    }
    if (row.state === IdempotencyState.EXECUTED && row.lease_until < at) {
      return {
        kind: "conflict",
        message:
          "The first request with this Idempotency-Key was applied but its response was lost; reload the data",
      };
    }
    if (row.state === IdempotencyState.PENDING && row.lease_until < at) {
      // Its request died before committing anything: take the key over.
      const [, affected] = (await dataSource.query(
        `UPDATE idempotency_key SET owner = $3, lease_until = $4
         WHERE user_id = $1 AND key = $2 AND owner = $5 AND state = $6`,
        [userId, key, owner, new Date(at.getTime() + IDEMPOTENCY_LEASE_MS), row.owner, row.state],
      )) as [unknown, number];
      if (affected === 1) return { kind: "claimed", claim: claimFor(userId, key, owner) };
      continue;
    }
    if (Date.now() >= deadline) {
      return {
        kind: "conflict",
        message: "A request with this Idempotency-Key is in progress; retry later",
      };
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * After the response: store it when the mutation committed (EXECUTED), or when it succeeded
 * without a transaction; release the key when it failed and nothing was committed, so a
 * retry runs again.
 */
export async function finishClaim(
  dataSource: DataSource,
  claim: IdempotencyClaim,
  response: Record<string, unknown>,
  failed: boolean,
): Promise<void> {
  const params = [claim.userId, claim.key, claim.owner];
  if (failed) {
    await dataSource.query(
      `DELETE FROM idempotency_key WHERE user_id = $1 AND key = $2 AND owner = $3 AND state = $4`,
      [...params, IdempotencyState.PENDING],
    );
  }
  await dataSource.query(
    `UPDATE idempotency_key SET state = $4, response = $5
     WHERE user_id = $1 AND key = $2 AND owner = $3`,
    [...params, IdempotencyState.COMPLETED, JSON.stringify(response)],
  );
}
