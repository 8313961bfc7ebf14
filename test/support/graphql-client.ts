/**
 * The one small GraphQL-over-HTTP client of the tests, the browser journeys' setup and the
 * reliability scripts: a `POST /graphql` as any client makes it, with the status, the headers
 * and the parsed body. `T` types `data`, `E` the errors' `extensions` (both loose by default,
 * as a test reads arbitrary answers).
 */

/** `extensions` as src/graphql/format-error.ts writes them. */
export interface ErrorExtensions {
  code?: string;
  /** For CONFLICT: STALE_VERSION or INVALID_TRANSITION. */
  reason?: string;
  fields?: { path: string; message: string }[];
  [key: string]: unknown;
}

export interface GraphQLBody<T, E> {
  data?: T;
  errors?: { message: string; extensions?: E }[];
}

export interface HttpResult<B> {
  status: number;
  headers: Headers;
  body: B;
}

export type GraphQLResult<T, E> = HttpResult<GraphQLBody<T, E>>;

export interface PostOptions {
  token?: string;
  headers?: Record<string, string>;
}

/**
 * One operation; never throws for a GraphQL or HTTP error. A body that is not JSON (a proxy's
 * page, a crash) comes back as one error with the code `NOT_JSON` and the start of the text.
 */
export function post<T = any, E = any>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  options: PostOptions = {},
): Promise<GraphQLResult<T, E>> {
  const auth: Record<string, string> = options.token
    ? { authorization: `Bearer ${options.token}` }
    : {};
  return postBody<GraphQLBody<T, E>>(url, { query, variables }, { ...auth, ...options.headers });
}

/**
 * A raw `POST /graphql`: `body` is sent as it is when a string (malformed on purpose), else as
 * JSON; `B` types the answer (loose by default: any shape may come back).
 */
export async function postBody<B = any>(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<HttpResult<B>> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: B;
  try {
    parsed = JSON.parse(text) as B;
  } catch {
    parsed = { errors: [{ message: text.slice(0, 200), extensions: { code: "NOT_JSON" } }] } as B;
  }
  return { status: response.status, headers: response.headers, body: parsed };
}

/** The `extensions.code` of every error of a result, in order. */
export const codesOf = (result: { body: GraphQLBody<unknown, ErrorExtensions> }): string[] =>
  (result.body.errors ?? []).map((e) => String(e.extensions?.code));

/** Logs in and returns the bearer token; throws with the answer when log-in fails. */
export async function loginOver(url: string, email: string, password: string): Promise<string> {
  const result = await post<{ login: { token: string } | null }, ErrorExtensions>(
    url,
    `mutation Login($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
    { e: email, p: password },
  );
  if (!result.body.data?.login) throw new Error(`login failed: ${JSON.stringify(result.body)}`);
  return result.body.data.login.token;
}
