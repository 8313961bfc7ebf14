import { Role } from "../src/shared/domain/role.enum";
import { Invitation } from "../src/modules/identity/invitation.entity";
import { User } from "../src/modules/identity/user.entity";
import { makeSupplier, makeUser, type TestUser } from "./support/factories";
import { createTestApp, errorCodes, type TestApp } from "./support/test-app";

const INVITE = `mutation($s: ID!, $e: String!) {
  inviteSupplierUser(supplierId: $s, email: $e) { id email state expiresAt link createdBy { id } } }`;
const RESEND = `mutation($id: ID!) { resendInvitation(id: $id) { id state expiresAt link } }`;
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
