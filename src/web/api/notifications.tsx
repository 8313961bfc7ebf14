import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useRef,
  useState,
  type ReactNode,
} from "react";
import { graphql } from "../gql";
import { gql } from "./client";

/** How often the bell asks again; marking read refreshes it at once. */
export const UNREAD_POLL_MS = 45_000;

const UNREAD = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

interface UnreadState {
  /** Undefined until the first answer. */
  count: number | undefined;
  refresh: () => void;
}

const UnreadContext = createContext<UnreadState>({ count: undefined, refresh: () => undefined });

/**
 * The viewer's unread count, polled while the tab is visible and on return to it; `refresh()`
 * after marking read. Failures keep the last count: the bell is no place for an error.
 */
export function UnreadCountProvider({ children }: { children: ReactNode }) {
  const [count, setCount] = useState<number>();
  const run = useRef(0);
  const refresh = useCallback(() => {
    const id = ++run.current;
    gql(UNREAD)
      .then((data) => {
        if (id === run.current) setCount(data.unreadNotificationCount);
      })
      .catch(() => undefined);
  }, []);

  useEffect(() => {
    refresh();
    const timer = setInterval(() => {
      if (document.visibilityState === "visible") refresh();
    }, UNREAD_POLL_MS);
    const onVisible = () => {
      if (document.visibilityState === "visible") refresh();
    };
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [refresh]);

  return <UnreadContext.Provider value={{ count, refresh }}>{children}</UnreadContext.Provider>;
}

export function useUnreadCount(): UnreadState {
  return useContext(UnreadContext);
}

/** Only a path of this portal (`/audits/…`) is followed; anything else is shown, not linked. */
export function portalPath(link: string | null | undefined): string | null {
  if (!link || !link.startsWith("/") || link.startsWith("//") || link.includes("\\")) return null;
  return link;
}
