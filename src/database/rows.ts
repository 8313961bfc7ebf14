import type { EntityManager, EntityTarget, ObjectLiteral } from "typeorm";
import type { ColumnMetadata } from "typeorm/metadata/ColumnMetadata";
import type { EntityMetadata } from "typeorm/metadata/EntityMetadata";

/**
 * Entities from hand-written SQL, the way a find builds them (the driver's conversions, the
 * columns a find selects), for the hot read paths: the query builder re-derives a statement's
 * text and each row's mapping on every call, which cost a supplier page more CPU than its
 * statements' own round trips. The select lists and the mappings here are made once per entity
 * and alias from the same metadata, so a new column reaches them without an edit.
 */
interface Shape {
  /** `"a"."id" AS "a_id", ...` (empty alias: `"id", ...`) */
  list: string;
  columns: ReadonlyArray<{ column: ColumnMetadata; key: string }>;
  /** The result key of the primary column: null there means a left join found no row. */
  primaryKey: string;
}

const shapes = new WeakMap<EntityMetadata, Map<string, Shape>>();
// PostgreSQL truncates longer identifiers, which would silently lose a column.
const MAX_IDENTIFIER = 63;

function shapeOf(metadata: EntityMetadata, alias: string): Shape {
  let byAlias = shapes.get(metadata);
  if (!byAlias) shapes.set(metadata, (byAlias = new Map()));
  let shape = byAlias.get(alias);
  if (!shape) {
    const columns = metadata.columns
      .filter((column) => !column.isVirtualProperty && column.isSelect)
      .map((column) => ({
        column,
        key: alias ? `${alias}_${column.databaseName}` : column.databaseName,
      }));
    const tooLong = columns.find(({ key }) => key.length > MAX_IDENTIFIER);
    if (tooLong) throw new Error(`column alias ${tooLong.key} is longer than PostgreSQL keeps`);
    const list = columns
      .map(({ column, key }) =>
        alias ? `"${alias}"."${column.databaseName}" AS "${key}"` : `"${column.databaseName}"`,
      )
      .join(", ");
    const primary = metadata.primaryColumns[0].databaseName;
    shape = { list, columns, primaryKey: alias ? `${alias}_${primary}` : primary };
    byAlias.set(alias, shape);
  }
  return shape;
}

/** The columns a find of `target` selects, as a select list under `alias` (or unqualified). */
export function selectList(
  manager: EntityManager,
  target: EntityTarget<ObjectLiteral>,
  alias = "",
): string {
  return shapeOf(manager.connection.getMetadata(target), alias).list;
}

/** `target`'s table, quoted for SQL. */
export function tableOf(manager: EntityManager, target: EntityTarget<ObjectLiteral>): string {
  return `"${manager.connection.getMetadata(target).tablePath}"`;
}

/**
 * The entity in `raw`, a row of a statement that selected `selectList(target, alias)`; null
 * when its primary key is null (a left join that matched nothing).
 */
export function entityFrom<E extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<E>,
  raw: Record<string, unknown>,
  alias = "",
): E | null {
  const metadata = manager.connection.getMetadata(target);
  const shape = shapeOf(metadata, alias);
  if (raw[shape.primaryKey] == null) return null;
  const { driver } = manager.connection;
  const entity = metadata.create(undefined, { fromDeserializer: true }) as E;
  for (const { column, key } of shape.columns) {
    const value = raw[key];
    if (value !== undefined)
      column.setEntityValue(entity, driver.prepareHydratedValue(value, column));
  }
  return entity;
}

/**
 * A row as `RETURNING *` gave it, as an entity the way a find would build it: UPDATE ...
 * RETURNING spares the re-read.
 */
export function hydrated<E extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<E>,
  raw: Record<string, unknown>,
): E {
  const entity = entityFrom(manager, target, raw);
  if (!entity) throw new Error("a returned row without its primary key");
  return entity;
}

/**
 * `target`'s rows matching `where` (SQL over its unqualified column names, with `params`), in
 * `orderBy`'s order if given: a find without the query builder.
 */
export async function rowsWhere<E extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<E>,
  where: string,
  params: unknown[],
  orderBy?: string,
): Promise<E[]> {
  const raw = (await manager.query(
    `SELECT ${selectList(manager, target)} FROM ${tableOf(manager, target)} WHERE ${where}` +
      (orderBy ? ` ORDER BY ${orderBy}` : ""),
    params,
  )) as Record<string, unknown>[];
  return raw.map((row) => hydrated(manager, target, row));
}
