import type { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from "typeorm";
import type { QueryDeepPartialEntity } from "typeorm/query-builder/QueryPartialEntity";
import { notFound, staleVersion, type DomainError } from "../shared/errors";
import { insertStatement } from "./insert";
import { hydrated, selectList, tableOf } from "./rows";
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

/** The row, locked until the transaction ends (`SELECT ... FOR UPDATE`); NOT_FOUND if missing. */
export async function lockOrNotFound<E extends ObjectLiteral & { id: string }>(
  tx: Tx,
  aggregate: Aggregate<E>,
  id: string,
  missing: () => DomainError = () => notFound(aggregate.name, id),
): Promise<E> {
  const [raw] = (await tx.manager.query(statementsOf(tx.manager, aggregate.entity).lock, [
    id,
  ])) as Record<string, unknown>[];
  if (!raw) throw missing();
  return hydrated(tx.manager, aggregate.entity, raw);
}

/**
 * The SQL of an entity's hot statements, written once from its metadata: every mutation locks
 * and updates one row, and building those through the query builder cost twice the CPU of the
 * statement's own round trip.
 */
interface EntityStatements {
  /** `SELECT <the columns a find selects> ... WHERE id = $1 FOR UPDATE` */
  lock: string;
  table: string;
  primary: string;
}
const statements = new Map<EntityTarget<ObjectLiteral>, EntityStatements>();

function statementsOf(manager: EntityManager, target: EntityTarget<ObjectLiteral>) {
  let known = statements.get(target);
  if (!known) {
    const metadata = manager.connection.getMetadata(target);
    const table = tableOf(manager, target);
    const primary = `"${metadata.primaryColumns[0].databaseName}"`;
    known = {
      lock: `SELECT ${selectList(manager, target)} FROM ${table} WHERE ${primary} = $1 FOR UPDATE`,
      table,
      primary,
    };
    statements.set(target, known);
  }
  return known;
}

/**
 * `UPDATE ... RETURNING <the entity's columns>` for `set` (plain column values, or functions giving SQL), with the
 * version bump and the update-date column as the query builder adds them; null when `set` has
 * anything else (a relation, a transformed column), which the query builder then handles.
 */
function updateStatement<E extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<E>,
  set: Record<string, unknown>,
  where: { id: string; expected?: number },
): { sql: string; params: unknown[] } | null {
  const metadata = manager.connection.getMetadata(target);
  const { driver } = manager.connection;
  const params: unknown[] = [];
  const assignments: string[] = [];
  const named = new Set<string>();
  for (const [property, value] of Object.entries(set)) {
    if (value === undefined) continue;
    const column = metadata.findColumnWithPropertyName(property);
    if (!column || column.relationMetadata || column.transformer || column.isVirtualProperty)
      return null;
    named.add(column.databaseName);
    if (typeof value === "function") {
      assignments.push(`"${column.databaseName}" = ${(value as () => string)()}`);
    } else {
      params.push(driver.preparePersistentValue(value, column));
      assignments.push(`"${column.databaseName}" = $${params.length}`);
    }
  }
  if (assignments.length === 0) return null;
  const { versionColumn, updateDateColumn } = metadata;
  if (versionColumn && !named.has(versionColumn.databaseName))
    assignments.push(`"${versionColumn.databaseName}" = "${versionColumn.databaseName}" + 1`);
  if (updateDateColumn && !named.has(updateDateColumn.databaseName))
    assignments.push(`"${updateDateColumn.databaseName}" = CURRENT_TIMESTAMP`);
  const { table, primary } = statementsOf(manager, target);
  params.push(where.id);
  let sql = `UPDATE ${table} SET ${assignments.join(", ")} WHERE ${primary} = $${params.length}`;
  if (where.expected !== undefined) {
    params.push(where.expected);
    sql += ` AND "version" = $${params.length}`;
  }
  // The columns by name, not `*`: the statement can stay prepared across a migration.
  return { sql: `${sql} RETURNING ${selectList(manager, target)}`, params };
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
  const given = typeof spec.set === "function" ? spec.set(before) : spec.set;
  const set = aggregate.versioned ? { ...given, version: () => "version + 1" } : given;
  const direct = updateStatement(tx.manager, aggregate.entity, set as Record<string, unknown>, {
    id,
    expected,
  });
  let updated: Record<string, unknown>[];
  if (direct) {
    const [rows] = (await tx.manager.query(direct.sql, direct.params)) as [
      Record<string, unknown>[],
      number,
    ];
    updated = rows;
  } else {
    const query = tx.manager
      .createQueryBuilder()
      .update(aggregate.entity)
      .set(set)
      .where("id = :id", { id });
    if (expected !== undefined) query.andWhere("version = :expected", { expected });
    updated = (await query.returning("*").execute()).raw as Record<string, unknown>[];
  }
  // Only an unlocked read can lose the race: a writer committed between it and this UPDATE.
  if (expected !== undefined && updated.length !== 1) {
    const current = await tx.manager.findOneByOrFail(aggregate.entity, {
      id,
    } as FindOptionsWhere<E>);
    throw staleVersion(aggregate.name, expected, current.version as number);
  }
  const after = await afterFurtherWrites(
    tx,
    aggregate,
    updated[0],
    spec.alsoWrite && (() => spec.alsoWrite!(before)),
  );
  const recorded = spec.recorded
    ? spec.recorded(before, after)
    : { before: aggregate.snapshot(before), after: aggregate.snapshot(after) };
  await tx.record({ action: spec.action, entityType: aggregate.name, entityId: id, ...recorded });
  return after;
}

/**
 * The row as the statement returned it; after further writes, which may touch it again (or
 * through triggers), as read once more.
 */
async function afterFurtherWrites<E extends ObjectLiteral & { id: string }>(
  tx: Tx,
  aggregate: Aggregate<E>,
  returned: Record<string, unknown>,
  alsoWrite: (() => Promise<void>) | undefined,
): Promise<E> {
  if (!alsoWrite) return hydrated(tx.manager, aggregate.entity, returned);
  await alsoWrite();
  return tx.manager.findOneByOrFail(aggregate.entity, {
    id: returned.id,
  } as FindOptionsWhere<E>);
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
 * The one shape of every creation of a stored row: insert (returning the row with the
 * database's defaults) -> further writes, then a reload -> audit-trail event with the snapshot as `after`.
 */
export async function create<E extends ObjectLiteral & { id: string }>(
  tx: Tx,
  aggregate: Aggregate<E>,
  values: QueryDeepPartialEntity<E>,
  spec: CreateSpec<E>,
): Promise<E> {
  const statement = insertStatement(tx.manager, aggregate.entity, [values as ObjectLiteral]);
  const inserted = (
    statement
      ? await tx.manager.query(statement.sql, statement.params)
      : (
          await tx.manager
            .createQueryBuilder()
            .insert()
            .into(aggregate.entity)
            .values(values)
            .returning("*")
            .execute()
        ).raw
  ) as Record<string, unknown>[];
  const id = inserted[0].id as string;
  const stored = await afterFurtherWrites(
    tx,
    aggregate,
    inserted[0],
    spec.alsoWrite && (() => spec.alsoWrite!(id)),
  );
  await tx.record({
    action: spec.action,
    entityType: aggregate.name,
    entityId: id,
    after: spec.recorded ? spec.recorded(stored) : aggregate.snapshot(stored),
  });
  return stored;
}
