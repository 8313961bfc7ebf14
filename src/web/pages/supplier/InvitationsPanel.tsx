import { useState, type FormEvent } from "react";
import { useMutation, useQuery } from "../../api/hooks";
import { CopyButton, ConfirmButton } from "../../components/once";
import {
  Badge,
  Empty,
  ErrorMessage,
  formatDate,
  formatDateTime,
  Notice,
  QueryGate,
  TextField,
} from "../../components/ui";
import { graphql } from "../../gql";
import type { InvitationsQuery } from "../../gql/graphql";

const INVITATIONS = graphql(`
  query Invitations($supplierId: ID!) {
    invitations(supplierId: $supplierId) {
      id
      email
      state
      sentAt
      expiresAt
      acceptedAt
      revokedAt
      emailed
      createdAt
      createdBy {
        id
        name
      }
    }
  }
`);
const INVITE = graphql(`
  mutation InviteSupplierUser($supplierId: ID!, $email: String!) {
    inviteSupplierUser(supplierId: $supplierId, email: $email) {
      id
      email
      expiresAt
      link
    }
  }
`);
const RESEND = graphql(`
  mutation ResendInvitation($id: ID!) {
    resendInvitation(id: $id) {
      id
      email
      expiresAt
      link
    }
  }
`);
const REVOKE = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id) {
      id
      state
    }
  }
