import type { RequestContext } from "../graphql/context";
import { createLoaders } from "./loaders";

/** A fresh context with its own DataLoaders: the HTTP layer's, the demo seed's, the tests'. */
export function createRequestContext(options: Omit<RequestContext, "loaders">): RequestContext {
  return { ...options, loaders: createLoaders(options.dataSource) };
}
