import { useState, type FormEvent } from "react";
import { Trans, useTranslation } from "react-i18next";
import { useViewer } from "../../api/auth";
import { useCursorPages, useMutation, useQuery } from "../../api/hooks";
import {
  Badge,
  Empty,
  ErrorMessage,
  Notice,
  Pager,
  QueryGate,
  SelectField,
  TextField,
} from "../../components/ui";
import { HistoryLink } from "../../components/HistoryLink";
import { graphql } from "../../gql";
import type { Role } from "../../gql/graphql";
import { i18next } from "../../i18n";

const ROLES: Role[] = ["SUPPLIER", "AUDITOR", "PROCUREMENT", "ADMIN"];

/** Roles in words, as the people who hold them would say it (admin.json users.roles). */
const roleWords = (role: Role): string => i18next.t(`admin:users.roles.${role}`);

const USERS = graphql(`
  query Users($after: String) {
    users(first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          email
          name
          role
          active
          supplier {
            id
            name
          }
        }
      }
    }
  }
`);
const SUPPLIER_OPTIONS = graphql(`
  query SupplierOptions {
    suppliers(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);
const CREATE = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
    }
  }
`);
const DEACTIVATE = graphql(`
  mutation DeactivateUser($id: ID!) {
    deactivateUser(id: $id) {
      id
      active
    }
  }
`);
const ACTIVATE = graphql(`
  mutation ActivateUser($id: ID!) {
    activateUser(id: $id) {
      id
      active
    }
  }
`);
const CHANGE_ROLE = graphql(`
  mutation ChangeUserRole($id: ID!, $role: Role!, $supplierId: ID) {
    changeUserRole(id: $id, role: $role, supplierId: $supplierId) {
      id
      role
      supplier {
        id
        name
      }
    }
  }
`);
const RESET_PASSWORD = graphql(`
  mutation ResetPassword($userId: ID!) {
    resetUserPassword(userId: $userId)
  }
`);

/** The one-time password, shown once: the server keeps only its hash. */
function OneTimePassword({
  reset,
  onDismiss,
}: {
  reset: { name: string; email: string; password: string };
  onDismiss: () => void;
}) {
  const { t } = useTranslation("admin");
  const [copied, setCopied] = useState(false);
  return (
    <div className="notice" role="status" aria-label={t("users.oneTimePassword.label")}>
      <p>
        <Trans
          t={t}
          i18nKey="users.oneTimePassword.line"
          values={{ name: reset.name, email: reset.email, password: reset.password }}
          components={{ strong: <strong />, code: <code className="one-time-password" /> }}
        />
      </p>
      <p className="muted">{t("users.oneTimePassword.advice", { name: reset.name })}</p>
      <button
        type="button"
        onClick={() =>
          void navigator.clipboard
            ?.writeText(reset.password)
            .then(() => setCopied(true))
            .catch(() => setCopied(false))
        }
      >
        {copied ? t("users.oneTimePassword.copied") : t("users.oneTimePassword.copy")}
      </button>{" "}
      <button type="button" onClick={onDismiss}>
        {t("users.oneTimePassword.done")}
      </button>
    </div>
  );
}

function CreateUserForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation("admin");
  const suppliers = useQuery(SUPPLIER_OPTIONS);
  const [form, setForm] = useState({
    email: "",
    name: "",
    password: "",
    role: "SUPPLIER" as Role,
    supplierId: "",
  });
  const [done, setDone] = useState(false);
  const create = useMutation(CREATE);
  const set = (key: keyof typeof form) => (event: { target: { value: string } }) =>
    setForm((current) => ({ ...current, [key]: event.target.value }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    const ok = await create.run({
      input: {
        email: form.email.trim(),
        name: form.name,
        password: form.password,
        role: form.role,
        ...(form.role === "SUPPLIER" && form.supplierId ? { supplierId: form.supplierId } : {}),
      },
    });
    if (ok) {
      setForm({ email: "", name: "", password: "", role: form.role, supplierId: "" });
      setDone(true);
      onCreated();
    }
  };
  return (
    <form className="card" onSubmit={(event) => void submit(event)} noValidate>
      <h2>{t("users.create.title")}</h2>
      {done && <Notice>{t("users.create.done")}</Notice>}
      <ErrorMessage error={create.error} />
      <div className="form-grid">
        <TextField
          label={t("users.create.email")}
          name="email"
          type="email"
          value={form.email}
          error={create.error}
          onChange={set("email")}
        />
        <TextField
          label={t("users.create.name")}
          name="name"
          value={form.name}
          error={create.error}
          onChange={set("name")}
        />
        <TextField
          label={t("users.create.password")}
          name="password"
          type="password"
          autoComplete="new-password"
          value={form.password}
          error={create.error}
          onChange={set("password")}
        />
        <SelectField
          label={t("users.create.role")}
          name="role"
          value={form.role}
          error={create.error}
          options={ROLES.map((value) => ({ value, label: roleWords(value) }))}
          onChange={(event) =>
            setForm((current) => ({ ...current, role: event.target.value as Role }))
          }
        />
        {form.role === "SUPPLIER" && (
          <SelectField
            label={t("users.create.supplier")}
            name="supplierId"
            value={form.supplierId}
            error={create.error}
            options={[
              { value: "", label: t("users.create.chooseSupplier") },
              ...(suppliers.data?.suppliers.edges ?? []).map(({ node }) => ({
                value: node.id,
                label: node.name,
              })),
            ]}
            onChange={set("supplierId")}
          />
        )}
      </div>
      <button type="submit" className="primary" disabled={create.busy}>
        {t("users.create.submit")}
      </button>
    </form>
  );
}

interface Person {
  id: string;
  name: string;
  role: Role;
  supplier?: { id: string; name: string } | null;
}

/**
 * "Change role": pick the role (and, for a supplier user, the supplier), then confirm; the
 * person's sessions end, so the question says so before anything changes.
 */
function RoleChanger({
  user,
  suppliers,
  onChanged,
}: {
  user: Person;
  suppliers: { id: string; name: string }[];
  onChanged: (message: string) => void;
}) {
  const { t } = useTranslation("admin");
  const change = useMutation(CHANGE_ROLE);
  const [open, setOpen] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [role, setRole] = useState<Role>(user.role);
  const [supplierId, setSupplierId] = useState(user.supplier?.id ?? "");
  const supplierName = suppliers.find((s) => s.id === supplierId)?.name;
  const target =
    role === "SUPPLIER"
      ? t("users.roleChange.supplierRole", {
          role: roleWords(role),
          supplier: supplierName ?? t("users.roleChange.unknownSupplier"),
        })
      : roleWords(role);
  const close = () => {
    setOpen(false);
    setConfirming(false);
    change.reset();
  };
  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)}>
        <Trans
          t={t}
          i18nKey="users.roleChange.open"
          values={{ name: user.name }}
          components={{ sr: <span className="sr-only" /> }}
        />
      </button>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    change.reset();
    setConfirming(true);
  };
  const confirm = async () => {
    const ok = await change.run({
      id: user.id,
      role,
      supplierId: role === "SUPPLIER" && supplierId ? supplierId : null,
    });
    setConfirming(false);
    if (ok) {
      close();
      onChanged(t("users.roleChange.changed", { name: user.name, target }));
    }
  };
  return (
    <form className="role-changer" onSubmit={submit} noValidate>
      <ErrorMessage error={change.error} />
      <SelectField
        label={t("users.roleChange.newRole", { name: user.name })}
        name="role"
        value={role}
        error={change.error}
        options={ROLES.map((value) => ({ value, label: roleWords(value) }))}
        onChange={(event) => {
          setConfirming(false);
          setRole(event.target.value as Role);
        }}
      />
      {role === "SUPPLIER" && (
        <SelectField
          label={t("users.roleChange.supplier")}
          name="supplierId"
          value={supplierId}
          error={change.error}
          options={[
            { value: "", label: t("users.roleChange.chooseSupplier") },
            ...suppliers.map((s) => ({ value: s.id, label: s.name })),
          ]}
          onChange={(event) => {
            setConfirming(false);
            setSupplierId(event.target.value);
          }}
        />
      )}
      {confirming ? (
        <span className="confirm" role="group" aria-label={t("users.roleChange.confirmGroup")}>
          <span>{t("users.roleChange.question", { name: user.name, target })}</span>{" "}
          <button
            type="button"
            className="danger"
            disabled={change.busy}
            onClick={() => void confirm()}
          >
            {t("users.roleChange.yes")}
          </button>{" "}
          <button type="button" onClick={() => setConfirming(false)}>
            {t("users.roleChange.cancel")}
          </button>
        </span>
      ) : (
        <>
          <button type="submit" className="primary">
            {t("users.roleChange.continue")}
          </button>{" "}
          <button type="button" onClick={close}>
            {t("users.roleChange.cancel")}
          </button>
        </>
      )}
    </form>
  );
}

