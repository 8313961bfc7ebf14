import type { RequestContext } from "../../graphql/context";
import { inTransaction, type Tx } from "../../database/transaction";
import { advisoryLock, aggregateOf, change, create, lockOrNotFound } from "../../database/change";
import { badInput, notFound, stateConflict } from "../../shared/errors";
import { Role } from "../../shared/domain/role.enum";
import { addDays } from "../../shared/time";
import { isUuid } from "../../shared/text";
import { requireRole } from "./access";
import { IDENTITY_PERMISSIONS } from "./identity.permissions";
import { INVITATIONS_LISTED } from "./identity.limits";
import { normaliseEmail } from "./identity.service";
import { Invitation, InvitationState } from "./invitation.entity";
import { invitationMailer } from "./invitation.mail";
import { hashPassword } from "./password";
import { passwordFieldProblems } from "./password-policy";
import { randomSecret, secretHash } from "./secret";
import { User } from "./user.entity";
import { supplierExists, USER, USERS } from "./user.repository";
import type { AuthPayload } from "./user.inputs";

export const INVITATION = "Invitation";
export const INVITATION_VALID_DAYS = 14;
/** The portal route (src/web/App.tsx) the link opens; the token rides in the fragment, which
 * browsers never send, so it stays out of server and proxy logs. */
export const ACCEPT_INVITATION_PATH = "/accept-invitation";
const NAME_MAX = 200;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

declare module "../../graphql/context" {
  interface AppServices {
    /** Where invitation links point (PUBLIC_URL); unset: a link relative to the portal. */
    invitations?: { publicUrl: string };
  }
}

export const INVITATIONS = aggregateOf(Invitation, INVITATION, {
  versioned: false,
  omit: ["tokenHash", "supplier", "createdBy", "acceptedUser", "link"],
});

export function invitationState(invitation: Invitation, now: Date): InvitationState {
  if (invitation.revokedAt) return InvitationState.REVOKED;
  if (invitation.acceptedAt) return InvitationState.ACCEPTED;
  if (invitation.expiresAt.getTime() <= now.getTime()) return InvitationState.EXPIRED;
  return InvitationState.PENDING;
}

function linkFor(ctx: RequestContext, token: string): string {
  const base = ctx.app.invitations?.publicUrl ?? "";
  return `${base}${ACCEPT_INVITATION_PATH}#token=${token}`;
}

/** Whether the link of an invitation issued in `tx` goes out by e-mail. */
function emailsLinks(tx: Tx): boolean {
  return invitationMailer()?.enabled(tx) ?? false;
}

/**
 * Sends the new link: by e-mail (queued in this transaction) when mail is configured, else
 * back to the inviter, once, on this response, to pass on. Only the token's hash is stored;
 * the link cannot be shown again (a resend issues a new one).
 */
async function deliverLink(
  ctx: RequestContext,
  tx: Tx,
  invitation: Invitation,
  token: string,
  inviterId: string,
): Promise<Invitation> {
  const link = linkFor(ctx, token);
  const mailer = invitationMailer();
  if (invitation.emailed && mailer) {
    await mailer.issued(tx, { invitation, link, inviterId });
    invitation.link = null;
  } else {
    invitation.link = link;
  }
  return invitation;
}

async function assertNoAccount(tx: Tx, email: string, path: string): Promise<void> {
  if (await tx.manager.existsBy(User, { email })) {
    throw badInput([
      { path, message: `belongs to an existing user (${email}): they can log in already` },
    ]);
  }
}

export async function inviteSupplierUser(
  ctx: RequestContext,
  supplierId: string,
  email: string,
): Promise<Invitation> {
  const viewer = requireRole(ctx, ...IDENTITY_PERMISSIONS.inviteSupplierUser);
  const address = normaliseEmail(email);
  if (address.length > 254 || !EMAIL.test(address)) {
    throw badInput([{ path: "email", message: "must be an e-mail address" }]);
  }
  if (!isUuid(supplierId)) throw badInput([{ path: "supplierId", message: "is not a supplier" }]);
  const token = randomSecret();
  return inTransaction(ctx, async (tx) => {
    // Two invitations of one address at once would both pass the checks below.
    await advisoryLock(tx, `invitation:${address}`);
    if (!(await supplierExists(tx, supplierId))) {
      throw badInput([{ path: "supplierId", message: "is not a supplier" }]);
    }
    await assertNoAccount(tx, address, "email");
    const pending = await tx.manager
      .createQueryBuilder(Invitation, "i")
      .where("i.email = :address AND i.acceptedAt IS NULL AND i.revokedAt IS NULL", { address })
      .andWhere("i.expiresAt > :now", { now: tx.now })
      .getOne();
    if (pending) {
      throw badInput([
        {
          path: "email",
          message: "has a pending invitation already: resend or revoke that one",
        },
      ]);
    }
    const invitation = await create(
      tx,
      INVITATIONS,
      {
        supplierId,
        email: address,
        tokenHash: secretHash(token),
        expiresAt: addDays(tx.now, INVITATION_VALID_DAYS),
        sentAt: tx.now,
        createdById: viewer.userId,
        emailed: emailsLinks(tx),
      },
      { action: "invitation.created" },
    );
    return deliverLink(ctx, tx, invitation, token, viewer.userId);
  });
}

