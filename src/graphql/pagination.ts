import { Max, Min } from "class-validator";
import { ArgsType, ClassType, Field, Int, ObjectType } from "type-graphql";
import { badInput } from "../shared/errors";
import { isUuid } from "../shared/text";

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Page size, default ${DEFAULT_PAGE_SIZE}, max ${MAX_PAGE_SIZE}`,
  })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first?: number;

  @Field(() => String, {
    nullable: true,
    description: "endCursor of the previous page",
  })
  after?: string;
}

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Builds `XConnection` and `XEdge` object types for a node type. */
export function ConnectionType<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field(() => String)
    cursor: string;

    @Field(() => node)
    node: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass {
    @Field(() => [EdgeType])
    edges: EdgeType[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int)
    totalCount: number;
  }
  return ConnectionClass;
}

/** Keyset cursors: the sort key of the last row, opaque to clients. */
export function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values), "utf8").toString("base64url");
}

/**
 * The type of one cursor component, checked before it reaches SQL: a client can send any
 * string as `after`, and a component of the wrong type would otherwise fail in the database
 * (a 500, or BAD_USER_INPUT without the `after` path).
 */
export type CursorPart =
  | "string"
  | "uuid"
  | "int"
  | "number"
  /** A bigint sequence number, as the string TypeORM reads `bigint` columns as. */
  | "seq"
  /** `Date.toISOString()` output exactly. */
  | "timestamp"
  /** A timestamp, or `infinity` for rows sorted after every dated one. */
  | "timestampOrInfinity";

type CursorValue<P extends CursorPart> = P extends "int" | "number" ? number : string;
export type CursorValues<P extends readonly CursorPart[]> = { [K in keyof P]: CursorValue<P[K]> };

const MAX_CURSOR_LENGTH = 4096;
const MAX_TEXT_PART = 1000;
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const SEQ = /^\d{1,18}$/;

function isTimestamp(value: unknown): value is string {
  if (typeof value !== "string" || !ISO_TIMESTAMP.test(value)) return false;
  const time = Date.parse(value);
  // Round trip: rejects dates that do not exist (2026-02-30 would become March 2nd).
  return Number.isFinite(time) && new Date(time).toISOString() === value;
}

const VALID: Record<CursorPart, (value: unknown) => boolean> = {
  string: (v) => typeof v === "string" && v.length <= MAX_TEXT_PART && !v.includes("\u0000"),
  uuid: isUuid,
  int: (v) => Number.isSafeInteger(v),
  number: (v) => typeof v === "number" && Number.isFinite(v),
  seq: (v) => typeof v === "string" && SEQ.test(v),
  timestamp: isTimestamp,
  timestampOrInfinity: (v) => v === "infinity" || isTimestamp(v),
};

/**
 * Decodes a cursor made by `encodeCursor` for a list whose sort key has the given parts.
 * Anything else (garbage, another list's cursor, wrong arity or types) is BAD_USER_INPUT on
 * `after`, the one message for every list.
 */
export function decodeCursor<const P extends readonly CursorPart[]>(
  cursor: string,
  parts: P,
  path = "after",
): CursorValues<P> {
  if (cursor.length <= MAX_CURSOR_LENGTH) {
    try {
      const values = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown;
      if (
        Array.isArray(values) &&
        values.length === parts.length &&
        parts.every((part, index) => VALID[part](values[index]))
      ) {
        return values as CursorValues<P>;
      }
    } catch {
      // fall through to the readable error
    }
  }
  throw badInput([{ path, message: "is not a cursor returned by this list" }]);
}

export function pageSize(first: number | undefined): number {
  return first ?? DEFAULT_PAGE_SIZE;
}

/** Turns `limit + 1` fetched rows into a page. */
export function toConnection<T>(
  rows: T[],
  limit: number,
  totalCount: number,
  cursorOf: (row: T) => unknown[],
): Connection<T> {
  const page = rows.slice(0, limit);
  const edges = page.map((node) => ({
    node,
    cursor: encodeCursor(cursorOf(node)),
  }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > limit,
      endCursor: edges.length > 0 ? edges[edges.length - 1].cursor : null,
    },
  };
}
