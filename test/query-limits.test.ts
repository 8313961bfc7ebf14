import { randomBytes } from "node:crypto";
import path from "node:path";
import {
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  parse,
  validate,
  type GraphQLSchema,
} from "graphql";
import { LIST_CAPS, QUERY_LIMITS } from "../src/app/limits";
import { isConnection, operationCost } from "../src/app/query-cost";
import { buildAppSchema } from "../src/app/schema";
import { exceedsJsonBytes } from "../src/graphql/response-size";
import { AuditEvent } from "../src/modules/audit-trail/audit-event.entity";
import { MAX_FINDINGS_PER_AUDIT } from "../src/modules/audit/finding-limits";
import { Finding } from "../src/modules/audit/finding.entity";
import { Role } from "../src/shared/domain/role.enum";
import { Supplier } from "../src/modules/supplier/supplier.entity";
import {
  completedAudit,
  defaultChecklist,
  OPS,
  recordFinding,
  startedAudit,
  type ChecklistFixture,
  type FindingSpec,
} from "./support/audit-fixtures";
import { clientQueries, worstCaseVariables, type ClientQuery } from "./support/client-queries";
import { makeRoles, makeSupplier, makeUser, TEST_PASSWORD } from "./support/factories";
import { gql, startPortal } from "./support/portal-process";
import { countQueries } from "./support/query-counter";
import {
  answeredSelfAssessment,
  defaultChecklist as saqChecklist,
} from "./support/self-assessments";
import { createTestApp, errorCodes, type GraphQLResult, type TestApp } from "./support/test-app";

const ROOT = path.join(__dirname, "..");
const WEB_QUERIES = clientQueries(path.join(ROOT, "src", "web"));

function webQuery(file: string, name: string): string {
  const found = WEB_QUERIES.find((q) => q.file.endsWith(file) && q.name === name);
  if (!found) throw new Error(`no query ${name} in ${file}`);
  return found.text;
}

/** The report: depth 10, within every limit armor had, 4.37 GB of heap over 40 findings. */
const ATTACK = `query($id: ID!) { audit(id: $id) { findings { audit { findings { audit { findings {
  audit { findings { audit { id } } } } } } } } } }`;

/** Forty findings, one on each item of the default checklist. */
function fortyFindings(checklist: ChecklistFixture): FindingSpec[] {
  return checklist.items.slice(0, 40).map((item, i) => ({
    area: item.area,
    itemCode: item.code,
    severity: i % 3 === 0 ? "MAJOR" : "MINOR",
    likelihood: 1 + (i % 5),
    impact: 1 + ((i * 2) % 5),
    description: `Finding ${i + 1}: ${"x".repeat(200)}`,
  }));
}

/** Each fragment spreads the one before 25 times: 25^levels fields once expanded. */
const bomb = (levels: number) =>
  [
    "fragment F0 on Audit { id }",
    ...Array.from(
      { length: levels },
      (_, i) => `fragment F${i + 1} on Audit { ${`...F${i} `.repeat(25)}}`,
    ),
    `query($id: ID!) { audit(id: $id) { ...F${levels} } }`,
  ].join("\n");

interface Variant {
  name: string;
  query: string;
  variables?: (ids: Ids) => Record<string, unknown>;
}

interface Ids {
  auditId: string;
  findingId: string;
  supplierId: string;
  selfAssessmentId: string;
}

const byAudit = (ids: Ids) => ({ id: ids.auditId });
const bySupplier = (ids: Ids) => ({ id: ids.supplierId });

