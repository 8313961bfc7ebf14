import { randomUUID } from "node:crypto";
import { Role } from "../../src/shared/domain/role.enum";
import { Supplier } from "../../src/modules/supplier/supplier.entity";
import { makeSupplier, makeUser, type TestUser } from "../support/factories";
import { codesOf, post } from "../support/http-client";
import { createTestApp, type TestApp } from "../support/test-app";

const UPDATE = `mutation($id: ID!, $v: Int!, $name: String!) {
  updateSupplier(id: $id, expectedVersion: $v, input: { name: $name }) { id name version } }`;
const ADJUST = `mutation($s: ID!, $d: Float!, $r: String!) {
  adjustPriority(input: { supplierId: $s, delta: $d, reason: $r }) { id delta } }`;

describe("Idempotency-Key on mutations", () => {
  let app: TestApp;
  let url: string;
  let admin: TestUser;
  let otherAdmin: TestUser;
  let supplier: Supplier;

  beforeAll(async () => {
    app = await createTestApp();
    // Older than the 24 h retention: the first claim of the process purges it.
    admin = await makeUser(app, Role.ADMIN);
    await app.dataSource.query(
      `INSERT INTO idempotency_key (user_id, key, request_hash, state, owner, lease_until, response, created_at)
       VALUES ($1, 'ancient', repeat('0', 64), 'COMPLETED', gen_random_uuid(), $2, '{}', $2)`,
      [admin.user.id, new Date(app.clock.now().getTime() - 25 * 3600_000)],
    );
    otherAdmin = await makeUser(app, Role.ADMIN);
    supplier = await makeSupplier(app);
    url = `http://127.0.0.1:${await app.server.listen(0, "127.0.0.1")}`;
  });
  afterAll(() => app.close());

  const version = async () =>
    (await app.dataSource.manager.findOneByOrFail(Supplier, { id: supplier.id })).version;
  const events = async () =>
    Number(
      ((await app.dataSource.query(`SELECT count(*) AS n FROM audit_event`)) as { n: string }[])[0]
        .n,
    );
  const send = (query: string, variables: Record<string, unknown>, key?: string, user = admin) =>
    post(url, query, variables, {
      token: user.token,
      headers: key === undefined ? {} : { "idempotency-key": key },
    });

  it("replays the first response to a retry and changes nothing", async () => {
    const key = randomUUID();
    const v = await version();
    const first = await send(UPDATE, { id: supplier.id, v, name: "Idempotent name" }, key);
    expect(first.body.data.updateSupplier.version).toBe(v + 1);
    const eventsAfterFirst = await events();
    const retry = await send(UPDATE, { id: supplier.id, v, name: "Idempotent name" }, key);
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers.get("idempotency-replayed")).toBe("true");
    expect(await version()).toBe(v + 1);
    expect(await events()).toBe(eventsAfterFirst);
    // The old key was purged by the first claim.
    const old = await app.dataSource.query(`SELECT 1 FROM idempotency_key WHERE key = 'ancient'`);
    expect(old).toHaveLength(0);
  });

  it("refuses the same key with a different request", async () => {
    const key = randomUUID();
    const v = await version();
    await send(UPDATE, { id: supplier.id, v, name: "First body" }, key);
    const other = await send(UPDATE, { id: supplier.id, v: v + 1, name: "Second body" }, key);
    expect(codesOf(other)).toEqual(["CONFLICT"]);
    expect(other.body.errors![0].message).toMatch(/different request/);
    expect(await version()).toBe(v + 1);
  });

  it("scopes keys to the user", async () => {
    const key = randomUUID();
    const body = { s: supplier.id, d: 2, r: "Scoped to the user, not global" };
    const mine = await send(ADJUST, body, key);
    const theirs = await send(ADJUST, body, key, otherAdmin);
    expect(mine.body.data.adjustPriority.id).not.toBe(theirs.body.data.adjustPriority.id);
  });

  it("lets only one of 20 concurrent requests with one key execute", async () => {
    const key = randomUUID();
    const v = await version();
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        send(UPDATE, { id: supplier.id, v, name: "Concurrent retry" }, key),
      ),
    );
    expect(await version()).toBe(v + 1);
    const succeeded = results.filter((r) => r.body.data?.updateSupplier);
    expect(succeeded.length).toBeGreaterThanOrEqual(1);
    for (const r of succeeded) expect(r.body).toEqual(succeeded[0].body);
    for (const r of results.filter((r) => !r.body.data?.updateSupplier)) {
      expect(codesOf(r)).toEqual(["CONFLICT"]);
      expect(r.body.errors![0].message).toMatch(/in progress/);
    }
  });

  it("releases the key of a failed mutation, so a corrected retry runs", async () => {
    const key = randomUUID();
    const failed = await send(ADJUST, { s: supplier.id, d: 99, r: "Too large a delta here" }, key);
    expect(codesOf(failed)).toEqual(["BAD_USER_INPUT"]);
    const rows = await app.dataSource.query(`SELECT 1 FROM idempotency_key WHERE key = $1`, [key]);
    expect(rows).toHaveLength(0);
    const retry = await send(ADJUST, { s: supplier.id, d: 9, r: "A corrected delta here" }, key);
    expect(retry.body.data.adjustPriority.delta).toBe(9);
  });

  it("ignores the header on queries and refuses keys over 255 characters", async () => {
    const query = await send("{ me { id } }", {}, "x".repeat(300));
    expect(query.body.data.me.id).toBe(admin.user.id);
    const v = await version();
    const long = await send(UPDATE, { id: supplier.id, v, name: "Long key" }, "x".repeat(256));
    expect(codesOf(long)).toEqual(["BAD_USER_INPUT"]);
    expect(await version()).toBe(v);
    const max = await send(UPDATE, { id: supplier.id, v, name: "Long key" }, "y".repeat(255));
    expect(max.body.data.updateSupplier.version).toBe(v + 1);
  });

  it("takes over a key whose request died before committing, and never re-runs one that committed", async () => {
    const insertClaim = (key: string, state: string, hash: string) =>
      app.dataSource.query(
        `INSERT INTO idempotency_key (user_id, key, request_hash, state, owner, lease_until, created_at)
         VALUES ($1, $2, $3, $4, gen_random_uuid(), $5, $5)`,
        [admin.user.id, key, hash, state, new Date(app.clock.now().getTime() - 120_000)],
      );
    const { requestHash } = await import("../../src/modules/idempotency/idempotency.service");
    const v = await version();
    const vars = { id: supplier.id, v, name: "After a crash" };
    await insertClaim("crashed-pending", "PENDING", requestHash(UPDATE, null, vars));
    const taken = await send(UPDATE, vars, "crashed-pending");
    expect(taken.body.data.updateSupplier.version).toBe(v + 1);

    const vars2 = { id: supplier.id, v: v + 1, name: "Committed, response lost" };
    await insertClaim("crashed-executed", "EXECUTED", requestHash(UPDATE, null, vars2));
    const lost = await send(UPDATE, vars2, "crashed-executed");
    expect(codesOf(lost)).toEqual(["CONFLICT"]);
    expect(await version()).toBe(v + 1);
  });
});
