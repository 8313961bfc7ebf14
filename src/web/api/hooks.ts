import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { TypedDocumentString } from "../gql/graphql";
import { gql, type VariablesArg } from "./client";

export interface QueryState<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

export interface QueryOptions {
  skip?: boolean;
}

/** Variables (required exactly when the operation declares required ones), then options. */
type QueryArgs<V> =
  V extends Record<string, never>
    ? [variables?: V, options?: QueryOptions]
    : [variables: V, options?: QueryOptions];

/** Runs a typed query when the variables change; `reload()` runs it again. */
export function useQuery<T, V>(
  query: TypedDocumentString<T, V>,
  ...[variables, options = {}]: QueryArgs<V>
): QueryState<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<unknown>();
  const [loading, setLoading] = useState(!options.skip);
  const [tick, setTick] = useState(0);
  const key = JSON.stringify(variables ?? {});
  const run = useRef(0);
  // Asked again in a new language: the API's localized texts (checklist questions,
  // notifications, messages) follow it.
  const { i18n } = useTranslation();
  const language = i18n.language;

  useEffect(() => {
    if (options.skip) {
      setLoading(false);
      return;
    }
    const id = ++run.current;
    setLoading(true);
    gql(query, ...([JSON.parse(key)] as VariablesArg<V>))
      .then((result) => {
        if (id !== run.current) return;
        setData(result);
        setError(undefined);
      })
      .catch((caught: unknown) => {
        if (id !== run.current) return;
        setError(caught);
      })
      .finally(() => {
        if (id === run.current) setLoading(false);
      });
  }, [query, key, tick, options.skip, language]);

  const reload = useCallback(() => setTick((value) => value + 1), []);
  return { data, error, loading, reload };
}

export interface MutationState<V, T> {
  run: (variables: V) => Promise<T | undefined>;
  error: unknown;
  busy: boolean;
  reset: () => void;
}

/** A typed mutation with its error kept for the form; `run` resolves undefined on failure. */
export function useMutation<T, V>(mutation: TypedDocumentString<T, V>): MutationState<V, T> {
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async (variables: V) => {
      setBusy(true);
      setError(undefined);
      try {
        return await gql(mutation, ...([variables] as VariablesArg<V>));
      } catch (caught) {
        setError(caught);
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    [mutation],
  );
  const reset = useCallback(() => setError(undefined), []);
  return { run, error, busy, reset };
}

/** Cursor paging: a stack of `after` cursors, so Previous goes back exactly one page. */
export function useCursorPages(resetKey: string) {
  const [stack, setStack] = useState<(string | null)[]>([null]);
  const [key, setKey] = useState(resetKey);
  if (key !== resetKey) {
    setKey(resetKey);
    setStack([null]);
  }
  return {
    after: stack[stack.length - 1],
    page: stack.length,
    hasPrevious: stack.length > 1,
    next: (endCursor: string | null | undefined) => {
      if (endCursor) setStack((current) => [...current, endCursor]);
    },
    previous: () => setStack((current) => (current.length > 1 ? current.slice(0, -1) : current)),
  };
}