async function lockInvitation(tx: Tx, id: string): Promise<Invitation> {
  if (!isUuid(id)) throw notFound(INVITATION, id);
  return lockOrNotFound(tx, INVITATIONS, id);
}

function assertOpen(invitation: Invitation, action: string): void {
  if (invitation.acceptedAt) {
    throw stateConflict(`The invitation of ${invitation.email} was accepted; cannot ${action}`);
  }
  if (invitation.revokedAt) {
    throw stateConflict(`The invitation of ${invitation.email} was revoked; cannot ${action}`);
  }
}

/** A new link, valid 14 days from now; the old one stops working in the same commit. */
export async function resendInvitation(ctx: RequestContext, id: string): Promise<Invitation> {
  const viewer = requireRole(ctx, ...IDENTITY_PERMISSIONS.resendInvitation);
  const token = randomSecret();
  return inTransaction(ctx, async (tx) => {
    const before = await lockInvitation(tx, id);
    assertOpen(before, "resend it");
    await assertNoAccount(tx, before.email, "id");
    const after = await change(tx, INVITATIONS, before, {
      action: "invitation.resent",
      set: {
        tokenHash: secretHash(token),
        sentAt: tx.now,
        expiresAt: addDays(tx.now, INVITATION_VALID_DAYS),
        emailed: emailsLinks(tx),
      },
    });
    return deliverLink(ctx, tx, after, token, viewer.userId);
  });
}

export async function revokeInvitation(ctx: RequestContext, id: string): Promise<Invitation> {
  requireRole(ctx, ...IDENTITY_PERMISSIONS.revokeInvitation);
  return inTransaction(ctx, async (tx) => {
    const before = await lockInvitation(tx, id);
    assertOpen(before, "revoke it");
    await invitationMailer()?.closed(tx, before.id);
    return change(tx, INVITATIONS, before, {
      action: "invitation.revoked",
      set: { revokedAt: tx.now },
    });
  });
}

/** A supplier's invitations, newest first, whatever their state. */
export async function listInvitations(
  ctx: RequestContext,
  supplierId: string,
): Promise<Invitation[]> {
  requireRole(ctx, ...IDENTITY_PERMISSIONS.invitations);
  if (!isUuid(supplierId)) throw notFound("Supplier", supplierId);
  return ctx.dataSource.manager.find(Invitation, {
    where: { supplierId },
    order: { createdAt: "DESC", id: "DESC" },
    take: INVITATIONS_LISTED,
  });
}

const INVALID_LINK = "is not a valid invitation link (check that it was copied whole)";

/**
 * The invitee sets a name and a password and becomes a SUPPLIER user of the supplier, logged
 * in at once. The invitation row is locked, so a link used twice at the same time creates one
 * user; a used, revoked, replaced (resent) or expired link is refused.
 */
export async function acceptInvitation(
  ctx: RequestContext,
  token: string,
  name: string,
  password: string,
): Promise<AuthPayload> {
  const tokenHash = secretHash(token.trim());
  const found = await ctx.dataSource.manager.findOneBy(Invitation, { tokenHash });
  if (!found) throw badInput([{ path: "token", message: INVALID_LINK }]);
  const problems = passwordFieldProblems("password", password, found.email);
  const trimmedName = name.trim();
  if (trimmedName.length === 0) problems.unshift({ path: "name", message: "must not be blank" });
  if (trimmedName.length > NAME_MAX) {
    problems.unshift({ path: "name", message: `must be at most ${NAME_MAX} characters` });
  }
  if (problems.length > 0) throw badInput(problems);
  const passwordHash = await hashPassword(password);
  return inTransaction(ctx, async (tx) => {
    const before = await lockInvitation(tx, found.id);
    // Resent while the password was being hashed: this link is the old one now.
    if (before.tokenHash !== tokenHash) throw badInput([{ path: "token", message: INVALID_LINK }]);
    const state = invitationState(before, tx.now);
    if (state !== InvitationState.PENDING) {
      const why = {
        [InvitationState.ACCEPTED]: "was used already: log in instead",
        [InvitationState.REVOKED]: "was revoked: ask for a new invitation",
        [InvitationState.EXPIRED]: "has expired: ask for a new invitation",
      }[state];
      throw badInput([{ path: "token", message: `This invitation ${why}` }]);
    }
    await assertNoAccount(tx, before.email, "token");
    const user = tx.manager.create(User, {
      email: before.email,
      name: trimmedName,
      role: Role.SUPPLIER,
      supplierId: before.supplierId,
      passwordHash,
      // The language the invitation page was read in.
      locale: ctx.requestedLocale ?? null,
    });
    await tx.manager.insert(User, user);
    await tx.record({
      action: "user.created",
      entityType: USER,
      entityId: user.id,
      after: USERS.snapshot(user),
    });
    await change(tx, INVITATIONS, before, {
      action: "invitation.accepted",
      set: { acceptedAt: tx.now, acceptedUserId: user.id },
    });
    await invitationMailer()?.closed(tx, before.id);
    const stored = await tx.manager.findOneByOrFail(User, { id: user.id });
    return { token: await ctx.app.tokens.sign(stored.id, stored.tokenGeneration), user: stored };
  });
}
