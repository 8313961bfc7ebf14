import { useState, type FormEvent } from "react";
import { useNavigate } from "react-router-dom";
import { useAuth, useViewer } from "../api/auth";
import { ApiError } from "../api/client";
import { ErrorMessage, Notice, TextField } from "../components/ui";

/** The password rules (src/modules/identity/password-policy.ts), as the forms show them. */
export const POLICY_HINT =
  "At least 10 characters, not only spaces, not containing your e-mail name, not a common password.";

/**
 * Every role's own password. `forced`: after an admin's reset, the only page until it is done
 * (the API refuses everything else meanwhile).
 */
export function ChangePasswordPage({ forced = false }: { forced?: boolean }) {
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
        new ApiError("The new password and its confirmation differ.", "BAD_USER_INPUT", [
          {
            path: "confirmPassword",
            message: "The repeated password does not match the new password",
          },
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
      <h1>Change password</h1>
      {forced && (
        <Notice>
          An administrator reset your password. Choose a new one to continue, {viewer.name}.
        </Notice>
      )}
      {done && <Notice>Password changed. Your other sessions have been logged out.</Notice>}
      <form
        className="card login-card"
        aria-label="Change password"
        onSubmit={(event) => void submit(event)}
        noValidate
      >
        <ErrorMessage error={error} />
        <input type="hidden" name="username" autoComplete="username" value={viewer.email} />
        <TextField
          label={forced ? "One-time password" : "Current password"}
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          value={form.currentPassword}
          error={error}
          onChange={set("currentPassword")}
        />
        <TextField
          label="New password"
          name="newPassword"
          type="password"
          autoComplete="new-password"
          hint={POLICY_HINT}
          value={form.newPassword}
          error={error}
          onChange={set("newPassword")}
        />
        <TextField
          label="Repeat the new password"
          name="confirmPassword"
          type="password"
          autoComplete="new-password"
          value={form.confirmPassword}
          error={error}
          onChange={set("confirmPassword")}
        />
        <button type="submit" className="primary" disabled={busy}>
          {busy ? "Changing…" : "Change password"}
        </button>
      </form>
    </section>
  );

  if (!forced) return page;
  return (
    <div className="app">
      <header className="topbar">
        <span className="brand">ESG audit portal</span>
        <div className="who">
          <span className="who-name">
            {viewer.name} <span className="role">{viewer.role}</span>
          </span>
          <button
            type="button"
            onClick={() => void logout().then(() => navigate("/login", { replace: true }))}
          >
            Log out
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {page}
      </main>
    </div>
  );
}
