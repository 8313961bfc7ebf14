import {
  getNamedType,
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLObjectType,
  GraphQLScalarType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from "graphql";
import { gql, type RoleName } from "./harness";

/** Small seeded PRNG (mulberry32): a failing run can be replayed with its seed. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
    chance: (p: number) => next() < p,
  };
}
type Rng = ReturnType<typeof prng>;

const HOSTILE_STRINGS = [
  "",
  " ",
  "a",
  "' OR 1=1 --",
  "'; DROP TABLE supplier; --",
  "\\'; SELECT pg_sleep(5); --",
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "${jndi:ldap://x/a}",
  "../../etc/passwd",
  "%00%27",
  "\u0000",
  "nul\u0000byte",
  "\ud800",
  "emoji 😀👩‍👩‍👧‍👦 RTL \u202e gnp.exe",
  "Ünïcödé — 日本語 — العربية — עברית",
  "\u200b\u200b\u200b",
  "null",
  "undefined",
  "NaN",
  "-1",
  "1e309",
  "2026-13-45T99:99:99Z",
  "00000000-0000-0000-0000-000000000000",
  "ffffffff-ffff-ffff-ffff-ffffffffffff",
  "not-a-uuid",
  "eyJ0eXAiOiJKV1QifQ.e30.",
];
const NUMBERS = [
  0, 1, -1, 0.5, -0.0001, 2147483647, -2147483648, 2147483648, 1e15, -1e308, 1e308, 101, -31, 31,
  30, 5, 6,
];
const DATES = [
  new Date().toISOString(),
  new Date(Date.now() + 10 * 86_400_000).toISOString(),
  new Date(Date.now() - 400 * 86_400_000).toISOString(),
  "0001-01-01T00:00:00Z",
  "1900-01-01T00:00:00Z",
  "9999-12-31T23:59:59Z",
  "275760-09-13T00:00:00.000Z",
  "+275760-09-13T00:00:00.000Z",
  "-271821-04-20T00:00:00.000Z",
  "2026-02-30T00:00:00Z",
  "2026-06-01",
];

export interface IdPool {
  /** Ids that exist and belong to the world (any supplier). */
  known: string[];
  /** Ids of the supplier user's own objects. */
  own: string[];
}

function hugeString(rng: Rng): string {
  return "x".repeat(rng.pick([255, 256, 1001, 4001, 20_000, 300_000]));
}

function hostileString(rng: Rng): string {
  if (rng.chance(0.1)) return hugeString(rng);
  return rng.pick(HOSTILE_STRINGS);
}

function idValue(rng: Rng, ids: IdPool): string {
  const roll = rng.next();
  if (roll < 0.35) return rng.pick(ids.known);
  if (roll < 0.5 && ids.own.length > 0) return rng.pick(ids.own);
  if (roll < 0.65) return crypto.randomUUID();
  return hostileString(rng);
}

/** A value of the right GraphQL shape whose content is hostile (bounds, unicode, ids, injections). */
function validShaped(type: GraphQLInputType, rng: Rng, ids: IdPool, depth = 0): unknown {
  if (isNonNullType(type)) return validShaped(type.ofType, rng, ids, depth);
  if (isListType(type)) {
    const length = rng.pick([0, 1, 1, 2, 3, 60]);
    return Array.from({ length }, () =>
      validShaped(type.ofType as GraphQLInputType, rng, ids, depth + 1),
    );
  }
  if (type instanceof GraphQLEnumType) return rng.pick(type.getValues()).value;
  if (type instanceof GraphQLInputObjectType) {
    const out: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (isNonNullType(field.type) || (depth < 3 && rng.chance(0.6))) {
        out[field.name] = validShaped(field.type, rng, ids, depth + 1);
      }
    }
    return out;
  }
  const scalar = type as GraphQLScalarType;
  switch (scalar.name) {
    case "ID":
      return idValue(rng, ids);
    case "String":
      return rng.chance(0.3) ? `Ordinary text ${rng.int(1000)}` : hostileString(rng);
    case "Int":
      return rng.pick(NUMBERS.filter((n) => Number.isInteger(n) && Math.abs(n) <= 2147483647));
    case "Float":
      return rng.pick(NUMBERS);
    case "Boolean":
      return rng.chance(0.5);
    case "DateTime":
      return rng.pick(DATES);
    default:
      return hostileString(rng);
  }
}

/** A value of the wrong shape: wrong types, nulls, NaN as text, unknown fields, deep nesting. */
function malformed(type: GraphQLInputType, rng: Rng): unknown {
  return rng.pick<unknown>([
    null,
    "NaN",
    Number.MAX_SAFE_INTEGER * 4,
    -2147483649,
    1.5,
    true,
    [],
    {},
    { unknownField: 1, __proto__: { polluted: true } },
    [[["deep"]]],
    hugeString(rng),
    isLeafType(getNamedType(type)) ? { $gt: "" } : "a string instead of an object",
  ]);
}

function selection(type: GraphQLOutputType, depth: number): string {
  const named = getNamedType(type);
  if (!isObjectType(named)) return isLeafType(named) ? "" : "{ __typename }";
  const parts: string[] = [];
  for (const field of Object.values((named as GraphQLObjectType).getFields())) {
    if (field.args.some((arg) => isNonNullType(arg.type))) continue;
    const inner = getNamedType(field.type);
    if (isLeafType(inner)) parts.push(field.name);
    else if (depth < 2) parts.push(`${field.name} ${selection(field.type, depth + 1)}`);
  }
  return `{ ${parts.length ? parts.join(" ") : "__typename"} }`;
}

