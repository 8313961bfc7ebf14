import { checkInvariants } from "../../src/database/invariants";
import { checkStandings } from "../../src/modules/procurement/standing.check";
import { Supplier } from "../../src/modules/supplier/supplier.entity";
import {
  EVIDENCE,
  OPS,
  PLAN_INPUT,
  completedAudit,
  defaultChecklist,
  ok,
  resultsFor,
  startedAudit,
} from "../support/audit-fixtures";
import { TEST_PASSWORD, makeRoles, makeSupplier } from "../support/factories";
import { codesOf, loginOver, post } from "../support/http-client";
import { startPortal, type PortalProcess } from "../support/portal-process";
import { createTestApp, type TestApp } from "../support/test-app";

const UPDATE = `mutation($id: ID!, $v: Int!, $name: String!) {
  updateSupplier(id: $id, expectedVersion: $v, input: { name: $name }) { id name version } }`;
const ADJUST = `mutation($s: ID!, $d: Float!, $r: String!) {
  adjustPriority(input: { supplierId: $s, delta: $d, reason: $r }) { id } }`;

/** Two server processes on one database: nothing one needs may live in the other's memory. */
describe("two instances on one database", () => {
  let app: TestApp;
  let portals: PortalProcess[];
  let users: Awaited<ReturnType<typeof makeRoles>>;
  let supplier: Supplier;

  beforeAll(async () => {
    // The in-process app prepares data at the real time, the clock the two processes use.
    app = await createTestApp({ now: new Date() });
    supplier = await makeSupplier(app, { name: "Shared Supplier" });
    users = await makeRoles(app, supplier.id);
    // No JWT_SECRET: the instances must agree on the secret through the database.
    const env = { DATABASE_URL: app.databaseUrl, SEED_DEMO: "false", DB_POOL_SIZE: "8" };
    portals = await Promise.all([startPortal(env), startPortal(env)]);
  }, 60_000);
  afterAll(async () => {
    await Promise.all((portals ?? []).map((p) => p.stop()));
    await app.close();
  });

  const url = (i: number) => portals[i % 2].url;

  it("accepts a token signed by the other instance", async () => {
    const token = await loginOver(url(0), users.admin.user.email, TEST_PASSWORD);
    const me = await post(url(1), "{ me { email } }", {}, { token });
    expect(me.body.data.me.email).toBe(users.admin.user.email);
  });

  it("throttles log-ins across instances", async () => {
    const email = users.procurement.user.email;
    const attempt = (i: number) =>
      post(
        url(i),
        `mutation($e: String!) { login(email: $e, password: "wrong-password-x") { token } }`,
        { e: email },
      );
    for (let i = 0; i < 5; i++) expect(codesOf(await attempt(i))).toEqual(["UNAUTHENTICATED"]);
    expect(codesOf(await attempt(0))).toEqual(["TOO_MANY_REQUESTS"]);
    expect(codesOf(await attempt(1))).toEqual(["TOO_MANY_REQUESTS"]);
  });

  it("lets exactly one of 200 concurrent updates of one version win, across both instances", async () => {
    const token = await loginOver(url(0), users.admin.user.email, TEST_PASSWORD);
    const { version } = await app.dataSource.manager.findOneByOrFail(Supplier, { id: supplier.id });
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        post(url(i), UPDATE, { id: supplier.id, v: version, name: `Writer ${i}` }, { token }),
      ),
    );
    expect(results.every((r) => r.status === 200)).toBe(true);
    const winners = results.filter((r) => r.body.data?.updateSupplier);
    const conflicts = results.filter((r) => codesOf(r).join() === "CONFLICT");
    expect(winners).toHaveLength(1);
    expect(conflicts).toHaveLength(199);
    const stored = await app.dataSource.manager.findOneByOrFail(Supplier, { id: supplier.id });
    expect(stored).toMatchObject({
      name: winners[0].body.data.updateSupplier.name,
      version: version + 1,
    });
    expect(await checkInvariants(app.dataSource)).toEqual([]);
  });

  it("keeps score, status and priority equal to a recomputation under concurrent changes", async () => {
    const checklist = await defaultChecklist(app);
    const plan = {
      supplierId: supplier.id,
      checklist,
      schedulerToken: users.admin.token,
      leadAuditorId: users.auditor.user.id,
      leadToken: users.auditor.token,
    };
    // CAPs ready to verify, on an earlier completed audit with three MAJOR findings.
    const { findingIds } = await completedAudit(app, {
      ...plan,
      findings: ["HEALTH_AND_SAFETY", "ENVIRONMENT", "WORKING_HOURS"].map((area) => ({
        area,
        severity: "MAJOR",
      })),
    });
    const capIds: string[] = [];
    for (const findingId of findingIds) {
      const cap = ok(
        await app.exec(users.supplier.token, OPS.propose, { findingId, input: PLAN_INPUT(app) }),
      ).proposeCorrectiveAction.id as string;
      ok(await app.exec(users.auditor.token, OPS.review, { id: cap, accept: true }));
      ok(await app.exec(users.supplier.token, OPS.implement, { id: cap, evidence: EVIDENCE }));
      capIds.push(cap);
    }
    // Audits ready to complete.
    const auditIds: string[] = [];
    for (let i = 0; i < 3; i++) {
      const auditId = await startedAudit(app, plan);
      ok(
        await app.exec(users.auditor.token, OPS.results, {
          auditId,
          results: resultsFor(checklist, i === 1 ? { "HS-03": "PARTIAL" } : {}),
        }),
      );
      auditIds.push(auditId);
    }
    const auditor = await loginOver(url(0), users.auditor.user.email, TEST_PASSWORD);
    const buyer = await loginOver(url(1), users.admin.user.email, TEST_PASSWORD);
    const calls = [
      ...capIds.map((id) => ({ q: OPS.verify, v: { id, effective: true }, t: auditor })),
      ...auditIds.map((id) => ({ q: OPS.complete, v: { id }, t: auditor })),
      ...Array.from({ length: 6 }, (_, i) => ({
        q: ADJUST,
        v: { s: supplier.id, d: i % 2 ? 5 : -3, r: `Concurrent adjustment number ${i}` },
        t: buyer,
      })),
    ];
    const results = await Promise.all(calls.map((c, i) => post(url(i), c.q, c.v, { token: c.t })));
    expect(results.map((r, i) => `${i} ${JSON.stringify(r.body.errors ?? [])}`)).toEqual(
      calls.map((_c, i) => `${i} []`),
    );

    const report = await checkStandings(app.dataSource, new Date(), { supplierIds: [supplier.id] });
    expect(report.differences).toEqual([]);
    expect(report.checked).toBe(1);
    expect(await checkInvariants(app.dataSource)).toEqual([]);
  });
});