/** The attack and twenty ways around a limit that counts fields once. */
const VARIANTS: Variant[] = [
  { name: "the reported query", query: ATTACK, variables: byAudit },
  {
    name: "aliases at every level",
    query: `query($id: ID!) { a: audit(id: $id) { f: findings { a2: audit { f2: findings {
      a3: audit { f3: findings { a4: audit { id } } } } } } } b: audit(id: $id) { id } }`,
    variables: byAudit,
  },
  {
    name: "a named fragment",
    query: `fragment Back on Finding { audit { findings { audit { findings { audit { id } } } } } }
      query($id: ID!) { audit(id: $id) { findings { ...Back } } }`,
    variables: byAudit,
  },
  {
    name: "fragments spreading fragments",
    query: `fragment A on Audit { findings { ...B } }
      fragment B on Finding { audit { results { id result note recordedAt item { code question } } } }
      query($id: ID!) { audit(id: $id) { ...A } }`,
    variables: byAudit,
  },
  {
    name: "inline fragments",
    query: `query($id: ID!) { audit(id: $id) { ... on Audit { findings { ... on Finding {
      audit { findings { audit { findings { id } } } } } } } } }`,
    variables: byAudit,
  },
  {
    name: "supplier <-> audits",
    query: `query($id: ID!) { supplier(id: $id) { audits { supplier { audits { supplier {
      audits { supplier { audits { id } } } } } } } } }`,
    variables: bySupplier,
  },
  {
    name: "finding -> audit -> supplier -> audits -> findings",
    query: `query($id: ID!) { finding(id: $id) { audit { supplier { audits { findings { audit {
      supplier { audits { findings { id } } } } } } } } } }`,
    variables: (ids) => ({ id: ids.findingId }),
  },
  {
    name: "selfAssessment <-> supplier, answers at the end",
    query: `query($id: ID!) { selfAssessment(id: $id) { supplier { selfAssessments { supplier {
      selfAssessments { supplier { selfAssessments { answers { evidence { title } } } } } } } } } }`,
    variables: (ids) => ({ id: ids.selfAssessmentId }),
  },
  {
    name: "supplier.selfAssessments.supplier.audits.findings",
    query: `query($id: ID!) { supplier(id: $id) { selfAssessments { supplier { audits { findings {
      audit { findings { id } } } } } } } }`,
    variables: bySupplier,
  },
  {
    name: "a 100-row connection over nested lists",
    query: `{ suppliers(first: 100) { edges { node { audits { findings { audit { findings { id } } } } } } } }`,
  },
  {
    name: "the findings work queue, back to the audit's findings",
    query: `{ findings(first: 100) { edges { node { audit { findings { audit { findings {
      audit { id } } } } } } } } }`,
  },
  {
    name: "connections nested in connections, first: 100",
    query: `{ audits(first: 100) { edges { node { supplier { scoreHistory(first: 100) { edges {
      node { explanation { label } } } } } } } } }`,
  },
  {
    name: "page size in a variable",
    query: `query($n: Int) { suppliers(first: $n) { edges { node { audits { findings { audit {
      findings { id } } } } } } } }`,
    variables: () => ({ n: 100 }),
  },
  {
    name: "a negative page size to offset the cost",
    query: `query($id: ID!) { cheap: suppliers(first: -100000000) { edges { node { audits { findings {
      audit { findings { id } } } } } } }
      audit(id: $id) { findings { audit { findings { audit { findings { id } } } } } } }`,
    variables: byAudit,
  },
  {
    name: "fifteen aliased copies, each under the limit",
    query: `query($id: ID!) { ${Array.from(
      { length: 15 },
      (_, i) => `c${i}: audit(id: $id) { findings { audit { findings { id riskScore } } } }`,
    ).join(" ")} }`,
    variables: byAudit,
  },
  { name: "a fragment bomb", query: bomb(3), variables: byAudit },
  {
    name: "@include(if: true)",
    query: `query($id: ID!, $yes: Boolean!) { audit(id: $id) { findings @include(if: $yes) {
      audit { findings { audit { findings { audit { id } } } } } } } }`,
    variables: (ids) => ({ id: ids.auditId, yes: true }),
  },
  {
    name: "a mutation's result",
    query: `mutation($id: ID!) { recordItemResults(auditId: $id, results: []) { findings { audit {
      findings { audit { findings { id } } } } } } }`,
    variables: byAudit,
  },
  {
    name: "every result's item under every finding",
    query: `query($id: ID!) { audit(id: $id) { findings { audit { results { result note item { code
      question guidance } } } } } }`,
    variables: byAudit,
  },
  {
    name: "priorityAdjustments <-> supplier",
    query: `query($id: ID!) { supplier(id: $id) { priorityAdjustments { supplier {
      priorityAdjustments { supplier { audits { findings { id } } } } } } } }`,
    variables: bySupplier,
  },
  {
    name: "me -> supplier -> audits -> findings -> audit -> supplier",
    query: `{ me { supplier { audits { findings { audit { supplier { audits { findings { id } } } } } } } } }`,
  },
];