export interface FuzzOperation {
  kind: "query" | "mutation";
  field: GraphQLField<unknown, unknown>;
  document: string;
}

/** One operation per root field, selecting its scalars two levels deep. */
export function operationsOf(schema: GraphQLSchema): FuzzOperation[] {
  const out: FuzzOperation[] = [];
  for (const [kind, root] of [
    ["query", schema.getQueryType()],
    ["mutation", schema.getMutationType()],
  ] as const) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      // No arguments to fuzz, and it would end the fuzzer's own sessions for the rest of the run.
      if (field.name === "logout") continue;
      const defs = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(", ");
      const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(", ");
      const document = `${kind} Fuzz${defs ? `(${defs})` : ""} { ${field.name}${args ? `(${args})` : ""} ${selection(field.type, 0)} }`;
      out.push({ kind, field, document });
    }
  }
  return out;
}

export interface FuzzProblem {
  operation: string;
  role: string;
  status: number;
  variables: string;
  response: string;
}

export interface FuzzReport {
  requests: number;
  byStatus: Record<string, number>;
  byCode: Record<string, number>;
  problems: FuzzProblem[];
}

const RAW_BODIES = [
  "{",
  "null",
  "[]",
  '{"query": 12}',
  '{"query": "{ me { id } }", "variables": "not an object"}',
  '{"query": "query { __schema { types { name } } }", "operationName": 7}',
  '{"query": "mutation { login(email: \\"a\\", password: 1) { token } }"}',
  '{"query": "' + "{".repeat(5000) + '"}',
  '{"query": "{ me { id } }", "extensions": {"persistedQuery": {"version": 1, "sha256Hash": "x"}}}',
];

/**
 * Sends `count` requests to `url`: every root operation as every role (and anonymous), with
 * valid-shaped hostile values, malformed values, and raw malformed HTTP bodies. A problem is a
 * 5xx or an INTERNAL_SERVER_ERROR.
 */
export async function runFuzz(options: {
  url: string;
  schema: GraphQLSchema;
  tokens: Partial<Record<RoleName, string>>;
  ids: IdPool;
  count: number;
  seed: number;
  concurrency?: number;
}): Promise<FuzzReport> {
  const rng = prng(options.seed);
  const operations = operationsOf(options.schema);
  const roles: Array<[string, string | undefined]> = [
    ...Object.entries(options.tokens),
    ["ANONYMOUS", undefined],
  ];
  const report: FuzzReport = { requests: 0, byStatus: {}, byCode: {}, problems: [] };
  let issued = 0;

  const one = async (n: number) => {
    const operation = operations[n % operations.length];
    const [role, token] = roles[Math.floor(n / operations.length) % roles.length];
    let status: number;
    let text: string;
    let variables: Record<string, unknown> = {};
    if (rng.chance(0.03)) {
      const body = rng.pick(RAW_BODIES);
      variables = { rawBody: body.slice(0, 80) };
      const response = await fetch(`${options.url}/graphql`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body,
      });
      status = response.status;
      text = await response.text();
    } else {
      const broken = rng.chance(0.25);
      for (const arg of operation.field.args) {
        if (broken && rng.chance(0.5)) {
          variables[arg.name] = malformed(arg.type, rng);
        } else if (isNonNullType(arg.type) || rng.chance(0.6)) {
          variables[arg.name] = validShaped(arg.type, rng, options.ids);
        }
      }
      const headers: Record<string, string> =
        operation.kind === "mutation" && rng.chance(0.2)
          ? { "idempotency-key": rng.chance(0.1) ? "k".repeat(300) : `fuzz-${rng.int(50)}` }
          : {};
      const result = await gql(options.url, operation.document, variables, token, headers);
      status = result.status;
      text = JSON.stringify(result.body);
    }
    report.requests += 1;
    report.byStatus[status] = (report.byStatus[status] ?? 0) + 1;
    const codes = [...text.matchAll(/"extensions":\{"code":"([A-Z_]+)"/g)].map((m) => m[1]);
    for (const code of new Set(codes)) report.byCode[code] = (report.byCode[code] ?? 0) + 1;
    if (status >= 500 || codes.includes("INTERNAL_SERVER_ERROR")) {
      report.problems.push({
        operation: operation.field.name,
        role,
        status,
        variables: JSON.stringify(variables).slice(0, 300),
        response: text.slice(0, 300),
      });
    }
  };

  const workers = Array.from({ length: options.concurrency ?? 8 }, async () => {
    while (issued < options.count) {
      const n = issued++;
      await one(n);
    }
  });
  await Promise.all(workers);
  return report;
}

/** Ids of every kind the admin can see, and those the supplier user owns. */
export async function collectIds(
  url: string,
  tokens: Record<RoleName, string>,
  exclude: string[],
): Promise<IdPool> {
  const q = `{
    suppliers(first: 100, filter: { includeArchived: true }) { edges { node { id sites { id } } } }
    audits(first: 100) { edges { node { id findings { id correctiveAction { id } } } } }
    checklists { id items { id } }
    materialCategories { id }
    users(first: 100) { edges { node { id } } }
  }`;
  const all = await gql(url, q, {}, tokens.ADMIN);
  if (!all.body.data) throw new Error(`collecting ids: ${JSON.stringify(all.body.errors)}`);
  const text = JSON.stringify(all.body.data);
  const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
  const known = [...new Set(text.match(uuid) ?? [])].filter((id) => !exclude.includes(id));
  const mine = await gql(url, "{ me { supplier { id sites { id } } } }", {}, tokens.SUPPLIER);
  const own = [...new Set(JSON.stringify(mine.body.data ?? {}).match(uuid) ?? [])];
  return { known, own };
}
