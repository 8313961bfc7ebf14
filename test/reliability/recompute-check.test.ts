import { spawnSync } from "node:child_process";
import path from "node:path";
import { checkInvariants } from "../../src/database/invariants";
import { checkStandings } from "../../src/modules/procurement/standing.check";
import { completedAudit, defaultChecklist } from "../support/audit-fixtures";
import { makeRoles, makeSupplier } from "../support/factories";
import { createTestApp, type TestApp } from "../support/test-app";

describe("recompute check", () => {
  let app: TestApp;
  let audited: string;

  beforeAll(async () => {
    app = await createTestApp({ now: new Date() });
    audited = (await makeSupplier(app, { name: "Audited" })).id;
    await makeSupplier(app, { name: "Unaudited" });
    const users = await makeRoles(app, audited);
    await completedAudit(app, {
      supplierId: audited,
      checklist: await defaultChecklist(app),
      schedulerToken: users.admin.token,
      leadAuditorId: users.auditor.user.id,
      leadToken: users.auditor.token,
      overrides: { "HS-03": "NONCONFORMS" },
      findings: [{ area: "HEALTH_AND_SAFETY", itemCode: "HS-03", severity: "MAJOR" }],
    });
  });
  afterAll(() => app.close());

  it("finds no difference on data written by the services", async () => {
    const report = await checkStandings(app.dataSource, app.clock.now());
    expect(report).toMatchObject({ checked: 2, differences: [] });
    expect(await checkInvariants(app.dataSource)).toEqual([]);
  });

  it("reports tampered rows (exit 1 from the script) and --fix rewrites them", async () => {
    await app.dataSource.query(
      `UPDATE supplier_standing SET score_overall = score_overall + 7, status = 'BLOCKED' WHERE supplier_id = $1`,
      [audited],
    );
    await app.dataSource.query(
      `UPDATE ranking_entry SET priority_score = 99 WHERE supplier_id = $1`,
      [audited],
    );
    const report = await checkStandings(app.dataSource, app.clock.now());
    expect(report.differences.map((d) => d.field)).toEqual(
      expect.arrayContaining(["scoreOverall", "status"]),
    );
    expect(report.differences.some((d) => d.field.endsWith(".priorityScore"))).toBe(true);
    expect(new Set(report.differences.map((d) => d.supplierId))).toEqual(new Set([audited]));

    const script = spawnSync(
      process.execPath,
      ["-r", "ts-node/register/transpile-only", "scripts/recompute-check.ts", "--fix"],
      {
        cwd: path.join(__dirname, "..", ".."),
        env: { PATH: process.env.PATH, DATABASE_URL: app.databaseUrl },
        encoding: "utf8",
      },
    );
    expect(script.status).toBe(1);
    expect(script.stdout).toMatch(/scoreOverall: stored/);
    expect(script.stdout).toMatch(/1 rewritten/);
    expect((await checkStandings(app.dataSource, new Date())).differences).toEqual([]);
  }, 60_000);
});
