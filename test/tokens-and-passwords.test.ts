import { randomBytes, randomUUID } from "node:crypto";
import { SignJWT, type JWTPayload } from "jose";
import pino from "pino";
import { ConfigError, loadConfig } from "../src/config/config";
import { AuditEvent } from "../src/modules/audit-trail/audit-event.entity";
import { createAdmin } from "../src/modules/identity/bootstrap";
import { viewerFromToken } from "../src/modules/identity/identity.service";
import { LoginFailure } from "../src/modules/identity/login-failure.entity";
import { RevokedToken } from "../src/modules/identity/revoked-token.entity";
import { Role } from "../src/shared/domain/role.enum";
import { User } from "../src/modules/identity/user.entity";
import { createServer, type PortalServer } from "../src/server";
import { makeSupplier, makeUser, TEST_PASSWORD, type TestUser } from "./support/factories";
import { codesOf, post } from "./support/http-client";
import { countQueries } from "./support/query-counter";
import { createTestApp, errorCodes, type GraphQLResult, type TestApp } from "./support/test-app";

const SECRET = randomBytes(32).toString("hex");
const KEY = new TextEncoder().encode(SECRET);
const ISSUER = "esg-audit-portal";

const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token user { id mustChangePassword } } }`;
const CHANGE = `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`;
const RESET = `mutation($id: ID!) { resetUserPassword(userId: $id) }`;
const DEACTIVATE = `mutation($id: ID!) { deactivateUser(id: $id) { active } }`;
const ACTIVATE = `mutation($id: ID!) { activateUser(id: $id) { active } }`;
const ME = `{ me { id mustChangePassword } }`;

/** Signs whatever claims a test wants with the portal's own secret. */
function craft(claims: JWTPayload, options: { iat?: number | null; exp?: string | null } = {}) {
  let jwt = new SignJWT({ iss: ISSUER, ...claims }).setProtectedHeader({ alg: "HS256" });
  if (options.iat !== null) jwt = jwt.setIssuedAt(options.iat);
  if (options.exp !== null) jwt = jwt.setExpirationTime(options.exp ?? "1h");
  return jwt.sign(KEY);
}

describe("tokens, passwords and identity races", () => {
  let app: TestApp;
  /** A portal on the test database with a secret the tests know, listening on HTTP. */
  let portal: PortalServer;
  let url: string;
  let admin: TestUser;

  const sign = (user: User) => portal.services.tokens.sign(user.id, user.tokenGeneration ?? 0);

  async function exec(token: string | null, query: string, variables?: Record<string, unknown>) {
    const contextValue = await portal.contextFor(token);
    const response = await portal.apollo.executeOperation({ query, variables }, { contextValue });
    if (response.body.kind !== "single") throw new Error("unexpected incremental response");
    return response.body.singleResult as GraphQLResult<any>;
  }

  /** A fresh user with a token from `portal` (the factory's tokens are the test app's). */
  async function user(role = Role.PROCUREMENT, email?: string): Promise<TestUser> {
    const made = await makeUser(app, role, email ? { email } : {});
    const stored = await app.dataSource.manager.findOneByOrFail(User, { id: made.user.id });
    return { user: stored, token: await sign(stored) };
  }

  async function loginToken(email: string, password: string): Promise<string> {
    const result = await exec(null, LOGIN, { e: email, p: password });
    expect(result.errors).toBeUndefined();
    return result.data!.login.token as string;
  }

  const works = async (token: string) => errorCodes(await exec(token, ME)).length === 0;

  beforeAll(async () => {
    app = await createTestApp({
      env: { TRUST_PROXY: "loopback", LOGIN_MAX_FAILURES_PER_ADDRESS: "4" },
    });
    portal = await createServer({
      config: app.config,
      dataSource: app.dataSource,
      logger: pino({ level: "silent" }),
      clock: app.clock,
      jwtSecret: SECRET,
    });
    url = `http://127.0.0.1:${await portal.listen(0, "127.0.0.1")}`;
    admin = await user(Role.ADMIN);
  });
  afterAll(async () => {
    await portal.stop();
    await app.close();
  });

  describe("logout", () => {
    it("ends the token it is sent with, and only that one, on every server instance", async () => {
      const buyer = await user();
      const first = await loginToken(buyer.user.email, TEST_PASSWORD);
      const second = await loginToken(buyer.user.email, TEST_PASSWORD);
      const other = await createServer({
        config: app.config,
        dataSource: app.dataSource,
        logger: pino({ level: "silent" }),
        jwtSecret: SECRET,
      });
      try {
        const otherUrl = `http://127.0.0.1:${await other.listen(0, "127.0.0.1")}`;
        expect((await post(otherUrl, ME, {}, { token: first })).body.data.me.id).toBe(
          buyer.user.id,
        );

        const out = await post(url, `mutation { logout }`, {}, { token: first });
        expect(out.body).toEqual({ data: { logout: true } });

        for (const where of [url, otherUrl]) {
          expect(codesOf(await post(where, ME, {}, { token: first }))).toEqual(["UNAUTHENTICATED"]);
          expect(codesOf(await post(where, ME, {}, { token: second }))).toEqual([]);
        }
        const again = await post(url, `mutation { logout }`, {}, { token: first });
        expect(codesOf(again)).toEqual(["UNAUTHENTICATED"]);
      } finally {
        await other.stop();
      }
      const revoked = await app.dataSource.manager.findBy(RevokedToken, { userId: buyer.user.id });
      expect(revoked).toHaveLength(1);
      // Kept exactly as long as the token could have been used: until its own `exp`.
      const expected = (await portal.services.tokens.verify(first))!.expiresAt;
      expect(revoked[0].expiresAt.getTime()).toBe(expected.getTime());
      const events = await app.dataSource.manager.findBy(AuditEvent, {
        entityId: buyer.user.id,
        action: "user.logged_out",
      });
      expect(events).toHaveLength(1);
    });

    it("sweeps revocations whose tokens have expired", async () => {
      const buyer = await user();
      await app.dataSource.manager.insert(RevokedToken, {
        jti: randomUUID(),
        userId: buyer.user.id,
        expiresAt: new Date(Date.now() - 60_000),
        revokedAt: new Date(Date.now() - 3_600_000),
      });
      expect(await app.dataSource.manager.countBy(RevokedToken, { userId: buyer.user.id })).toBe(1);
      await exec(buyer.token, `mutation { logout }`);
      const left = await app.dataSource.manager.findBy(RevokedToken, { userId: buyer.user.id });
      expect(left).toHaveLength(1);
      expect(left[0].expiresAt.getTime()).toBeGreaterThan(Date.now());
    });
  });

  describe("token claims", () => {
    let buyer: TestUser;
    beforeAll(async () => {
      buyer = await user();
    });

    it("accepts a well-formed crafted token (the crafting itself is right)", async () => {
      const token = await craft({ sub: buyer.user.id, jti: randomUUID(), gen: 0 });
      const result = await post(url, ME, {}, { token });
      expect(result.body.data.me.id).toBe(buyer.user.id);
    });

    it.each<[string, () => JWTPayload, { iat?: number | null; exp?: string | null }]>([
      ["no exp", () => ({ sub: buyer.user.id, jti: randomUUID(), gen: 0 }), { exp: null }],
      ["no iat", () => ({ sub: buyer.user.id, jti: randomUUID(), gen: 0 }), { iat: null }],
      ["an expired exp", () => ({ sub: buyer.user.id, jti: randomUUID(), gen: 0 }), { exp: "-1m" }],
      ["a non-UUID sub", () => ({ sub: "not-a-uuid", jti: randomUUID(), gen: 0 }), {}],
      ["a SQL-ish sub", () => ({ sub: "' OR 1=1 --", jti: randomUUID(), gen: 0 }), {}],
      ["no sub", () => ({ jti: randomUUID(), gen: 0 }), {}],
      ["a numeric sub", () => ({ sub: 42 as unknown as string, jti: randomUUID(), gen: 0 }), {}],
      ["no jti (a token from before logout existed)", () => ({ sub: buyer.user.id, gen: 0 }), {}],
      ["a non-UUID jti", () => ({ sub: buyer.user.id, jti: "abc", gen: 0 }), {}],
      ["no gen", () => ({ sub: buyer.user.id, jti: randomUUID() }), {}],
      ["a string gen", () => ({ sub: buyer.user.id, jti: randomUUID(), gen: "0" }), {}],
      ["a fractional gen", () => ({ sub: buyer.user.id, jti: randomUUID(), gen: 0.5 }), {}],
      ["a gen past int4", () => ({ sub: buyer.user.id, jti: randomUUID(), gen: 2 ** 31 }), {}],
      ["a negative gen", () => ({ sub: buyer.user.id, jti: randomUUID(), gen: -1 }), {}],
      [
        "another issuer",
        () => ({ sub: buyer.user.id, jti: randomUUID(), gen: 0, iss: "evil" }),
        {},
      ],
      ["an unknown user", () => ({ sub: randomUUID(), jti: randomUUID(), gen: 0 }), {}],
    ])(
      "answers UNAUTHENTICATED (HTTP 200, not 500) for a token with %s",
      async (_name, claims, options) => {
        const token = await craft(claims(), options);
        const result = await post(url, ME, {}, { token });
        expect(result.status).toBe(200);
        expect(codesOf(result)).toEqual(["UNAUTHENTICATED"]);
      },
    );

    it.each([
      ["garbage", "garbage"],
      ["three empty parts", ".."],
      ["bad base64 header", "%%%.e30.sig"],
      ["alg none", `${Buffer.from('{"alg":"none"}').toString("base64url")}.e30.`],
      ["a huge string", "a".repeat(5000)],
    ])("answers UNAUTHENTICATED for a malformed token: %s", async (_name, token) => {
      const result = await post(url, ME, {}, { token });
      expect(result.status).toBe(200);
      expect(codesOf(result)).toEqual(["UNAUTHENTICATED"]);
    });

    it("another secret's token is refused", async () => {
      const forged = await new SignJWT({ gen: 0 })
        .setProtectedHeader({ alg: "HS256" })
        .setSubject(buyer.user.id)
        .setJti(randomUUID())
        .setIssuer(ISSUER)
        .setIssuedAt()
        .setExpirationTime("1h")
        .sign(new TextEncoder().encode("x".repeat(64)));
      expect(codesOf(await post(url, ME, {}, { token: forged }))).toEqual(["UNAUTHENTICATED"]);
    });

    it("resolves the viewer in one SQL statement", async () => {
      const { result, count } = await countQueries(() =>
        viewerFromToken(app.dataSource.manager, portal.services.tokens, buyer.token),
      );
      expect(result?.userId).toBe(buyer.user.id);
      expect(count).toBe(1);
    });
  });

  describe("deactivation", () => {
    it("ends every earlier token for good, also one issued in the same second; new log-ins work after activation", async () => {
      const buyer = await user();
      const early = await loginToken(buyer.user.email, TEST_PASSWORD);
      const nowSeconds = Math.floor(Date.now() / 1000);
      // Same second as the deactivation below, and even a claimed iat after it: what ends a
      // token is its generation, not its time.
      const sameSecond = await craft(
        { sub: buyer.user.id, jti: randomUUID(), gen: 0 },
        { iat: nowSeconds },
      );
      const future = await craft(
        { sub: buyer.user.id, jti: randomUUID(), gen: 0 },
        { iat: nowSeconds + 5 },
      );
      expect(await works(sameSecond)).toBe(true);

      expect((await exec(admin.token, DEACTIVATE, { id: buyer.user.id })).data).toEqual({
        deactivateUser: { active: false },
      });
      for (const token of [early, sameSecond, future]) expect(await works(token)).toBe(false);

      expect((await exec(admin.token, ACTIVATE, { id: buyer.user.id })).data).toEqual({
        activateUser: { active: true },
      });
      for (const token of [early, sameSecond, future]) expect(await works(token)).toBe(false);
      const fresh = await loginToken(buyer.user.email, TEST_PASSWORD);
      expect(await works(fresh)).toBe(true);
    });

    it("ten parallel deactivations over HTTP: exactly one succeeds, nine get CONFLICT naming the state", async () => {
      const target = await user(Role.AUDITOR);
      // Three rounds (reactivated in between), so a lost update cannot pass by lucky timing.
      for (let round = 0; round < 3; round++) {
        const results = await Promise.all(
          Array.from({ length: 10 }, () =>
            post(url, DEACTIVATE, { id: target.user.id }, { token: admin.token }),
          ),
        );
        const ok = results.filter((r) => codesOf(r).length === 0);
        const conflicts = results.filter((r) => codesOf(r).join() === "CONFLICT");
        expect(ok).toHaveLength(1);
        expect(ok[0].body.data.deactivateUser.active).toBe(false);
        expect(conflicts).toHaveLength(9);
        for (const c of conflicts) {
          expect(c.body.errors![0].message).toBe(
            `User ${target.user.email} is inactive; cannot deactivate`,
          );
          expect(c.body.errors![0].extensions.reason).toBe("INVALID_TRANSITION");
        }
        expect(
          codesOf(await post(url, ACTIVATE, { id: target.user.id }, { token: admin.token })),
        ).toEqual([]);
      }
      const events = await app.dataSource.manager.findBy(AuditEvent, {
        entityId: target.user.id,
        action: "user.deactivated",
      });
      expect(events).toHaveLength(3);
      const stored = await app.dataSource.manager.findOneByOrFail(User, { id: target.user.id });
      expect(stored.tokenGeneration).toBe(3);
    });

    it("ten parallel activations: one succeeds, nine CONFLICT", async () => {
      const target = await user(Role.AUDITOR);
      await exec(admin.token, DEACTIVATE, { id: target.user.id });
      const results = await Promise.all(
        Array.from({ length: 10 }, () =>
          post(url, ACTIVATE, { id: target.user.id }, { token: admin.token }),
        ),
      );
      expect(results.filter((r) => codesOf(r).length === 0)).toHaveLength(1);
      const conflicts = results.filter((r) => codesOf(r).join() === "CONFLICT");
      expect(conflicts).toHaveLength(9);
      expect(conflicts[0].body.errors![0].message).toBe(
        `User ${target.user.email} is active; cannot activate`,
      );
    });
  });

  describe("changePassword", () => {
    it("refuses a wrong current password on that field and counts it for the throttle", async () => {
      const buyer = await user();
      const wrong = await exec(buyer.token, CHANGE, {
        c: "not-my-password",
        n: "fresh-river-stone-7",
      });
      expect(errorCodes(wrong)).toEqual(["BAD_USER_INPUT"]);
      expect(wrong.errors![0].extensions!.fields).toEqual([
        { path: "currentPassword", message: "is not your current password" },
      ]);
      expect(await app.dataSource.manager.countBy(LoginFailure, { email: buyer.user.email })).toBe(
        1,
      );
      for (let i = 0; i < 4; i++) {
        await exec(buyer.token, CHANGE, { c: `wrong-${i}-password`, n: "fresh-river-stone-7" });
      }
      // Five failures: the right current password is refused too, and so is a log-in.
      const locked = await exec(buyer.token, CHANGE, {
        c: TEST_PASSWORD,
        n: "fresh-river-stone-7",
      });
      expect(errorCodes(locked)).toEqual(["TOO_MANY_REQUESTS"]);
      expect(
        errorCodes(await exec(null, LOGIN, { e: buyer.user.email, p: TEST_PASSWORD })),
      ).toEqual(["TOO_MANY_REQUESTS"]);
      expect(await works(buyer.token)).toBe(true); // the session itself is not ended
    });

    it.each([
      ["too short", "short-pw", "must be at least 10 characters"],
      ["only spaces", "            ", "must not be only spaces"],
      ["common", "password1234", "is too common (it is on lists of leaked passwords)"],
      ["containing the e-mail name", "xx-grace.hopper-xx", "must not contain your e-mail name"],
      ["the current one", TEST_PASSWORD, "must differ from your current password"],
    ])("refuses a new password that is %s, under newPassword", async (_name, next, message) => {
      const grace = await user(
        Role.AUDITOR,
        `grace.hopper.${randomUUID().slice(0, 6)}@example.com`,
      );
      const local = grace.user.email.split("@")[0];
      const result = await exec(grace.token, CHANGE, {
        c: TEST_PASSWORD,
        n: next === "xx-grace.hopper-xx" ? `xx-${local.toUpperCase()}-xx` : next,
      });
      expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
      expect(result.errors![0].extensions!.fields).toEqual([{ path: "newPassword", message }]);
      expect(await works(grace.token)).toBe(true);
      const stored = await app.dataSource.manager.findOneByOrFail(User, { id: grace.user.id });
      expect(stored.passwordHash).toBe(grace.user.passwordHash);
    });

    it("reports a wrong current password and a weak new one together", async () => {
      const buyer = await user();
      const result = await exec(buyer.token, CHANGE, { c: "not-my-password", n: "short" });
      expect(result.errors![0].extensions!.fields.map((f: { path: string }) => f.path)).toEqual([
        "currentPassword",
        "newPassword",
      ]);
    });

    it.each([Role.ADMIN, Role.PROCUREMENT, Role.AUDITOR, Role.SUPPLIER])(
      "as %s: changes it, ends every earlier token, and the new password logs in",
      async (role) => {
        const made =
          role === Role.SUPPLIER
            ? await makeUser(app, role, { supplierId: (await makeSupplier(app)).id })
            : await makeUser(app, role);
        const stored = await app.dataSource.manager.findOneByOrFail(User, { id: made.user.id });
        const current = await sign(stored);
        const other = await loginToken(stored.email, TEST_PASSWORD);
        const next = `new-${randomUUID()}`;
        expect((await exec(current, CHANGE, { c: TEST_PASSWORD, n: next })).data).toEqual({
          changePassword: true,
        });
        expect(await works(current)).toBe(false);
        expect(await works(other)).toBe(false);
        expect(errorCodes(await exec(null, LOGIN, { e: stored.email, p: TEST_PASSWORD }))).toEqual([
          "UNAUTHENTICATED",
        ]);
        expect(await works(await loginToken(stored.email, next))).toBe(true);

        const [event] = await app.dataSource.manager.findBy(AuditEvent, {
          entityId: stored.id,
          action: "user.password_changed",
        });
        expect(event.actorId).toBe(stored.id);
        const recorded = JSON.stringify(event.changes);
        expect(recorded).not.toContain(next);
        expect(recorded).not.toContain("scrypt");
        expect(recorded).not.toContain(TEST_PASSWORD);
        expect(Object.keys(event.changes ?? {})).toEqual(
          expect.arrayContaining(["tokenGeneration", "passwordChangedAt"]),
        );
      },
    );
  });

  describe("resetUserPassword", () => {
    it("gives a strong one-time password that must be changed before anything else", async () => {
      const supplierId = (await makeSupplier(app)).id;
      const made = await makeUser(app, Role.SUPPLIER, { supplierId });
      const stored = await app.dataSource.manager.findOneByOrFail(User, { id: made.user.id });
      const before = await sign(stored);

      const reset = await exec(admin.token, RESET, { id: stored.id });
      expect(reset.errors).toBeUndefined();
      const oneTime = reset.data!.resetUserPassword as string;
      expect(oneTime).toMatch(/^[2-9a-zA-HJ-NP-Z]{5}(-[2-9a-zA-HJ-NP-Z]{5}){3}$/);
      const second = (await exec(admin.token, RESET, { id: stored.id })).data!
        .resetUserPassword as string;
      expect(second).not.toBe(oneTime);
      expect(await works(before)).toBe(false);

      // Only the latest one-time password works.
      expect(errorCodes(await exec(null, LOGIN, { e: stored.email, p: oneTime }))).toEqual([
        "UNAUTHENTICATED",
      ]);
      const login = await exec(null, LOGIN, { e: stored.email, p: second });
      expect(login.data!.login.user.mustChangePassword).toBe(true);
      const token = login.data!.login.token as string;

      expect((await exec(token, ME)).data!.me).toEqual({ id: stored.id, mustChangePassword: true });
      for (const query of [
        `{ suppliers(first: 1) { totalCount } }`,
        `query($id: ID!) { supplier(id: $id) { id } }`,
        `{ materialCategories { code } }`,
        `mutation($id: ID!) { updateSupplier(id: $id, expectedVersion: 1, input: { legalName: "X" }) { id } }`,
      ]) {
        const refused = await exec(token, query, { id: supplierId });
        expect(errorCodes(refused)).toEqual(["FORBIDDEN"]);
        expect(refused.errors![0].message).toMatch(/change your password first/);
      }
      const csv = await fetch(`${url}/exports/rankings.csv`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(csv.status).toBe(403);

      const changed = await exec(token, CHANGE, { c: second, n: "my-own-long-passphrase" });
      expect(changed.data).toEqual({ changePassword: true });
      expect(await works(token)).toBe(false);
      const after = await exec(null, LOGIN, { e: stored.email, p: "my-own-long-passphrase" });
      expect(after.data!.login.user.mustChangePassword).toBe(false);
      const full = await exec(
        after.data!.login.token as string,
        `{ suppliers(first: 1) { totalCount } }`,
      );
      expect(full.errors).toBeUndefined();

      const events = await app.dataSource.manager.findBy(AuditEvent, {
        entityId: stored.id,
        action: "user.password_reset",
      });
      expect(events).toHaveLength(2);
      expect(events[0].actorId).toBe(admin.user.id);
      const recorded = JSON.stringify(events.map((e) => e.changes));
      expect(recorded).not.toContain(oneTime);
      expect(recorded).not.toContain(second);
      expect(recorded).not.toContain("scrypt");
      expect(events[0].changes).toMatchObject({
        mustChangePassword: { before: false, after: true },
      });
    });

    it("lets a user pending a change log out", async () => {
      const buyer = await user();
      const oneTime = (await exec(admin.token, RESET, { id: buyer.user.id })).data!
        .resetUserPassword as string;
      const token = await loginToken(buyer.user.email, oneTime);
      expect((await exec(token, `mutation { logout }`)).data).toEqual({ logout: true });
      expect(await works(token)).toBe(false);
    });

    it("clears the e-mail's failed log-ins, so a locked-out user gets back in", async () => {
      const buyer = await user();
      for (let i = 0; i < 5; i++)
        await exec(null, LOGIN, { e: buyer.user.email, p: `bad-${i}-pass` });
      expect(
        errorCodes(await exec(null, LOGIN, { e: buyer.user.email, p: TEST_PASSWORD })),
      ).toEqual(["TOO_MANY_REQUESTS"]);
      const oneTime = (await exec(admin.token, RESET, { id: buyer.user.id })).data!
        .resetUserPassword as string;
      expect(await works(await loginToken(buyer.user.email, oneTime))).toBe(true);
    });

    it("refuses an inactive user, yourself and an unknown id", async () => {
      const target = await user();
      await exec(admin.token, DEACTIVATE, { id: target.user.id });
      const inactive = await exec(admin.token, RESET, { id: target.user.id });
      expect(errorCodes(inactive)).toEqual(["CONFLICT"]);
      expect(inactive.errors![0].message).toBe(
        `User ${target.user.email} is inactive; cannot reset the password (activate the user first)`,
      );
      expect(errorCodes(await exec(admin.token, RESET, { id: admin.user.id }))).toEqual([
        "CONFLICT",
      ]);
      expect(errorCodes(await exec(admin.token, RESET, { id: randomUUID() }))).toEqual([
        "NOT_FOUND",
      ]);
    });

    it("serialises with a parallel deactivation: the reset either precedes it or is refused", async () => {
      const target = await user();
      const [reset, off] = await Promise.all([
        post(url, RESET, { id: target.user.id }, { token: admin.token }),
        post(url, DEACTIVATE, { id: target.user.id }, { token: admin.token }),
      ]);
      expect(codesOf(off)).toEqual([]);
      expect([[], ["CONFLICT"]]).toContainEqual(codesOf(reset));
      const stored = await app.dataSource.manager.findOneByOrFail(User, { id: target.user.id });
      expect(stored.active).toBe(false);
      // Both bumps landed when both ran: nothing was lost to a lost update.
      expect(stored.tokenGeneration).toBe(codesOf(reset).length === 0 ? 2 : 1);
    });
  });

  describe("password policy where passwords are set", () => {
    it("createUser refuses a common password and one containing the e-mail name", async () => {
      const create = (email: string, password: string) =>
        exec(admin.token, `mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`, {
          i: { email, password, role: "AUDITOR", name: "N" },
        });
      const common = await create(`c-${randomUUID().slice(0, 6)}@example.com`, "qwertyuiop");
      expect(common.errors![0].extensions!.fields).toEqual([
        { path: "input.password", message: "is too common (it is on lists of leaked passwords)" },
      ]);
      const named = await create("margaret.h@example.com", "Margaret.H-2026!");
      expect(named.errors![0].extensions!.fields).toEqual([
        { path: "input.password", message: "must not contain your e-mail name" },
      ]);
      expect(await app.dataSource.manager.existsBy(User, { email: "margaret.h@example.com" })).toBe(
        false,
      );
      expect(
        (await create("margaret.k@example.com", "tidal-basin-lantern")).errors,
      ).toBeUndefined();
    });

    it("ADMIN_PASSWORD must pass it: the start stops naming the variable", () => {
      const load = (password: string) => () =>
        loadConfig({ ADMIN_EMAIL: "root.admin@example.com", ADMIN_PASSWORD: password });
      expect(load("1234567890")).toThrow(ConfigError);
      expect(load("1234567890")).toThrow(/ADMIN_PASSWORD is too common/);
      expect(load("root.admin-2026")).toThrow(/ADMIN_PASSWORD must not contain your e-mail name/);
      expect(load("short")).toThrow(/ADMIN_PASSWORD must be at least 10 characters/);
      expect(load("long-random-admin-pass")().adminPassword).toBe("long-random-admin-pass");
    });

    it("createAdmin (npm run create-admin, ADMIN_PASSWORD) refuses a weak password", async () => {
      const ctx = { clock: app.clock, requestId: "test" };
      await expect(
        createAdmin(app.dataSource, ctx, { email: "ops@example.com", password: "password123" }),
      ).rejects.toThrow(/password: is too common/);
      expect(await app.dataSource.manager.existsBy(User, { email: "ops@example.com" })).toBe(false);
    });
  });

  describe("log-in throttling", () => {
    it("a lock lasts exactly the window: attempts while locked do not extend it", async () => {
      const buyer = await user();
      const start = app.clock.now();
      for (let i = 0; i < 5; i++) {
        expect(
          errorCodes(await exec(null, LOGIN, { e: buyer.user.email, p: `bad-${i}-pass` })),
        ).toEqual(["UNAUTHENTICATED"]);
      }
      const minutes = (n: number) => app.clock.set(new Date(start.getTime() + n * 60_000));
      minutes(10);
      for (const p of ["bad-again-pass", TEST_PASSWORD, "bad-more-pass"]) {
        const locked = await exec(null, LOGIN, { e: buyer.user.email, p });
        expect(errorCodes(locked)).toEqual(["TOO_MANY_REQUESTS"]);
        expect(locked.errors![0].message).toBe(
          "Too many failed log-ins for this e-mail; try again in 5 minutes",
        );
      }
      // Refused attempts record nothing, so they cannot keep the lock going.
      expect(await app.dataSource.manager.countBy(LoginFailure, { email: buyer.user.email })).toBe(
        5,
      );
      minutes(14.9);
      expect(
        errorCodes(await exec(null, LOGIN, { e: buyer.user.email, p: TEST_PASSWORD })),
      ).toEqual(["TOO_MANY_REQUESTS"]);
      minutes(15.01);
      expect(await works(await loginToken(buyer.user.email, TEST_PASSWORD))).toBe(true);
      app.clock.set(start);
    });

    it("counts failures per client address too, for any e-mail (behind TRUST_PROXY)", async () => {
      const buyer = await user();
      const from = (address: string, email: string, password: string) =>
        post(url, LOGIN, { e: email, p: password }, { headers: { "x-forwarded-for": address } });
      // LOGIN_MAX_FAILURES_PER_ADDRESS=4 in this file: four different e-mails from one address.
      for (let i = 0; i < 4; i++) {
        const r = await from(
          "203.0.113.7",
          `nobody-${i}-${randomUUID()}@example.com`,
          "wrong-pass-1",
        );
        expect(codesOf(r)).toEqual(["UNAUTHENTICATED"]);
      }
      const blocked = await from("203.0.113.7", buyer.user.email, TEST_PASSWORD);
      expect(codesOf(blocked)).toEqual(["TOO_MANY_REQUESTS"]);
      expect(blocked.body.errors![0].message).toMatch(/from your network address/);
      // Another address is not affected, and the e-mail itself has no failures.
      expect(codesOf(await from("198.51.100.9", buyer.user.email, TEST_PASSWORD))).toEqual([]);
      expect(await app.dataSource.manager.countBy(LoginFailure, { address: "203.0.113.7" })).toBe(
        4,
      );

      app.clock.set(new Date(app.clock.now().getTime() + 15 * 60_000 + 1000));
      expect(codesOf(await from("203.0.113.7", buyer.user.email, TEST_PASSWORD))).toEqual([]);
    });

    it("without TRUST_PROXY, X-Forwarded-For is ignored: the socket's address counts", async () => {
      const plain = await createServer({
        config: loadConfig({
          NODE_ENV: "test",
          LOG_LEVEL: "silent",
          DATABASE_URL: app.databaseUrl,
        }),
        dataSource: app.dataSource,
        logger: pino({ level: "silent" }),
        clock: app.clock,
        jwtSecret: SECRET,
      });
      try {
        const plainUrl = `http://127.0.0.1:${await plain.listen(0, "127.0.0.1")}`;
        const email = `nobody-${randomUUID()}@example.com`;
        await post(
          plainUrl,
          LOGIN,
          { e: email, p: "wrong-pass-1" },
          { headers: { "x-forwarded-for": "192.0.2.55" } },
        );
        const [row] = await app.dataSource.manager.findBy(LoginFailure, { email });
        expect(row.address).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
      } finally {
        await plain.stop();
      }
    });

    it("has config defaults of 20 per address and trust proxy off, and validates TRUST_PROXY", () => {
      const defaults = loadConfig({});
      expect(defaults.loginMaxFailuresPerAddress).toBe(20);
      expect(defaults.trustProxy).toBe(false);
      expect(loadConfig({ TRUST_PROXY: "1" }).trustProxy).toBe(1);
      expect(loadConfig({ TRUST_PROXY: "loopback, 10.0.0.0/8" }).trustProxy).toBe(
        "loopback, 10.0.0.0/8",
      );
      expect(() => loadConfig({ TRUST_PROXY: "everyone" })).toThrow(/TRUST_PROXY/);
      expect(() => loadConfig({ LOGIN_MAX_FAILURES_PER_ADDRESS: "0" })).toThrow(
        /LOGIN_MAX_FAILURES_PER_ADDRESS/,
      );
    });
  });
});
