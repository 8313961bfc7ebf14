import type { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from "typeorm";
import type { QueryDeepPartialEntity } from "typeorm/query-builder/QueryPartialEntity";
import { notFound, staleVersion, type DomainError } from "../shared/errors";
import type { Tx } from "./transaction";

/** An aggregate root row as the data layer handles it: its entity, name and audit snapshot. */
export interface Aggregate<E extends ObjectLiteral & { id: string }> {
  readonly entity: EntityTarget<E>;
  /** The name NOT_FOUND errors and audit events (`entityType`) use, e.g. "Supplier". */
  readonly name: string;
  /** What the audit trail records of a row. */
  readonly snapshot: (row: E) => Record<string, unknown>;
  /** Has a `version` column that every change bumps (`version = version + 1`). */
  readonly versioned: boolean;
}

/** A row's own columns for the audit trail: everything but `omit` (relations, timestamps, secrets). */
export function snapshotOf<E extends object>(
  row: E,
  omit: readonly (keyof E)[],
): Record<string, unknown> {
  const own = { ...row } as Record<string, unknown>;
  for (const key of omit) delete own[key as string];
  return own;
}

/** An aggregate whose audit snapshot is its row without `omit` (relations, timestamps, secrets). */
export function aggregateOf<E extends ObjectLiteral & { id: string }>(
  entity: EntityTarget<E>,
  name: string,
  options: { versioned: boolean; omit: readonly (keyof E)[] },
): Aggregate<E> {
  return {
    entity,
    name,
    versioned: options.versioned,
    snapshot: (row) => snapshotOf(row, options.omit),
  };
}

/**
 * A row as `RETURNING *` gave it, as an entity the way a find would build it (the driver's
 * conversions, the columns a find selects): UPDATE ... RETURNING spares the re-read.
 */
export function hydrated<E extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<E>,
  raw: Record<string, unknown>,
): E {
  const metadata = manager.connection.getMetadata(target);
  const { driver } = manager.connection;
  const entity = metadata.create(undefined, { fromDeserializer: true }) as E;
  for (const column of metadata.columns) {
    if (column.isVirtualProperty || !column.isSelect) continue;
    const value = raw[column.databaseName];
    if (value !== undefined)
      column.setEntityValue(entity, driver.prepareHydratedValue(value, column));
  }
  return entity;
}

/** The row, locked until the transaction ends (`SELECT ... FOR UPDATE`); NOT_FOUND if missing. */
export async function lockOrNotFound<E extends ObjectLiteral & { id: string }>(
  tx: Tx,
  aggregate: Aggregate<E>,
  id: string,
  missing: () => DomainError = () => notFound(aggregate.name, id),
): Promise<E> {
  const row = await tx.manager.findOne(aggregate.entity, {
    where: { id } as FindOptionsWhere<E>,
    lock: { mode: "pessimistic_write" },
  });
  if (!row) throw missing();
  return row;
}

/**
 * Serialises the transactions that name the same key until they end (a transaction-scoped
 * advisory lock): for rules over rows that do not exist yet, where no row lock can help.
 */
export async function advisoryLock(tx: Tx, key: string): Promise<void> {
  await tx.manager.query("SELECT pg_advisory_xact_lock(hashtext($1))", [key]);
}

export interface ChangeSpec<E> {
  /** The audit-trail action, e.g. "supplier.blocked". */
  action: string;
  /** Runs on the locked row before anything is written; throws to refuse (CONFLICT, ...). */
  check?: (before: E) => void;
  /** The columns to set (the version bump is added for versioned aggregates). */
  set: QueryDeepPartialEntity<E> | ((before: E) => QueryDeepPartialEntity<E>);
  /** Optimistic locking (typeorm#2848): the UPDATE carries `version = expectedVersion`. */
  expectedVersion?: number;
  /** Further writes of the same change, after the UPDATE and before the reload. */
  alsoWrite?: (before: E) => Promise<void>;
  /** What the event records, when it is more or other than the two snapshots. */
  recorded?: (
    before: E,
    after: E,
  ) => { before?: Record<string, unknown> | null; after?: Record<string, unknown> | null };
}

