/**
 * A small client for the portal's public GraphQL API: `POST /graphql` with a bearer token.
 * Documents are the typed ones generated into `../gql` (`npm run codegen`), so every result and
 * every variable is checked against schema/schema.graphql.
 */
import type { TypedDocumentString } from "../gql/graphql";
import { plainMessage } from "./field-messages";
import { currentLocale, i18next } from "../i18n";

export interface FieldProblem {
  path: string;
  message: string;
}

/** Why a CONFLICT happened (`extensions.reason`, src/shared/errors.ts `ConflictReason`). */
export type ConflictReason = "STALE_VERSION" | "INVALID_TRANSITION";

/**
 * One GraphQL error, carrying the server's `extensions.code`, `extensions.reason` and
 * `extensions.fields`. The client branches on these, never on the message text.
 */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly fields: FieldProblem[] = [],
    readonly reason?: ConflictReason,
  ) {
    super(message);
    this.name = "ApiError";
  }

  /**
   * The messages for one form field, by its path without the argument name: `delta` matches
   * `input.delta`, `items.0.code` matches `input.items.0.code`.
   */
  fieldMessage(name: string): string | undefined {
    const hits = this.fields.filter(
      (field) => field.path === name || field.path.replace(/^(input|filter)\./, "") === name,
    );
    // Plain words, never the validator's wording or internal names (field-messages.ts).
    return hits.length > 0
      ? [...new Set(hits.map((hit) => plainMessage(hit.message)))].join("; ")
      : undefined;
  }
}

const TOKEN_KEY = "esg-portal-token";
let token: string | null = sessionStorage.getItem(TOKEN_KEY);
const listeners = new Set<() => void>();

export function getToken(): string | null {
  return token;
}

/** Keeps the token in memory and sessionStorage (never in a URL, never in localStorage). */
export function setToken(next: string | null): void {
  token = next;
  if (next) sessionStorage.setItem(TOKEN_KEY, next);
  else sessionStorage.removeItem(TOKEN_KEY);
  for (const listener of listeners) listener();
}

export function onTokenChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The token, and the interface's language: the portal answers messages (and, for a user who
 * chose no language yet, everything) in it.
 */
function authHeaders(): Record<string, string> {
  const language = { "accept-language": currentLocale() };
  return token ? { ...language, authorization: `Bearer ${token}` } : language;
}

/** A stale `expectedVersion`: someone else saved first; reload and apply the change again. */
export function isStaleVersion(error: unknown): boolean {
  return error instanceof ApiError && error.code === "CONFLICT" && error.reason === "STALE_VERSION";
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: {
    message: string;
    extensions?: { code?: string; reason?: ConflictReason; fields?: FieldProblem[] };
  }[];
}

/** Variables are required exactly when the operation declares some. */
export type VariablesArg<V> = V extends Record<string, never> ? [variables?: V] : [variables: V];

/** Runs one typed operation; throws an ApiError for a GraphQL, HTTP or network failure. */
export async function gql<T, V>(
  document: TypedDocumentString<T, V>,
  ...[variables]: VariablesArg<V>
): Promise<T> {
  let response: Response;
  try {
    response = await fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", ...authHeaders() },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
  } catch {
    throw new ApiError(i18next.t("common:errors.network"), "NETWORK");
  }
  let body: GraphQLResponse<T>;
  try {
    body = (await response.json()) as GraphQLResponse<T>;
  } catch {
    throw new ApiError(i18next.t("common:errors.http", { status: response.status }), "HTTP");
  }
  const first = body.errors?.[0];
  if (first) {
    const code = first.extensions?.code ?? "ERROR";
    if (code === "UNAUTHENTICATED" && token) setToken(null);
    const fields = (body.errors ?? []).flatMap((error) => error.extensions?.fields ?? []);
    throw new ApiError(first.message, code, fields, first.extensions?.reason);
  }
  if (!body.data) throw new ApiError(i18next.t("common:errors.empty"), "ERROR");
  return body.data;
}

/** The file name a `Content-Disposition` header gives (`filename*=UTF-8''…` first). */
function dispositionName(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  if (extended) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // malformed escape: fall back to the plain name
    }
  }
  const plain = /filename\s*=\s*"([^"]*)"|filename\s*=\s*([^;]+)/i.exec(header);
  return plain ? (plain[1] ?? plain[2]).trim() || null : null;
}

/**
 * Downloads a file with the bearer token in the header and saves it from a Blob, under the
 * name the server's `Content-Disposition` gives, else `filename`.
 */
export async function downloadWithToken(path: string, filename: string): Promise<void> {
  const response = await fetch(path, { headers: authHeaders() });
  if (!response.ok) {
    let message = i18next.t("common:errors.downloadFailed", { status: response.status });
    try {
      const body = (await response.json()) as GraphQLResponse<unknown>;
      if (body.errors?.[0]) message = body.errors[0].message;
    } catch {
      // not JSON: keep the status message
    }
    throw new ApiError(message, "HTTP");
  }
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = dispositionName(response.headers.get("content-disposition")) ?? filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** What a person should read for an error code. */
export function describeError(error: unknown): string {
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : String(error);
  switch (error.code) {
    case "CONFLICT":
      return isStaleVersion(error) ? i18next.t("common:errors.stale") : error.message;
    case "NOT_FOUND":
      return i18next.t("common:errors.notFound");
    case "FORBIDDEN":
      return i18next.t("common:errors.forbidden");
    case "UNAUTHENTICATED":
      return i18next.t("common:errors.unauthenticated");
    case "TOO_MANY_REQUESTS":
      return i18next.t("common:errors.tooManyRequests");
    case "BAD_USER_INPUT":
      return error.fields.length > 0
        ? i18next.t("common:errors.fieldsNeedAttention")
        : error.message;
    default:
      return error.message;
  }
}
