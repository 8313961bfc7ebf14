import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { seedAuditDemo } from "../src/demo/demo-audits";
import { Audit } from "../src/modules/audit/audit.entity";
import { DEFAULT_CHECKLIST_NAMES } from "../src/modules/checklist/default-checklist";
import { Finding } from "../src/modules/audit/finding.entity";
import { loadStandingInputs } from "../src/modules/procurement/standing-inputs";
import { AREA_LABELS } from "../src/modules/scoring/explanation-format";
import { roundTo } from "../src/modules/scoring/rounding";
import { Role } from "../src/shared/domain/role.enum";
import {
  auditTeam,
  ok,
  OPS,
  recordFinding,
  resultsFor,
  scheduleAudit,
  startedAudit,
} from "./support/audit-fixtures";
import { makeSupplier, makeUser, type TestUser } from "./support/factories";
import { countQueries } from "./support/query-counter";
import { createTestApp, type TestApp } from "./support/test-app";

const run = promisify(execFile);
const CHINESE_NAME = "江苏光伏材料有限公司";
const CHINESE_NOTE = "安全培训记录不完整";

interface Download {
  status: number;
  headers: Headers;
  body: Buffer;
}

/** pdftotext -layout, with whitespace runs (line breaks of wrapped text) as one space. */
async function pdfText(pdf: Buffer, dir: string): Promise<string> {
  const file = path.join(dir, `${randomUUID()}.pdf`);
  await writeFile(file, pdf);
  const { stdout } = await run("pdftotext", ["-layout", file, "-"], { maxBuffer: 16 << 20 });
  return stdout.replace(/\s+/g, " ");
}

