import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import { useAuth, useViewer } from "../api/auth";
import { ApiError } from "../api/client";
import { LanguageSwitch } from "../components/LanguageSwitch";
import { badgeLabel, ErrorMessage, Notice, TextField } from "../components/ui";
import { i18next } from "../i18n";
import { ROLE_LABELS } from "../labels";

/** The password rules (src/modules/identity/password-policy.ts), as the forms show them. */
export const policyHint = () => i18next.t("shell:password.policy");

/**
 * Every role's own password. `forced`: after an admin's reset, the only page until it is done
 * (the API refuses everything else meanwhile).
 */
export function ChangePasswordPage({ forced = false }: { forced?: boolean }) {
  const { t } = useTranslation("shell");
  const viewer = useViewer();
  const { changePassword, logout } = useAuth();
  const navigate = useNavigate();
  const [form, setForm] = useState({ currentPassword: "", newPassword: "", confirmPassword: "" });
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const set = (key: keyof typeof form) => (event: { target: { value: string } }) =>
    setForm((current) => ({ ...current, [key]: event.target.value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    if (form.newPassword !== form.confirmPassword) {
      setError(
        new ApiError(t("password.differ"), "BAD_USER_INPUT", [
          { path: "confirmPassword", message: t("password.mismatch") },
        ]),
      );
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await changePassword(form.currentPassword, form.newPassword);
      setForm({ currentPassword: "", newPassword: "", confirmPassword: "" });
      setDone(true);
      if (forced) void navigate("/", { replace: true, state: { passwordChanged: true } });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const page = (
    <section>
      <h1>{t("password.title")}</h1>
      {forced && <Notice>{t("password.forced", { name: viewer.name })}</Notice>}
      {done && <Notice>{t("password.done")}</Notice>}
      <form
        className="card login-card"
        aria-label={t("password.form")}
        onSubmit={(event) => void submit(event)}
        noValidate
      >
        <ErrorMessage error={error} />
        <input type="hidden" name="username" autoComplete="username" value={viewer.email} />
        <TextField
          label={forced ? t("password.oneTime") : t("password.current")}
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          value={form.currentPassword}
          error={error}
          onChange={set("currentPassword")}
        />
        <TextField
          label={t("password.new")}
          name="newPassword"
          type="password"
          autoComplete="new-password"
          hint={policyHint()}
          value={form.newPassword}
          error={error}
          onChange={set("newPassword")}
        />
        <TextField
          label={t("password.repeat")}
          name="confirmPassword"
          type="password"
          autoComplete="new-password"
          value={form.confirmPassword}
          error={error}
          onChange={set("confirmPassword")}
        />
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t("password.busy") : t("password.submit")}
        </button>
      </form>
    </section>
  );

  if (!forced) return page;
  return (
    <div className="app">
      <header className="topbar">
        <span className="brand">{t("brand")}</span>
        <div className="who">
          <LanguageSwitch />
          <span className="who-name">
            {viewer.name} <span className="role">{badgeLabel(ROLE_LABELS, viewer.role)}</span>
          </span>
          <button
            type="button"
            onClick={() => void logout().then(() => navigate("/login", { replace: true }))}
          >
            {t("logOut")}
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {page}
      </main>
    </div>
  );
}
