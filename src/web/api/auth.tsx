import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import { graphql } from "../gql";
import type { ViewerFieldsFragment } from "../gql/graphql";
import { gql, getToken, onTokenChange, setToken } from "./client";
import { isWebLocale, showLocale, type WebLocale } from "../i18n";

export type { Role } from "../gql/graphql";

/**
 * The logged-in person; `mustChangePassword` is set after an admin's reset: the portal then
 * shows only the change-password page.
 */
export type Viewer = ViewerFieldsFragment;

interface AuthState {
  viewer: Viewer | null;
  checking: boolean;
  login(email: string, password: string): Promise<void>;
  /** Ends the token on the server (`logout`), then forgets it here even if that fails. */
  logout(): Promise<void>;
  /**
   * `changePassword` ends every earlier token, this one too: log in again with the new
   * password so the person stays in.
   */
  changePassword(currentPassword: string, newPassword: string): Promise<void>;
  /** An invitee sets a name and password and is logged in as the new supplier user. */
  acceptInvitation(token: string, name: string, password: string): Promise<void>;
  /** Shows the interface in `locale`; stored as the user's language when someone is logged in. */
  chooseLocale(locale: WebLocale): Promise<void>;
}

graphql(`
  fragment ViewerFields on User {
    id
    email
    name
    role
    locale
    mustChangePassword
    supplier {
      id
      name
    }
  }
`);
const ME = graphql(`
  query Me {
    me {
      ...ViewerFields
    }
  }
`);
const LOGIN = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      user {
        ...ViewerFields
      }
    }
  }
`);
const LOGOUT = graphql(`
  mutation Logout {
    logout
  }
`);
const CHANGE_PASSWORD = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

const ACCEPT_INVITATION = graphql(`
  mutation AcceptInvitation($token: String!, $name: String!, $password: String!) {
    acceptInvitation(token: $token, name: $name, password: $password) {
      token
      user {
        ...ViewerFields
      }
    }
  }
`);

const SET_LOCALE = graphql(`
  mutation SetLocale($locale: String!) {
    setLocale(locale: $locale) {
      ...ViewerFields
    }
  }
`);

/** A signed-in user's stored language wins over this browser's. */
function signedIn(viewer: Viewer): Viewer {
  if (isWebLocale(viewer.locale)) void showLocale(viewer.locale);
  return viewer;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [viewer, setViewer] = useState<Viewer | null>(null);
  const [checking, setChecking] = useState(getToken() !== null);

  useEffect(() => {
    if (getToken()) {
      gql(ME)
        .then((data) => setViewer(signedIn(data.me)))
        .catch(() => setToken(null))
        .finally(() => setChecking(false));
    }
    return onTokenChange(() => {
      if (!getToken()) setViewer(null);
    });
  }, []);

  const login = async (email: string, password: string) => {
    const data = await gql(LOGIN, { email, password });
    setToken(data.login.token);
    setViewer(signedIn(data.login.user));
  };

  const value: AuthState = {
    viewer,
    checking,
    login,
    async logout() {
      try {
        if (getToken()) await gql(LOGOUT);
      } catch {
        // Already ended (or the portal is unreachable): forget the token all the same.
      }
      setToken(null);
      setViewer(null);
    },
    async changePassword(currentPassword, newPassword) {
      const email = viewer?.email;
      await gql(CHANGE_PASSWORD, { currentPassword, newPassword });
      // The old token is dead now; log-in needs none.
      if (email) await login(email, newPassword);
    },
    async acceptInvitation(token, name, password) {
      const data = await gql(ACCEPT_INVITATION, { token, name, password });
      setToken(data.acceptInvitation.token);
      setViewer(signedIn(data.acceptInvitation.user));
    },
    async chooseLocale(locale) {
      // Shown at once; the stored choice follows (e-mails and reports use it).
      await showLocale(locale);
      if (viewer) setViewer((await gql(SET_LOCALE, { locale })).setLocale);
    },
  };
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error("useAuth outside AuthProvider");
  return state;
}

/** The logged-in viewer; pages under the authenticated layout always have one. */
export function useViewer(): Viewer {
  const { viewer } = useAuth();
  if (!viewer) throw new Error("no viewer");
  return viewer;
}