`);

type Invitation = InvitationsQuery["invitations"][number];
interface Issued {
  email: string;
  expiresAt: string;
  link: string | null;
}

const STATE_BADGE: Record<Invitation["state"], string> = {
  PENDING: "pending",
  ACCEPTED: "accepted",
  EXPIRED: "expired",
  REVOKED: "cancelled",
};

/**
 * The link the API returned for this invite or resend. With mail configured the API sends it
 * to the invitee and returns none; without, the inviter passes it on, and only now: the
 * server keeps just its hash.
 */
function IssuedLink({ issued, onDismiss }: { issued: Issued; onDismiss: () => void }) {
  if (!issued.link) {
    return (
      <Notice>
        <span data-testid="invitation-issued">
          Invitation sent by e-mail to <strong>{issued.email}</strong>; the link is valid until{" "}
          {formatDate(issued.expiresAt)}.
        </span>{" "}
        <button type="button" className="link-button" onClick={onDismiss}>
          Done
        </button>
      </Notice>
    );
  }
  return (
    <div className="notice warn" role="status" aria-label="Invitation link">
      <p>
        No e-mail was sent (no mail server is configured): pass this link to{" "}
        <strong>{issued.email}</strong> yourself. It works once, until{" "}
        {formatDate(issued.expiresAt)}.
      </p>
      <p>
        <code className="secret-value" data-testid="invitation-link">
          {issued.link}
        </code>
      </p>
      <p className="muted">
        It is shown only now. If it is lost, resend the invitation: that makes a new link and the
        old one stops working.
      </p>
      <div className="button-row">
        <CopyButton value={issued.link} label="Copy link" />
        <button type="button" onClick={onDismiss}>
          Done
        </button>
      </div>
    </div>
  );
}

function InvitationRow({
  invitation,
  canAct,
  busy,
  onResend,
  onRevoke,
}: {
  invitation: Invitation;
  canAct: boolean;
  busy: boolean;
  onResend: (invitation: Invitation) => Promise<unknown>;
  onRevoke: (invitation: Invitation) => Promise<unknown>;
}) {
  // Accepted and revoked invitations are final; an expired one may be sent again.
  const open = canAct && (invitation.state === "PENDING" || invitation.state === "EXPIRED");
  return (
    <tr data-invitation={invitation.email} data-state={invitation.state}>
      <td>{invitation.email}</td>
      <td>
        <Badge value={invitation.state} kind={STATE_BADGE[invitation.state]} />
      </td>
      <td>
        {invitation.state === "ACCEPTED"
          ? `accepted ${formatDate(invitation.acceptedAt)}`
          : invitation.state === "REVOKED"
            ? `revoked ${formatDate(invitation.revokedAt)}`
            : formatDateTime(invitation.expiresAt)}
      </td>
      <td>
        {invitation.createdBy?.name ?? "—"}
        <div className="muted small">
          link issued {formatDate(invitation.sentAt)}
          {invitation.emailed && ", by e-mail"}
        </div>
      </td>
      <td>
        {open && (
          <div className="button-row">
            <button
              type="button"
              disabled={busy}
              aria-label={`Resend the invitation to ${invitation.email}`}
              onClick={() => void onResend(invitation)}
            >
              Resend
            </button>
            <ConfirmButton
              label="Revoke"
              accessibleLabel={`Revoke the invitation to ${invitation.email}`}
              question={`Revoke the invitation to ${invitation.email}? The link stops working.`}
              confirmLabel="Yes, revoke"
              busy={busy}
              onConfirm={() => onRevoke(invitation)}
            />
          </div>
        )}
      </td>
    </tr>
  );
}

/** A supplier's invitations (ADMIN, PROCUREMENT): invite a contact, resend, revoke. */
export function InvitationsPanel({
  supplierId,
  supplierName,
  canInvite,
}: {
  supplierId: string;
  supplierName: string;
  canInvite: boolean;
}) {
  const state = useQuery(INVITATIONS, { supplierId });
  const invite = useMutation(INVITE);
  const resend = useMutation(RESEND);
  const revoke = useMutation(REVOKE);
  const [email, setEmail] = useState("");
  const [issued, setIssued] = useState<Issued | null>(null);
  const [revoked, setRevoked] = useState<string | null>(null);

  const show = (next: Issued | undefined) => {
    if (!next) return;
    setRevoked(null);
    setIssued({ email: next.email, expiresAt: next.expiresAt, link: next.link });
    state.reload();
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setIssued(null);
    const result = await invite.run({ supplierId, email: email.trim() });
    if (result) {
      setEmail("");
      show(result.inviteSupplierUser);
    }
  };
  const onResend = async (invitation: Invitation) =>
    show((await resend.run({ id: invitation.id }))?.resendInvitation);
  const onRevoke = async (invitation: Invitation) => {
    if (await revoke.run({ id: invitation.id })) {
      setIssued(null);
      setRevoked(invitation.email);
      state.reload();
    }
  };

  return (
    <div className="card" id="invitations">
      <h2>Invitations</h2>
      {canInvite && (
        <form
          className="inline-form"
          aria-label="Invite a contact"
          noValidate
          onSubmit={(event) => void submit(event)}
        >
          <TextField
            label="Contact e-mail"
            name="email"
            type="email"
            autoComplete="off"
            hint={`Becomes a supplier user of ${supplierName} after setting a name and password.`}
            value={email}
            error={invite.error}
            onChange={(event) => setEmail(event.target.value)}
          />
          <button type="submit" className="primary" disabled={invite.busy || !email.trim()}>
            {invite.busy ? "Inviting…" : "Invite"}
          </button>
        </form>
      )}
      <ErrorMessage error={invite.error ?? resend.error ?? revoke.error} />
      {issued && <IssuedLink issued={issued} onDismiss={() => setIssued(null)} />}
      {revoked && <Notice>Invitation to {revoked} revoked: its link no longer works.</Notice>}
      <QueryGate state={state}>
        {({ invitations }) =>
          invitations.length === 0 ? (
            <Empty>No invitations yet.</Empty>
          ) : (
            <div className="table-wrap">
              <table className="table">
                <caption className="sr-only">Invitations of {supplierName}</caption>
                <thead>
                  <tr>
                    <th scope="col">E-mail</th>
                    <th scope="col">State</th>
                    <th scope="col">Expires</th>
                    <th scope="col">Invited by</th>
                    <th scope="col">
                      <span className="sr-only">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {invitations.map((invitation) => (
                    <InvitationRow
                      key={invitation.id}
                      invitation={invitation}
                      canAct={canInvite}
                      busy={resend.busy || revoke.busy}
                      onResend={onResend}
                      onRevoke={onRevoke}
                    />
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </QueryGate>
    </div>
  );
}