function listFields(schema: GraphQLSchema): string[] {
  return Object.values(schema.getTypeMap())
    .filter((type) => isObjectType(type) && !type.name.startsWith("__") && !isConnection(type))
    .flatMap((type) =>
      Object.values((type as import("graphql").GraphQLObjectType).getFields())
        .filter((field) => isListType(getNullableType(field.type)))
        .filter((field) => !isConnection(getNamedType(field.type)))
        .map((field) => `${type.name}.${field.name}`),
    );
}

describe("query cost: lists count by their size", () => {
  let app: TestApp;
  let schema: GraphQLSchema;
  let ids: Ids;
  let users: Awaited<ReturnType<typeof makeRoles>>;
  let checklist: ChecklistFixture;

  /** Runs `query` as `token`, counting the SQL statements of the operation alone. */
  async function counted(token: string, query: string, variables?: Record<string, unknown>) {
    const contextValue = await app.server.contextFor(token);
    const { result, count } = await countQueries(async () => {
      const response = await app.server.apollo.executeOperation(
        { query, variables },
        { contextValue },
      );
      if (response.body.kind !== "single") throw new Error("unexpected incremental response");
      return { http: response.http, result: response.body.singleResult as GraphQLResult };
    });
    return { ...result, statements: count };
  }

  beforeAll(async () => {
    app = await createTestApp();
    schema = await buildAppSchema();
    const supplier = await makeSupplier(app);
    users = await makeRoles(app, supplier.id);
    checklist = await defaultChecklist(app);
    const { auditId, findingIds } = await completedAudit(app, {
      supplierId: supplier.id,
      checklist,
      schedulerToken: users.admin.token,
      leadAuditorId: users.auditor.user.id,
      leadToken: users.auditor.token,
      findings: fortyFindings(checklist),
    });
    const selfAssessmentId = await answeredSelfAssessment(
      app,
      users.supplier.token,
      supplier.id,
      await saqChecklist(app),
      { submit: true },
    );
    ids = { auditId, findingId: findingIds[0], supplierId: supplier.id, selfAssessmentId };
  }, 120_000);
  afterAll(() => app.close());

  it("prices the reported query far over the limit", () => {
    const outcome = operationCost(schema, parse(ATTACK), { id: ids.auditId }, undefined);
    expect(outcome.kind).toBe("cost");
    expect(outcome.kind === "cost" && outcome.cost).toBeGreaterThan(1000 * QUERY_LIMITS.maxCost);
  });

  it("lets the supplier read its audit's forty findings", async () => {
    const read = await counted(
      users.supplier.token,
      `query($id: ID!) { audit(id: $id) { findings { id audit { id } } } }`,
      { id: ids.auditId },
    );
    expect(read.result.errors).toBeUndefined();
    expect(read.result.data!.audit.findings).toHaveLength(40);
  });

  describe("refuses the attack and its variants before execution", () => {
    let heapBefore: number;
    beforeAll(() => {
      heapBefore = process.memoryUsage().heapUsed;
    });

    it.each(VARIANTS.map((variant) => [variant.name, variant] as const))(
      "%s",
      async (_name, variant) => {
        const refused = await counted(
          users.supplier.token,
          variant.query,
          variant.variables?.(ids),
        );
        expect(errorCodes(refused.result)).toEqual(["QUERY_TOO_COMPLEX"]);
        expect(refused.result.data).toBeUndefined();
        expect(refused.statements).toBe(0);
        expect(refused.http.status).toBe(400);
        // The limit and the cost are not echoed.
        expect(refused.result.errors![0].message).not.toMatch(/\d/);
      },
    );

    it("stays alive and bounded afterwards", async () => {
      const growth = process.memoryUsage().heapUsed - heapBefore;
      expect(growth).toBeLessThan(200 * 1024 * 1024);
      const normal = await app.exec(users.supplier.token, `{ me { role supplier { id } } }`);
      expect(normal.errors).toBeUndefined();
      expect(normal.data!.me.supplier.id).toBe(ids.supplierId);
    });
  });

  it("declares a cap for every plain list field of the schema, and only for those", () => {
    const fields = listFields(schema);
    expect(fields.filter((field) => !(field in LIST_CAPS))).toEqual([]);
    expect(Object.keys(LIST_CAPS).filter((key) => !fields.includes(key))).toEqual([]);
  });

  describe("accepts the web app's queries", () => {
    const measured: ClientQuery[] = WEB_QUERIES.filter((q) => /^\s*(query|mutation)/.test(q.text));

    it("finds them all", () => {
      expect(measured.length).toBeGreaterThanOrEqual(40);
    });

    it.each(measured.map((q) => [`${q.file} ${q.name}`, q] as const))(
      "%s is under the limit at its worst",
      (_label, q) => {
        const document = parse(q.text);
        expect(validate(schema, document)).toEqual([]);
        const outcome = operationCost(
          schema,
          document,
          worstCaseVariables(schema, document),
          undefined,
        );
        expect(outcome.kind === "cost" && outcome.cost).toBeLessThanOrEqual(QUERY_LIMITS.maxCost);
      },
    );

    it("runs the heaviest pages on an audit of 40 results and 40 findings", async () => {
      const pages: [string, string, Record<string, unknown>][] = [
        [
          users.procurement.token,
          webQuery("supplier/SupplierPage.tsx", "SUPPLIER"),
          { id: ids.supplierId, procurement: true },
        ],
        [
          users.supplier.token,
          webQuery("supplier/MyAuditsPage.tsx", "MY_AUDITS"),
          { id: ids.supplierId },
        ],
        [users.auditor.token, webQuery("audit/audit.types.ts", "AUDIT"), { id: ids.auditId }],
        [users.supplier.token, webQuery("audit/audit.types.ts", "AUDIT"), { id: ids.auditId }],
        [
          users.procurement.token,
          webQuery("procurement/RankingsPage.tsx", "RANKINGS"),
          { first: 100 },
        ],
        [users.auditor.token, webQuery("auditor/WorkQueuePage.tsx", "AUDITS"), {}],
        [users.auditor.token, webQuery("auditor/WorkQueuePage.tsx", "CAPS"), {}],
        // The work queue's findings list opens on the overdue findings.
        [
          users.auditor.token,
          webQuery("auditor/WorkQueuePage.tsx", "FINDINGS"),
          { filter: { overdue: true } },
        ],
        [users.admin.token, webQuery("saq/SaqsToReview.tsx", "TO_REVIEW"), {}],
        [users.supplier.token, webQuery("saq/SaqPage.tsx", "SAQ"), { id: ids.selfAssessmentId }],
        [users.admin.token, webQuery("admin/ChecklistsPage.tsx", "LIST"), {}],
        [users.admin.token, webQuery("audit/ScheduleAuditForm.tsx", "OPTIONS"), {}],
        [users.admin.token, webQuery("audit/ScheduleAuditForm.tsx", "AUDITORS"), {}],
        [users.admin.token, webQuery("admin/AdminAuditsPage.tsx", "AUDITS"), {}],
      ];
      for (const [token, query, variables] of pages) {
        const result = await app.exec(token, query, variables);
        expect(result.errors).toBeUndefined();
      }
      const audit = await app.exec(users.auditor.token, webQuery("audit/audit.types.ts", "AUDIT"), {
        id: ids.auditId,
      });
      expect(audit.data!.audit.results).toHaveLength(checklist.items.length);
      expect(audit.data!.audit.findings).toHaveLength(40);
    });
  });

  it("accepts the tests' own queries", () => {
    const own = path.join("test", "query-limits.test.ts");
    const tooCostly = clientQueries(path.join(ROOT, "test"))
      .filter((q) => q.file !== own)
      .flatMap((q) => {
        let document;
        try {
          document = parse(q.text);
        } catch {
          return []; // deliberately malformed
        }
        if (validate(schema, document).length > 0) return [];
        const variables = worstCaseVariables(schema, document);
        const outcome = operationCost(schema, document, variables, undefined);
        return outcome.kind === "cost" && outcome.cost <= QUERY_LIMITS.maxCost
          ? []
          : [`${q.file} ${q.name}`];
      });
    expect(tooCostly).toEqual([]);
  });
});

