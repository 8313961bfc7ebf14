import type { Response } from "express";
import type { GraphQLFormattedError } from "graphql";
import type { Logger } from "pino";
import { localizeFormattedError } from "../graphql/format-error";
import { DomainError, ErrorCode } from "../shared/errors";
import { DEFAULT_LOCALE, negotiateLocale, type Locale } from "../shared/i18n/locale";

/**
 * The HTTP status of a coded domain error on a plain HTTP route (downloads, exports). GraphQL
 * answers these with 200 and `errors`; a download has no `errors` to look into, so the status
 * says it. A code not listed is a refusal of the request: 400.
 */
export const HTTP_STATUS_OF_CODE: Readonly<Partial<Record<ErrorCode, number>>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.TOO_MANY_REQUESTS]: 429,
  [ErrorCode.PAYLOAD_TOO_LARGE]: 413,
  [ErrorCode.UNSUPPORTED_MEDIA_TYPE]: 415,
  [ErrorCode.SERVICE_UNAVAILABLE]: 503,
};

export function httpStatusOf(error: DomainError): number {
  return HTTP_STATUS_OF_CODE[error.code] ?? 400;
}

/**
 * Answers a failed plain HTTP route in the GraphQL error shape (`errors[0].extensions.code`,
 * `fields` when the input was wrong), its messages in `locale` (the request context's; when
 * none could be built, the request's Accept-Language), as GraphQL answers. Anything but a
 * domain error is logged and masked as 500. Once the body has started, no status can be sent
 * any more: the response is cut off, so the client sees a broken download rather than a file
 * that looks complete.
 */
export function sendErrorResponse(
  res: Response,
  error: unknown,
  logger: Logger,
  what: string,
  locale: Locale | null | undefined,
): void {
  if (res.headersSent) {
    logger.error({ err: error }, `${what} failed mid-stream`);
    res.destroy();
    return;
  }
  const language = locale ?? negotiateLocale(res.req?.header("accept-language")) ?? DEFAULT_LOCALE;
  const send = (status: number, formatted: GraphQLFormattedError) =>
    res.status(status).json({ errors: [localizeFormattedError(formatted, language)] });
  if (error instanceof DomainError) {
    send(httpStatusOf(error), {
      message: error.message,
      extensions: { code: error.code, ...(error.fields ? { fields: error.fields } : {}) },
    });
    return;
  }
  logger.error({ err: error }, `${what} failed`);
  send(500, { message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } });
}
