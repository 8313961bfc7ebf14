import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import type { Supplier } from "../src/modules/supplier/supplier.entity";
import {
  OPS,
  PLAN_INPUT,
  auditTeam,
  ok,
  recordFinding,
  resultsFor,
  startedAudit,
} from "./support/audit-fixtures";
import { makeSupplier, makeUser, type TestUser } from "./support/factories";
import { codesOf, post, type ErrorExtensions } from "./support/graphql-client";
import { createTestApp, type TestApp } from "./support/test-app";
import { Role } from "../src/shared/domain/role.enum";

const run = promisify(execFile);

const T0 = new Date("2026-06-01T09:00:00.000Z");
const FIELDS = `id area severity likelihood impact riskScore riskLevel status description version
  withdrawnAt withdrawalReason dueDate capDueDate item { code }`;
const EDIT = `mutation($id: ID!, $input: FindingInput!, $v: Int) {
  editFinding(id: $id, input: $input, expectedVersion: $v) { ${FIELDS} } }`;
const WITHDRAW = `mutation($id: ID!, $reason: String!, $v: Int) {
  withdrawFinding(id: $id, reason: $reason, expectedVersion: $v) { ${FIELDS} } }`;
const FINDING = `query($id: ID!) { finding(id: $id) { ${FIELDS} } }`;
const AUDIT = `query($id: ID!) { audit(id: $id) { status findings { ${FIELDS} } } }`;
const TRAIL = `query($id: ID!) { auditTrail(entityType: "Finding", entityId: $id) {
  edges { node { action actor { id } changes } } } }`;
const SCORE = `query($id: ID!) { supplier(id: $id) { status score { overall grade } } }`;
const QUEUE = `query($filter: FindingFilter) { findings(filter: $filter, first: 50) {
  totalCount edges { node { id status area } } } }`;
const AUDITS = `query($filter: AuditFilter) { audits(filter: $filter, first: 50) {
  totalCount edges { node { id status } } } }`;

type Ext = ErrorExtensions;

