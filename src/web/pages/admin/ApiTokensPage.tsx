import { useState, type FormEvent } from "react";
import { Trans, useTranslation } from "react-i18next";
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
const TOKEN_ROLES = ["PROCUREMENT", "AUDITOR"] as const satisfies readonly Role[];
const isTokenRole = (role: Role): role is (typeof TOKEN_ROLES)[number] =>
  (TOKEN_ROLES as readonly Role[]).includes(role);
const STATE_BADGE = { ACTIVE: "active", EXPIRED: "expired", REVOKED: "cancelled" } as const;

/** The end of the chosen day in UTC, so a token "until 2027-06-30" works all that day. */
const endOfDay = (day: string) => new Date(`${day}T23:59:59.999Z`).toISOString();

function CreateTokenForm({ onCreated }: { onCreated: (name: string, secret: string) => void }) {
  const { t } = useTranslation("admin");
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
      aria-label={t("apiTokens.create.title")}
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <h2>{t("apiTokens.create.title")}</h2>
      <p className="muted">
        <Trans t={t} i18nKey="apiTokens.create.intro" components={{ code: <code /> }} />
      </p>
      <ErrorMessage error={create.error} />
      <div className="form-grid">
        <TextField
          label={t("apiTokens.create.name")}
          name="name"
          hint={t("apiTokens.create.nameHint")}
          value={form.name}
          error={create.error}
          onChange={(event) => setForm((current) => ({ ...current, name: event.target.value }))}
        />
        <SelectField
          label={t("apiTokens.create.role")}
          name="role"
          value={form.role}
          error={create.error}
          options={TOKEN_ROLES.map((value) => ({ value, label: t(`apiTokens.roles.${value}`) }))}
          onChange={(event) =>
            setForm((current) => ({ ...current, role: event.target.value as Role }))
          }
        />
        <TextField
          label={t("apiTokens.create.expires")}
          name="expiresAt"
          type="date"
          hint={t("apiTokens.create.expiresHint")}
          value={form.expires}
          error={create.error}
          onChange={(event) => setForm((current) => ({ ...current, expires: event.target.value }))}
        />
      </div>
      <button type="submit" className="primary" disabled={create.busy || !form.name.trim()}>
        {create.busy ? t("apiTokens.create.busy") : t("apiTokens.create.submit")}
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
  const { t } = useTranslation("admin");
  const state = lifeState(token.revokedAt, token.expiresAt);
  return (
    <tr data-token={token.name} data-state={state}>
      <td>
        {token.name}
        {token.createdBy && (
          <div className="muted small">{t("apiTokens.by", { name: token.createdBy.name })}</div>
        )}
      </td>
      <td>{isTokenRole(token.role) ? t(`apiTokens.roleCell.${token.role}`) : token.role}</td>
      <td>{formatDate(token.createdAt)}</td>
      <td>{token.expiresAt ? formatDateTime(token.expiresAt) : t("apiTokens.never")}</td>
      <td>{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : t("apiTokens.never")}</td>
      <td>
        <Badge value={t(`apiTokens.states.${state}`)} kind={STATE_BADGE[state]} />
        {token.revokedAt && <div className="muted small">{formatDateTime(token.revokedAt)}</div>}
      </td>
      <td>
        {state === "ACTIVE" && (
          <ConfirmButton
            label={t("apiTokens.revoke")}
            accessibleLabel={t("apiTokens.revokeLabel", { name: token.name })}
            question={t("apiTokens.revokeQuestion", { name: token.name })}
            confirmLabel={t("apiTokens.revokeConfirm")}
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
  const { t } = useTranslation("admin");
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
      <h1>{t("apiTokens.title")}</h1>
      {created ? (
        <ShownOnce
          title={t("apiTokens.secretTitle", { name: created.name })}
          value={created.secret}
          onDismiss={() => setCreated(null)}
        >
          <p>{t("apiTokens.secretHelp")}</p>
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
      {revoked && <Notice>{t("apiTokens.revoked", { name: revoked })}</Notice>}
      <QueryGate state={state}>
        {({ apiTokens }) =>
          apiTokens.length === 0 ? (
            <Empty>{t("apiTokens.empty")}</Empty>
          ) : (
            <div className="card">
              <div className="table-wrap">
                <table className="table">
                  <caption className="sr-only">{t("apiTokens.caption")}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("apiTokens.columns.name")}</th>
                      <th scope="col">{t("apiTokens.columns.role")}</th>
                      <th scope="col">{t("apiTokens.columns.created")}</th>
                      <th scope="col">{t("apiTokens.columns.expires")}</th>
                      <th scope="col">{t("apiTokens.columns.lastUsed")}</th>
                      <th scope="col">{t("apiTokens.columns.state")}</th>
                      <th scope="col">
                        <span className="sr-only">{t("apiTokens.columns.actions")}</span>
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
