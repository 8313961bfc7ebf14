import { randomBytes } from "node:crypto";
import { getNamedType, isObjectType, type GraphQLField, type GraphQLObjectType } from "graphql";
import { buildAppSchema } from "../src/app/schema";
import { Role } from "../src/shared/domain/role.enum";
import { neutraliseCell } from "../src/modules/procurement/ranking-export";
import {
  completedAudit,
  fieldPaths,
  ok,
  OPS,
  PLAN_INPUT,
  scheduleAudit,
  auditTeam,
  type AuditPlan,
  type ChecklistFixture,
} from "./support/audit-fixtures";
import { categoryId, makeSupplier, makeUser, recompute, type TestUser } from "./support/factories";
import { storeDocument } from "./support/documents";
import { createDeclaration } from "./support/declarations";
import { createRiskEntry } from "./support/risk-register";
import { createTestApp, errorCodes, type TestApp } from "./support/test-app";

const encode = (value: unknown) => Buffer.from(JSON.stringify(value), "utf8").toString("base64url");
const decode = (cursor: string) =>
  JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown[];

async function listen(app: TestApp): Promise<number> {
  const address = app.server.httpServer.address();
  return typeof address === "object" && address ? address.port : app.server.listen(0, "127.0.0.1");
}

const CREATE_PURCHASE = `mutation($input: CreatePurchaseInput!) { createPurchase(input: $input) { id } }`;
const DECLARE_RECYCLED = `mutation($input: DeclareRecycledContentInput!) { declareRecycledContent(input: $input) { id } }`;
const RECYCLED_INPUT = {
  element: "LI",
  elementFraction: 0.1,
  recycledFraction: 0.1,
  preConsumerFraction: 0.05,
  postConsumerFraction: 0.05,
  method: "MASS_BALANCE",
};

