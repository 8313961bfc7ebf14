import type { ApolloServerPlugin } from "@apollo/server";
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isListType,
  isObjectType,
  TypeInfo,
  ValidationContext,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLNamedType,
  type GraphQLSchema,
} from "graphql";
import { createComplexityRule, type ComplexityEstimator } from "graphql-query-complexity";
import { ErrorCode } from "../shared/errors";
import { LIST_CAPS, QUERY_LIMITS, UNKNOWN_LIST_CAP } from "./limits";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../graphql/pagination";

/** `XConnection { edges pageInfo totalCount }` from `ConnectionType`. */
export function isConnection(type: GraphQLNamedType): boolean {
  return isObjectType(type) && type.name.endsWith("Connection") && "edges" in type.getFields();
}

/**
 * What a connection field returns at most: `first` within 1..MAX_PAGE_SIZE (a value outside is
 * refused when the field runs, so it never returns more; a negative one must not lower the cost).
 */
function connectionSize(first: unknown): number {
  if (typeof first !== "number" || !Number.isFinite(first)) return DEFAULT_PAGE_SIZE;
  return Math.min(Math.max(Math.trunc(first), 1), MAX_PAGE_SIZE);
}

export function listCap(typeName: string, fieldName: string): number {
  return LIST_CAPS[`${typeName}.${fieldName}`] ?? UNKNOWN_LIST_CAP;
}

/**
 * A field costs 1 plus what is asked of its result; a list multiplies what is asked of each
 * element (at least 1, for lists of scalars) by its size, so nesting multiplies through every
 * level. A connection's `first` multiplies its whole selection (edges, pageInfo, totalCount:
 * a little over, never under); its `edges` then count once. Introspection fields are free,
 * as they were under armor (introspection is off in production).
 */
export const listAwareEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (field.name.startsWith("__") || type.name.startsWith("__")) return 0;
  const named = getNamedType(field.type);
  if (isConnection(named)) return 1 + connectionSize(args.first) * childComplexity;
  if (!isListType(getNullableType(field.type))) return 1 + childComplexity;
  const size = isConnection(type) ? 1 : listCap(type.name, field.name);
  return 1 + size * Math.max(childComplexity, 1);
};

/** Variable sets whose cost is remembered per document (the memo is emptied past it). */
const COST_MEMO_PER_DOCUMENT = 64;
/** Larger variables (a bulk input) are costed each time rather than kept. */
const COST_MEMO_KEY_CHARS = 4096;

export type CostOutcome = { kind: "cost"; cost: number } | { kind: "too-many-nodes" };

/**
 * The cost of the operation `operationName` of `document` with these variables. Variables that
 * do not coerce give 0: execution then refuses the whole operation before any resolver runs.
 * A field whose arguments fail counts 0 too: it fails in execution the same way, unresolved.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
): CostOutcome {
  let cost = 0;
  const typeInfo = new TypeInfo(schema);
  const context = new ValidationContext(schema, document, typeInfo, () => undefined);
  const visitor = createComplexityRule({
    maximumComplexity: Number.MAX_SAFE_INTEGER,
    estimators: [listAwareEstimator],
    variables,
    operationName,
    maxQueryNodes: QUERY_LIMITS.maxCostNodes,
    onComplete: (complexity) => {
      cost = complexity;
    },
  })(context);
  try {
    visit(document, visitWithTypeInfo(typeInfo, visitor));
  } catch (error) {
    // The node limit (fragments spread over and over) is thrown, not reported.
    if (error instanceof GraphQLError) return { kind: "too-many-nodes" };
    throw error;
  }
  return { kind: "cost", cost };
}

export function queryTooComplex(): GraphQLError {
  return new GraphQLError(
    "Query too complex: ask for smaller pages, fewer nested lists or fewer fields",
    { extensions: { code: ErrorCode.QUERY_TOO_COMPLEX } },
  );
}

/**
 * Refuses an operation over `QUERY_LIMITS.maxCost` after validation and before execution.
 * A plugin rather than a validation rule: validation rules do not see the variables, so
 * `first: $n` would count as the default page size; and Apollo caches validated documents.
 */
export function queryCostPlugin(maxCost: number = QUERY_LIMITS.maxCost): ApolloServerPlugin {
  // The cost depends only on the document (Apollo keeps one object per query text), the
  // operation and the variables: remembered per document for its last variable sets, so a
  // repeated request costs a lookup instead of a walk of the document.
  const known = new WeakMap<DocumentNode, Map<string, CostOutcome>>();
  const costOf = (
    schema: GraphQLSchema,
    document: DocumentNode,
    variables: Record<string, unknown> | undefined,
    operationName: string | undefined,
  ): CostOutcome => {
    let outcomes = known.get(document);
    if (!outcomes) known.set(document, (outcomes = new Map()));
    const key = `${operationName ?? ""}\u0000${variables ? JSON.stringify(variables) : ""}`;
    if (key.length > COST_MEMO_KEY_CHARS) {
      return operationCost(schema, document, variables, operationName);
    }
    let outcome = outcomes.get(key);
    if (!outcome) {
      outcome = operationCost(schema, document, variables, operationName);
      if (outcomes.size >= COST_MEMO_PER_DOCUMENT) outcomes.clear();
      outcomes.set(key, outcome);
    }
    return outcome;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operation, operationName }) {
          if (!operation) return;
          const outcome = costOf(schema, document, request.variables, operationName ?? undefined);
          if (outcome.kind === "too-many-nodes" || outcome.cost > maxCost) throw queryTooComplex();
        },
      };
    },
  };
}
