import type {
  GatewayExecutor,
  GatewayInterface,
  GatewayGraphQLRequestContext,
} from "@apollo/server-gateway-interface";
import {
  execute,
  GraphQLError,
  type ExecutionResult,
  type GraphQLSchema,
  type SourceLocation,
} from "graphql";
import { compileQuery, isCompiledQuery, type CompiledQuery } from "graphql-jit";

/** Compiled operations kept per process (GRAPHQL_JIT_CACHE); the web app sends about 200. */
export const DEFAULT_JIT_CACHE_ENTRIES = 500;

/** A Map kept in use order: the least recently used entry goes first when it is full. */
class Lru<V> {
  private readonly entries = new Map<string, V>();
  constructor(private readonly max: number) {}
  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }
  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
  }
  get size(): number {
    return this.entries.size;
  }
}

type Compiled = CompiledQuery | "graphql-js";

/**
 * graphql-jit's errors leave `extensions` undefined where graphql-js has `{}` (Apollo's error
 * formatting reads `extensions.code`): rebuilt as graphql-js builds a resolver's error, with the
 * same message, locations, path and original error, so formatting sees no difference.
 */
function asGraphQLJsError(error: GraphQLError): GraphQLError {
  const rebuilt = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions ?? undefined,
  });
  (rebuilt as { locations?: readonly SourceLocation[] }).locations = error.locations;
  return rebuilt;
}

/**
 * Executes operations with graphql-jit (GRAPHQL_JIT=1) instead of graphql-js, through Apollo's
 * gateway interface: Apollo still parses, validates (specified rules, armor, depth), runs every
 * plugin hook (cost, idempotency, size, status) and formats the errors; only execution changes.
 * One compiled function per (query hash, operation name), kept in a bounded LRU. An operation
 * graphql-jit cannot compile runs on graphql-js, so no request depends on the compiler.
 */
export function jitGateway(
  schema: GraphQLSchema,
  maxEntries = DEFAULT_JIT_CACHE_ENTRIES,
): GatewayInterface & { compiledCount(): number } {
  const compiled = new Lru<Compiled>(maxEntries);

  const compile = (request: GatewayGraphQLRequestContext): Compiled => {
    const key = `${request.queryHash}\u0000${request.operationName ?? ""}`;
    let entry = compiled.get(key);
    if (entry === undefined) {
      try {
        const result = compileQuery(schema, request.document, request.operationName ?? undefined);
        entry = isCompiledQuery(result) ? result : "graphql-js";
      } catch {
        entry = "graphql-js";
      }
      compiled.set(key, entry);
    }
    return entry;
  };

  const executor: GatewayExecutor = async (request) => {
    const entry = compile(request);
    const variables = request.request.variables ?? {};
    const graphqlJs = async () =>
      (await execute({
        schema,
        document: request.document,
        contextValue: request.context,
        variableValues: variables,
        operationName: request.operationName,
      })) as ExecutionResult;
    if (entry === "graphql-js") return graphqlJs();
    const result = (await entry.query(undefined, request.context, variables)) as ExecutionResult;
    if (!result.errors?.length) return result;
    // Refused before any resolver ran (variables that do not coerce): graphql-js says it again
    // in its own words, which Apollo recognises as BAD_USER_INPUT; nothing runs twice.
    if (result.data === undefined && result.errors.every((error) => !error.path)) {
      return graphqlJs();
    }
    return { ...result, errors: result.errors.map(asGraphQLJsError) };
  };

  return {
    async load() {
      return { executor };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: "" });
      return () => {};
    },
    async stop() {},
    compiledCount: () => compiled.size,
  };
}
