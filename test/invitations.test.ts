import { Role } from "../src/shared/domain/role.enum";
import { Invitation } from "../src/modules/identity/invitation.entity";
import { User } from "../src/modules/identity/user.entity";
import { sendDueDeliveries } from "../src/modules/notification/delivery-worker";
import { smtpMailer, type Mailer } from "../src/modules/notification/mailer";
import { retryDelayMs } from "../src/shared/retry";
import { makeSupplier, makeUser, type TestUser } from "./support/factories";
import { startTestSmtp, type ReceivedMail, type TestSmtp } from "./support/smtp";
import { createTestApp, errorCodes, type TestApp } from "./support/test-app";

const INVITE = `mutation($s: ID!, $e: String!) {
  inviteSupplierUser(supplierId: $s, email: $e) { id email state expiresAt link emailed createdBy { id } } }`;
const RESEND = `mutation($id: ID!) { resendInvitation(id: $id) { id state expiresAt link emailed } }`;
const REVOKE = `mutation($id: ID!) { revokeInvitation(id: $id) { id state revokedAt link } }`;
const ACCEPT = `mutation($t: String!, $n: String!, $p: String!) {
  acceptInvitation(token: $t, name: $n, password: $p) { token user { id email name role supplier { id } } } }`;
const LIST = `query($s: ID!) { invitations(supplierId: $s) { id email state acceptedAt } }`;
const PASSWORD = "supplier-contact-passphrase";
const START = new Date("2026-06-01T09:00:00Z");
const DAY = 86_400_000;

const tokenOf = (link: string): string => {
  const match = /\/accept-invitation#token=([A-Za-z0-9_-]+)$/.exec(link);
  if (!match) throw new Error(`not an invitation link: ${link}`);
  return match[1];
};

