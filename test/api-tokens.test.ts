import { Role } from "../src/shared/domain/role.enum";
import { ApiToken } from "../src/modules/identity/api-token.entity";
import { Supplier } from "../src/modules/supplier/supplier.entity";
import { makeSupplier, makeUser, TEST_PASSWORD, type TestUser } from "./support/factories";
import { post } from "./support/graphql-client";
import { createTestApp, errorCodes, type TestApp } from "./support/test-app";

const CREATE = `mutation($n: String!, $r: Role!, $e: DateTime) {
  createApiToken(name: $n, role: $r, expiresAt: $e) { id secret } }`;
const REVOKE = `mutation($id: ID!) { revokeApiToken(id: $id) }`;
const LIST = `{ apiTokens { id name role createdAt expiresAt lastUsedAt revokedAt createdBy { id } } }`;
const SUPPLIERS = `{ suppliers(first: 1) { totalCount } }`;

describe("API tokens for integrations", () => {
  let app: TestApp;
  let url: string;
  let admin: TestUser;

  beforeAll(async () => {
    app = await createTestApp();
    url = `http://127.0.0.1:${await app.server.listen(0, "127.0.0.1")}`;
    admin = await makeUser(app, Role.ADMIN);
    await makeSupplier(app);
  });
  afterAll(() => app.close());

  async function createToken(name: string, role: Role, expiresAt?: Date) {
    const result = await app.exec(admin.token, CREATE, {
      n: name,
      r: role,
      e: expiresAt?.toISOString() ?? null,
    });
    expect(result.errors).toBeUndefined();
    return result.data!.createApiToken as { id: string; secret: string };
  }

  it("returns an esgp_ secret once and stores only its SHA-256", async () => {
    const { id, secret } = await createToken("ERP connector", Role.PROCUREMENT);
    expect(secret).toMatch(/^esgp_[A-Za-z0-9_-]{43}$/);
    const stored = await app.dataSource.manager.findOneByOrFail(ApiToken, { id });
    expect(stored.secretHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.secretHash).not.toContain(secret.slice(5));
    const raw = JSON.stringify(
      await app.dataSource.query(`SELECT * FROM api_token WHERE id = $1`, [id]),
    );
    expect(raw).not.toContain(secret.slice(5));
    const list = await app.exec(admin.token, LIST);
    const listed = list.data!.apiTokens.find((t: { id: string }) => t.id === id);
    expect(listed).toMatchObject({ name: "ERP connector", role: "PROCUREMENT", revokedAt: null });
    expect(listed.createdBy).toEqual({ id: admin.user.id });
    expect(Object.keys(listed)).not.toContain("secret");
  });

  it("acts over HTTP as a service user of its role, and a revoked one is refused at once", async () => {
    const { id, secret } = await createToken("ERP read", Role.PROCUREMENT);
    const me = await post(url, `{ me { role name } }`, {}, { token: secret });
    expect(me.status).toBe(200);
    expect(me.body.data.me).toEqual({ role: "PROCUREMENT", name: "ERP read (API token)" });
    const read = await post(url, SUPPLIERS, {}, { token: secret });
    expect(read.body.errors).toBeUndefined();
    // PROCUREMENT may not create users: the token has the role's rights, no more.
    const refused = await post(
      url,
      `mutation { createUser(input: { email: "x@example.com", password: "a-long-passphrase-9", role: AUDITOR, name: "X" }) { id } }`,
      {},
      { token: secret },
    );
    expect(refused.body.errors![0].extensions.code).toBe("FORBIDDEN");

    expect((await app.exec(admin.token, REVOKE, { id })).data).toEqual({ revokeApiToken: true });
    const after = await post(url, SUPPLIERS, {}, { token: secret });
    expect(after.status).toBe(401);
    expect(after.body.errors![0].extensions.code).toBe("UNAUTHENTICATED");
    // Revoking twice is a state conflict, not a silent success.
    const again = await app.exec(admin.token, REVOKE, { id });
    expect(errorCodes(again)).toEqual(["CONFLICT"]);
  });

  it("is refused once expired (by the server's clock) and a bogus esgp_ secret is refused", async () => {
    const start = app.clock.now();
    const { secret } = await createToken(
      "Short-lived",
      Role.AUDITOR,
      new Date(start.getTime() + 3_600_000),
    );
    expect((await post(url, SUPPLIERS, {}, { token: secret })).status).toBe(200);
    app.clock.set(new Date(start.getTime() + 3_600_000));
    try {
      const expired = await post(url, SUPPLIERS, {}, { token: secret });
      expect(expired.status).toBe(401);
    } finally {
      app.clock.set(start);
    }
    const bogus = await post(url, SUPPLIERS, {}, { token: `esgp_${"A".repeat(43)}` });
    expect(bogus.status).toBe(401);
  });

  it("refuses an ADMIN or SUPPLIER role, a blank name and a past expiry, creating nothing", async () => {
    const before = await app.dataSource.manager.count(ApiToken);
    const asAdmin = await app.exec(admin.token, CREATE, { n: "Root", r: "ADMIN" });
    expect(errorCodes(asAdmin)).toEqual(["BAD_USER_INPUT"]);
    expect(asAdmin.errors![0].extensions!.fields).toEqual([
      { path: "role", message: "must be PROCUREMENT or AUDITOR (never ADMIN)" },
    ]);
    const asSupplier = await app.exec(admin.token, CREATE, { n: "S", r: "SUPPLIER" });
    expect(asSupplier.errors![0].extensions!.fields.map((f: { path: string }) => f.path)).toEqual([
      "role",
    ]);
    const bad = await app.exec(admin.token, CREATE, {
      n: "  ",
      r: "AUDITOR",
      e: new Date(app.clock.now().getTime() - 1000).toISOString(),
    });
    expect(bad.errors![0].extensions!.fields.map((f: { path: string }) => f.path)).toEqual([
      "name",
      "expiresAt",
    ]);
    expect(await app.dataSource.manager.count(ApiToken)).toBe(before);
  });

  it("records lastUsedAt at most once a minute", async () => {
    const start = app.clock.now();
    const { id, secret } = await createToken("Poller", Role.AUDITOR);
    const lastUsed = async () =>
      (await app.dataSource.manager.findOneByOrFail(ApiToken, { id })).lastUsedAt?.toISOString();
    expect(await lastUsed()).toBeUndefined();
    try {
      await post(url, SUPPLIERS, {}, { token: secret });
      expect(await lastUsed()).toBe(start.toISOString());
      app.clock.set(new Date(start.getTime() + 59_000));
      await post(url, SUPPLIERS, {}, { token: secret });
      expect(await lastUsed()).toBe(start.toISOString());
      app.clock.set(new Date(start.getTime() + 61_000));
      await post(url, SUPPLIERS, {}, { token: secret });
      expect(await lastUsed()).toBe(new Date(start.getTime() + 61_000).toISOString());
    } finally {
      app.clock.set(start);
    }
  });

  it("names the token as the actor in the audit trail", async () => {
    const supplier = await makeSupplier(app);
    const { id, secret } = await createToken("ERP sync", Role.PROCUREMENT);
    const { version } = await app.dataSource.manager.findOneByOrFail(Supplier, { id: supplier.id });
    const update = await post(
      url,
      `mutation($id: ID!, $v: Int!) { updateSupplier(id: $id, expectedVersion: $v, input: { contactEmail: "erp@supplier.example" }) { id } }`,
      { id: supplier.id, v: version },
      { token: secret },
    );
    expect(update.body.errors).toBeUndefined();
    const trail = await app.exec(
      admin.token,
      `query($id: ID!) { auditTrail(entityType: "Supplier", entityId: $id, first: 1) {
        edges { node { action role actor { name role apiToken { id name } } } } } }`,
      { id: supplier.id },
    );
    expect(trail.errors).toBeUndefined();
    expect(trail.data!.auditTrail.edges[0].node).toEqual({
      action: "supplier.updated",
      role: "PROCUREMENT",
      actor: {
        name: "ERP sync (API token)",
        role: "PROCUREMENT",
        apiToken: { id, name: "ERP sync" },
      },
    });
  });

  it("keeps service users out of log-in, the users list and activation", async () => {
    const { id } = await createToken("Hidden", Role.AUDITOR);
    const { userId } = await app.dataSource.manager.findOneByOrFail(ApiToken, { id });
    const users = await app.exec(admin.token, `{ users(first: 100) { edges { node { id } } } }`);
    expect(users.data!.users.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(
      userId,
    );
    const activate = await app.exec(
      admin.token,
      `mutation($id: ID!) { activateUser(id: $id) { id } }`,
      {
        id: userId,
      },
    );
    expect(errorCodes(activate)).toEqual(["CONFLICT"]);
    const login = await app.exec(
      null,
      `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
      { e: `api-token-${id}@service.invalid`, p: TEST_PASSWORD },
    );
    expect(errorCodes(login)).toEqual(["UNAUTHENTICATED"]);
  });

  it("leaves the JWT path as it was: a signed-in user's token still works", async () => {
    const buyer = await makeUser(app, Role.PROCUREMENT);
    const me = await post(url, `{ me { id } }`, {}, { token: buyer.token });
    expect(me.body.data.me).toEqual({ id: buyer.user.id });
  });
});
