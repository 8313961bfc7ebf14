import { evaluateCompliance, isoDay } from "../src/modules/substance/compliance";
import { loadListRules } from "../src/modules/substance/compliance-rules";
import { storeDocument } from "./support/documents";
import { categoryId, makeSupplier, makeRoles, type TestUser } from "./support/factories";
import { createTestApp, errorCodes, type GraphQLResult, type TestApp } from "./support/test-app";

const IMPORT = `mutation($id: ID!, $label: String!, $dryRun: Boolean!) {
  importSvhcList(documentId: $id, versionLabel: $label, effectiveDate: "2026-01-15T00:00:00Z", dryRun: $dryRun) {
    rows entries applied errorCount dryRun errors { row column message }
    version { id label status importedAt sourceSha256 effectiveDate } } }`;
const PUBLISH = `mutation($id: ID!) { publishListVersion(id: $id) { id status publishedAt } }`;
const LIST = `query($code: String!) { regulatoryList(code: $code) {
  code name appliesByDefault
  currentVersion { id label status entries(first: 100) { totalCount edges { node {
    name cas thresholdPercent basis appliesTo scope dateOfInclusion reason group { code } } } } }
  versions { id label status }
  exemptions { code text maxPercent validFrom expiresAt expired substance { cas } }
  applicability { category { code } applies explicit } } }`;

const HEADER = "Substance name,Description,EC No.,CAS No.,Date of inclusion,Reason for inclusion";
const GOOD_ROWS = [
  'Lead,,231-100-4,7439-92-1,27-Jun-2018,"Toxic for reproduction (Article 57c)"',
  "Ethylenediamine,,203-468-6,107-15-3,27/06/2018,Respiratory sensitising properties (Article 57(f) - human health)",
  'Bis(2-ethylhexyl) phthalate (DEHP),,204-211-0,117-81-7,2008-10-28,"Toxic for reproduction (Article 57c)"',
];
const BAD_ROW = "Cadmium,,231-152-8,7440-43-8,2013-06-20,Carcinogenic (Article 57a)";

const fieldsOf = (result: GraphQLResult) =>
  (result.errors?.[0]?.extensions?.fields ?? []) as { path: string; message: string }[];

