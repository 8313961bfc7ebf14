import type { Tx } from "../../database/transaction";
import type { Invitation } from "./invitation.entity";

/** A link just issued for an invitation (invited or resent), to be mailed to its address. */
export interface IssuedInvitation {
  invitation: Invitation;
  /** The whole link with the raw token: it exists only in this call and in the e-mail. */
  link: string;
  inviterId: string;
}

/**
 * How an invitation's link reaches the invitee by e-mail. The notification module's outbox
 * implements it and the composition root installs it (src/app/unit-of-work.ts): identity sits
 * below notification, so it imports none of it. Every call runs in the invitation's transaction.
 */
export interface InvitationMailer {
  /** Whether e-mail goes out on this transaction's database (SMTP configured). */
  enabled(tx: Tx): boolean;
  /** Queues the e-mail; an unsent e-mail of an earlier link of the invitation is dropped. */
  issued(tx: Tx, issued: IssuedInvitation): Promise<void>;
  /** Accepted or revoked: no e-mail of the invitation may go out any more. */
  closed(tx: Tx, invitationId: string): Promise<void>;
}

let installed: InvitationMailer | null = null;

/** Installs the mailer (again: replaces it). */
export function setInvitationMailer(mailer: InvitationMailer): void {
  installed = mailer;
}

/** The installed mailer, or null: the link then goes back to the inviter. */
export function invitationMailer(): InvitationMailer | null {
  return installed;
}
