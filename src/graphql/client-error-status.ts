import type { ApolloServerPlugin } from "@apollo/server";

/** Codes that say the request itself was wrong: never a server failure. */
const REQUEST_ERROR_CODES = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "BAD_USER_INPUT",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
  // Refused by the query cost before execution (graphql/query-cost.ts).
  "QUERY_TOO_COMPLEX",
]);

/**
 * A syntax error found by graphql-armor's token limit, or a query over the cost, is thrown from a
 * plugin hook, which Apollo answers with HTTP 500; a response whose errors are all request
 * errors gets 400 instead.
 */
export function clientErrorStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.http.status !== 500 || response.body.kind !== "single") return;
          const errors = response.body.singleResult.errors ?? [];
          const allRequestErrors =
            errors.length > 0 &&
            errors.every((e) => REQUEST_ERROR_CODES.has(String(e.extensions?.code)));
          if (allRequestErrors) response.http.status = 400;
        },
      };
    },
  };
}
