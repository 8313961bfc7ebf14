import { useState, type FormEvent } from "react";
import { Trans, useTranslation } from "react-i18next";
import { Link, useLocation, useNavigate } from "react-router-dom";
import { useAuth } from "../api/auth";
import { ApiError } from "../api/client";
import { LanguageSwitch } from "../components/LanguageSwitch";
import { ErrorMessage, Notice, TextField } from "../components/ui";
import { policyHint } from "./ChangePasswordPage";

/**
 * The token rides in the URL fragment (`#token=…`), which browsers never send to a server, so
 * it stays out of access and proxy logs; it goes to the API only in the mutation's body.
 */
function tokenFromFragment(hash: string): string {
  return new URLSearchParams(hash.replace(/^#/, "")).get("token")?.trim() ?? "";
}

/** The link itself is refused (used, revoked, replaced by a resend, expired, mangled). */
function linkProblem(error: unknown): string | undefined {
  return error instanceof ApiError && error.code === "BAD_USER_INPUT"
    ? error.fieldMessage("token")
    : undefined;
}

/**
 * Public: an invited supplier contact sets a name and password, becomes a SUPPLIER user and is
 * logged in, then lands on the supplier's overview.
 */
export function AcceptInvitationPage() {
  const token = tokenFromFragment(useLocation().hash);
  // Another link opened in the same tab starts from an empty form, not the last one's refusal.
  return <AcceptInvitationForm key={token} token={token} />;
}

function AcceptInvitationForm({ token }: { token: string }) {
  const { t } = useTranslation("shell");
  const { viewer, acceptInvitation, logout } = useAuth();
  const navigate = useNavigate();
  const [form, setForm] = useState({ name: "", password: "", confirmPassword: "" });
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const set = (key: keyof typeof form) => (event: { target: { value: string } }) =>
    setForm((current) => ({ ...current, [key]: event.target.value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (form.password !== form.confirmPassword) {
      setError(
        new ApiError(t("invitation.differ"), "BAD_USER_INPUT", [
          { path: "confirmPassword", message: t("invitation.mismatch") },
        ]),
      );
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await acceptInvitation(token, form.name, form.password);
      void navigate("/", { replace: true });
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  };

  const refused = linkProblem(error);
  let body;
  if (!token) {
    body = (
      <div className="error" role="alert">
        {t("invitation.incomplete")}
      </div>
    );
  } else if (viewer) {
    body = (
      <Notice>
        {t("invitation.loggedIn", { name: viewer.name, email: viewer.email })}{" "}
        <button type="button" onClick={() => void logout()}>
          {t("logOut")}
        </button>
      </Notice>
    );
  } else if (refused) {
    body = (
      <div className="error" role="alert" data-testid="invitation-refused">
        <p>{t("invitation.refused", { message: refused.replace(/[.。]$/, "") })}</p>
        <p>
          <Trans
            t={t}
            i18nKey="invitation.haveAccount"
            components={{ login: <Link to="/login" /> }}
          />
        </p>
      </div>
    );
  } else {
    body = (
      <>
        <p className="muted">{t("invitation.intro")}</p>
        <ErrorMessage error={error} />
        <TextField
          label={t("invitation.name")}
          name="name"
          autoComplete="name"
          required
          value={form.name}
          error={error}
          onChange={set("name")}
        />
        <TextField
          label={t("invitation.password")}
          name="password"
          type="password"
          autoComplete="new-password"
          required
          hint={policyHint()}
          value={form.password}
          error={error}
          onChange={set("password")}
        />
        <TextField
          label={t("invitation.repeat")}
          name="confirmPassword"
          type="password"
          autoComplete="new-password"
          required
          value={form.confirmPassword}
          error={error}
          onChange={set("confirmPassword")}
        />
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t("invitation.busy") : t("invitation.submit")}
        </button>
      </>
    );
  }

  return (
    <main id="main" className="login">
      <form
        className="card login-card"
        aria-label={t("invitation.form")}
        onSubmit={(event) => void submit(event)}
        noValidate
      >
        <div className="login-language">
          <LanguageSwitch />
        </div>
        <h1>{t("invitation.title")}</h1>
        {body}
      </form>
    </main>
  );
}