describe("hazardous substances: reference data, lists and the candidate list import", () => {
  let app: TestApp;
  let admin: TestUser;
  let supplierUser: TestUser;
  let auditor: TestUser;

  const exec = (user: TestUser, query: string, variables?: Record<string, unknown>) =>
    app.exec(user.token, query, variables);
  const ok = async (user: TestUser, query: string, variables?: Record<string, unknown>) => {
    const result = await exec(user, query, variables);
    expect(result.errors).toBeUndefined();
    return result.data!;
  };
  const upload = async (rows: string[], name = "candidate-list.csv") =>
    storeDocument(app, admin.token, Buffer.from([HEADER, ...rows].join("\r\n") + "\r\n"), name);
  const svhcVersions = async () =>
    Number(
      (
        await app.dataSource.query(
          `SELECT count(*) AS n FROM regulatory_list_version v JOIN regulatory_list l ON l.id = v.list_id
            WHERE l.code = 'REACH_SVHC'`,
        )
      )[0].n,
    );
  const importEvents = async () =>
    Number(
      (
        await app.dataSource.query(
          `SELECT count(*) AS n FROM audit_event WHERE action = 'regulatoryListVersion.imported'`,
        )
      )[0].n,
    );

  beforeAll(async () => {
    app = await createTestApp();
    const supplier = await makeSupplier(app, { name: "Sunrise Junction Boxes" });
    const roles = await makeRoles(app, supplier.id);
    admin = roles.admin;
    auditor = roles.auditor;
    supplierUser = roles.supplier;
  });
  afterAll(() => app.close());

  describe("the seeded lists", () => {
    it("ships RoHS complete, per homogeneous material, Cd at 0.01 %", async () => {
      const { regulatoryList: rohs } = await ok(supplierUser, LIST, { code: "ROHS" });
      expect(rohs.currentVersion.label).toBe("2011/65/EU + (EU) 2015/863");
      const entries = rohs.currentVersion.entries.edges.map((e: any) => e.node);
      expect(entries).toHaveLength(10);
      expect(
        Object.fromEntries(entries.map((e: any) => [e.cas ?? e.group.code, e.thresholdPercent])),
      ).toEqual({
        "7439-92-1": 0.1,
        "7439-97-6": 0.1,
        "7440-43-9": 0.01,
        "18540-29-9": 0.1,
        PBB: 0.1,
        PBDE: 0.1,
        "117-81-7": 0.1,
        "85-68-7": 0.1,
        "84-74-2": 0.1,
        "84-69-5": 0.1,
      });
      expect(entries.every((e: any) => e.basis === "HOMOGENEOUS_MATERIAL")).toBe(true);
      expect(rohs.exemptions.map((e: any) => e.code)).toEqual([
        "6(c)",
        "7(a)",
        "7(c)-I",
        "7(c)-II",
      ]);
      expect(rohs.exemptions[0]).toMatchObject({
        maxPercent: 4,
        expiresAt: "2027-06-30",
        expired: false,
        substance: { cas: "7439-92-1" },
      });
    });

    it("applies the lists per SPEC 11: RoHS and Annex I to some categories, REACH to all", async () => {
      const applying = async (code: string) =>
        (await ok(auditor, LIST, { code })).regulatoryList.applicability
          .filter((a: any) => a.applies)
          .map((a: any) => a.category.code)
          .sort();
      expect(await applying("ROHS")).toEqual(["BATTERY_CELL", "JUNCTION_BOX"]);
      expect(await applying("BATTERY_ANNEX_I")).toEqual(["BATTERY_CELL", "LITHIUM"]);
      expect((await applying("REACH_SVHC")).length).toBe(13);
    });

    it("ships battery Annex I with its portable-only scopes and a dated candidate list starter", async () => {
      const annex = (await ok(supplierUser, LIST, { code: "BATTERY_ANNEX_I" })).regulatoryList;
      expect(
        annex.currentVersion.entries.edges.map((e: any) => [
          e.node.cas,
          e.node.thresholdPercent,
          e.node.appliesTo,
        ]),
      ).toEqual(
        expect.arrayContaining([
          ["7439-97-6", 0.0005, "ALL"],
          ["7440-43-9", 0.002, "PORTABLE_BATTERY"],
          ["7439-92-1", 0.01, "PORTABLE_BATTERY"],
        ]),
      );
      const svhc = (await ok(supplierUser, LIST, { code: "REACH_SVHC" })).regulatoryList;
      expect(svhc.currentVersion.label).toMatch(/2018-06-27/);
      expect(svhc.currentVersion.entries.totalCount).toBeGreaterThanOrEqual(36);
      const lead = svhc.currentVersion.entries.edges.find((e: any) => e.node.cas === "7439-92-1");
      expect(lead.node).toMatchObject({
        thresholdPercent: 0.1,
        basis: "ARTICLE",
        scope: "per article",
        dateOfInclusion: "2018-06-27",
      });
    });

    it("finds substances by CAS with their groups and the company's targets", async () => {
      const data = await ok(
        supplierUser,
        `{ lead: substance(cas: "7439-92-1") { name ecNumber target { kind } groups { code } }
           deca: substance(cas: "1163-19-5") { groups { code } }
           pvdf: substance(cas: "24937-79-9") { target { kind note } }
           none: substance(cas: "7732-18-5") { name } }`,
      );
      expect(data.lead).toEqual({
        name: "Lead",
        ecNumber: "231-100-4",
        target: { kind: "REDUCE" },
        groups: [],
      });
      expect(data.deca.groups).toEqual([{ code: "PBDE" }]);
      expect(data.pvdf.target.kind).toBe("ELIMINATE");
      expect(data.none).toBeNull();
      const bad = await exec(supplierUser, `{ substance(cas: "7439-92-2") { name } }`);
      expect(errorCodes(bad)).toEqual(["BAD_USER_INPUT"]);
      expect(fieldsOf(bad)).toEqual([
        { path: "cas", message: "is not a valid CAS number: the check digit should be 1" },
      ]);
      const targets = await ok(supplierUser, `{ substanceTargets { kind substance { cas } } }`);
      expect(
        targets.substanceTargets.map((t: any) => `${t.kind} ${t.substance.cas}`).sort(),
      ).toEqual(
        [
          "ELIMINATE 7439-97-6",
          "ELIMINATE 7440-43-9",
          "ELIMINATE 24981-14-4",
          "ELIMINATE 24937-79-9",
          "REDUCE 7439-92-1",
          "REDUCE 117-81-7",
        ].sort(),
      );
    });

    it("pages substances by name with a search", async () => {
      const page = `query($after: String) { substances(search: "phthalate", first: 2, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { name cas } } } }`;
      const first = (await ok(auditor, page)).substances;
      expect(first.totalCount).toBe(5);
      expect(first.pageInfo.hasNextPage).toBe(true);
      const next = (await ok(auditor, page, { after: first.pageInfo.endCursor })).substances;
      const names = [...first.edges, ...next.edges].map((e: any) => e.node.name);
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en")));
      expect(new Set(names).size).toBe(4);
    });

    it("keeps reference data append-only in the database", async () => {
      await expect(
        app.dataSource.query(`UPDATE substance SET name = 'x' WHERE cas = '7439-92-1'`),
      ).rejects.toThrow(/append-only/);
      await expect(app.dataSource.query(`DELETE FROM list_exemption`)).rejects.toThrow(
        /append-only/,
      );
    });
  });

  describe("importSvhcList", () => {
    it("reports a bad CAS number by row and column, and writes nothing", async () => {
      const document = await upload([GOOD_ROWS[0], BAD_ROW, GOOD_ROWS[1]]);
      const before = await svhcVersions();
      for (const dryRun of [true, false]) {
        const report = (await ok(admin, IMPORT, { id: document.id, label: "2026-01", dryRun }))
          .importSvhcList;
        expect(report).toMatchObject({
          rows: 3,
          entries: 2,
          applied: 0,
          errorCount: 1,
          dryRun,
          version: null,
        });
        expect(report.errors).toEqual([
          {
            row: 3,
            column: "CAS No.",
            message: '"7440-43-8" is not a valid CAS number: the check digit should be 9',
          },
        ]);
      }
      expect(await svhcVersions()).toBe(before);
      expect(await importEvents()).toBe(0);
    });

    it("a dry run of a good file reports what it would write and changes nothing", async () => {
      const document = await upload(GOOD_ROWS);
      const before = await svhcVersions();
      const substances = (await app.dataSource.query(`SELECT count(*) AS n FROM substance`))[0].n;
      const report = (await ok(admin, IMPORT, { id: document.id, label: "2026-01", dryRun: true }))
        .importSvhcList;
      expect(report).toEqual({
        rows: 3,
        entries: 3,
        applied: 0,
        errorCount: 0,
        dryRun: true,
        errors: [],
        version: null,
      });
      expect(await svhcVersions()).toBe(before);
      expect((await app.dataSource.query(`SELECT count(*) AS n FROM substance`))[0].n).toBe(
        substances,
      );
      expect(await importEvents()).toBe(0);
    });

    it("imports a DRAFT version; publishing makes it the list in force, and immutable", async () => {
      const document = await upload(GOOD_ROWS, "candidate-list-2026-01.csv");
      const report = (await ok(admin, IMPORT, { id: document.id, label: "2026-01", dryRun: false }))
        .importSvhcList;
      expect(report).toMatchObject({ rows: 3, entries: 3, applied: 3, errorCount: 0 });
      const version = report.version;
      expect(version).toMatchObject({
        label: "2026-01",
        status: "DRAFT",
        sourceSha256: document.sha256,
        effectiveDate: new Date("2026-01-15T00:00:00.000Z"),
      });
      expect(version.importedAt).not.toBeNull();
      // The import describes its file; a Chinese reader reads that in Chinese.
      const sourceIn = async (acceptLanguage: string) => {
        const contextValue = await app.server.contextFor(
          admin.token,
          undefined,
          null,
          acceptLanguage,
        );
        const response = await app.server.apollo.executeOperation(
          { query: `{ regulatoryList(code: "REACH_SVHC") { versions { id source } } }` },
          { contextValue },
        );
        if (response.body.kind !== "single") throw new Error("unexpected incremental response");
        const result = response.body.singleResult as GraphQLResult;
        expect(result.errors).toBeUndefined();
        return result.data!.regulatoryList.versions.find((v: any) => v.id === version.id).source;
      };
      const day = isoDay(app.clock.now());
      expect(await sourceIn("en")).toBe(
        `ECHA Candidate List export "candidate-list-2026-01.csv", imported ${day}`,
      );
      expect(await sourceIn("zh-CN")).toBe(
        `ECHA 候选清单导出文件“candidate-list-2026-01.csv”，导入于 ${day}`,
      );
      // A new substance joined the reference data; the audit trail has the import.
      expect((await ok(auditor, `{ substance(cas: "107-15-3") { name } }`)).substance).toEqual({
        name: "Ethylenediamine",
      });
      expect(await importEvents()).toBe(1);
      // The same label again is refused.
      const again = await exec(admin, IMPORT, { id: document.id, label: "2026-01", dryRun: false });
      expect(errorCodes(again)).toEqual(["CONFLICT"]);

      // Still a draft: the starter snapshot is in force.
      let svhc = (await ok(supplierUser, LIST, { code: "REACH_SVHC" })).regulatoryList;
      expect(svhc.currentVersion.label).toMatch(/Starter/);
      expect(svhc.versions.map((v: any) => [v.label, v.status])).toContainEqual([
        "2026-01",
        "DRAFT",
      ]);

      const published = (await ok(admin, PUBLISH, { id: version.id })).publishListVersion;
      expect(published).toMatchObject({ status: "PUBLISHED" });
      svhc = (await ok(supplierUser, LIST, { code: "REACH_SVHC" })).regulatoryList;
      expect(svhc.currentVersion.label).toBe("2026-01");
      expect(
        svhc.currentVersion.entries.edges.map((e: any) => [e.node.cas, e.node.dateOfInclusion]),
      ).toEqual([
        ["117-81-7", "2008-10-28"],
        ["107-15-3", "2018-06-27"],
        ["7439-92-1", "2018-06-27"],
      ]);

      // Published is for good: publishing again is a conflict, and the database refuses edits.
      const twice = await exec(admin, PUBLISH, { id: version.id });
      expect(errorCodes(twice)).toEqual(["CONFLICT"]);
      expect(twice.errors![0].extensions!.reason).toBe("INVALID_TRANSITION");
      await expect(
        app.dataSource.query(`UPDATE regulatory_list_version SET label = 'edited' WHERE id = $1`, [
          version.id,
        ]),
      ).rejects.toThrow(/is published/);
      await expect(
        app.dataSource.query(
          `UPDATE regulatory_list_entry SET threshold_percent = 1 WHERE version_id = $1`,
          [version.id],
        ),
      ).rejects.toThrow(/cannot change/);
      await expect(
        app.dataSource.query(`DELETE FROM regulatory_list_version WHERE id = $1`, [version.id]),
      ).rejects.toThrow(/is published/);
    });

    it("reads only CSV it may read", async () => {
      const missing = await exec(admin, IMPORT, {
        id: "00000000-0000-4000-8000-000000000000",
        label: "x",
        dryRun: true,
      });
      expect(errorCodes(missing)).toEqual(["BAD_USER_INPUT"]);
      expect(fieldsOf(missing)[0].path).toBe("documentId");
    });
  });

  describe("admin changes", () => {
    it("creates a version with entries; a bad CAS or unknown group is BAD_USER_INPUT on the field", async () => {
      const CREATE = `mutation($input: CreateListVersionInput!) { createListVersion(input: $input) {
        id status label entries { totalCount } } }`;
      const entry = (over: Record<string, unknown>) => ({
        name: "Lead",
        thresholdPercent: 0.1,
        basis: "HOMOGENEOUS_MATERIAL",
        scope: "per homogeneous material",
        ...over,
      });
      const input = (entries: unknown[]) => ({
        listCode: "ROHS",
        label: "next edition",
        effectiveDate: "2027-01-01T00:00:00Z",
        entries,
      });
      const bad = await exec(admin, CREATE, {
        input: input([entry({ cas: "7439-92-1" }), entry({ cas: "7439-92-2" })]),
      });
      expect(errorCodes(bad)).toEqual(["BAD_USER_INPUT"]);
      expect(fieldsOf(bad)).toEqual([
        {
          path: "input.entries.1.cas",
          message: "is not a valid CAS number: the check digit should be 1",
        },
      ]);
      const group = await exec(admin, CREATE, {
        input: input([entry({ cas: "7439-92-1" }), entry({ groupCode: "NOPE" })]),
      });
      expect(fieldsOf(group)).toEqual([
        { path: "input.entries.1.groupCode", message: "no substance group NOPE" },
      ]);
      const made = (
        await ok(admin, CREATE, {
          input: input([entry({ cas: "7439-92-1" }), entry({ groupCode: "PBDE", name: "PBDE" })]),
        })
      ).createListVersion;
      expect(made).toMatchObject({ status: "DRAFT", entries: { totalCount: 2 } });
    });

    it("sets list applicability and targets, each with an audit event", async () => {
      const glass = await categoryId(app, "GLASS");
      const SET = `mutation($id: ID!, $applies: Boolean!) {
        setListApplicability(listCode: "ROHS", categoryId: $id, applies: $applies) {
          applicability { category { code } applies explicit } } }`;
      const set = (await ok(admin, SET, { id: glass, applies: true })).setListApplicability;
      expect(set.applicability.find((a: any) => a.category.code === "GLASS")).toEqual({
        category: { code: "GLASS" },
        applies: true,
        explicit: true,
      });
      const target = await ok(
        admin,
        `mutation { setSubstanceTarget(input: { cas: "84-74-2", kind: ELIMINATE, note: "no DBP" }) {
          kind note substance { cas } } }`,
      );
      expect(target.setSubstanceTarget).toEqual({
        kind: "ELIMINATE",
        note: "no DBP",
        substance: { cas: "84-74-2" },
      });
      const events = await app.dataSource.query(
        `SELECT action FROM audit_event WHERE action IN ('regulatoryList.applicabilitySet', 'substanceTarget.set')`,
      );
      expect(events).toHaveLength(2);
      await ok(admin, SET, { id: glass, applies: false });
    });

    it("lets a supplier read every list but change none (FORBIDDEN)", async () => {
      const document = await upload(GOOD_ROWS);
      const attempts: [string, Record<string, unknown>?][] = [
        [IMPORT, { id: document.id, label: "by supplier", dryRun: true }],
        [
          `mutation($id: ID!) { setListApplicability(listCode: "ROHS", categoryId: $id, applies: false) { code } }`,
          { id: await categoryId(app, "JUNCTION_BOX") },
        ],
        [`mutation { setSubstanceTarget(input: { cas: "7439-92-1", kind: ELIMINATE }) { kind } }`],
        [
          `mutation($input: CreateListVersionInput!) { createListVersion(input: $input) { id } }`,
          {
            input: {
              listCode: "ROHS",
              label: "by supplier",
              effectiveDate: "2027-01-01T00:00:00Z",
              entries: [
                {
                  cas: "7439-92-1",
                  name: "Lead",
                  thresholdPercent: 0.1,
                  basis: "ARTICLE",
                  scope: "x",
                },
              ],
            },
          },
        ],
      ];
      for (const [query, variables] of attempts) {
        expect(errorCodes(await exec(supplierUser, query, variables))).toEqual(["FORBIDDEN"]);
      }
      const versions = (await ok(supplierUser, LIST, { code: "ROHS" })).regulatoryList.versions;
      expect(versions.map((v: any) => v.label)).toContain("2011/65/EU + (EU) 2015/863");
    });
  });

  describe("the rules the evaluator gets from the tables", () => {
    it("loads the lists in force for a category and finds lead over RoHS in a junction box", async () => {
      const now = app.clock.now();
      const junctionBox = await loadListRules(
        app.dataSource.manager,
        await categoryId(app, "JUNCTION_BOX"),
        now,
      );
      expect(junctionBox.map((l) => l.list).sort()).toEqual(["REACH_SVHC", "ROHS"]);
      const solderInBox = {
        massG: 120,
        materials: [
          { name: "solder", massG: 2, substances: [{ cas: "7439-92-1", ppm: 2000 }] },
          { name: "housing", massG: 118, substances: [] },
        ],
      };
      const result = evaluateCompliance(solderInBox, junctionBox, isoDay(now));
      expect(result.violations).toEqual([
        expect.objectContaining({
          cas: "7439-92-1",
          list: "ROHS",
          listVersion: "2011/65/EU + (EU) 2015/863",
          measuredPercent: 0.2,
          allowedPercent: 0.1,
          material: "solder",
        }),
      ]);
      // Claimed 7(a) (high melting temperature solder), valid until 2027-06-30, lifts it.
      const claimed = evaluateCompliance(
        { ...solderInBox, claimedExemptions: ["7(a)"] },
        junctionBox,
        isoDay(now),
      );
      expect(claimed.violations).toEqual([]);
      // Glass: RoHS does not apply; the REACH candidate list does, per article.
      const glass = await loadListRules(
        app.dataSource.manager,
        await categoryId(app, "GLASS"),
        now,
      );
      expect(glass.map((l) => l.list)).toEqual(["REACH_SVHC"]);
      const cell = await loadListRules(
        app.dataSource.manager,
        await categoryId(app, "BATTERY_CELL"),
        now,
      );
      const annex = cell.find((l) => l.list === "BATTERY_ANNEX_I")!;
      expect(
        annex.entries.map((e) => [e.target.kind === "substance" && e.target.cas, e.appliesTo]),
      ).toEqual(expect.arrayContaining([["7439-92-1", "PORTABLE_BATTERY"]]));
      const rohs = junctionBox.find((l) => l.list === "ROHS")!;
      const pbde = rohs.entries.find((e) => e.target.kind === "group" && e.target.code === "PBDE")!;
      expect(pbde.target.kind === "group" && pbde.target.memberCas).toContain("1163-19-5");
    });
  });
});

