import { useState, type FormEvent } from "react";
import { Trans, useTranslation } from "react-i18next";
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
  const { t } = useTranslation("supplier");
  const values = { email: issued.email, date: formatDate(issued.expiresAt) };
  if (!issued.link) {
    return (
      <Notice>
        <span data-testid="invitation-issued">
          <Trans
            t={t}
            i18nKey="invitations.sentByEmail"
            values={values}
            components={{ strong: <strong /> }}
          />
        </span>{" "}
        <button type="button" className="link-button" onClick={onDismiss}>
          {t("invitations.done")}
        </button>
      </Notice>
    );
  }
  return (
    <div className="notice warn" role="status" aria-label={t("invitations.linkLabel")}>
      <p>
        <Trans
          t={t}
          i18nKey="invitations.passLink"
          values={values}
          components={{ strong: <strong /> }}
        />
      </p>
      <p>
        <code className="secret-value" data-testid="invitation-link">
          {issued.link}
        </code>
      </p>
      <p className="muted">{t("invitations.shownOnce")}</p>
      <div className="button-row">
        <CopyButton value={issued.link} label={t("invitations.copyLink")} />
        <button type="button" onClick={onDismiss}>
          {t("invitations.done")}
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
  const { t } = useTranslation("supplier");
  const email = { email: invitation.email };
  return (
    <tr data-invitation={invitation.email} data-state={invitation.state}>
      <td>{invitation.email}</td>
      <td>
        <Badge
          value={t(`invitations.state.${invitation.state}`)}
          kind={STATE_BADGE[invitation.state]}
        />
      </td>
      <td>
        {invitation.state === "ACCEPTED"
          ? t("invitations.accepted", { date: formatDate(invitation.acceptedAt) })
          : invitation.state === "REVOKED"
            ? t("invitations.revokedOn", { date: formatDate(invitation.revokedAt) })
            : formatDateTime(invitation.expiresAt)}
      </td>
      <td>
        {invitation.createdBy?.name ?? "—"}
        <div className="muted small">
          {invitation.emailed
            ? t("invitations.issuedByEmail", { date: formatDate(invitation.sentAt) })
            : t("invitations.issued", { date: formatDate(invitation.sentAt) })}
        </div>
      </td>
      <td>
        {open && (
          <div className="button-row">
            <button
              type="button"
              disabled={busy}
              aria-label={t("invitations.resendLabel", email)}
              onClick={() => void onResend(invitation)}
            >
              {t("invitations.resend")}
            </button>
            <ConfirmButton
              label={t("invitations.revoke")}
              accessibleLabel={t("invitations.revokeLabel", email)}
              question={t("invitations.revokeQuestion", email)}
              confirmLabel={t("invitations.revokeConfirm")}
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
  const { t } = useTranslation("supplier");

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
      <h2>{t("invitations.title")}</h2>
      {canInvite && (
        <form
          className="inline-form"
          aria-label={t("invitations.formLabel")}
          noValidate
          onSubmit={(event) => void submit(event)}
        >
          <TextField
            label={t("invitations.email")}
            name="email"
            type="email"
            autoComplete="off"
            hint={t("invitations.emailHint", { supplier: supplierName })}
            value={email}
            error={invite.error}
            onChange={(event) => setEmail(event.target.value)}
          />
          <button type="submit" className="primary" disabled={invite.busy || !email.trim()}>
            {invite.busy ? t("invitations.inviting") : t("invitations.invite")}
          </button>
        </form>
      )}
      <ErrorMessage error={invite.error ?? resend.error ?? revoke.error} />
      {issued && <IssuedLink issued={issued} onDismiss={() => setIssued(null)} />}
      {revoked && <Notice>{t("invitations.revoked", { email: revoked })}</Notice>}
      <QueryGate state={state}>
        {({ invitations }) =>
          invitations.length === 0 ? (
            <Empty>{t("invitations.empty")}</Empty>
          ) : (
            <div className="table-wrap">
              <table className="table">
                <caption className="sr-only">
                  {t("invitations.caption", { supplier: supplierName })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t("invitations.column.email")}</th>
                    <th scope="col">{t("invitations.column.state")}</th>
                    <th scope="col">{t("invitations.column.expires")}</th>
                    <th scope="col">{t("invitations.column.invitedBy")}</th>
                    <th scope="col">
                      <span className="sr-only">{t("invitations.column.actions")}</span>
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