describe("GET /reports/audits/:id.pdf", () => {
  let app: TestApp;
  let url: string;
  let dir: string;
  let team: Awaited<ReturnType<typeof auditTeam>>;
  let supplierUser: TestUser;
  let otherSupplierUser: TestUser;
  let procurement: TestUser;
  let supplierId: string;
  let auditId: string;
  let plannedAuditId: string;
  const descriptions = [
    "Fire exit on the second floor of the cell line blocked by pallets",
    `${CHINESE_NAME}: 夜班工人超时工作`,
    "Wastewater discharge permit renewal not yet filed with the district authority",
  ];

  const download = async (token: string | null, id: string): Promise<Download> => {
    const response = await fetch(`${url}/reports/audits/${id}.pdf`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    return {
      status: response.status,
      headers: response.headers,
      body: Buffer.from(await response.arrayBuffer()),
    };
  };
  const errorCode = (d: Download) =>
    (JSON.parse(d.body.toString("utf8")) as { errors: { extensions: { code: string } }[] })
      .errors[0].extensions.code;

  beforeAll(async () => {
    try {
      await run("pdftotext", ["-v"]);
    } catch {
      throw new Error(
        "pdftotext (poppler-utils) is not installed: these tests read the PDFs with it. " +
          "Install it, e.g. `apt-get install -y poppler-utils`.",
      );
    }
    dir = await mkdtemp(path.join(tmpdir(), "audit-report-"));
    app = await createTestApp();
    url = `http://127.0.0.1:${await app.server.listen(0, "127.0.0.1")}`;
    team = await auditTeam(app);
    const supplier = await makeSupplier(app, {
      name: CHINESE_NAME,
      legalName: "Jiangsu PV Materials Co., Ltd.",
      country: "CN",
    });
    supplierId = supplier.id;
    const other = await makeSupplier(app);
    supplierUser = await makeUser(app, Role.SUPPLIER, { supplierId: supplier.id });
    otherSupplierUser = await makeUser(app, Role.SUPPLIER, { supplierId: other.id });
    procurement = await makeUser(app, Role.PROCUREMENT);

    const plan = team.plan(supplier.id);
    auditId = await startedAudit(app, plan);
    const results = resultsFor(team.checklist, {
      "HS-01": "NONCONFORMS",
      "WH-01": "PARTIAL",
      "ENV-01": "NOT_APPLICABLE",
    }).map((r) => (r.result === "NONCONFORMS" ? { ...r, note: CHINESE_NOTE } : r));
    ok(await app.exec(plan.leadToken, OPS.results, { auditId, results }));
    await recordFinding(app, plan.leadToken, auditId, team.checklist, {
      area: "HEALTH_AND_SAFETY",
      severity: "MAJOR",
      likelihood: 4,
      impact: 4,
      itemCode: "HS-01",
      description: descriptions[0],
    });
    await recordFinding(app, plan.leadToken, auditId, team.checklist, {
      area: "WORKING_HOURS",
      severity: "MINOR",
      likelihood: 3,
      impact: 2,
      itemCode: "WH-01",
      description: descriptions[1],
    });
    await recordFinding(app, plan.leadToken, auditId, team.checklist, {
      area: "ENVIRONMENT",
      severity: "OBSERVATION",
      likelihood: 1,
      impact: 2,
      description: descriptions[2],
    });
    // Visible to staff while running, not to the supplier.
    expect((await download(supplierUser.token, auditId)).status).toBe(404);
    ok(await app.exec(plan.leadToken, OPS.complete, { id: auditId }));
    plannedAuditId = await scheduleAudit(app, plan);
  });
  afterAll(async () => {
    await app?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("renders a completed audit for an auditor: headers, supplier, every item code, every finding", async () => {
    const pdf = await download(team.lead.token, auditId);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(pdf.headers.get("cache-control")).toBe("no-store");
    expect(pdf.headers.get("content-disposition")).toMatch(
      /^attachment; filename="audit-[\w-]*\d{4}-\d{2}-\d{2}-[0-9a-f]{8}\.pdf"$/,
    );
    expect(pdf.body.subarray(0, 5).toString("latin1")).toBe("%PDF-");

    const text = await pdfText(pdf.body, dir);
    expect(text).toContain(CHINESE_NAME);
    expect(text).toContain("Jiangsu PV Materials Co., Ltd.");
    expect(text).toContain(CHINESE_NOTE);
    for (const item of team.checklist.items) expect(text).toContain(item.code);
    for (const description of descriptions) expect(text).toContain(description);
    expect(text).toContain("likelihood 4 x impact 4 = 16 (High)");
    expect(text).toContain(`${team.checklist.checklist.name}, version 1`);
    expect(text).toContain(team.lead.user.name);

    const sha256 = pdf.headers.get("x-report-sha256");
    expect(sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(text).toContain(`Content SHA-256: ${sha256}`);
    expect(text).toContain("Generated 2026-06-01 09:00:00 UTC");
    expect(text).toMatch(/Page 1 of \d+/);
  });

  it("prints labels, headings, codes in words and dates in the requester's language", async () => {
    const zh = await fetch(`${url}/reports/audits/${auditId}.pdf`, {
      headers: { authorization: `Bearer ${team.lead.token}`, "accept-language": "zh-CN" },
    });
    expect(zh.status).toBe(200);
    const text = await pdfText(Buffer.from(await zh.arrayBuffer()), dir);
    for (const words of ["供应商 ESG 审核报告", "各领域得分", "检查结果", "主审核员", "健康与安全"])
      expect(text).toContain(words);
    expect(text).toContain("风险：可能性 4 × 影响 4 = 16（高）");
    expect(text).toContain("生成于 2026年6月1日 09:00:00 UTC");
    expect(text).toMatch(/第 1 页，共 \d+ 页/);
    expect(text).not.toContain("Area scores");
    // The checklist is named in Chinese where it has a Chinese name, as the default one has.
    expect(text).toContain(`${DEFAULT_CHECKLIST_NAMES["zh-CN"]}，第 1 版`);
    expect(text).not.toContain(DEFAULT_CHECKLIST_NAMES.en);
    // Data stays as recorded: the supplier's names, the notes, the item codes.
    expect(text).toContain(CHINESE_NOTE);
    for (const item of team.checklist.items) expect(text).toContain(item.code);

    const en = await pdfText((await download(team.lead.token, auditId)).body, dir);
    expect(en).toContain("Area scores");
    expect(en).not.toContain("各领域得分");
    expect(en).toContain(`${DEFAULT_CHECKLIST_NAMES.en}, version 1`);
    expect(en).not.toContain(DEFAULT_CHECKLIST_NAMES["zh-CN"]);
  });

  it("prints the audit's area scores as the standing computes them from the audit", async () => {
    const inputs = await loadStandingInputs(app.dataSource.manager, supplierId, app.clock.now(), {
      lock: false,
    });
    expect(inputs?.latestAudit?.id).toBe(auditId);
    const text = await pdfText((await download(team.admin.token, auditId)).body, dir);
    for (const [area, score] of inputs!.latestAudit!.areaScores) {
      expect(text).toContain(`${AREA_LABELS[area]} ${roundTo(score, 2).toFixed(2)}`);
    }
    // WH-01 PARTIAL, HS-01 NONCONFORMS; ENV-01 NOT_APPLICABLE is left out of its area.
    expect(text).toMatch(/Working hours (?!100\.00)\d+\.\d{2} 4/);
    expect(text).toMatch(/Health and safety (?!100\.00)\d+\.\d{2} 6/);
    expect(text).toContain("Environment 100.00 4");
  });

  it("keeps the content hash across downloads and viewers; the generation time follows the clock", async () => {
    const first = await download(team.lead.token, auditId);
    app.clock.advance(3_600_000);
    try {
      const second = await download(procurement.token, auditId);
      expect(second.status).toBe(200);
      expect(second.headers.get("x-report-sha256")).toBe(first.headers.get("x-report-sha256"));
      expect(await pdfText(second.body, dir)).toContain("Generated 2026-06-01 10:00:00 UTC");
    } finally {
      app.clock.advance(-3_600_000);
    }
  });

  it("gives the audited supplier its completed audit, and hides its planned one", async () => {
    const own = await download(supplierUser.token, auditId);
    expect(own.status).toBe(200);
    expect(await pdfText(own.body, dir)).toContain(CHINESE_NAME);
    const planned = await download(supplierUser.token, plannedAuditId);
    expect(planned.status).toBe(404);
    expect(errorCode(planned)).toBe("NOT_FOUND");
  });

  it("renders a planned audit for staff, without results yet", async () => {
    const pdf = await download(team.admin.token, plannedAuditId);
    expect(pdf.status).toBe(200);
    const text = await pdfText(pdf.body, dir);
    expect(text).toContain("not recorded");
    expect(text).toContain("No findings recorded.");
  });

  it("answers 404 to another supplier, for an unknown id and for a malformed one; 401 without a token", async () => {
    const other = await download(otherSupplierUser.token, auditId);
    expect(other.status).toBe(404);
    expect(other.headers.get("content-type")).toMatch(/^application\/json/);
    expect(errorCode(other)).toBe("NOT_FOUND");
    expect((await download(team.admin.token, randomUUID())).status).toBe(404);
    for (const malformed of ["not-a-uuid", "%27%3B%20DROP", "1"]) {
      const answer = await download(team.admin.token, malformed);
      expect(answer.status).toBe(404);
      expect(errorCode(answer)).toBe("NOT_FOUND");
    }
    const anonymous = await download(null, auditId);
    expect(anonymous.status).toBe(401);
    expect(errorCode(anonymous)).toBe("UNAUTHENTICATED");
    expect((await download("not-a-token", auditId)).status).toBe(401);
  });

  it("loads the report with a bounded number of statements", async () => {
    const { result, count } = await countQueries(() => download(team.lead.token, auditId));
    expect(result.status).toBe(200);
    // Token check, then one statement per table: audit, supplier, sites, checklist, items,
    // results, findings, lead auditor, corrective actions; not one per item or finding.
    expect(count).toBeLessThanOrEqual(10);
  });

  it("renders a demo audit", async () => {
    const ids: Record<string, string> = {};
    for (const key of ["sunrise", "nordglass", "alframe", "cellvolt"]) {
      ids[key] = (await makeSupplier(app, { name: `Demo ${key}` })).id;
    }
    const sunriseUser = await makeUser(app, Role.SUPPLIER, { supplierId: ids.sunrise });
    await seedAuditDemo(
      await app.server.contextFor(team.admin.token),
      await app.server.contextFor(team.lead.token),
      await app.server.contextFor(sunriseUser.token),
      ids,
    );
    const audit = await app.dataSource.manager.findOneByOrFail(Audit, {
      supplierId: ids.sunrise,
      status: "COMPLETED" as Audit["status"],
    });
    const findings = await app.dataSource.manager.findBy(Finding, { auditId: audit.id });
    const pdf = await download(sunriseUser.token, audit.id);
    expect(pdf.status).toBe(200);
    const text = await pdfText(pdf.body, dir);
    expect(text).toContain("Demo sunrise");
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) {
      expect(text).toContain(finding.description.replace(/\s+/g, " "));
    }
    // The sunrise demo plan was accepted.
    expect(text).toContain("corrective action Accepted");
  });
});