describe("CSV cells", () => {
  it.each([
    ['=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'],
    ["-1+2", "'-1+2"],
    ["+49 30 1234", "'+49 30 1234"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tTabbed", "'\tTabbed"],
    ["\rReturn", "'\rReturn"],
    ["Plain Panels", "Plain Panels"],
    ["隆基绿能", "隆基绿能"],
    [-10, -10],
    [42.5, 42.5],
  ])("neutralises %j as %j", (value, expected) => {
    expect(neutraliseCell(value)).toEqual(expected);
  });
});

describe("output and edge hardening", () => {
  let app: TestApp;
  let admin: TestUser;
  let buyer: TestUser;
  let lead: TestUser;
  let checklist: ChecklistFixture;
  let plan: (supplierId: string) => AuditPlan & { leadToken: string };

  beforeAll(async () => {
    app = await createTestApp();
    ({ admin, lead, checklist, plan } = await auditTeam(app));
    buyer = await makeUser(app, Role.PROCUREMENT);
  });
  afterAll(() => app.close());

  describe("CSV export", () => {
    it("neutralises formula cells, keeps numbers numeric and starts with a UTF-8 BOM", async () => {
      const cell = await categoryId(app, "CELL");
      const names = ['=HYPERLINK("http://evil.example","x")', "-1+2", "@SUM(A1)", "隆基绿能"];
      for (const name of names) {
        const supplier = await makeSupplier(app, { name, country: "CN" });
        await app.dataSource.query("INSERT INTO supplier_category VALUES ($1, $2)", [
          supplier.id,
          cell,
        ]);
        await recompute(app, supplier.id);
      }
      const port = await listen(app);
      const response = await fetch(
        `http://127.0.0.1:${port}/exports/rankings.csv?categoryId=${cell}&country=CN`,
        { headers: { authorization: `Bearer ${buyer.token}` } },
      );
      expect(response.status).toBe(200);
      const bytes = Buffer.from(await response.arrayBuffer());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.subarray(3).toString("utf8");
      const rows = text.trim().split("\n").slice(1);
      expect(rows).toHaveLength(names.length);
      const supplierCells = rows.map((row) => {
        const match = /^(\d+),[0-9a-f-]{36},("(?:[^"]|"")*"|[^,]*),/.exec(row);
        expect(match).not.toBeNull();
        const raw = match![2];
        return raw.startsWith('"') ? raw.slice(1, -1).replace(/""/g, '"') : raw;
      });
      expect(supplierCells.sort()).toEqual(
        ['\'=HYPERLINK("http://evil.example","x")', "'-1+2", "'@SUM(A1)", "隆基绿能"].sort(),
      );
      // Numeric columns stay numbers: the rank is digits, the scores parse as numbers.
      for (const row of rows) {
        expect(row).toMatch(/^\d+,/);
        expect(row).toMatch(/,[A-E],-?\d+(\.\d+)?,-?\d+(\.\d+)?,/);
      }
    });
  });

  describe("cursors", () => {
    let supplierId: string;
    let auditId: string;
    let webhookId: string;

    beforeAll(async () => {
      await makeUser(app, Role.AUDITOR);
      const supplier = await makeSupplier(app, { name: "Cursor Cells", country: "LU" });
      await makeSupplier(app, { name: "Cursor Frames", country: "LU" });
      await makeSupplier(app, { name: "Cursor Glass", country: "LU" });
      supplierId = supplier.id;
      await scheduleAudit(app, plan(supplier.id));
      const major = { area: "HEALTH_AND_SAFETY", severity: "MAJOR" };
      const completed = await completedAudit(app, {
        ...plan(supplier.id),
        findings: [major, major],
      });
      auditId = completed.auditId;
      await completedAudit(app, plan(supplier.id)); // a second score snapshot
      for (const name of ["one.txt", "two.txt"])
        await storeDocument(app, admin.token, Buffer.from(`cursor ${name}\n`), name);
      const junctionBox = await categoryId(app, "JUNCTION_BOX");
      for (const partNumber of ["JB-1", "JB-2"])
        await createDeclaration(app, admin.token, supplier.id, junctionBox, { partNumber });
      // Two target substances (lead) in a submitted declaration: two substitution lines.
      const withLead = await createDeclaration(app, admin.token, supplier.id, junctionBox, {
        partNumber: "JB-PB",
        declarationClass: "C",
        statements: [],
        materials: ["solder", "pin"].map((name) => ({
          name,
          massMg: 100,
          substances: [{ cas: "7439-92-1", ppm: 500 }],
        })),
      });
      const submitted = await app.exec(
        admin.token,
        `mutation($id: ID!) { submitMaterialDeclaration(id: $id) { id } }`,
        { id: withLead.id },
      );
      expect(submitted.errors).toBeUndefined();
      const lithium = await categoryId(app, "LITHIUM");
      for (const [period, reference] of [
        ["2026-01", "CUR-1"],
        ["2026-02", "CUR-2"],
      ]) {
        const created = await app.exec(admin.token, CREATE_PURCHASE, {
          input: {
            supplierId: supplier.id,
            categoryId: lithium,
            period,
            quantityKg: 10,
            reference,
          },
        });
        expect(created.errors).toBeUndefined();
        const declared = await app.exec(admin.token, DECLARE_RECYCLED, {
          input: {
            ...RECYCLED_INPUT,
            supplierId: supplier.id,
            categoryId: lithium,
            validFrom: period,
            validTo: period,
          },
        });
        expect(declared.errors).toBeUndefined();
      }
      for (const location of ["Cursor line 1", "Cursor line 2"])
        await createRiskEntry(app, admin.token, { location });
      // A webhook with two deliveries.
      [{ id: webhookId }] = (await app.dataSource.query(
        `INSERT INTO webhook (url, events, secret, created_at)
         VALUES ('https://erp.example.com/hook', '{AUDIT_COMPLETED}', 'whsec_cursor', $1) RETURNING id`,
        [app.clock.now()],
      )) as { id: string }[];
      for (const key of ["cursor:hook:1", "cursor:hook:2"])
        await app.dataSource.query(
          `INSERT INTO webhook_delivery (webhook_id, event_key, event, body, status, created_at)
           VALUES ($1, $2, 'AUDIT_COMPLETED', '{}', 'SENT', $3)`,
          [webhookId, key, app.clock.now()],
        );
      // Two protected-area flags on two sites of the supplier.
      const [areaList] = (await app.dataSource.query(
        `INSERT INTO protected_area_list (name, created_at) VALUES ('Cursor areas', $1) RETURNING id`,
        [app.clock.now()],
      )) as { id: string }[];
      const [areaVersion] = (await app.dataSource.query(
        `INSERT INTO protected_area_list_version (list_id, version, format, source_document_id,
           source_filename, source_sha256, area_count, imported_by_id, imported_at)
         VALUES ($1, 1, 'CSV', gen_random_uuid(), 'cursor.csv', repeat('0', 64), 1, $2, $3)
         RETURNING id`,
        [areaList.id, admin.user.id, app.clock.now()],
      )) as { id: string }[];
      const [area] = (await app.dataSource.query(
        `INSERT INTO protected_area (version_id, area_key, name, shape, radius_m, min_lat, max_lat,
           min_lon, max_lon)
         VALUES ($1, 'name:cursor marsh||', 'Cursor Marsh', 'POINT', 100, 1, 1, 1, 1) RETURNING id`,
        [areaVersion.id],
      )) as { id: string }[];
      for (const name of ["Cursor site 1", "Cursor site 2"]) {
        const [site] = (await app.dataSource.query(
          `INSERT INTO supplier_site (supplier_id, name, country, latitude, longitude)
           VALUES ($1, $2, 'DE', 1, 1) RETURNING id`,
          [supplier.id, name],
        )) as { id: string }[];
        await app.dataSource.query(
          `INSERT INTO protected_area_flag (supplier_id, target, site_id, target_name, list_id,
             area_id, area_key, latitude, longitude, distance_km, state, flagged_at)
           VALUES ($1, 'SITE', $2, $3, $4, $5, 'name:cursor marsh||', 1, 1, 0, 'OPEN', $6)`,
          [supplier.id, site.id, name, areaList.id, area.id, app.clock.now()],
        );
      }
      // Two notifications of the admin, each with an e-mail in the outbox.
      for (const key of ["cursor:one", "cursor:two"]) {
        const [n] = (await app.dataSource.query(
          `INSERT INTO notification (event_key, kind, category, recipient_id, title, body, created_at)
           VALUES ($1, 'saq.reviewed', 'SELF_ASSESSMENT', $2, 'Cursor', 'Cursor case', $3)
           RETURNING id`,
          [key, admin.user.id, app.clock.now()],
        )) as { id: string }[];
        await app.dataSource.query(
          `INSERT INTO notification_delivery (notification_id, recipient_id, status, created_at)
           VALUES ($1, $2, 'SENT', $3)`,
          [n.id, admin.user.id, app.clock.now()],
        );
      }
      // Screening: a list version with two entries, two hits (on removed nodes) and their rebuttals.
      const [version] = (await app.dataSource.query(
        `INSERT INTO screening_list_version (kind, number, entry_count, source_filename,
           source_sha256, imported_by_id, imported_at)
         VALUES ('RESTRICTED_ENTITY', 1, 2, 'cursor.csv', repeat('0', 64), $1, $2) RETURNING id`,
        [admin.user.id, app.clock.now()],
      )) as { id: string }[];
      for (const name of ["Cursor Entity One", "Cursor Entity Two"]) {
        const [entry] = (await app.dataSource.query(
          `INSERT INTO screening_list_entry (version_id, name, source, listed_on)
           VALUES ($1, $2, 'Cursor', '2026-01-01') RETURNING id`,
          [version.id, name],
        )) as { id: string }[];
        const [hit] = (await app.dataSource.query(
          `INSERT INTO screening_hit (supplier_id, node_name, entry_id, list_version_id, kind, field,
             matched_value, match_key, found_at, cleared_at, cleared_reason)
           VALUES ($1, $2, $3, $4, 'RESTRICTED_ENTITY', 'NAME', $2, $2, $5, $5, 'cursor case')
           RETURNING id`,
          [supplierId, name, entry.id, version.id, app.clock.now()],
        )) as { id: string }[];
        await app.dataSource.query(
          `INSERT INTO screening_rebuttal (hit_id, supplier_id, reason, evidence, expires_at, status,
             recorded_by_id, recorded_at)
           VALUES ($1, $2, 'Cursor case rebuttal', '[{"title":"x","url":"https://x.example"}]',
             $3, 'PENDING', $4, $3)`,
          [hit.id, supplierId, app.clock.now(), admin.user.id],
        );
      }
    });

    /** Every connection field of the schema, with a query that pages it. */
    const CASES: Record<string, { query: string; variables: () => Record<string, unknown> }> = {
      "Query.users": {
        query: `query($after: String) { users(first: 1, after: $after) { %PAGE% } }`,
        variables: () => ({}),
      },
      "Query.suppliers": {
        query: `query($after: String) { suppliers(first: 1, after: $after) { %PAGE% } }`,
        variables: () => ({}),
      },
      "Query.suppliers(NEXT_AUDIT_DUE)": {
        query: `query($after: String) { suppliers(orderBy: NEXT_AUDIT_DUE, first: 1, after: $after) { %PAGE% } }`,
        variables: () => ({}),
      },
      "Query.audits": {
        query: `query($after: String) { audits(first: 1, after: $after) { %PAGE% } }`,
        variables: () => ({}),
      },
      "Query.findings": {
        query: `query($after: String) { findings(first: 1, after: $after) { %PAGE% } }`,
        variables: () => ({}),
      },
      "Query.supplierRankings": {
        query: `query($after: String) { supplierRankings(first: 1, after: $after) { %PAGE% } }`,
        variables: () => ({}),
      },
      "Query.auditTrail": {
        query: `query($after: String, $id: ID!) { auditTrail(entityType: "Audit", entityId: $id, first: 1, after: $after) { %PAGE% } }`,
        variables: () => ({ id: auditId }),
      },
      "Query.documents": {
        query: `query($after: String) { documents(first: 1, after: $after) { %PAGE% } }`,
        variables: () => ({}),
      },
      "Query.notifications": {
        query: `query($after: String) { notifications(first: 1, after: $after) { %PAGE% } }`,
        variables: () => ({}),
      },
      "Query.webhookDeliveries": {
        query: `query($after: String, $id: ID!) { webhookDeliveries(webhookId: $id, first: 1, after: $after) { %PAGE% } }`,
        variables: () => ({ id: webhookId }),
      },
      "Query.notificationOutbox": {
        query: `query($after: String) { notificationOutbox(first: 1, after: $after) { %PAGE% } }`,
        variables: () => ({}),
      },
      "Query.materialDeclarations": {
        query: `query($after: String) { materialDeclarations(first: 1, after: $after) { %PAGE% } }`,
        variables: () => ({}),
      },
      "Query.purchases": {
        query: `query($after: String) { purchases(first: 1, after: $after) { %PAGE% } }`,
        variables: () => ({}),
      },
      "Query.recycledContentDeclarations": {
        query: `query($after: String) { recycledContentDeclarations(first: 1, after: $after) { %PAGE% } }`,
        variables: () => ({}),
      },
      "Query.riskRegister": {
        query: `query($after: String) { riskRegister(first: 1, after: $after) { %PAGE% } }`,
        variables: () => ({}),
      },
      "Query.substitution": {
        query: `query($after: String) { substitution(status: SUBMITTED, first: 1, after: $after) { %PAGE% } }`,
        variables: () => ({}),
      },
      "Query.substances": {
        query: `query($after: String) { substances(first: 1, after: $after) { %PAGE% } }`,
        variables: () => ({}),
      },
      "RegulatoryListVersion.entries": {
        query: `query($after: String) { regulatoryList(code: "REACH_SVHC") { currentVersion { entries(first: 1, after: $after) { %PAGE% } } } }`,
        variables: () => ({}),
      },
      "Query.screeningHits": {
        query: `query($after: String) { screeningHits(first: 1, after: $after) { %PAGE% } }`,
        variables: () => ({}),
      },
      "Query.screeningRebuttals": {
        query: `query($after: String) { screeningRebuttals(first: 1, after: $after) { %PAGE% } }`,
        variables: () => ({}),
      },
      "ScreeningListVersion.entries": {
        query: `query($after: String) { screeningLists { currentVersion { entries(first: 1, after: $after) { %PAGE% } } } }`,
        variables: () => ({}),
      },
      "Query.protectedAreaFlags": {
        query: `query($after: String) { protectedAreaFlags(first: 1, after: $after) { %PAGE% } }`,
        variables: () => ({}),
      },
      "Supplier.scoreHistory": {
        query: `query($after: String, $id: ID!) { supplier(id: $id) { scoreHistory(first: 1, after: $after) { %PAGE% } } }`,
        variables: () => ({ id: supplierId }),
      },
    };
    const PAGE = "totalCount pageInfo { hasNextPage endCursor } edges { cursor }";
    const run = (name: string, after: string | null) => {
      const c = CASES[name];
      return app.exec(admin.token, c.query.replace("%PAGE%", PAGE), { ...c.variables(), after });
    };
    const connectionOf = (data: any): any =>
      data.supplier
        ? data.supplier.scoreHistory
        : data.screeningLists
          ? data.screeningLists[0].currentVersion.entries
          : data.regulatoryList
            ? data.regulatoryList.currentVersion.entries
            : Object.values(data)[0];

    it("covers every connection field of the schema", async () => {
      const schema = await buildAppSchema();
      const found = new Set<string>();
      for (const type of Object.values(schema.getTypeMap())) {
        if (!isObjectType(type) || type.name.startsWith("__")) continue;
        for (const field of Object.values((type as GraphQLObjectType).getFields()) as GraphQLField<
          unknown,
          unknown
        >[]) {
          if (getNamedType(field.type).name.endsWith("Connection"))
            found.add(`${type.name}.${field.name}`);
        }
      }
      const covered = new Set(Object.keys(CASES).map((name) => name.replace(/\(.*\)$/, "")));
      expect([...found].sort()).toEqual([...covered].sort());
    });

    const BROKEN = (real: unknown[]): string[] => {
      const variants: unknown[][] = [[], [...real, 1], real.slice(0, -1), [{}]];
      real.forEach((_value, index) => {
        for (const wrong of [
          null,
          {},
          [1],
          true,
          "not-a-uuid-or-date",
          1.5,
          -1,
          "2026-02-30T00:00:00.000Z",
          "x".repeat(2000),
        ]) {
          const copy = [...real];
          copy[index] = wrong;
          variants.push(copy);
        }
      });
      return [
        "garbage!!",
        "",
        Buffer.from("not json").toString("base64url"),
        encode({ a: 1 }),
        encode("string"),
        encode(null),
        "A".repeat(10_000),
        ...variants.map(encode),
      ];
    };

    it.each(Object.keys(CASES))(
      "%s: a malformed cursor answers BAD_USER_INPUT on `after`, never a 500",
      async (name) => {
        const first = await run(name, null);
        expect(first.errors).toBeUndefined();
        const connection = connectionOf(first.data);
        expect(connection.pageInfo.hasNextPage).toBe(true);
        const real = decode(connection.pageInfo.endCursor as string);
        // The real cursor works.
        expect((await run(name, connection.pageInfo.endCursor)).errors).toBeUndefined();
        for (const cursor of BROKEN(real)) {
          const result = await run(name, cursor);
          if (!result.errors) continue; // a value of the right type (a name, a score) is a position
          expect({ cursor, codes: errorCodes(result) }).toEqual({
            cursor,
            codes: ["BAD_USER_INPUT"],
          });
          expect({ cursor, paths: fieldPaths(result) }).toEqual({ cursor, paths: ["after"] });
        }
        // Values of a type no component has are always refused.
        for (const wrong of [null, {}, [1], true]) {
          const result = await run(name, encode(real.map(() => wrong)));
          expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
          expect(fieldPaths(result)).toEqual(["after"]);
        }
      },
    );

    it("recounts ranks on the server: a forged cursor cannot report made-up ranks", async () => {
      const query = `query($after: String) { supplierRankings(filter: { country: "LU" }, first: 2, after: $after) {
        totalCount pageInfo { endCursor } edges { node { rank supplier { name } } } } }`;
      const all = ok(
        await app.exec(buyer.token, query.replace("first: 2", "first: 10"), { after: null }),
      ).supplierRankings;
      expect(all.totalCount).toBe(3);
      const names = all.edges.map((e: any) => e.node.supplier.name as string);
      const page = ok(await app.exec(buyer.token, query, { after: null })).supplierRankings;
      const key = decode(page.pageInfo.endCursor as string);
      // Old-style cursors that carried a rank, with a made-up one: refused.
      for (const rank of [0, 1000]) {
        const forged = await app.exec(buyer.token, query, { after: encode([...key, rank]) });
        expect(errorCodes(forged)).toEqual(["BAD_USER_INPUT"]);
        expect(fieldPaths(forged)).toEqual(["after"]);
      }
      // A hand-made key position: the ranks are the true ones.
      const next = ok(await app.exec(buyer.token, query, { after: encode(key) })).supplierRankings;
      expect(next.edges.map((e: any) => [e.node.rank, e.node.supplier.name])).toEqual([
        [3, names[2]],
      ]);
      const one = ok(
        await app.exec(buyer.token, query.replace("first: 2", "first: 1"), { after: null }),
      ).supplierRankings;
      const afterFirst = ok(
        await app.exec(buyer.token, query, { after: encode(decode(one.pageInfo.endCursor)) }),
      ).supplierRankings;
      expect(afterFirst.edges.map((e: any) => e.node.rank)).toEqual([2, 3]);
    });
  });

  describe("date bounds", () => {
    // The test clock: 2026-06-01T09:00Z.
    const schedule = (plannedDate: string) =>
      app.exec(admin.token, OPS.schedule, {
        input: {
          supplierId: plannedFor,
          checklistId: checklist.checklist.id,
          type: "PERIODIC",
          leadAuditorId: lead.user.id,
          plannedDate,
        },
      });
    let plannedFor: string;
    beforeAll(async () => {
      plannedFor = (await makeSupplier(app)).id;
    });

    it.each([
      ["2025-05-31T09:00:00.000Z", "BAD_USER_INPUT"],
      ["2025-06-02T00:00:00.000Z", null],
      ["2029-05-31T00:00:00.000Z", null],
      ["2029-06-02T00:00:00.000Z", "BAD_USER_INPUT"],
      ["0001-01-01T00:00:00.000Z", "BAD_USER_INPUT"],
      ["9999-12-31T00:00:00.000Z", "BAD_USER_INPUT"],
    ])("schedules an audit planned for %s: %s", async (plannedDate, code) => {
      const result = await schedule(plannedDate);
      if (code === null) {
        expect(result.errors).toBeUndefined();
      } else {
        expect(errorCodes(result)).toEqual([code]);
        expect(fieldPaths(result)).toEqual(["input.plannedDate"]);
      }
    });

    it("bounds a corrective action's target date to two years ahead, not in the past", async () => {
      const supplier = await makeSupplier(app);
      const supplierUser = await makeUser(app, Role.SUPPLIER, { supplierId: supplier.id });
      const { findingIds } = await completedAudit(app, {
        ...plan(supplier.id),
        findings: [{ area: "HEALTH_AND_SAFETY", severity: "MAJOR" }],
      });
      const propose = (targetDate: string) =>
        app.exec(supplierUser.token, OPS.propose, {
          findingId: findingIds[0],
          input: { ...PLAN_INPUT(app), targetDate },
        });
      for (const targetDate of [
        "2028-06-02T00:00:00.000Z",
        "2026-05-31T23:59:59.000Z",
        "9999-12-31T00:00:00.000Z",
      ]) {
        const refused = await propose(targetDate);
        expect(errorCodes(refused)).toEqual(["BAD_USER_INPUT"]);
        expect(fieldPaths(refused)).toEqual(["input.targetDate"]);
      }
      expect((await propose("2028-05-31T00:00:00.000Z")).errors).toBeUndefined();
    });
  });
});