describe("findings per audit", () => {
  let app: TestApp;
  afterAll(() => app?.close());

  it(`refuses finding ${MAX_FINDINGS_PER_AUDIT + 1} and saves nothing`, async () => {
    app = await createTestApp();
    const supplier = await makeSupplier(app);
    const users = await makeRoles(app, supplier.id);
    const checklist = await defaultChecklist(app);
    const auditId = await startedAudit(app, {
      supplierId: supplier.id,
      checklist,
      schedulerToken: users.admin.token,
      leadAuditorId: users.auditor.user.id,
      leadToken: users.auditor.token,
    });
    const spec = { area: "ENVIRONMENT", severity: "MINOR" };
    const firstId = await recordFinding(app, users.auditor.token, auditId, checklist, spec);
    // The other 199 as copies of the first, straight into the table.
    const manager = app.dataSource.manager;
    const {
      id: _id,
      createdAt: _c,
      ...template
    } = await manager.findOneByOrFail(Finding, {
      id: firstId,
    });
    await manager.insert(
      Finding,
      Array.from({ length: MAX_FINDINGS_PER_AUDIT - 1 }, () => manager.create(Finding, template)),
    );
    expect(await manager.countBy(Finding, { auditId })).toBe(MAX_FINDINGS_PER_AUDIT);
    const events = await manager.count(AuditEvent);

    const refused = await app.exec(users.auditor.token, OPS.finding, {
      auditId,
      input: {
        area: "ENVIRONMENT",
        severity: "MINOR",
        likelihood: 2,
        impact: 2,
        description: "One more",
      },
    });
    expect(errorCodes(refused)).toEqual(["CONFLICT"]);
    expect(refused.errors![0].message).toMatch(/already has 200 findings/);
    expect(await manager.countBy(Finding, { auditId })).toBe(MAX_FINDINGS_PER_AUDIT);
    expect(await manager.count(AuditEvent)).toBe(events);

    // The whole audit page still reads, at the cap.
    const page = await app.exec(users.auditor.token, webQuery("audit/audit.types.ts", "AUDIT"), {
      id: auditId,
    });
    expect(page.errors).toBeUndefined();
    expect(page.data!.audit.findings).toHaveLength(MAX_FINDINGS_PER_AUDIT);
  }, 60_000);

  it("refuses more than 50 pieces of implementation evidence", async () => {
    const supplier = await makeSupplier(app);
    const users = await makeRoles(app, supplier.id);
    const evidence = Array.from({ length: 51 }, (_, i) => ({
      title: `Record ${i}`,
      url: `https://docs.example/${i}.pdf`,
    }));
    const refused = await app.exec(users.supplier.token, OPS.implement, {
      id: "00000000-0000-4000-8000-000000000000",
      evidence,
    });
    expect(errorCodes(refused)).toEqual(["BAD_USER_INPUT"]);
    expect(refused.errors![0].extensions!.fields).toEqual([
      { path: "evidence", message: "must contain at most 50 pieces of evidence" },
    ]);
  });
});

