import type { Tx } from "../../database/transaction";
import { isLocale } from "../../shared/i18n/locale";
import type { InvitationMailer } from "../identity/invitation.mail";
import { emailDeliveryOn } from "./email-delivery";
import { renderInvitationEmail } from "./invitation-email";

/**
 * Drops the body (with its link) of every e-mail of the invitation still holding one; an unsent
 * one is SKIPPED and loses its lease, so a worker sending it right now records nothing after.
 */
async function dropUnsent(tx: Tx, invitationId: string, why: string): Promise<void> {
  await tx.manager.query(
    `UPDATE notification_delivery
        SET status = CASE WHEN status = 'PENDING' THEN 'SKIPPED' ELSE status END,
            last_error = CASE WHEN status = 'PENDING' THEN $2 ELSE last_error END,
            next_attempt_at = NULL, lease_token = NULL, lease_until = NULL,
            body_text = NULL, body_html = NULL
      WHERE invitation_id = $1 AND body_text IS NOT NULL`,
    [invitationId, why],
  );
}

/** The invitation e-mail through the notification outbox: same worker, retries and FAILED. */
export const outboxInvitationMailer: InvitationMailer = {
  enabled: (tx) => emailDeliveryOn(tx.manager),

  async issued(tx, { invitation, link, inviterId }) {
    const [names] = (await tx.manager.query(
      `SELECT s.name AS supplier, u.name AS inviter, u.locale FROM supplier s, app_user u
        WHERE s.id = $1 AND u.id = $2`,
      [invitation.supplierId, inviterId],
    )) as { supplier: string; inviter: string; locale: string | null }[];
    await dropUnsent(tx, invitation.id, "replaced by a newer link (resent)");
    const mail = renderInvitationEmail({
      email: invitation.email,
      supplierName: names.supplier,
      inviterName: names.inviter,
      link,
      expiresAt: invitation.expiresAt,
      // Nobody knows the invitee's language yet: the inviter's is the best guess.
      locale: isLocale(names.locale) ? names.locale : "en",
    });
    await tx.manager.query(
      `INSERT INTO notification_delivery (invitation_id, recipient_email, subject, body_text,
         body_html, status, attempts, next_attempt_at, created_at)
       VALUES ($1, $2, $3, $4, $5, 'PENDING', 0, $6, $6)`,
      [invitation.id, invitation.email, mail.subject, mail.text, mail.html, tx.now],
    );
  },

  closed: (tx, invitationId) =>
    dropUnsent(tx, invitationId, "the invitation was accepted or revoked"),
};