/**
 * The one shape of every change to a stored row: lock (or take the row the caller locked) ->
 * check -> update (version bump, stale-version refusal) -> further writes -> reload ->
 * audit-trail event, all with the transaction's manager.
 */
export async function change<E extends ObjectLiteral & { id: string }>(
  tx: Tx,
  aggregate: Aggregate<E>,
  target: string | E,
  spec: ChangeSpec<E>,
): Promise<E> {
  const before = typeof target === "string" ? await lockOrNotFound(tx, aggregate, target) : target;
  const { id } = before;
  const expected = spec.expectedVersion;
  if (expected !== undefined && before.version !== expected)
    throw staleVersion(aggregate.name, expected, before.version as number);
  spec.check?.(before);
  const set = typeof spec.set === "function" ? spec.set(before) : spec.set;
  const query = tx.manager
    .createQueryBuilder()
    .update(aggregate.entity)
    .set(aggregate.versioned ? { ...set, version: () => "version + 1" } : set)
    .where("id = :id", { id });
  if (expected !== undefined) query.andWhere("version = :expected", { expected });
  const result = await query.returning("*").execute();
  const updated = result.raw as Record<string, unknown>[];
  // Only an unlocked read can lose the race: a writer committed between it and this UPDATE.
  if (expected !== undefined && updated.length !== 1) {
    const current = await tx.manager.findOneByOrFail(aggregate.entity, {
      id,
    } as FindOptionsWhere<E>);
    throw staleVersion(aggregate.name, expected, current.version as number);
  }
  // Further writes may touch the row again (or through triggers): then it is read once more.
  let after: E;
  if (spec.alsoWrite) {
    await spec.alsoWrite(before);
    after = await tx.manager.findOneByOrFail(aggregate.entity, { id } as FindOptionsWhere<E>);
  } else {
    after = hydrated(tx.manager, aggregate.entity, updated[0]);
  }
  const recorded = spec.recorded
    ? spec.recorded(before, after)
    : { before: aggregate.snapshot(before), after: aggregate.snapshot(after) };
  await tx.record({ action: spec.action, entityType: aggregate.name, entityId: id, ...recorded });
  return after;
}

export interface CreateSpec<E> {
  /** The audit-trail action, e.g. "audit.scheduled". */
  action: string;
  /** Further writes of the same creation (child rows), before the reload. */
  alsoWrite?: (id: string) => Promise<void>;
  /** What the event records as `after`, when it is more than the snapshot. */
  recorded?: (stored: E) => Record<string, unknown>;
}

/**
 * The one shape of every creation of a stored row: insert (`RETURNING *`: with the database's
 * defaults) -> further writes, then a reload -> audit-trail event with the snapshot as `after`.
 */
export async function create<E extends ObjectLiteral & { id: string }>(
  tx: Tx,
  aggregate: Aggregate<E>,
  values: QueryDeepPartialEntity<E>,
  spec: CreateSpec<E>,
): Promise<E> {
  const inserted = (
    await tx.manager
      .createQueryBuilder()
      .insert()
      .into(aggregate.entity)
      .values(values)
      .returning("*")
      .execute()
  ).raw as Record<string, unknown>[];
  const id = inserted[0].id as string;
  let stored: E;
  if (spec.alsoWrite) {
    await spec.alsoWrite(id);
    stored = await tx.manager.findOneByOrFail(aggregate.entity, { id } as FindOptionsWhere<E>);
  } else {
    stored = hydrated(tx.manager, aggregate.entity, inserted[0]);
  }
  await tx.record({
    action: spec.action,
    entityType: aggregate.name,
    entityId: id,
    after: spec.recorded ? spec.recorded(stored) : aggregate.snapshot(stored),
  });
  return stored;
}