describe("production error messages", () => {
  let production: TestApp;
  let development: TestApp;
  let buyers: TestUser[];
  beforeAll(async () => {
    production = await createTestApp({
      env: { NODE_ENV: "production", JWT_SECRET: randomBytes(32).toString("hex") },
    });
    development = await createTestApp();
    buyers = [
      await makeUser(production, Role.PROCUREMENT),
      await makeUser(development, Role.PROCUREMENT),
    ];
  });
  afterAll(async () => {
    await production.close();
    await development.close();
  });

  const CASES = [
    ["a misspelled field", `{ me { emial } }`, undefined, "GRAPHQL_VALIDATION_FAILED"],
    [
      "a misspelled enum literal",
      `{ supplierRankings(filter: { statuses: [APROVED] }) { totalCount } }`,
      undefined,
      "GRAPHQL_VALIDATION_FAILED",
    ],
    [
      "a misspelled enum in variables",
      `query($s: [ProcurementStatus!]) { supplierRankings(filter: { statuses: $s }) { totalCount } }`,
      { s: ["APROVED"] },
      "BAD_USER_INPUT",
    ],
  ] as const;

  it.each(CASES)("%s: no 'Did you mean' in production", async (_name, query, variables, code) => {
    const dev = await development.exec(buyers[1].token, query, variables);
    expect(JSON.stringify(dev.errors)).toMatch(/Did you mean/);
    const prod = await production.exec(buyers[0].token, query, variables);
    expect(errorCodes(prod)).toEqual([code]);
    expect(JSON.stringify(prod.errors)).not.toMatch(/Did you mean|APPROVED/);
  });
});
