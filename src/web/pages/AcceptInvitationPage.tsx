import { useState, type FormEvent } from "react";
import { Link, useLocation, useNavigate } from "react-router-dom";
import { useAuth } from "../api/auth";
import { ApiError } from "../api/client";
import { ErrorMessage, Notice, TextField } from "../components/ui";
import { POLICY_HINT } from "./ChangePasswordPage";

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
        new ApiError("The password and its confirmation differ.", "BAD_USER_INPUT", [
          { path: "confirmPassword", message: "The repeated password does not match the password" },
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
        This invitation link is incomplete: open the whole link from the invitation, or ask for a
        new invitation.
      </div>
    );
  } else if (viewer) {
    body = (
      <Notice>
        You are logged in as {viewer.name} ({viewer.email}). Log out to accept this invitation for a
        new account.{" "}
        <button type="button" onClick={() => void logout()}>
          Log out
        </button>
      </Notice>
    );
  } else if (refused) {
    body = (
      <div className="error" role="alert" data-testid="invitation-refused">
        <p>{refused}.</p>
        <p>
          Already have an account? <Link to="/login">Log in</Link>. Otherwise ask the person who
          invited you for a new invitation.
        </p>
      </div>
    );
  } else {
    body = (
      <>
        <p className="muted">
          You were invited to the portal as a supplier contact. Choose your name and a password; you
          are logged in at once.
        </p>
        <ErrorMessage error={error} />
        <TextField
          label="Your name"
          name="name"
          autoComplete="name"
          required
          value={form.name}
          error={error}
          onChange={set("name")}
        />
        <TextField
          label="Password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          hint={POLICY_HINT}
          value={form.password}
          error={error}
          onChange={set("password")}
        />
        <TextField
          label="Repeat the password"
          name="confirmPassword"
          type="password"
          autoComplete="new-password"
          required
          value={form.confirmPassword}
          error={error}
          onChange={set("confirmPassword")}
        />
        <button type="submit" className="primary" disabled={busy}>
          {busy ? "Setting up your account…" : "Create my account"}
        </button>
      </>
    );
  }

  return (
    <main id="main" className="login">
      <form
        className="card login-card"
        aria-label="Accept the invitation"
        onSubmit={(event) => void submit(event)}
        noValidate
      >
        <h1>Accept your invitation</h1>
        {body}
      </form>
    </main>
  );
}