export function UsersPage() {
  const { t } = useTranslation("admin");
  const viewer = useViewer();
  const pages = useCursorPages("users");
  const state = useQuery(USERS, { after: pages.after });
  const deactivate = useMutation(DEACTIVATE);
  const activate = useMutation(ACTIVATE);
  const resetPassword = useMutation(RESET_PASSWORD);
  const [reset, setReset] = useState<{ name: string; email: string; password: string }>();
  const [roleNotice, setRoleNotice] = useState("");
  const suppliers = useQuery(SUPPLIER_OPTIONS);
  const supplierList = (suppliers.data?.suppliers.edges ?? []).map(({ node }) => node);
  const runReset = async (user: { id: string; name: string; email: string }) => {
    setReset(undefined);
    const result = await resetPassword.run({ userId: user.id });
    if (result)
      setReset({ name: user.name, email: user.email, password: result.resetUserPassword });
  };
  return (
    <section>
      <h1>{t("users.title")}</h1>
      <CreateUserForm onCreated={state.reload} />
      {reset && <OneTimePassword reset={reset} onDismiss={() => setReset(undefined)} />}
      {roleNotice && <Notice>{roleNotice}</Notice>}
      <ErrorMessage error={deactivate.error ?? activate.error ?? resetPassword.error} />
      <QueryGate state={state}>
        {({ users }) =>
          users.edges.length === 0 ? (
            <Empty>{t("users.none")}</Empty>
          ) : (
            <>
              <div
                className="table-wrap"
                tabIndex={0}
                role="region"
                aria-label={t("users.tableLabel")}
              >
                <table className="table">
                  <caption className="sr-only">{t("users.caption")}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("users.columns.name")}</th>
                      <th scope="col">{t("users.columns.email")}</th>
                      <th scope="col">{t("users.columns.role")}</th>
                      <th scope="col">{t("users.columns.supplier")}</th>
                      <th scope="col">{t("users.columns.status")}</th>
                      <th scope="col">{t("users.columns.action")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {users.edges.map(({ node }) => (
                      <tr key={node.id}>
                        <td>{node.name}</td>
                        <td>{node.email}</td>
                        <td>{roleWords(node.role)}</td>
                        <td>{node.supplier?.name ?? "—"}</td>
                        <td>
                          <Badge
                            value={node.active ? t("users.active") : t("users.inactive")}
                            kind={node.active ? "ACTIVE" : "INACTIVE"}
                          />
                        </td>
                        <td className="user-actions">
                          {node.id === viewer.id ? (
                            <span className="muted">{t("users.you")}</span>
                          ) : node.active ? (
                            <>
                              <button
                                type="button"
                                onClick={() =>
                                  void deactivate
                                    .run({ id: node.id })
                                    .then((ok) => ok && state.reload())
                                }
                              >
                                {t("users.deactivate", { name: node.name })}
                              </button>{" "}
                              <button
                                type="button"
                                disabled={resetPassword.busy}
                                onClick={() => void runReset(node)}
                              >
                                {t("users.resetPassword", { name: node.name })}
                              </button>{" "}
                              <RoleChanger
                                user={node}
                                suppliers={supplierList}
                                onChanged={(message) => {
                                  setRoleNotice(message);
                                  state.reload();
                                }}
                              />
                            </>
                          ) : (
                            <button
                              type="button"
                              onClick={() =>
                                void activate
                                  .run({ id: node.id })
                                  .then((ok) => ok && state.reload())
                              }
                            >
                              {t("users.activate", { name: node.name })}
                            </button>
                          )}{" "}
                          <HistoryLink
                            // eslint-disable-next-line i18next/no-literal-string -- an entity type code
                            entityType="User"
                            entityId={node.id}
                            name={node.name}
                          />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <Pager
                label={t("users.pager")}
                total={users.totalCount}
                hasNext={users.pageInfo.hasNextPage}
                hasPrevious={pages.hasPrevious}
                onNext={() => pages.next(users.pageInfo.endCursor)}
                onPrevious={pages.previous}
              />
            </>
          )
        }
      </QueryGate>
    </section>
  );
}
