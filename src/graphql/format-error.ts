import type { ApolloServerPlugin } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import type { Logger } from "pino";
import { QueryFailedError } from "typeorm";
import { DomainError, ErrorCode } from "../shared/errors";
import { translateMessage } from "../shared/i18n/error-messages";
import { isLocale, type Locale } from "../shared/i18n/locale";

const PASS_THROUGH = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "OPERATION_RESOLUTION_FAILURE",
  ErrorCode.QUERY_TOO_COMPLEX,
]);

/** Database errors a client can act on; everything else is masked. */
function fromDatabase(error: QueryFailedError): { code: ErrorCode; message: string } | null {
  const sqlState = (error as QueryFailedError & { driverError?: { code?: string } }).driverError
    ?.code;
  if (sqlState === "23505")
    return { code: ErrorCode.CONFLICT, message: "This record already exists" };
  if (sqlState === "40001" || sqlState === "40P01") {
    return { code: ErrorCode.CONFLICT, message: "A concurrent change got in the way; try again" };
  }
  // Safety nets behind input validation: a value too long, out of range or not storable.
  if (sqlState === "22001" || sqlState === "22003" || sqlState === "22008" || sqlState === "22021")
    return { code: ErrorCode.BAD_USER_INPUT, message: "A value is too long or out of range" };
  if (sqlState === "22P02")
    return {
      code: ErrorCode.BAD_USER_INPUT,
      message: "Malformed value (for example an id that is not a UUID)",
    };
  return null;
}

/** graphql-js' suggestions: `Did you mean "x"?`, `Did you mean the enum value "APPROVED"?` */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/**
 * In production no message may suggest names of the schema: Apollo's
 * `hideSchemaDetailsFromClientErrors` covers validation errors only, not variable coercion
 * (`Variable "$s" got invalid value "APROVED"; ... Did you mean the enum value "APPROVED"?`).
 */
function withoutSuggestions(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const strip = (message: string) => message.replace(SUGGESTION, "");
  const fields = formatted.extensions?.fields as { path: string; message: string }[] | undefined;
  return {
    ...formatted,
    message: strip(formatted.message),
    ...(fields
      ? {
          extensions: {
            ...formatted.extensions,
            fields: fields.map((field) => ({ ...field, message: strip(field.message) })),
          },
        }
      : {}),
  };
}

/**
 * The one place errors become client responses: domain errors keep their code, GraphQL's own
 * request errors pass, everything else becomes a masked INTERNAL_SERVER_ERROR (logged here).
 * In production, messages lose graphql-js' "Did you mean" suggestions.
 */
export function createErrorFormatter(logger: Logger, options: { production?: boolean } = {}) {
  const format = formatter(logger);
  if (!options.production) return format;
  return (formatted: GraphQLFormattedError, raw: unknown): GraphQLFormattedError =>
    withoutSuggestions(format(formatted, raw));
}

function formatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, raw: unknown): GraphQLFormattedError => {
    const error = unwrapResolverError(raw);
    const base = { locations: formatted.locations, path: formatted.path };
    if (error instanceof DomainError) {
      return {
        ...base,
        message: error.message,
        extensions: {
          ...error.details,
          code: error.code,
          ...(error.fields ? { fields: error.fields } : {}),
          ...(error.reason ? { reason: error.reason } : {}),
        },
      };
    }
    if (error instanceof QueryFailedError) {
      const mapped = fromDatabase(error);
      if (mapped) {
        return {
          ...base,
          message: mapped.message,
          extensions: {
            code: mapped.code,
            ...(mapped.code === ErrorCode.BAD_USER_INPUT ? { fields: [] } : {}),
          },
        };
      }
    }
    // Apollo's own request errors that carry no code (e.g. "provided sha does not match query"
    // for a bad persisted-query hash): a GraphQLError about the request, not a resolver failure.
    if (error instanceof GraphQLError && !error.originalError && !error.path) {
      const http = (error.extensions?.http as { status?: number } | undefined)?.status;
      if (http && http >= 400 && http < 500) {
        return { ...base, message: formatted.message, extensions: { code: "BAD_REQUEST" } };
      }
    }
    const code = formatted.extensions?.code;
    if (
      code === "GRAPHQL_PARSE_FAILED" &&
      /contains more th[ae][nt] \d+ tokens/.test(formatted.message)
    ) {
      // The parser's token limit names the number; the limits are not echoed.
      return { ...base, message: "Syntax Error: query too large", extensions: { code } };
    }
    if (typeof code === "string" && PASS_THROUGH.has(code)) {
      const fields =
        code === "BAD_USER_INPUT"
          ? [
              {
                path: /Variable "\$(\w+)"/.exec(formatted.message)?.[1] ?? "",
                message: formatted.message,
              },
            ]
          : undefined;
      return {
        ...base,
        message: formatted.message,
        extensions: { code, ...(fields ? { fields } : {}) },
      };
    }
    logger.error({ err: error }, "unexpected error");
    return {
      ...base,
      message: "Internal server error",
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    };
  };
}

/**
 * An error in `locale`: its message and each field's message translated, codes, paths and
 * every other extension unchanged. A message without a text in the locale stays English, and
 * `extensions.messageLocale: "en"` tells a client so. English answers are returned as they are.
 */
export function localizeFormattedError(
  error: GraphQLFormattedError,
  locale: Locale,
): GraphQLFormattedError {
  if (locale === "en") return error;
  const top = translateMessage(error.message, locale);
  const fields = error.extensions?.fields as { path: string; message: string }[] | undefined;
  let allTranslated = top.translated;
  const localizedFields = fields?.map((field) => {
    const own = translateMessage(field.message, locale);
    allTranslated &&= own.translated;
    return { ...field, message: own.text };
  });
  return {
    ...error,
    message: top.text,
    extensions: {
      ...error.extensions,
      ...(localizedFields ? { fields: localizedFields } : {}),
      ...(allTranslated ? {} : { messageLocale: "en" }),
    },
  };
}

/**
 * Apollo's formatError does not see the request, so messages are translated here, once the
 * response is final: in the request's locale (the viewer's choice, else Accept-Language).
 * Synchronous, so plugins after it (idempotency's replay store) keep the translated answer.
 */
export function errorLocalePlugin<
  TContext extends { locale?: Locale },
>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          const locale = contextValue?.locale;
          if (!isLocale(locale) || locale === "en") return;
          const localize = (errors: readonly GraphQLFormattedError[] | undefined) =>
            errors?.map((error) => localizeFormattedError(error, locale));
          if (response.body.kind === "single") {
            const result = response.body.singleResult;
            if (result.errors) result.errors = localize(result.errors);
          } else {
            const initial = response.body.initialResult;
            if (initial.errors) initial.errors = localize(initial.errors);
          }
        },
      };
    },
  };
}
