import type { Logger } from "pino";
import type { RequestContext } from "../graphql/context";
import { DEFAULT_LOCALE } from "../shared/i18n/locale";
import { createLoaders } from "./loaders";

type ContextOptions = Omit<RequestContext, "loaders" | "locale"> & {
  locale?: RequestContext["locale"];
};

const BASE_LOGGER = Symbol("base logger");
const REQUEST_LOGGER = Symbol("request logger");

interface LazyLogger {
  requestId: string;
  [BASE_LOGGER]: Logger;
  [REQUEST_LOGGER]?: Logger;
}

/**
 * The request's child logger, made when something logs: most requests never do, and building
 * one per request was a visible share of `{ __typename }`'s CPU. On the prototype, not the
 * instance: Apollo copies each context's own properties for the operation (`Object.assign`),
 * which would call an own getter, and build the logger, on every request.
 */
const CONTEXT_PROTOTYPE = Object.create(Object.prototype, {
  logger: {
    get(this: LazyLogger) {
      return (this[REQUEST_LOGGER] ??= this[BASE_LOGGER].child({ requestId: this.requestId }));
    },
    set(this: LazyLogger, value: Logger) {
      this[REQUEST_LOGGER] = value;
    },
    enumerable: false,
    configurable: true,
  },
}) as object;

/**
 * A fresh context with its own DataLoaders: the HTTP layer's, the demo seed's, the tests'. Its
 * language: an explicit one, else the viewer's stored choice, else the request's
 * Accept-Language, else English.
 */
export function createRequestContext(options: ContextOptions): RequestContext {
  const locale =
    options.locale ?? options.viewer?.locale ?? options.requestedLocale ?? DEFAULT_LOCALE;
  const { logger, ...fields } = options;
  return Object.assign(Object.create(CONTEXT_PROTOTYPE) as RequestContext, fields, {
    locale,
    loaders: createLoaders(options.dataSource),
    [BASE_LOGGER]: logger,
  });
}
