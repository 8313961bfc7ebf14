import type { ApolloServerPlugin, GraphQLResponse } from "@apollo/server";
import type { RequestContext } from "../../graphql/context";
import { ErrorCode } from "../../shared/errors";
import {
  claimKey,
  finishClaim,
  IDEMPOTENCY_KEY_MAX_LENGTH,
  requestHash,
} from "./idempotency.service";

export const IDEMPOTENCY_HEADER = "idempotency-key";

function errorResponse(
  http: GraphQLResponse["http"],
  code: string,
  message: string,
): GraphQLResponse {
  return {
    http,
    body: {
      kind: "single",
      singleResult: {
        errors: [
          {
            message,
            extensions: {
              code,
              ...(code === ErrorCode.BAD_USER_INPUT
                ? { fields: [{ path: "Idempotency-Key", message }] }
                : {}),
            },
          },
        ],
      },
    },
  };
}

/**
 * `Idempotency-Key` on mutations of a signed-in user: the first request runs and its response
 * is stored; a retry with the same key gets that response back (header
 * `idempotency-replayed: true`) and changes nothing; the same key with a different request is
 * refused with CONFLICT. Queries and anonymous requests (log-in) ignore the header.
 */
export function idempotencyPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async responseForOperation(rc) {
          const key = rc.request.http?.headers.get(IDEMPOTENCY_HEADER);
          const viewer = rc.contextValue.viewer;
          if (key === undefined || rc.operation.operation !== "mutation" || !viewer) return null;
          if (key.length === 0 || key.length > IDEMPOTENCY_KEY_MAX_LENGTH) {
            return errorResponse(
              rc.response.http,
              ErrorCode.BAD_USER_INPUT,
              `Idempotency-Key must be 1 to ${IDEMPOTENCY_KEY_MAX_LENGTH} characters`,
            );
          }
          const { dataSource, clock } = rc.contextValue;
          const hash = requestHash(
            rc.request.query ?? "",
            rc.request.operationName ?? null,
            rc.request.variables,
          );
          const outcome = await claimKey(dataSource, viewer.userId, key, hash, () => clock.now());
          if (outcome.kind === "claimed") {
            rc.contextValue.idempotency = outcome.claim;
            return null;
          }
          if (outcome.kind === "conflict") {
            return errorResponse(rc.response.http, ErrorCode.CONFLICT, outcome.message);
          }
          rc.response.http.headers.set("idempotency-replayed", "true");
          return {
            http: rc.response.http,
            body: { kind: "single", singleResult: outcome.response },
          };
        },
        async willSendResponse(rc) {
          const claim = rc.contextValue.idempotency;
          if (!claim || rc.response.body.kind !== "single") return;
          const result = rc.response.body.singleResult;
          try {
            await finishClaim(
              rc.contextValue.dataSource,
              claim,
              JSON.parse(JSON.stringify(result)) as Record<string, unknown>,
              (result.errors?.length ?? 0) > 0,
            );
          } catch (error) {
            // The client still gets its answer; a retry finds the claim and never re-runs it.
            rc.contextValue.logger.error({ err: error }, "could not store an idempotent response");
          }
        },
      };
    },
  };
}
