import { randomBytes } from "node:crypto";
import pino from "pino";
import type { DataSource } from "typeorm";
import { createDataSource } from "../src/app/data-source";
import { User } from "../src/modules/identity/user.entity";
import { Role } from "../src/shared/domain/role.enum";
import { createServer, type PortalServer } from "../src/server";
import { makeUser, TEST_PASSWORD, type TestUser } from "./support/factories";
import { countQueries } from "./support/query-counter";
import { createTestApp, errorCodes, type GraphQLResult, type TestApp } from "./support/test-app";

const ME = `{ me { id } }`;
const DEACTIVATE = `mutation($id: ID!) { deactivateUser(id: $id) { active } }`;
const ACTIVATE = `mutation($id: ID!) { activateUser(id: $id) { active } }`;
const CHANGE = `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`;
const RESET = `mutation($id: ID!) { resetUserPassword(userId: $id) }`;

/**
 * The viewer cache (src/modules/identity/viewer-cache.ts): a token's holder is read once and
 * then kept, and whatever ends or changes what the token stands for takes effect on the very
 * next request, on this instance and (through LISTEN/NOTIFY) on another one.
 */
describe("viewer cache", () => {
  let app: TestApp;
  /** Two portals on one database with one signing secret, as behind a load balancer. */
  let first: PortalServer;
  let second: PortalServer;
  let secondSource: DataSource;
  let admin: TestUser;

  const secret = randomBytes(32).toString("hex");
  const portal = (dataSource: DataSource) =>
    createServer({
      config: app.config,
      dataSource,
      logger: pino({ level: "silent" }),
      clock: app.clock,
      jwtSecret: secret,
    });

  async function exec(
    server: PortalServer,
    token: string,
    query: string,
    variables?: Record<string, unknown>,
  ) {
    const contextValue = await server.contextFor(token);
    const response = await server.apollo.executeOperation({ query, variables }, { contextValue });
    if (response.body.kind !== "single") throw new Error("unexpected incremental response");
    return response.body.singleResult as GraphQLResult<any>;
  }
  const works = async (server: PortalServer, token: string) =>
    errorCodes(await exec(server, token, ME)).length === 0;

  async function user(role = Role.PROCUREMENT): Promise<TestUser> {
    const made = await makeUser(app, role);
    const stored = await app.dataSource.manager.findOneByOrFail(User, { id: made.user.id });
    return { user: stored, token: await first.services.tokens.sign(stored.id, 0) };
  }

  /** Polls until `check` holds (the other instance hears of a change asynchronously). */
  async function eventually(check: () => Promise<boolean>, withinMs = 2000): Promise<number> {
    const started = Date.now();
    for (;;) {
      if (await check()) return Date.now() - started;
      if (Date.now() - started > withinMs) throw new Error(`not within ${withinMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  beforeAll(async () => {
    app = await createTestApp();
    first = await portal(app.dataSource);
    secondSource = createDataSource({ url: app.databaseUrl, poolSize: 2 });
    await secondSource.initialize();
    second = await portal(secondSource);
    admin = await user(Role.ADMIN);
  });
  afterAll(async () => {
    await second.stop();
    await secondSource.destroy();
    await first.stop();
    await app.close();
  });

  it("reads a token's holder once: later requests with it send no SQL for the viewer", async () => {
    const buyer = await user();
    expect(await works(first, buyer.token)).toBe(true);
    const { result, count } = await countQueries(() => exec(first, buyer.token, `{ __typename }`));
    expect(result.errors).toBeUndefined();
    expect(count).toBe(0);
  });

  it("refuses a deactivated user's token on the very next request, and again after activation", async () => {
    const buyer = await user();
    expect(await works(first, buyer.token)).toBe(true);
    expect((await exec(first, admin.token, DEACTIVATE, { id: buyer.user.id })).errors).toBe(
      undefined,
    );
    expect(errorCodes(await exec(first, buyer.token, ME))).toEqual(["UNAUTHENTICATED"]);
    // Activation does not bring the old token back (its generation was bumped).
    await exec(first, admin.token, ACTIVATE, { id: buyer.user.id });
    expect(errorCodes(await exec(first, buyer.token, ME))).toEqual(["UNAUTHENTICATED"]);
  });

  it("ends the token on logout and every earlier token on a password change or reset, at once", async () => {
    const buyer = await user();
    const other = await first.services.tokens.sign(buyer.user.id, 0);
    expect(await works(first, buyer.token)).toBe(true);
    expect(await works(first, other)).toBe(true);
    expect((await exec(first, buyer.token, `mutation { logout }`)).errors).toBeUndefined();
    expect(errorCodes(await exec(first, buyer.token, ME))).toEqual(["UNAUTHENTICATED"]);
    expect(await works(first, other)).toBe(true);

    const changed = await exec(first, other, CHANGE, {
      c: TEST_PASSWORD,
      n: "a-new-long-passphrase-1",
    });
    expect(changed.errors).toBeUndefined();
    expect(errorCodes(await exec(first, other, ME))).toEqual(["UNAUTHENTICATED"]);

    const reset = await user();
    expect(await works(first, reset.token)).toBe(true);
    expect((await exec(first, admin.token, RESET, { id: reset.user.id })).errors).toBeUndefined();
    expect(errorCodes(await exec(first, reset.token, ME))).toEqual(["UNAUTHENTICATED"]);
  });

  it("hears of a deactivation on another instance (LISTEN/NOTIFY) and refuses the cached token there", async () => {
    const buyer = await user();
    expect(await works(second, buyer.token)).toBe(true);
    // Cached on the second instance: no statement for the viewer.
    expect((await countQueries(() => exec(second, buyer.token, `{ __typename }`))).count).toBe(0);
    expect((await exec(first, admin.token, DEACTIVATE, { id: buyer.user.id })).errors).toBe(
      undefined,
    );
    await eventually(async () => !(await works(second, buyer.token)));
    expect(errorCodes(await exec(second, buyer.token, ME))).toEqual(["UNAUTHENTICATED"]);
  });

  it("hears of a language change on another instance: the cached viewer's locale follows", async () => {
    const buyer = await user();
    const localeOn = async (server: PortalServer) => (await server.contextFor(buyer.token)).locale;
    expect(await localeOn(second)).toBe("en");
    const set = await exec(
      first,
      buyer.token,
      `mutation { setLocale(locale: "zh-CN") { locale } }`,
    );
    expect(set.errors).toBeUndefined();
    await eventually(async () => (await localeOn(second)) === "zh-CN");
  });

  it("hears of a change made outside the portal (plain SQL) and of a logout on another instance", async () => {
    const buyer = await user();
    expect(await works(second, buyer.token)).toBe(true);
    await app.dataSource.query(`UPDATE app_user SET active = false WHERE id = $1`, [buyer.user.id]);
    await eventually(async () => !(await works(second, buyer.token)));
    expect(await works(first, buyer.token)).toBe(false);

    const auditor = await user(Role.AUDITOR);
    expect(await works(second, auditor.token)).toBe(true);
    expect((await exec(first, auditor.token, `mutation { logout }`)).errors).toBeUndefined();
    await eventually(async () => !(await works(second, auditor.token)));
  });

  it("caches nothing while the listener is down, and again once it is back", async () => {
    const buyer = await user();
    await app.dataSource.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE datname = current_database() AND application_name = 'esg-audit-portal-viewers'`,
    );
    await eventually(async () => !first.services.viewers!.listening);
    expect(await works(first, buyer.token)).toBe(true);
    const uncached = await countQueries(() => exec(first, buyer.token, `{ __typename }`));
    expect(uncached.count).toBe(1);
    // Reconnected after a second: cached again.
    await eventually(async () => first.services.viewers!.listening, 5000);
    expect(await works(first, buyer.token)).toBe(true);
    expect((await countQueries(() => exec(first, buyer.token, `{ __typename }`))).count).toBe(0);
  });
});