describe("response size guard", () => {
  let app: TestApp;
  let admin: string;
  beforeAll(async () => {
    app = await createTestApp({ env: { MAX_RESPONSE_BYTES: "4096" } });
    admin = (await makeUser(app, Role.ADMIN)).token;
    for (let i = 0; i < 30; i++)
      await makeSupplier(app, { name: `Sizeable ${i} ${"n".repeat(100)}` });
  }, 60_000);
  afterAll(() => app.close());

  it("refuses a response over MAX_RESPONSE_BYTES with PAYLOAD_TOO_LARGE and no data", async () => {
    const query = `{ suppliers(first: 100) { edges { node { id name country contactEmail } } } }`;
    const result = await app.exec(admin, query);
    expect(errorCodes(result)).toEqual(["PAYLOAD_TOO_LARGE"]);
    expect(result.data).toBeNull();
    expect(result.errors![0].message).not.toMatch(/\d/);
  });

  it("says so when a mutation's change was applied", async () => {
    const sites = Array.from({ length: 30 }, (_, i) => ({
      name: `Site ${i} ${"s".repeat(150)}`,
      country: "DE",
    }));
    const result = await app.exec(
      admin,
      `mutation($input: CreateSupplierInput!) { createSupplier(input: $input) { id sites { id name } } }`,
      {
        input: { name: "Many Sites Ltd", country: "DE", contactEmail: "esg@sites.example", sites },
      },
    );
    expect(errorCodes(result)).toEqual(["PAYLOAD_TOO_LARGE"]);
    expect(result.errors![0].message).toMatch(/the change was applied/);
    expect(await app.dataSource.manager.countBy(Supplier, { name: "Many Sites Ltd" })).toBe(1);
  });

  it("lets an ordinary response through", async () => {
    const result = await app.exec(admin, `{ suppliers(first: 5) { edges { node { id } } } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data!.suppliers.edges).toHaveLength(5);
  });

  it("counts bytes without serialising, never under JSON.stringify, close to it", () => {
    const sample = {
      data: {
        suppliers: {
          edges: Array.from({ length: 50 }, (_, i) => ({
            node: { id: `id-${i}`, name: `Zürich Glas ${i}`, score: i / 3, archived: i % 2 === 0 },
          })),
          pageInfo: { endCursor: null, hasNextPage: false },
        },
      },
    };
    const bytes = Buffer.byteLength(JSON.stringify(sample), "utf8");
    expect(exceedsJsonBytes(sample, bytes - 1)).toBe(true);
    expect(exceedsJsonBytes(sample, Math.ceil(bytes * 1.05))).toBe(false);
    // graphql-js builds results as objects without a prototype.
    const bare = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(bare)
        : value && typeof value === "object"
          ? Object.assign(
              Object.create(null) as object,
              Object.fromEntries(Object.entries(value).map(([key, item]) => [key, bare(item)])),
            )
          : value;
    expect(exceedsJsonBytes(bare(sample), bytes - 1)).toBe(true);
    expect(exceedsJsonBytes(bare(sample), Math.ceil(bytes * 1.05))).toBe(false);
  });
});

describe("over HTTP, in a separate process with a small heap", () => {
  it("answers the attack with 400 QUERY_TOO_COMPLEX and keeps serving", async () => {
    const app = await createTestApp();
    try {
      const supplier = await makeSupplier(app);
      const users = await makeRoles(app, supplier.id);
      const checklist = await defaultChecklist(app);
      const { auditId } = await completedAudit(app, {
        supplierId: supplier.id,
        checklist,
        schedulerToken: users.admin.token,
        leadAuditorId: users.auditor.user.id,
        leadToken: users.auditor.token,
        findings: fortyFindings(checklist),
      });
      // 4 GB were enough to run out with armor's limit alone; this process gets 512 MB.
      const portal = await startPortal({
        DATABASE_URL: app.databaseUrl,
        JWT_SECRET: randomBytes(32).toString("hex"),
        SEED_DEMO: "false",
        STANDING_REFRESH_SECONDS: "0",
        NODE_OPTIONS: "--max-old-space-size=512",
      });
      try {
        const login = await gql(
          portal.url,
          `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
          { e: users.supplier.user.email, p: TEST_PASSWORD },
        );
        const token = login.body.data.login.token as string;
        for (let i = 0; i < 5; i++) {
          const attack = await gql(portal.url, ATTACK, { id: auditId }, token);
          expect(attack.status).toBe(400);
          expect(attack.body.errors?.[0].extensions.code).toBe("QUERY_TOO_COMPLEX");
          expect(attack.body.data).toBeUndefined();
        }
        const health = await fetch(`${portal.url}/healthz`);
        expect(health.status).toBe(200);
        const normal = await gql(
          portal.url,
          `query($id: ID!) { audit(id: $id) { id findings { id } } }`,
          { id: auditId },
          token,
        );
        expect(normal.status).toBe(200);
        expect(normal.body.data.audit.findings).toHaveLength(40);
        expect(portal.child.exitCode).toBeNull();
      } finally {
        await portal.stop();
      }
    } finally {
      await app.close();
    }
  }, 120_000);
});
