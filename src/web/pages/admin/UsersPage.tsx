import { useState, type FormEvent } from "react";
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

const ROLES: Role[] = ["SUPPLIER", "AUDITOR", "PROCUREMENT", "ADMIN"];

/** Roles in words, as the people who hold them would say it. */
const ROLE_WORDS: Record<Role, string> = {
  SUPPLIER: "Supplier user",
  AUDITOR: "Auditor",
  PROCUREMENT: "Procurement",
  ADMIN: "Admin",
};

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
  const [copied, setCopied] = useState(false);
  return (
    <div className="notice" role="status" aria-label="One-time password">
      <p>
        One-time password for <strong>{reset.name}</strong> ({reset.email}):{" "}
        <code className="one-time-password">{reset.password}</code>
      </p>
      <p className="muted">
        Copy it now and hand it over by a trusted channel: it is shown only this once. {reset.name}{" "}
        must choose a new password at the next log-in; their sessions have been logged out.
      </p>
      <button
        type="button"
        onClick={() =>
          void navigator.clipboard
            ?.writeText(reset.password)
            .then(() => setCopied(true))
            .catch(() => setCopied(false))
        }
      >
        {copied ? "Copied" : "Copy"}
      </button>{" "}
      <button type="button" onClick={onDismiss}>
        Done
      </button>
    </div>
  );
}

function CreateUserForm({ onCreated }: { onCreated: () => void }) {
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
      <h2>Create a user</h2>
      {done && <Notice>User created.</Notice>}
      <ErrorMessage error={create.error} />
      <div className="form-grid">
        <TextField
          label="E-mail"
          name="email"
          type="email"
          value={form.email}
          error={create.error}
          onChange={set("email")}
        />
        <TextField
          label="Name"
          name="name"
          value={form.name}
          error={create.error}
          onChange={set("name")}
        />
        <TextField
          label="Password (at least 10 characters)"
          name="password"
          type="password"
          autoComplete="new-password"
          value={form.password}
          error={create.error}
          onChange={set("password")}
        />
        <SelectField
          label="Role"
          name="role"
          value={form.role}
          error={create.error}
          options={ROLES.map((value) => ({ value, label: ROLE_WORDS[value] }))}
          onChange={(event) =>
            setForm((current) => ({ ...current, role: event.target.value as Role }))
          }
        />
        {form.role === "SUPPLIER" && (
          <SelectField
            label="Supplier"
            name="supplierId"
            value={form.supplierId}
            error={create.error}
            options={[
              { value: "", label: "Choose a supplier" },
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
        Create user
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
  const change = useMutation(CHANGE_ROLE);
  const [open, setOpen] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [role, setRole] = useState<Role>(user.role);
  const [supplierId, setSupplierId] = useState(user.supplier?.id ?? "");
  const supplierName = suppliers.find((s) => s.id === supplierId)?.name;
  const target =
    role === "SUPPLIER" ? `${ROLE_WORDS[role]} of ${supplierName ?? "…"}` : ROLE_WORDS[role];
  const close = () => {
    setOpen(false);
    setConfirming(false);
    change.reset();
  };
  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)}>
        Change role<span className="sr-only"> of {user.name}</span>
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
      onChanged(`${user.name} is now ${target}. Their sessions have ended: they log in again.`);
    }
  };
  return (
    <form className="role-changer" onSubmit={submit} noValidate>
      <ErrorMessage error={change.error} />
      <SelectField
        label={`New role of ${user.name}`}
        name="role"
        value={role}
        error={change.error}
        options={ROLES.map((value) => ({ value, label: ROLE_WORDS[value] }))}
        onChange={(event) => {
          setConfirming(false);
          setRole(event.target.value as Role);
        }}
      />
      {role === "SUPPLIER" && (
        <SelectField
          label="Supplier"
          name="supplierId"
          value={supplierId}
          error={change.error}
          options={[
            { value: "", label: "Choose a supplier" },
            ...suppliers.map((s) => ({ value: s.id, label: s.name })),
          ]}
          onChange={(event) => {
            setConfirming(false);
            setSupplierId(event.target.value);
          }}
        />
      )}
      {confirming ? (
        <span className="confirm" role="group" aria-label="Confirm the change">
          <span>
            Make {user.name} {target}? Their sessions end at once.
          </span>{" "}
          <button
            type="button"
            className="danger"
            disabled={change.busy}
            onClick={() => void confirm()}
          >
            Yes, change the role
          </button>{" "}
          <button type="button" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </span>
      ) : (
        <>
          <button type="submit" className="primary">
            Continue
          </button>{" "}
          <button type="button" onClick={close}>
            Cancel
          </button>
        </>
      )}
    </form>
  );
}

export function UsersPage() {
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
      <h1>Users</h1>
      <CreateUserForm onCreated={state.reload} />
      {reset && <OneTimePassword reset={reset} onDismiss={() => setReset(undefined)} />}
      {roleNotice && <Notice>{roleNotice}</Notice>}
      <ErrorMessage error={deactivate.error ?? activate.error ?? resetPassword.error} />
      <QueryGate state={state}>
        {({ users }) =>
          users.edges.length === 0 ? (
            <Empty>No users.</Empty>
          ) : (
            <>
              <div
                className="table-wrap"
                tabIndex={0}
                role="region"
                aria-label="Users (scrolls sideways)"
              >
                <table className="table">
                  <caption className="sr-only">Users</caption>
                  <thead>
                    <tr>
                      <th scope="col">Name</th>
                      <th scope="col">E-mail</th>
                      <th scope="col">Role</th>
                      <th scope="col">Supplier</th>
                      <th scope="col">Status</th>
                      <th scope="col">Action</th>
                    </tr>
                  </thead>
                  <tbody>
                    {users.edges.map(({ node }) => (
                      <tr key={node.id}>
                        <td>{node.name}</td>
                        <td>{node.email}</td>
                        <td>{ROLE_WORDS[node.role]}</td>
                        <td>{node.supplier?.name ?? "—"}</td>
                        <td>
                          <Badge
                            value={node.active ? "Active" : "Inactive"}
                            kind={node.active ? "ACTIVE" : "INACTIVE"}
                          />
                        </td>
                        <td className="user-actions">
                          {node.id === viewer.id ? (
                            <span className="muted">you</span>
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
                                Deactivate {node.name}
                              </button>{" "}
                              <button
                                type="button"
                                disabled={resetPassword.busy}
                                onClick={() => void runReset(node)}
                              >
                                Reset password of {node.name}
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
                              Activate {node.name}
                            </button>
                          )}{" "}
                          <HistoryLink entityType="User" entityId={node.id} name={node.name} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <Pager
                label="Users"
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
