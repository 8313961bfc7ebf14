import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import { gql, getToken, onTokenChange, setToken } from "./client";

export type Role = "ADMIN" | "PROCUREMENT" | "AUDITOR" | "SUPPLIER";

export interface Viewer {
  id: string;
  email: string;
  name: string;
  role: Role;
  supplier: { id: string; name: string } | null;
  /** Set after an admin's reset: the portal then shows only the change-password page. */
  mustChangePassword: boolean;
}

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
}

const ME = `query Me { me { id email name role mustChangePassword supplier { id name } } }`;
const LOGIN = `mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token user { id email name role mustChangePassword supplier { id name } }
  }
}`;
const LOGOUT = `mutation Logout { logout }`;
const CHANGE_PASSWORD = `mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
}`;

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [viewer, setViewer] = useState<Viewer | null>(null);
  const [checking, setChecking] = useState(getToken() !== null);

  useEffect(() => {
    if (getToken()) {
      gql<{ me: Viewer }>(ME)
        .then((data) => setViewer(data.me))
        .catch(() => setToken(null))
        .finally(() => setChecking(false));
    }
    return onTokenChange(() => {
      if (!getToken()) setViewer(null);
    });
  }, []);

  const login = async (email: string, password: string) => {
    const data = await gql<{ login: { token: string; user: Viewer } }>(LOGIN, {
      email,
      password,
    });
    setToken(data.login.token);
    setViewer(data.login.user);
  };

  const value: AuthState = {
    viewer,
    checking,
    login,
    async logout() {
      try {
        if (getToken()) await gql<{ logout: boolean }>(LOGOUT);
      } catch {
        // Already ended (or the portal is unreachable): forget the token all the same.
      }
      setToken(null);
      setViewer(null);
    },
    async changePassword(currentPassword, newPassword) {
      const email = viewer?.email;
      await gql<{ changePassword: boolean }>(CHANGE_PASSWORD, { currentPassword, newPassword });
      // The old token is dead now; log-in needs none.
      if (email) await login(email, newPassword);
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