describe("supplier invitations", () => {
  let app: TestApp;
  let admin: TestUser;
  let buyer: TestUser;
  let supplierId: string;

  beforeAll(async () => {
    app = await createTestApp({ now: START, env: { PUBLIC_URL: "https://esg.example.com" } });
    admin = await makeUser(app, Role.ADMIN);
    buyer = await makeUser(app, Role.PROCUREMENT);
    supplierId = (await makeSupplier(app)).id;
  });
  afterEach(() => app.clock.set(START));
  afterAll(() => app.close());

  async function invite(email: string, by: TestUser = admin) {
    const result = await app.exec(by.token, INVITE, { s: supplierId, e: email });
    expect(result.errors).toBeUndefined();
    return result.data!.inviteSupplierUser as {
      id: string;
      state: string;
      expiresAt: string;
      link: string;
    };
  }

  it("issues a 14-day link (no SMTP: returned to the inviter) and stores only its hash", async () => {
    const invitation = await invite("  Contact.One@Supplier.Example ", buyer);
    expect(invitation).toMatchObject({
      email: "contact.one@supplier.example",
      state: "PENDING",
      expiresAt: new Date(START.getTime() + 14 * DAY),
      createdBy: { id: buyer.user.id },
      emailed: false,
    });
    expect(invitation.link).toMatch(/^https:\/\/esg\.example\.com\/accept-invitation#token=/);
    const stored = await app.dataSource.manager.findOneByOrFail(Invitation, { id: invitation.id });
    expect(stored.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    const row = JSON.stringify(
      await app.dataSource.query(`SELECT * FROM invitation WHERE id = $1`, [invitation.id]),
    );
    expect(row).not.toContain(tokenOf(invitation.link));
    // The link is shown once: the list never carries it.
    const list = await app.exec(
      buyer.token,
      `query($s: ID!) { invitations(supplierId: $s) { id link } }`,
      {
        s: supplierId,
      },
    );
    expect(list.data!.invitations).toContainEqual({ id: invitation.id, link: null });
  });

  it("works once: the invitee becomes a logged-in SUPPLIER user of the supplier", async () => {
    const invitation = await invite("once@supplier.example");
    const accepted = await app.exec(null, ACCEPT, {
      t: tokenOf(invitation.link),
      n: "  Mei Chen ",
      p: PASSWORD,
    });
    expect(accepted.errors).toBeUndefined();
    const { token, user } = accepted.data!.acceptInvitation;
    expect(user).toMatchObject({
      email: "once@supplier.example",
      name: "Mei Chen",
      role: "SUPPLIER",
      supplier: { id: supplierId },
    });
    const me = await app.exec(token, `{ me { id role } }`);
    expect(me.data!.me).toEqual({ id: user.id, role: "SUPPLIER" });
    const login = await app.exec(
      null,
      `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { user { id } } }`,
      { e: "once@supplier.example", p: PASSWORD },
    );
    expect(login.data!.login.user.id).toBe(user.id);

    const second = await app.exec(null, ACCEPT, {
      t: tokenOf(invitation.link),
      n: "Someone else",
      p: "another-long-passphrase",
    });
    expect(errorCodes(second)).toEqual(["BAD_USER_INPUT"]);
    expect(second.errors![0].extensions!.fields).toEqual([
      { path: "token", message: "This invitation was used already: log in instead" },
    ]);
    expect(await app.dataSource.manager.countBy(User, { email: "once@supplier.example" })).toBe(1);
    const list = await app.exec(admin.token, LIST, { s: supplierId });
    expect(list.data!.invitations).toContainEqual(
      expect.objectContaining({
        id: invitation.id,
        state: "ACCEPTED",
        acceptedAt: START,
      }),
    );
  });

  it("never works after 14 days: EXPIRED in the list, refused on accept", async () => {
    const invitation = await invite("late@supplier.example");
    app.clock.set(new Date(START.getTime() + 14 * DAY - 1000));
    expect((await app.exec(admin.token, LIST, { s: supplierId })).data!.invitations).toContainEqual(
      expect.objectContaining({ id: invitation.id, state: "PENDING" }),
    );
    app.clock.set(new Date(START.getTime() + 14 * DAY));
    const late = await app.exec(null, ACCEPT, {
      t: tokenOf(invitation.link),
      n: "Late",
      p: PASSWORD,
    });
    expect(late.errors![0].extensions!.fields).toEqual([
      { path: "token", message: "This invitation has expired: ask for a new invitation" },
    ]);
    expect(await app.dataSource.manager.countBy(User, { email: "late@supplier.example" })).toBe(0);
    expect((await app.exec(admin.token, LIST, { s: supplierId })).data!.invitations).toContainEqual(
      expect.objectContaining({ id: invitation.id, state: "EXPIRED" }),
    );
    // A resend after expiry gives a fresh 14 days from now.
    const resent = await app.exec(admin.token, RESEND, { id: invitation.id });
    expect(resent.data!.resendInvitation).toMatchObject({
      state: "PENDING",
      expiresAt: new Date(START.getTime() + 28 * DAY),
    });
    const ok = await app.exec(null, ACCEPT, {
      t: tokenOf(resent.data!.resendInvitation.link),
      n: "Late but fine",
      p: PASSWORD,
    });
    expect(ok.errors).toBeUndefined();
  });

  it("resend kills the old link", async () => {
    const invitation = await invite("resend@supplier.example");
    const resent = await app.exec(buyer.token, RESEND, { id: invitation.id });
    expect(resent.errors).toBeUndefined();
    const newLink = resent.data!.resendInvitation.link as string;
    expect(newLink).not.toBe(invitation.link);
    const old = await app.exec(null, ACCEPT, {
      t: tokenOf(invitation.link),
      n: "Old",
      p: PASSWORD,
    });
    expect(old.errors![0].extensions!.fields[0].path).toBe("token");
    expect(await app.dataSource.manager.countBy(User, { email: "resend@supplier.example" })).toBe(
      0,
    );
    const fresh = await app.exec(null, ACCEPT, { t: tokenOf(newLink), n: "New", p: PASSWORD });
    expect(fresh.data!.acceptInvitation.user.email).toBe("resend@supplier.example");
  });

  it("a revoked invitation is refused, and cannot be resent or revoked again", async () => {
    const invitation = await invite("revoked@supplier.example");
    const revoked = await app.exec(admin.token, REVOKE, { id: invitation.id });
    expect(revoked.data!.revokeInvitation).toEqual({
      id: invitation.id,
      state: "REVOKED",
      revokedAt: START,
      link: null,
    });
    const accept = await app.exec(null, ACCEPT, {
      t: tokenOf(invitation.link),
      n: "R",
      p: PASSWORD,
    });
    expect(accept.errors![0].extensions!.fields).toEqual([
      { path: "token", message: "This invitation was revoked: ask for a new invitation" },
    ]);
    expect(errorCodes(await app.exec(admin.token, RESEND, { id: invitation.id }))).toEqual([
      "CONFLICT",
    ]);
    expect(errorCodes(await app.exec(admin.token, REVOKE, { id: invitation.id }))).toEqual([
      "CONFLICT",
    ]);
    // Revoked, the address may be invited again.
    await invite("revoked@supplier.example");
  });

  it("refuses an existing user's e-mail, a second pending invitation and bad input", async () => {
    const existing = await makeUser(app, Role.AUDITOR, { email: "taken@supplier.example" });
    const taken = await app.exec(admin.token, INVITE, {
      s: supplierId,
      e: "TAKEN@supplier.example",
    });
    expect(taken.errors![0].extensions!.fields).toEqual([
      {
        path: "email",
        message: `belongs to an existing user (${existing.user.email}): they can log in already`,
      },
    ]);
    await invite("twice@supplier.example");
    const twice = await app.exec(admin.token, INVITE, {
      s: supplierId,
      e: "twice@supplier.example",
    });
    expect(twice.errors![0].extensions!.fields).toEqual([
      { path: "email", message: "has a pending invitation already: resend or revoke that one" },
    ]);
    const notEmail = await app.exec(admin.token, INVITE, { s: supplierId, e: "not-an-address" });
    expect(notEmail.errors![0].extensions!.fields[0].path).toBe("email");
    const unknownSupplier = await app.exec(admin.token, INVITE, {
      s: "00000000-0000-4000-8000-000000000000",
      e: "x@supplier.example",
    });
    expect(unknownSupplier.errors![0].extensions!.fields[0].path).toBe("supplierId");
    expect(await app.dataSource.manager.countBy(Invitation, { email: "x@supplier.example" })).toBe(
      0,
    );
  });

  it("applies the password policy on accept and keeps the link usable after a refusal", async () => {
    const invitation = await invite("policy@supplier.example");
    const weak = await app.exec(null, ACCEPT, { t: tokenOf(invitation.link), n: "", p: "short" });
    expect(weak.errors![0].extensions!.fields).toEqual([
      { path: "name", message: "must not be blank" },
      { path: "password", message: "must be at least 10 characters" },
    ]);
    const ownName = await app.exec(null, ACCEPT, {
      t: tokenOf(invitation.link),
      n: "Policy",
      p: "policy-and-more",
    });
    expect(ownName.errors![0].extensions!.fields).toEqual([
      { path: "password", message: "must not contain your e-mail name" },
    ]);
    const ok = await app.exec(null, ACCEPT, {
      t: tokenOf(invitation.link),
      n: "Policy",
      p: PASSWORD,
    });
    expect(ok.errors).toBeUndefined();
    const garbage = await app.exec(null, ACCEPT, { t: "no-such-token", n: "X", p: PASSWORD });
    expect(garbage.errors![0].extensions!.fields[0].path).toBe("token");
  });

  it("accepts a link used twice at the same time once", async () => {
    const invitation = await invite("race@supplier.example");
    const results = await Promise.all(
      [1, 2].map((n) =>
        app.exec(null, ACCEPT, { t: tokenOf(invitation.link), n: `Racer ${n}`, p: PASSWORD }),
      ),
    );
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(await app.dataSource.manager.countBy(User, { email: "race@supplier.example" })).toBe(1);
  });

  it("records the invitation's steps in the audit trail without the token", async () => {
    const invitation = await invite("trail@supplier.example", buyer);
    await app.exec(buyer.token, RESEND, { id: invitation.id });
    await app.exec(buyer.token, REVOKE, { id: invitation.id });
    const trail = await app.exec(
      admin.token,
      `query($id: ID!) { auditTrail(entityType: "Invitation", entityId: $id, first: 10) {
        edges { node { action changes actor { id } } } } }`,
      { id: invitation.id },
    );
    const nodes = trail.data!.auditTrail.edges.map((e: { node: unknown }) => e.node);
    expect(nodes.map((n: { action: string }) => n.action)).toEqual([
      "invitation.revoked",
      "invitation.resent",
      "invitation.created",
    ]);
    expect(nodes.every((n: { actor: { id: string } }) => n.actor.id === buyer.user.id)).toBe(true);
    expect(JSON.stringify(nodes)).not.toMatch(/token_?hash/i);
  });
});

describe("supplier invitations by e-mail (SMTP configured)", () => {
  const PUBLIC_URL = "https://esg.example.com";
  const MAIL_FROM = "ESG portal <esg@example.com>";
  const SUPPLIER_NAME = `Müller <Metals> & "Söhne"`;
  const OUTBOX = `query($first: Int) { notificationOutbox(first: $first) { edges { node {
    id status attempts lastError nextAttemptAt sentAt digestDay subject recipientEmail
    recipient { id } notification { id } } } } }`;
  const RESEND_MAIL = `mutation($id: ID!) { resendNotification(id: $id) { id status attempts } }`;
  const LINK = /https:\/\/esg\.example\.com\/accept-invitation#token=([A-Za-z0-9_-]+)/;

  let smtp: TestSmtp;
  let app: TestApp;
  let mailer: Mailer;
  let admin: TestUser;
  let buyer: TestUser;
  let supplierId: string;

  beforeAll(async () => {
    smtp = await startTestSmtp();
    app = await createTestApp({
      now: START,
      env: { SMTP_URL: smtp.url, MAIL_FROM, PUBLIC_URL },
    });
    mailer = smtpMailer(smtp.url, MAIL_FROM);
    admin = await makeUser(app, Role.ADMIN, { name: "Ada Admin" });
    buyer = await makeUser(app, Role.PROCUREMENT, { name: "Bo <Buyer>" });
    supplierId = (await makeSupplier(app, { name: SUPPLIER_NAME })).id;
  });
  afterEach(() => app.clock.set(START));
  afterAll(async () => {
    mailer?.close();
    await app?.close();
    await smtp?.stop();
  });

  const send = () =>
    sendDueDeliveries(app.dataSource, app.clock, mailer, {
      publicUrl: PUBLIC_URL,
      maxAttempts: app.config.notifications.maxAttempts,
    });
  const mailsTo = (address: string): ReceivedMail[] =>
    smtp.received.filter((mail) => mail.to.includes(address));
  const tokenIn = (mail: ReceivedMail): string => {
    const match = LINK.exec(mail.text);
    if (!match) throw new Error(`no invitation link in ${mail.text}`);
    return match[1];
  };
  const deliveriesOf = async (invitationId: string) =>
    (await app.dataSource.query(
      `SELECT id, status, attempts, recipient_id, recipient_email, last_error,
              body_text IS NOT NULL AS has_body, body_html IS NOT NULL AS has_html
         FROM notification_delivery WHERE invitation_id = $1 ORDER BY created_at, id`,
      [invitationId],
    )) as {
      id: string;
      status: string;
      attempts: number;
      recipient_id: string | null;
      recipient_email: string;
      last_error: string | null;
      has_body: boolean;
      has_html: boolean;
    }[];
  const accept = (token: string, name = "Invitee") =>
    app.exec(null, ACCEPT, { t: token, n: name, p: PASSWORD });

  async function invite(email: string, by: TestUser = buyer) {
    const result = await app.exec(by.token, INVITE, { s: supplierId, e: email });
    expect(result.errors).toBeUndefined();
    return result.data!.inviteSupplierUser as { id: string; link: string | null; emailed: boolean };
  }

  it("mails the invitee the link (escaped, with supplier, inviter and expiry); it works once", async () => {
    const invitation = await invite("Mail.Invitee@Supplier.Example");
    // Mail is on: the inviter never sees the link.
    expect(invitation).toMatchObject({ link: null, emailed: true });
    expect(await deliveriesOf(invitation.id)).toEqual([
      expect.objectContaining({
        status: "PENDING",
        recipient_id: null,
        recipient_email: "mail.invitee@supplier.example",
        has_body: true,
      }),
    ]);
    expect(await send()).toMatchObject({ sent: 1, failed: 0 });
    const [mail, ...more] = mailsTo("mail.invitee@supplier.example");
    expect(more).toEqual([]);
    expect(mail.subject).toBe(
      `[ESG portal] Bo <Buyer> invites you to the portal for ${SUPPLIER_NAME}`,
    );
    expect(mail.text).toContain(
      `Bo <Buyer> invites you to the supplier ESG audit portal as a user of ${SUPPLIER_NAME}.`,
    );
    expect(mail.text).toContain("It works once, until 2026-06-15 09:00 UTC.");
    // Every value is escaped in the HTML: no markup from a supplier's or a user's name.
    expect(mail.html).toContain("Bo &lt;Buyer&gt; invites you");
    expect(mail.html).toContain("Müller &lt;Metals&gt; &amp; &quot;Söhne&quot;");
    expect(mail.html).not.toContain("<Metals>");
    expect(mail.html).not.toContain("<Buyer>");
    const token = tokenIn(mail);
    expect(mail.html).toContain(`href="${PUBLIC_URL}/accept-invitation#token=${token}"`);

    // Sent: the outbox keeps no body, so the raw link is nowhere in the database any more.
    expect(await deliveriesOf(invitation.id)).toEqual([
      expect.objectContaining({ status: "SENT", attempts: 1, has_body: false, has_html: false }),
    ]);
    const everything = JSON.stringify(
      await app.dataSource.query(
        `SELECT (SELECT json_agg(d) FROM notification_delivery d) AS d,
                (SELECT json_agg(i) FROM invitation i) AS i,
                (SELECT json_agg(e) FROM audit_event e) AS e`,
      ),
    );
    expect(everything).not.toContain(token);

    const accepted = await accept(token, "Mail Invitee");
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.acceptInvitation.user).toMatchObject({
      email: "mail.invitee@supplier.example",
      role: "SUPPLIER",
      supplier: { id: supplierId },
    });
    const again = await accept(token, "Twice");
    expect(again.errors![0].extensions!.fields).toEqual([
      { path: "token", message: "This invitation was used already: log in instead" },
    ]);
  });

  it("resend mails a new link and the old one stops working; an unsent old e-mail is dropped", async () => {
    const invitation = await invite("resent.mail@supplier.example");
    await send();
    const oldToken = tokenIn(mailsTo("resent.mail@supplier.example")[0]);

    // Apart in time, so the outbox rows come in order.
    app.clock.advance(60_000);
    const resent = await app.exec(admin.token, RESEND, { id: invitation.id });
    expect(resent.data!.resendInvitation).toMatchObject({ link: null, emailed: true });
    // Resent twice before the worker ran: only the newest link goes out.
    app.clock.advance(60_000);
    const resentAgain = await app.exec(admin.token, RESEND, { id: invitation.id });
    expect(resentAgain.errors).toBeUndefined();
    const [first, second, third] = await deliveriesOf(invitation.id);
    expect(first).toMatchObject({ status: "SENT", has_body: false });
    expect(second).toMatchObject({
      status: "SKIPPED",
      last_error: "replaced by a newer link (resent)",
      has_body: false,
    });
    expect(third).toMatchObject({ status: "PENDING", has_body: true });
    expect(await send()).toMatchObject({ sent: 1 });
    const mails = mailsTo("resent.mail@supplier.example");
    expect(mails).toHaveLength(2);
    expect(mails[1].text).toContain("Ada Admin invites you");
    const newToken = tokenIn(mails[1]);
    expect(newToken).not.toBe(oldToken);

    const old = await accept(oldToken);
    expect(errorCodes(old)).toEqual(["BAD_USER_INPUT"]);
    expect(old.errors![0].extensions!.fields[0].path).toBe("token");
    expect(
      await app.dataSource.manager.countBy(User, { email: "resent.mail@supplier.example" }),
    ).toBe(0);
    expect((await accept(newToken)).errors).toBeUndefined();
  });

  it("the admin's outbox lists the invitation e-mail without its link, before and after sending", async () => {
    const invitation = await invite("outbox.view@supplier.example");
    const listed = async () => {
      const result = await app.exec(admin.token, OUTBOX, { first: 100 });
      expect(result.errors).toBeUndefined();
      return result.data!.notificationOutbox.edges.map((e: { node: unknown }) => e.node) as {
        id: string;
        recipientEmail: string;
      }[];
    };
    const [delivery] = await deliveriesOf(invitation.id);
    const pending = await listed();
    expect(pending.find((n) => n.id === delivery.id)).toMatchObject({
      status: "PENDING",
      recipient: null,
      notification: null,
      digestDay: null,
      recipientEmail: "outbox.view@supplier.example",
      subject: `[ESG portal] Bo <Buyer> invites you to the portal for ${SUPPLIER_NAME}`,
    });
    await send();
    const token = tokenIn(mailsTo("outbox.view@supplier.example")[0]);
    expect(JSON.stringify(pending)).not.toContain(token);
    expect(JSON.stringify(pending)).not.toContain("accept-invitation");
    const sent = await listed();
    expect(sent.find((n) => n.id === delivery.id)).toMatchObject({ status: "SENT" });
    expect(JSON.stringify(sent)).not.toContain(token);
    // The outbox is the admin's alone.
    expect(errorCodes(await app.exec(buyer.token, OUTBOX, { first: 1 }))).toEqual(["FORBIDDEN"]);
    // A sent invitation e-mail cannot be sent again from the outbox: its link is not kept.
    const again = await app.exec(admin.token, RESEND_MAIL, { id: delivery.id });
    expect(errorCodes(again)).toEqual(["CONFLICT"]);
    expect(again.errors![0].message).toMatch(/resendInvitation/);
  });

  it("retries with backoff, ends FAILED after NOTIFY_MAX_ATTEMPTS keeping the body, and resends", async () => {
    const max = app.config.notifications.maxAttempts;
    const invitation = await invite("flaky.mail@supplier.example");
    const [delivery] = await deliveriesOf(invitation.id);
    smtp.refuseAll(true);
    try {
      for (let attempt = 1; attempt <= max; attempt++) {
        await send();
        expect((await deliveriesOf(invitation.id))[0]).toMatchObject({ attempts: attempt });
        app.clock.advance(retryDelayMs(attempt));
      }
    } finally {
      smtp.refuseAll(false);
    }
    const failed = (await deliveriesOf(invitation.id))[0];
    expect(failed).toMatchObject({ status: "FAILED", attempts: max, has_body: true });
    expect(failed.last_error).toMatch(/451/);
    expect(mailsTo("flaky.mail@supplier.example")).toEqual([]);

    const resent = await app.exec(admin.token, RESEND_MAIL, { id: delivery.id });
    expect(resent.data!.resendNotification).toMatchObject({ status: "PENDING", attempts: 0 });
    expect(await send()).toMatchObject({ sent: 1 });
    const [mail] = mailsTo("flaky.mail@supplier.example");
    expect((await deliveriesOf(invitation.id))[0]).toMatchObject({
      status: "SENT",
      has_body: false,
    });
    const trail = JSON.stringify(
      await app.dataSource.query(`SELECT * FROM audit_event WHERE entity_id = $1`, [delivery.id]),
    );
    expect(trail).toContain("notification_delivery.resent");
    expect(trail).not.toContain(tokenIn(mail));
    expect((await accept(tokenIn(mail))).errors).toBeUndefined();
  });

  it("a revoked or expired invitation's e-mail is not sent", async () => {
    const revoked = await invite("revoked.mail@supplier.example");
    expect((await app.exec(admin.token, REVOKE, { id: revoked.id })).errors).toBeUndefined();
    expect(await deliveriesOf(revoked.id)).toEqual([
      expect.objectContaining({
        status: "SKIPPED",
        last_error: "the invitation was accepted or revoked",
        has_body: false,
      }),
    ]);

    const late = await invite("late.mail@supplier.example");
    smtp.refuseNext(1);
    await send();
    app.clock.set(new Date(START.getTime() + 14 * DAY));
    await send();
    expect(await deliveriesOf(late.id)).toEqual([
      expect.objectContaining({
        status: "SKIPPED",
        last_error: "the invitation is no longer pending (accepted, revoked, resent or expired)",
        has_body: false,
      }),
    ]);
    expect(mailsTo("revoked.mail@supplier.example")).toEqual([]);
    expect(mailsTo("late.mail@supplier.example")).toEqual([]);
  });
});
