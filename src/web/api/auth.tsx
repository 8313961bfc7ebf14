import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import { gql, getToken, onTokenChange, setToken } from "./client";

export type Role = "ADMIN" | "PROCUREMENT" | "AUDITOR" | "SUPPLIER";

export interface Viewer {
  id: string;
  email: string;
  name: string;
  role: Role;
  supplier: { id: string; name: string } | null;
}

interface AuthState {
  viewer: Viewer | null;
  checking: boolean;
  login(email: string, password: string): Promise<void>;
  logout(): void;
}

const ME = `query Me { me { id email name role supplier { id name } } }`;
const LOGIN = `mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) { token user { id email name role supplier { id name } } }
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

  const value: AuthState = {
    viewer,
    checking,
    async login(email, password) {
      const data = await gql<{ login: { token: string; user: Viewer } }>(LOGIN, {
        email,
        password,
      });
      setToken(data.login.token);
      setViewer(data.login.user);
    },
    logout() {
      setToken(null);
      setViewer(null);
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