describe("list exemptions: added and expired by admins, never edited", () => {
  let app: TestApp;
  let admin: TestUser;
  let auditor: TestUser;
  let supplierUser: TestUser;

  const ADD = `mutation($input: AddListExemptionInput!) { addListExemption(input: $input) {
    id code text maxPercent validFrom expiresAt adoptedExpiresAt expired substance { cas } } }`;
  const EXPIRE = `mutation($id: ID!, $lastDay: DateTime!, $reason: String!) {
    expireListExemption(id: $id, lastDay: $lastDay, reason: $reason) {
      id code validFrom expiresAt adoptedExpiresAt expired earlyExpiry { lastDay reason } } }`;
  const EXEMPTIONS = `{ regulatoryList(code: "ROHS") { exemptions { id code validFrom expiresAt expired } } }`;
  const ok = async (user: TestUser, query: string, variables?: Record<string, unknown>) => {
    const result = await app.exec(user.token, query, variables);
    expect(result.errors).toBeUndefined();
    return result.data!;
  };
  const rows = async () =>
    Number((await app.dataSource.query(`SELECT count(*) AS n FROM list_exemption`))[0].n);
  const exemption = (over: Record<string, unknown> = {}) => ({
    listCode: "ROHS",
    code: "99(z)",
    text: "Test exemption: lead in a test alloy up to 0.4 %",
    cas: "7439-92-1",
    maxPercent: 0.4,
    validFrom: "2026-01-01T00:00:00Z",
    expiresAt: "2026-12-31T00:00:00Z",
    ...over,
  });

  beforeAll(async () => {
    app = await createTestApp(); // 2026-06-01
    const supplier = await makeSupplier(app);
    ({ admin, auditor, supplier: supplierUser } = await makeRoles(app, supplier.id));
  });
  afterAll(() => app.close());

  it("adds an exemption; a renewal is a new row after the last one ends", async () => {
    const { addListExemption } = await ok(admin, ADD, { input: exemption() });
    expect(addListExemption).toMatchObject({
      code: "99(z)",
      maxPercent: 0.4,
      validFrom: "2026-01-01",
      expiresAt: "2026-12-31",
      adoptedExpiresAt: "2026-12-31",
      expired: false,
      substance: { cas: "7439-92-1" },
    });
    const overlapping = await app.exec(admin.token, ADD, {
      input: exemption({ validFrom: "2026-12-31T00:00:00Z", expiresAt: "2028-12-31T00:00:00Z" }),
    });
    expect(errorCodes(overlapping)).toEqual(["BAD_USER_INPUT"]);
    expect(fieldsOf(overlapping)).toEqual([
      {
        path: "input.validFrom",
        message:
          "overlaps 99(z) valid from 2026-01-01 to 2026-12-31; expire that one first or start after it",
      },
    ]);
    const renewal = await ok(admin, ADD, {
      input: exemption({ validFrom: "2027-01-01T00:00:00Z", expiresAt: "2028-12-31T00:00:00Z" }),
    });
    expect(renewal.addListExemption).toMatchObject({ validFrom: "2027-01-01", expired: false });
    const listed = (await ok(auditor, EXEMPTIONS)).regulatoryList.exemptions.filter(
      (e: any) => e.code === "99(z)",
    );
    expect(listed.map((e: any) => [e.validFrom, e.expiresAt])).toEqual([
      ["2026-01-01", "2026-12-31"],
      ["2027-01-01", "2028-12-31"],
    ]);
  });

  it("refuses bad input on the field and writes nothing", async () => {
    const before = await rows();
    const cases: [Record<string, unknown>, { path: string; message: string }[]][] = [
      [
        { text: "  ", expiresAt: "2025-12-31T00:00:00Z", code: "98(a)" },
        [
          { path: "input.text", message: "must not be blank" },
          { path: "input.expiresAt", message: "must not be before validFrom" },
        ],
      ],
      [
        { code: "98(b)", groupCode: "PBDE" },
        [{ path: "input.groupCode", message: "give cas or groupCode, not both" }],
      ],
      // A valid check digit, but not in the reference data (water).
      [
        { code: "98(c)", cas: "7732-18-5" },
        [{ path: "input.cas", message: "no substance with CAS 7732-18-5" }],
      ],
      [
        { code: "98(d)", listCode: "NOPE" },
        [{ path: "input.listCode", message: "no regulatory list NOPE" }],
      ],
    ];
    for (const [over, fields] of cases) {
      const result = await app.exec(admin.token, ADD, { input: exemption(over) });
      expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
      expect(fieldsOf(result)).toEqual(fields);
    }
    const badCas = await app.exec(admin.token, ADD, { input: exemption({ cas: "7439-92-2" }) });
    expect(errorCodes(badCas)).toEqual(["BAD_USER_INPUT"]);
    expect(fieldsOf(badCas).map((f) => f.path)).toEqual(["input.cas"]);
    expect(await rows()).toBe(before);
  });

  it("expires 7(a) early: recorded with the reason, the row kept, compliance follows", async () => {
    const junctionBox = await categoryId(app, "JUNCTION_BOX");
    const solder = {
      massG: 1000, // 0.09 % lead per article: under the candidate list's 0.1 %
      claimedExemptions: ["7(a)"],
      materials: [{ name: "solder", massG: 1, substances: [{ cas: "7439-92-1", ppm: 900000 }] }],
    };
    const judge = async () =>
      evaluateCompliance(
        solder,
        await loadListRules(app.dataSource.manager, junctionBox, app.clock.now()),
        isoDay(app.clock.now()),
      ).violations;
    expect(await judge()).toEqual([]);
    const sevenA = (await ok(admin, EXEMPTIONS)).regulatoryList.exemptions.find(
      (e: any) => e.code === "7(a)",
    );
    const { expireListExemption } = await ok(admin, EXPIRE, {
      id: sevenA.id,
      lastDay: "2026-05-31T00:00:00Z",
      reason: "Test ruling: ends early",
    });
    expect(expireListExemption).toEqual({
      id: sevenA.id,
      code: "7(a)",
      validFrom: "2013-01-03",
      expiresAt: "2026-05-31",
      adoptedExpiresAt: "2027-06-30",
      expired: true,
      earlyExpiry: { lastDay: "2026-05-31", reason: "Test ruling: ends early" },
    });
    expect(await judge()).toEqual([
      expect.objectContaining({ cas: "7439-92-1", list: "ROHS", measuredPercent: 90 }),
    ]);
    // Only earlier: a later end is a renewal; before the first day is no day at all.
    for (const [lastDay, message] of [
      [
        "2026-06-30T00:00:00Z",
        "the exemption already ends on 2026-05-31; a later end is a renewal (a new exemption)",
      ],
      ["2013-01-02T00:00:00Z", "is before the exemption's first day 2013-01-03"],
    ]) {
      const refused = await app.exec(admin.token, EXPIRE, { id: sevenA.id, lastDay, reason: "x" });
      expect(errorCodes(refused)).toEqual(["BAD_USER_INPUT"]);
      expect(fieldsOf(refused)).toEqual([{ path: "lastDay", message }]);
    }
    const blank = await app.exec(admin.token, EXPIRE, {
      id: sevenA.id,
      lastDay: "2026-05-01T00:00:00Z",
      reason: " ",
    });
    expect(fieldsOf(blank)).toEqual([{ path: "reason", message: "must not be blank" }]);
    const [stored] = await app.dataSource.query(
      `SELECT to_char(expires_at, 'YYYY-MM-DD') AS e FROM list_exemption WHERE id = $1`,
      [sevenA.id],
    );
    expect(stored.e).toBe("2027-06-30");
    await expect(
      app.dataSource.query(`UPDATE list_exemption_expiry SET reason = 'y'`),
    ).rejects.toThrow(/append-only|refused/);
    const events = await app.dataSource.query(
      `SELECT action FROM audit_event WHERE entity_type = 'ListExemption' ORDER BY action`,
    );
    expect(events.map((e: any) => e.action)).toEqual([
      "listExemption.added",
      "listExemption.added",
      "listExemption.expired",
    ]);
  });

  it("lets only admins add or expire", async () => {
    for (const user of [auditor, supplierUser]) {
      expect(
        errorCodes(await app.exec(user.token, ADD, { input: exemption({ code: "97" }) })),
      ).toEqual(["FORBIDDEN"]);
      const expire = await app.exec(user.token, EXPIRE, {
        id: "00000000-0000-4000-8000-000000000000",
        lastDay: "2026-01-01T00:00:00Z",
        reason: "x",
      });
      expect(errorCodes(expire)).toEqual(["FORBIDDEN"]);
    }
  });
});
