import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useLocation } from "react-router-dom";
import { useAuth } from "../api/auth";
import { ApiError } from "../api/client";
import { LanguageSwitch } from "../components/LanguageSwitch";
import { ErrorMessage, TextField } from "../components/ui";

export function LoginPage() {
  const { t } = useTranslation("shell");
  const { login } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await login(email.trim(), password);
      const from = (location.state as { from?: string } | null)?.from;
      void navigate(from && from !== "/login" ? from : "/", { replace: true });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <main id="main" className="login">
      <form className="card login-card" onSubmit={(event) => void submit(event)} noValidate>
        <div className="login-language">
          <LanguageSwitch />
        </div>
        <h1>{t("login.title")}</h1>
        <p className="muted">{t("login.intro")}</p>
        {error instanceof ApiError && error.code === "UNAUTHENTICATED" ? (
          <div className="error" role="alert">
            {t("login.wrong")}
          </div>
        ) : (
          <ErrorMessage error={error} />
        )}
        <TextField
          label={t("login.email")}
          name="email"
          type="email"
          autoComplete="username"
          required
          value={email}
          error={error}
          onChange={(event) => setEmail(event.target.value)}
        />
        <TextField
          label={t("login.password")}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          error={error}
          onChange={(event) => setPassword(event.target.value)}
        />
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t("login.busy") : t("login.submit")}
        </button>
      </form>
    </main>
  );
}
