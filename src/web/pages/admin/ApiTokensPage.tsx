import { useState, type FormEvent } from "react";
import { useMutation, useQuery } from "../../api/hooks";
import { ConfirmButton, lifeState, ShownOnce } from "../../components/once";
import {
  Badge,
  Empty,
  ErrorMessage,
  formatDate,
  formatDateTime,
  Notice,
  QueryGate,
  SelectField,
  TextField,
} from "../../components/ui";
import { graphql } from "../../gql";
import type { ApiTokensQuery, Role } from "../../gql/graphql";

const API_TOKENS = graphql(`
  query ApiTokens {
    apiTokens {
      id
      name
      role
      createdAt
      createdBy {
        id
        name
      }
      expiresAt
      lastUsedAt
      revokedAt
    }
  }
`);
const CREATE = graphql(`
  mutation CreateApiToken($name: String!, $role: Role!, $expiresAt: DateTime) {
    createApiToken(name: $name, role: $role, expiresAt: $expiresAt) {
      id
      secret
    }
  }
`);
const REVOKE = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id)
  }
`);

type ApiToken = ApiTokensQuery["apiTokens"][number];

/** A token acts as a service user of one of these roles; the API refuses ADMIN and SUPPLIER. */
const TOKEN_ROLES: { value: Role; label: string }[] = [
  { value: "PROCUREMENT", label: "PROCUREMENT (rankings, suppliers, purchases)" },
  { value: "AUDITOR", label: "AUDITOR (audits, findings, reviews)" },
];
const STATE_BADGE = { ACTIVE: "active", EXPIRED: "expired", REVOKED: "cancelled" } as const;

/** The end of the chosen day in UTC, so a token "until 2027-06-30" works all that day. */
const endOfDay = (day: string) => new Date(`${day}T23:59:59.999Z`).toISOString();

function CreateTokenForm({ onCreated }: { onCreated: (name: string, secret: string) => void }) {
  const [form, setForm] = useState({ name: "", role: "PROCUREMENT" as Role, expires: "" });
  const create = useMutation(CREATE);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await create.run({
      name: form.name.trim(),
      role: form.role,
      expiresAt: form.expires ? endOfDay(form.expires) : null,
    });
    if (result) {
      onCreated(form.name.trim(), result.createApiToken.secret);
      setForm({ name: "", role: form.role, expires: "" });
    }
  };
  return (
    <form
      className="card"
      aria-label="Create an API token"
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <h2>Create an API token</h2>
      <p className="muted">
        For an integration such as the ERP: sent as <code>Authorization: Bearer esgp_…</code>, it
        acts as a service user of its role and is named in the audit trail.
      </p>
      <ErrorMessage error={create.error} />
      <div className="form-grid">
        <TextField
          label="Name"
          name="name"
          hint="What uses it, e.g. “ERP purchase-order block”."
          value={form.name}
          error={create.error}
          onChange={(event) => setForm((current) => ({ ...current, name: event.target.value }))}
        />
        <SelectField
          label="Role"
          name="role"
          value={form.role}
          error={create.error}
          options={TOKEN_ROLES}
          onChange={(event) =>
            setForm((current) => ({ ...current, role: event.target.value as Role }))
          }
        />
        <TextField
          label="Expires (optional)"
          name="expiresAt"
          type="date"
          hint="Works until the end of that day (UTC); empty: until revoked."
          value={form.expires}
          error={create.error}
          onChange={(event) => setForm((current) => ({ ...current, expires: event.target.value }))}
        />
      </div>
      <button type="submit" className="primary" disabled={create.busy || !form.name.trim()}>
        {create.busy ? "Creating…" : "Create token"}
      </button>
    </form>
  );
}

function TokenRow({
  token,
  busy,
  onRevoke,
}: {
  token: ApiToken;
  busy: boolean;
  onRevoke: (token: ApiToken) => Promise<unknown>;
}) {
  const state = lifeState(token.revokedAt, token.expiresAt);
  return (
    <tr data-token={token.name} data-state={state}>
      <td>
        {token.name}
        {token.createdBy && <div className="muted small">by {token.createdBy.name}</div>}
      </td>
      <td>{token.role}</td>
      <td>{formatDate(token.createdAt)}</td>
      <td>{token.expiresAt ? formatDateTime(token.expiresAt) : "never"}</td>
      <td>{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : "never"}</td>
      <td>
        <Badge value={state} kind={STATE_BADGE[state]} />
        {token.revokedAt && <div className="muted small">{formatDateTime(token.revokedAt)}</div>}
      </td>
      <td>
        {state === "ACTIVE" && (
          <ConfirmButton
            label="Revoke"
            accessibleLabel={`Revoke ${token.name}`}
            question={`Revoke ${token.name}? Integrations using it are refused at once.`}
            confirmLabel="Yes, revoke"
            busy={busy}
            onConfirm={() => onRevoke(token)}
          />
        )}
      </td>
    </tr>
  );
}

/** API tokens for integrations (ADMIN): create one (its secret shown once), list, revoke. */
export function ApiTokensPage() {
  const state = useQuery(API_TOKENS);
  const revoke = useMutation(REVOKE);
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const [revoked, setRevoked] = useState<string | null>(null);

  const onRevoke = async (token: ApiToken) => {
    if (await revoke.run({ id: token.id })) {
      setRevoked(token.name);
      state.reload();
    }
  };

  return (
    <section>
      <h1>API tokens</h1>
      {created ? (
        <ShownOnce
          title={`Secret of ${created.name}`}
          value={created.secret}
          onDismiss={() => setCreated(null)}
        >
          <p>
            Store it in the integration&apos;s secret store. The portal keeps only its hash; if it
            is lost, revoke this token and create another.
          </p>
        </ShownOnce>
      ) : (
        <CreateTokenForm
          onCreated={(name, secret) => {
            setRevoked(null);
            setCreated({ name, secret });
            state.reload();
          }}
        />
      )}
      <ErrorMessage error={revoke.error} />
      {revoked && <Notice>{revoked} revoked: requests with it are refused from now on.</Notice>}
      <QueryGate state={state}>
        {({ apiTokens }) =>
          apiTokens.length === 0 ? (
            <Empty>No API tokens yet.</Empty>
          ) : (
            <div className="card">
              <div className="table-wrap">
                <table className="table">
                  <caption className="sr-only">API tokens</caption>
                  <thead>
                    <tr>
                      <th scope="col">Name</th>
                      <th scope="col">Role</th>
                      <th scope="col">Created</th>
                      <th scope="col">Expires</th>
                      <th scope="col">Last used</th>
                      <th scope="col">State</th>
                      <th scope="col">
                        <span className="sr-only">Actions</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {apiTokens.map((token) => (
                      <TokenRow
                        key={token.id}
                        token={token}
                        busy={revoke.busy}
                        onRevoke={onRevoke}
                      />
                    ))}
                  </tbody>
                </table>
              </div>
            </div>
          )
        }
      </QueryGate>
    </section>
  );
}
