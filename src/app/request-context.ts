import type { RequestContext } from "../graphql/context";
import { DEFAULT_LOCALE } from "../shared/i18n/locale";
import { createLoaders } from "./loaders";

type ContextOptions = Omit<RequestContext, "loaders" | "locale"> & {
  locale?: RequestContext["locale"];
};

/**
 * A fresh context with its own DataLoaders: the HTTP layer's, the demo seed's, the tests'. Its
 * language: an explicit one, else the viewer's stored choice, else the request's
 * Accept-Language, else English.
 */
export function createRequestContext(options: ContextOptions): RequestContext {
  const locale =
    options.locale ?? options.viewer?.locale ?? options.requestedLocale ?? DEFAULT_LOCALE;
  return { ...options, locale, loaders: createLoaders(options.dataSource) };
}