describe("editFinding and withdrawFinding (over HTTP)", () => {
  let app: TestApp;
  let url: string;
  let team: Awaited<ReturnType<typeof auditTeam>>;
  let home: Supplier;
  let twin: Supplier;
  let otherAuditor: TestUser;
  let procurement: TestUser;
  let supplierUser: TestUser;

  const gql = <T = any>(token: string | undefined, query: string, variables = {}) =>
    post<T, Ext>(url, query, variables, { token });
  const fieldsOf = (result: { body: { errors?: { extensions?: Ext }[] } }) =>
    (result.body.errors?.[0]?.extensions?.fields ?? []).map((f) => f.path);
  const input = (overrides: Record<string, unknown> = {}) => ({
    area: "ENVIRONMENT",
    severity: "MINOR",
    likelihood: 2,
    impact: 2,
    description: "Waste drums stored without labels",
    ...overrides,
  });
  const lead = () => team.lead.token;
  const started = (supplierId = home.id) => startedAudit(app, team.plan(supplierId));
  const record = (auditId: string, spec: Parameters<typeof recordFinding>[4]) =>
    recordFinding(app, lead(), auditId, team.checklist, spec);
  const complete = async (auditId: string, overrides: Record<string, string> = {}) => {
    ok(
      await app.exec(lead(), OPS.results, {
        auditId,
        results: resultsFor(team.checklist, overrides),
      }),
    );
    return gql(lead(), OPS.complete, { id: auditId });
  };

  beforeAll(async () => {
    app = await createTestApp({ now: T0 });
    url = `http://127.0.0.1:${await app.server.listen(0, "127.0.0.1")}`;
    team = await auditTeam(app);
    home = await makeSupplier(app, { name: "Edit Home" });
    twin = await makeSupplier(app, { name: "Edit Twin" });
    otherAuditor = await makeUser(app, Role.AUDITOR);
    procurement = await makeUser(app, Role.PROCUREMENT);
    supplierUser = await makeUser(app, Role.SUPPLIER, { supplierId: home.id });
  });
  afterAll(() => app.close());

  it("the lead auditor edits a finding: risk recomputed, version bumped, before/after in the trail", async () => {
    const auditId = await started();
    const id = await record(auditId, {
      area: "ENVIRONMENT",
      severity: "MINOR",
      likelihood: 2,
      impact: 2,
    });
    const edited = await gql(lead(), EDIT, {
      id,
      v: 1,
      input: input({
        area: "HEALTH_AND_SAFETY",
        itemId: team.checklist.item("HS-03").id,
        severity: "MAJOR",
        likelihood: 4,
        impact: 4,
        description: "  Guard rails missing on the mezzanine  ",
      }),
    });
    expect(edited.body.errors).toBeUndefined();
    expect(edited.body.data.editFinding).toMatchObject({
      id,
      area: "HEALTH_AND_SAFETY",
      severity: "MAJOR",
      riskScore: 16,
      riskLevel: "HIGH",
      status: "OPEN",
      description: "Guard rails missing on the mezzanine",
      version: 2,
      item: { code: "HS-03" },
    });
    const trail = await gql(team.admin.token, TRAIL, { id });
    const event = trail.body.data.auditTrail.edges
      .map((e: any) => e.node)
      .find((n: any) => n.action === "finding.edited");
    expect(event.actor.id).toBe(team.lead.user.id);
    expect(event.changes).toMatchObject({
      severity: { before: "MINOR", after: "MAJOR" },
      riskScore: { before: 4, after: 16 },
      area: { before: "ENVIRONMENT", after: "HEALTH_AND_SAFETY" },
      version: { before: 1, after: 2 },
    });
  });

  it("a stale version is a CONFLICT and changes nothing; bad input names its fields", async () => {
    const auditId = await started();
    const id = await record(auditId, {
      area: "ENVIRONMENT",
      severity: "MINOR",
      likelihood: 2,
      impact: 2,
    });
    ok(await app.exec(lead(), EDIT, { id, v: 1, input: input({ description: "First edit" }) }));

    const stale = await gql(lead(), EDIT, { id, v: 1, input: input({ severity: "MAJOR" }) });
    expect(codesOf(stale)).toEqual(["CONFLICT"]);
    expect(stale.body.errors?.[0].extensions?.reason).toBe("STALE_VERSION");

    const blank = await gql(lead(), EDIT, { id, input: input({ description: "   " }) });
    expect(codesOf(blank)).toEqual(["BAD_USER_INPUT"]);
    expect(fieldsOf(blank)).toEqual(["input.description"]);
    const range = await gql(lead(), EDIT, { id, input: input({ likelihood: 7 }) });
    expect(codesOf(range)).toEqual(["BAD_USER_INPUT"]);
    expect(fieldsOf(range)).toEqual(["input.likelihood"]);
    const wrongArea = await gql(lead(), EDIT, {
      id,
      input: input({ area: "ENVIRONMENT", itemId: team.checklist.item("HS-03").id }),
    });
    expect(fieldsOf(wrongArea)).toEqual(["input.area"]);

    const now = ok(await app.exec(lead(), FINDING, { id })).finding;
    expect(now).toMatchObject({ severity: "MINOR", description: "First edit", version: 2 });
  });

  it("two edits at the same version race: one is saved, the other is a CONFLICT", async () => {
    const auditId = await started();
    const id = await record(auditId, { area: "ENVIRONMENT", severity: "MINOR" });
    const results = await Promise.all([
      gql(lead(), EDIT, { id, v: 1, input: input({ description: "First writer" }) }),
      gql(lead(), WITHDRAW, { id, v: 1, reason: "Second writer withdraws it" }),
    ]);
    const codes = results.map((result) => codesOf(result).join());
    expect(codes.sort()).toEqual(["", "CONFLICT"]);
    const now = ok(await app.exec(lead(), FINDING, { id })).finding;
    expect(now.version).toBe(2);
    const trail = await gql(team.admin.token, TRAIL, { id });
    const actions = trail.body.data.auditTrail.edges.map((e: any) => e.node.action);
    expect(actions.filter((a: string) => a !== "finding.recorded")).toHaveLength(1);
  });

  it("only the lead auditor may edit or withdraw: another auditor, admin, procurement and the supplier are FORBIDDEN", async () => {
    const auditId = await started();
    const id = await record(auditId, { area: "ENVIRONMENT", severity: "MINOR" });
    for (const token of [
      otherAuditor.token,
      team.admin.token,
      procurement.token,
      supplierUser.token,
    ]) {
      expect(codesOf(await gql(token, EDIT, { id, input: input({ severity: "MAJOR" }) }))).toEqual([
        "FORBIDDEN",
      ]);
      expect(
        codesOf(await gql(token, WITHDRAW, { id, reason: "Recorded on the wrong audit" })),
      ).toEqual(["FORBIDDEN"]);
    }
    expect(ok(await app.exec(lead(), FINDING, { id })).finding).toMatchObject({
      severity: "MINOR",
      status: "OPEN",
      version: 1,
    });
  });

  it("withdrawal keeps the finding with its reason; it can be neither edited nor withdrawn again", async () => {
    const auditId = await started();
    const id = await record(auditId, { area: "ENVIRONMENT", severity: "MAJOR" });
    const short = await gql(lead(), WITHDRAW, { id, reason: "  oops  " });
    expect(codesOf(short)).toEqual(["BAD_USER_INPUT"]);
    expect(fieldsOf(short)).toEqual(["reason"]);
    expect(
      codesOf(await gql(lead(), WITHDRAW, { id, v: 7, reason: "Duplicate of another finding" })),
    ).toEqual(["CONFLICT"]);

    const withdrawn = await gql(lead(), WITHDRAW, {
      id,
      v: 1,
      reason: "Duplicate of another finding",
    });
    expect(withdrawn.body.errors).toBeUndefined();
    expect(withdrawn.body.data.withdrawFinding).toMatchObject({
      status: "WITHDRAWN",
      withdrawalReason: "Duplicate of another finding",
      withdrawnAt: T0.toISOString(),
      version: 2,
    });
    const trail = await gql(team.admin.token, TRAIL, { id });
    expect(trail.body.data.auditTrail.edges.map((e: any) => e.node.action)).toEqual(
      expect.arrayContaining(["finding.recorded", "finding.withdrawn"]),
    );
    const event = trail.body.data.auditTrail.edges.find(
      (e: any) => e.node.action === "finding.withdrawn",
    ).node;
    expect(event.changes.status).toEqual({ before: "OPEN", after: "WITHDRAWN" });

    const edit = await gql(lead(), EDIT, { id, input: input() });
    expect(codesOf(edit)).toEqual(["CONFLICT"]);
    expect(
      codesOf(await gql(lead(), WITHDRAW, { id, reason: "Duplicate of another finding" })),
    ).toEqual(["CONFLICT"]);
    const audit = ok(await app.exec(lead(), AUDIT, { id: auditId })).audit;
    expect(audit.findings).toEqual([
      expect.objectContaining({
        id,
        status: "WITHDRAWN",
        withdrawalReason: "Duplicate of another finding",
      }),
    ]);
  });

  it("a withdrawn finding counts for nothing: completion rules, deadlines, score, plans, work queue, report", async () => {
    app.clock.set(T0);
    // Twin: the same audit without the withdrawn zero-tolerance finding, as the baseline.
    const baseline = await started(twin.id);
    await record(baseline, { area: "HEALTH_AND_SAFETY", itemCode: "HS-03", severity: "MAJOR" });
    expect(codesOf(await complete(baseline))).toEqual([]);

    const auditId = await started();
    const kept = await record(auditId, {
      area: "HEALTH_AND_SAFETY",
      itemCode: "HS-03",
      severity: "MAJOR",
    });
    const description = "Minor aged fourteen found on the packing line";
    const zt = await record(auditId, {
      area: "CHILD_AND_FORCED_LABOUR",
      itemCode: "CFL-01",
      severity: "ZERO_TOLERANCE",
      likelihood: 5,
      impact: 5,
      description,
    });
    ok(
      await app.exec(lead(), WITHDRAW, { id: zt, reason: "Worker's papers proved the age of 19" }),
    );

    // The zero-tolerance item found NONCONFORMS now lacks its (withdrawn) finding.
    const refused = await complete(auditId, { "CFL-01": "NONCONFORMS" });
    expect(codesOf(refused)).toEqual(["BAD_USER_INPUT"]);
    expect(fieldsOf(refused)).toEqual(["items.CFL-01"]);
    const done = await complete(auditId);
    expect(done.body.errors).toBeUndefined();
    const findings = done.body.data.completeAudit.findings as any[];
    expect(findings.find((f) => f.id === zt)).toMatchObject({ dueDate: null, capDueDate: null });
    expect(findings.find((f) => f.id === kept).dueDate).not.toBeNull();

    const score = (id: string) =>
      gql(procurement.token, SCORE, { id }).then((r) => r.body.data.supplier);
    const [mine, theirs] = [await score(home.id), await score(twin.id)];
    expect(mine.score).toEqual(theirs.score);
    expect(mine.score.grade).not.toBe("E");
    expect(mine.status).toBe(theirs.status);

    // The supplier sees it as withdrawn with its reason, and cannot plan for it.
    const seen = await gql(supplierUser.token, AUDIT, { id: auditId });
    expect(seen.body.data.audit.findings.find((f: any) => f.id === zt)).toMatchObject({
      status: "WITHDRAWN",
      withdrawalReason: "Worker's papers proved the age of 19",
    });
    const plan = await gql(supplierUser.token, OPS.propose, {
      findingId: zt,
      input: PLAN_INPUT(app),
    });
    expect(codesOf(plan)).toEqual(["CONFLICT"]);
    // After completion nothing is edited or withdrawn any more.
    expect(codesOf(await gql(lead(), EDIT, { id: kept, input: input() }))).toEqual(["CONFLICT"]);
    expect(
      codesOf(await gql(lead(), WITHDRAW, { id: kept, reason: "Too late for this one" })),
    ).toEqual(["CONFLICT"]);

    // The work queue leaves it out unless asked for withdrawn findings.
    const queue = await gql(team.lead.token, QUEUE, { filter: { supplierId: home.id } });
    expect(queue.body.data.findings.edges.map((e: any) => e.node.id)).toEqual([kept]);
    const asked = await gql(team.lead.token, QUEUE, {
      filter: { supplierId: home.id, status: "WITHDRAWN" },
    });
    expect(asked.body.data.findings.edges.map((e: any) => e.node.id)).toEqual([zt]);
    // Nor does the audits filter by finding severity count it.
    const zeroTolerance = await gql(procurement.token, AUDITS, {
      filter: { supplierId: home.id, findingSeverity: "ZERO_TOLERANCE" },
    });
    expect(zeroTolerance.body.data.audits.totalCount).toBe(0);

    // The report PDF does not print it.
    const response = await fetch(`${url}/reports/audits/${auditId}.pdf`, {
      headers: { authorization: `Bearer ${supplierUser.token}` },
    });
    expect(response.status).toBe(200);
    const dir = await mkdtemp(path.join(tmpdir(), "finding-edit-"));
    try {
      const file = path.join(dir, "report.pdf");
      await writeFile(file, Buffer.from(await response.arrayBuffer()));
      const { stdout } = await run("pdftotext", ["-layout", file, "-"]);
      const text = stdout.replace(/\s+/g, " ");
      expect(text).toContain("Findings (1)");
      expect(text).not.toContain("packing line");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("findings filter by area, words of the description and completion dates; audits by overdue", async () => {
    const supplier = await makeSupplier(app, { name: "Filter Home" });
    app.clock.set(new Date("2026-07-01T09:00:00.000Z"));
    const first = await started(supplier.id);
    const water = await record(first, {
      area: "ENVIRONMENT",
      severity: "MINOR",
      description: "Wastewater discharge exceeds the permit",
    });
    expect(codesOf(await complete(first))).toEqual([]);
    app.clock.set(new Date("2026-07-03T09:00:00.000Z"));
    const second = await started(supplier.id);
    const exits = await record(second, {
      area: "HEALTH_AND_SAFETY",
      severity: "MAJOR",
      description: "Blocked fire exits in the warehouse",
    });
    expect(codesOf(await complete(second))).toEqual([]);
    const ids = async (filter: Record<string, unknown>) =>
      (
        await gql(procurement.token, QUEUE, { filter: { supplierId: supplier.id, ...filter } })
      ).body.data.findings.edges.map((e: any) => e.node.id);
    expect(await ids({ area: "ENVIRONMENT" })).toEqual([water]);
    expect(await ids({ text: "fire WAREHOUSE" })).toEqual([exits]);
    expect(await ids({ text: "fire permit" })).toEqual([]);
    expect(await ids({ completedFrom: "2026-07-02T00:00:00.000Z" })).toEqual([exits]);
    expect(await ids({ completedTo: "2026-07-02T00:00:00.000Z" })).toEqual([water]);
    const long = await gql(procurement.token, QUEUE, { filter: { text: "x".repeat(201) } });
    expect(codesOf(long)).toEqual(["BAD_USER_INPUT"]);

    // An audit planned for 2026-07-05 is overdue from 2026-07-06 while it has not completed.
    app.clock.set(new Date("2026-07-01T09:00:00.000Z"));
    const late = await startedAudit(app, {
      ...team.plan(supplier.id),
      plannedDate: "2026-07-05T08:00:00.000Z",
    });
    const audits = async (filter: Record<string, unknown>) =>
      (
        await gql(procurement.token, AUDITS, { filter: { supplierId: supplier.id, ...filter } })
      ).body.data.audits.edges.map((e: any) => e.node.id);
    app.clock.set(new Date("2026-07-05T20:00:00.000Z"));
    expect(await audits({ overdue: true })).toEqual([]);
    app.clock.set(new Date("2026-07-06T01:00:00.000Z"));
    expect(await audits({ overdue: true })).toEqual([late]);
    expect(await audits({ overdue: false })).toEqual([second, first]);
    expect(await audits({ findingSeverity: "MAJOR" })).toEqual([second]);
    expect(await audits({ findingArea: "ENVIRONMENT" })).toEqual([first]);
    expect(await audits({ findingArea: "ENVIRONMENT", findingSeverity: "MAJOR" })).toEqual([]);
  });
});
