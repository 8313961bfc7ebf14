import { Role } from "../src/shared/domain/role.enum";
import type { Supplier } from "../src/modules/supplier/supplier.entity";
import { Traceability } from "../src/shared/domain/sustainability.enums";
import { addMonths } from "../src/shared/time";
import { categoryId, makeSupplier, makeUser, recompute, type TestUser } from "./support/factories";
import { codesOf, post } from "./support/http-client";
import { createTestApp, errorCodes, type TestApp } from "./support/test-app";

const SUSTAINABILITY = `renewableElectricityShare thirdPartyVerifiedMaterialShare recycledContentShare
  traceability sourcesFromProtectedArea basis { attribute basis }`;
const SUPPLIER = `query($id: ID!) { supplier(id: $id) { id version status statusReasons
  materialCategories { code }
  sustainability { ${SUSTAINABILITY} } declaredSustainability { ${SUSTAINABILITY} }
  verifiedSustainability { ${SUSTAINABILITY} } sustainabilityVerifiedAt sustainabilityVerifiedUntil
  sustainabilityVerified sustainabilityVerifications { id note evidence { title url } verifiedBy { id } validUntil } } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $input: UpdateSupplierInput!) {
  updateSupplier(id: $id, expectedVersion: $v, input: $input) { id version } }`;
const VERIFY = `mutation($id: ID!, $input: SustainabilityInput!, $evidence: [EvidenceInput!]!, $note: String) {
  verifySustainability(supplierId: $id, input: $input, evidence: $evidence, note: $note) {
    id status sustainability { ${SUSTAINABILITY} } } }`;
const RANKING = `query($c: ID) { supplierRankings(first: 100, filter: { categoryId: $c }) {
  edges { node { rank priorityScore supplier { id } explanation { label points } } } } }`;

const EVIDENCE = [{ title: "Audit sampling of invoices", url: "https://evidence.example/inv.pdf" }];
const ALL_100 = {
  renewableElectricityShare: 100,
  thirdPartyVerifiedMaterialShare: 100,
  recycledContentShare: 100,
  traceability: "TO_ORIGIN",
  sourcesFromProtectedArea: false,
};

function basisOf(sustainability: { basis: { attribute: string; basis: string }[] }) {
  return Object.fromEntries(sustainability.basis.map((b) => [b.attribute, b.basis]));
}

describe("declared versus verified sustainability (SPEC 11)", () => {
  let app: TestApp;
  let admin: TestUser;
  let auditor: TestUser;
  let buyer: TestUser;
  let lithium: string;

  beforeAll(async () => {
    app = await createTestApp();
    admin = await makeUser(app, Role.ADMIN);
    auditor = await makeUser(app, Role.AUDITOR);
    buyer = await makeUser(app, Role.PROCUREMENT);
    lithium = await categoryId(app, "LITHIUM");
  });
  afterAll(() => app.close());

  async function declaredSupplier(overrides: Partial<Supplier> = {}) {
    const supplier = await makeSupplier(app, overrides, { verified: false });
    await app.dataSource.query("INSERT INTO supplier_category VALUES ($1, $2)", [
      supplier.id,
      lithium,
    ]);
    await recompute(app, supplier.id);
    const user = await makeUser(app, Role.SUPPLIER, { supplierId: supplier.id });
    return { supplier, user };
  }

  async function view(id: string, token = admin.token) {
    const result = await app.exec(token, SUPPLIER, { id });
    expect(result.errors).toBeUndefined();
    return result.data!.supplier;
  }

  async function rankingRows(supplierId: string) {
    return app.dataSource.query(
      `SELECT scope_id, priority_score FROM ranking_entry WHERE supplier_id = $1 ORDER BY scope_id`,
      [supplierId],
    ) as Promise<{ scope_id: string; priority_score: number }[]>;
  }

  describe("the self-unblocking attack, over HTTP", () => {
    let url: string;
    beforeAll(async () => {
      const port = await app.server.listen(0, "127.0.0.1");
      url = `http://127.0.0.1:${port}`;
    });

    it("a blocked supplier cannot unblock itself, re-categorise itself or raise its rank", async () => {
      const { supplier, user } = await declaredSupplier({
        declared: {
          renewableElectricityShare: 30,
          thirdPartyVerifiedMaterialShare: 10,
          recycledContentShare: 0,
          traceability: Traceability.NONE,
          sourcesFromProtectedArea: true,
        },
      });
      const before = await view(supplier.id);
      expect(before.status).toBe("BLOCKED");
      const rankingBefore = await rankingRows(supplier.id);
      const allCategories = (
        (await app.dataSource.query(`SELECT id FROM material_category`)) as { id: string }[]
      ).map((c) => c.id);
      expect(allCategories.length).toBeGreaterThanOrEqual(13);

      const attack = await post(
        url,
        UPDATE,
        {
          id: supplier.id,
          v: before.version,
          input: { sustainability: ALL_100, categoryIds: allCategories },
        },
        { token: user.token },
      );
      expect(codesOf(attack)).toEqual(["FORBIDDEN"]);
      expect(attack.body.errors![0].extensions.fields).toEqual([
        expect.objectContaining({ path: "input.categoryIds" }),
      ]);
      const afterAttack = await view(supplier.id);
      expect(afterAttack.version).toBe(before.version);
      expect(afterAttack.materialCategories).toEqual(before.materialCategories);
      expect(afterAttack.declaredSustainability).toEqual(before.declaredSustainability);
      expect(afterAttack.status).toBe("BLOCKED");
      expect(await rankingRows(supplier.id)).toEqual(rankingBefore);

      // Its own declaration it may change, but a declared `false` lifts nothing.
      const declared = await post(
        url,
        UPDATE,
        { id: supplier.id, v: before.version, input: { sustainability: ALL_100 } },
        { token: user.token },
      );
      expect(declared.body.errors).toBeUndefined();
      const after = await view(supplier.id);
      expect(after.declaredSustainability.sourcesFromProtectedArea).toBe(false);
      expect(after.sustainability.sourcesFromProtectedArea).toBe(true);
      expect(basisOf(after.sustainability).sourcesFromProtectedArea).toBe("DECLARED");
      expect(after.status).toBe("BLOCKED");
      const ranked = await post(url, RANKING, { c: lithium }, { token: buyer.token });
      expect(
        ranked.body.data.supplierRankings.edges.some(
          (e: { node: { supplier: { id: string } } }) => e.node.supplier.id === supplier.id,
        ),
      ).toBe(false);
    });

    it("a supplier's own declaration of 100 % everywhere counts at half, visibly", async () => {
      // Never audited (ESG 0, CONDITIONAL -10); factory declaration 50/50/10/TIER1, unverified:
      // 0.4 x (0.3 x 25 + 0.3 x 25 + 0.2 x 5 + 0.2 x 0) = 6.4, less 10: clamped to 0.
      const { supplier, user } = await declaredSupplier();
      expect((await rankingRows(supplier.id)).map((r) => r.priority_score)).toEqual([0, 0]);
      const v = (await view(supplier.id)).version;
      const declared = await post(
        url,
        UPDATE,
        { id: supplier.id, v, input: { sustainability: ALL_100 } },
        { token: user.token },
      );
      expect(declared.body.errors).toBeUndefined();
      // Declared 100/100/100 counts 50/50/50; the declared TO_ORIGIN counts not at all: the
      // score's traceability is computed from the supply-chain map (issue 18), and there is
      // none. 0.4 x (15 + 15 + 10 + 0) = 16, less 10 = 6.
      expect((await rankingRows(supplier.id)).map((r) => r.priority_score)).toEqual([6, 6]);
      const row = (
        await post(url, RANKING, { c: lithium }, { token: buyer.token })
      ).body.data.supplierRankings.edges.find(
        (e: { node: { supplier: { id: string } } }) => e.node.supplier.id === supplier.id,
      ).node;
      const labels = row.explanation.map((line: { label: string }) => line.label);
      expect(labels).toContain(
        "Renewable electricity 50 % (self-declared, not verified: 100 % x 0.5) x 0.3 x 0.4",
      );
      expect(labels).toContain(
        "Traceability none (0 points), no supply-chain map for LITHIUM x 0.2 x 0.4",
      );
      const sum = row.explanation.reduce((t: number, l: { points: number }) => t + l.points, 0);
      expect(sum).toBeCloseTo(row.priorityScore, 1);

      // Verified at 100 % the same supplier gets full credit for the shares; traceability still
      // needs a map: 0.4 x 80 - 10 = 22.
      const verified = await app.exec(auditor.token, VERIFY, {
        id: supplier.id,
        input: ALL_100,
        evidence: EVIDENCE,
      });
      expect(verified.errors).toBeUndefined();
      expect((await rankingRows(supplier.id)).map((r) => r.priority_score)).toEqual([22, 22]);
      expect(basisOf(verified.data!.verifySustainability.sustainability)).toEqual({
        renewableElectricityShare: "VERIFIED",
        thirdPartyVerifiedMaterialShare: "VERIFIED",
        recycledContentShare: "VERIFIED",
        traceability: "VERIFIED",
        sourcesFromProtectedArea: "VERIFIED",
      });
    });
  });

  describe("who writes what", () => {
    it("refuses buyer-owned fields from a supplier user, naming them, and saves nothing", async () => {
      const { supplier, user } = await declaredSupplier();
      const before = await view(supplier.id);
      const result = await app.exec(user.token, UPDATE, {
        id: supplier.id,
        v: before.version,
        input: {
          name: "Renamed by the supplier",
          country: "FR",
          registrationNumber: "X-1",
          contactEmail: "changed@supplier.example",
        },
      });
      expect(errorCodes(result)).toEqual(["FORBIDDEN"]);
      expect(result.errors![0].extensions!.fields.map((f: { path: string }) => f.path)).toEqual([
        "input.name",
        "input.registrationNumber",
        "input.country",
      ]);
      const [stored] = await app.dataSource.query(
        `SELECT name, country, contact_email, version FROM supplier WHERE id = $1`,
        [supplier.id],
      );
      expect(stored).toEqual({
        name: supplier.name,
        country: supplier.country,
        contact_email: supplier.contactEmail,
        version: before.version,
      });
    });

    it("lets the supplier keep its contact e-mail, sites and declaration", async () => {
      const { supplier, user } = await declaredSupplier();
      const result = await app.exec(user.token, UPDATE, {
        id: supplier.id,
        v: (await view(supplier.id)).version,
        input: {
          contactEmail: "esg-team@supplier.example",
          sites: [{ name: "Plant 2", country: "DE" }],
          sustainability: { renewableElectricityShare: 80 },
        },
      });
      expect(result.errors).toBeUndefined();
      const after = await view(supplier.id);
      expect(after.declaredSustainability.renewableElectricityShare).toBe(80);
      expect(after.sustainability.renewableElectricityShare).toBe(40);
    });

    it("lets procurement change master data but not the supplier's declaration", async () => {
      const { supplier } = await declaredSupplier();
      const glass = await categoryId(app, "GLASS");
      const v = (await view(supplier.id)).version;
      const master = await app.exec(buyer.token, UPDATE, {
        id: supplier.id,
        v,
        input: { name: "Renamed by procurement", categoryIds: [glass] },
      });
      expect(master.errors).toBeUndefined();
      expect((await view(supplier.id)).materialCategories).toEqual([{ code: "GLASS" }]);

      const declaration = await app.exec(buyer.token, UPDATE, {
        id: supplier.id,
        v: v + 1,
        input: { sustainability: { recycledContentShare: 90 } },
      });
      expect(errorCodes(declaration)).toEqual(["FORBIDDEN"]);
      expect(declaration.errors![0].extensions!.fields).toEqual([
        expect.objectContaining({ path: "input.sustainability" }),
      ]);
      expect((await view(supplier.id)).declaredSustainability.recycledContentShare).toBe(10);
    });
  });

  describe("verifySustainability", () => {
    it("keeps the verification with its evidence and history, and audits it", async () => {
      const { supplier } = await declaredSupplier();
      const first = await app.exec(auditor.token, VERIFY, {
        id: supplier.id,
        input: { ...ALL_100, recycledContentShare: 20 },
        evidence: EVIDENCE,
        note: "Checked on site",
      });
      expect(first.errors).toBeUndefined();
      app.clock.advance(60_000);
      await app.exec(admin.token, VERIFY, {
        id: supplier.id,
        input: { ...ALL_100, recycledContentShare: 25 },
        evidence: EVIDENCE,
      });
      app.clock.advance(-60_000);
      const seen = await view(supplier.id);
      expect(seen.verifiedSustainability.recycledContentShare).toBe(25);
      expect(seen.sustainability.recycledContentShare).toBe(25);
      expect(seen.declaredSustainability.recycledContentShare).toBe(10);
      expect(seen.sustainabilityVerified).toBe(true);
      expect(seen.sustainabilityVerifications).toHaveLength(2);
      expect(seen.sustainabilityVerifications[1]).toMatchObject({
        note: "Checked on site",
        evidence: EVIDENCE,
        verifiedBy: { id: auditor.user.id },
      });
      expect(new Date(seen.sustainabilityVerifiedUntil).toISOString()).toBe(
        addMonths(new Date(seen.sustainabilityVerifiedAt), 24).toISOString(),
      );
      const events = await app.dataSource.query(
        `SELECT actor_id FROM audit_event WHERE action = 'supplier.sustainability_verified' AND entity_id = $1`,
        [supplier.id],
      );
      expect(events).toHaveLength(2);
      // The supplier sees what was verified of it.
      const own = await makeUser(app, Role.SUPPLIER, { supplierId: supplier.id });
      expect((await view(supplier.id, own.token)).verifiedSustainability.recycledContentShare).toBe(
        25,
      );
    });

    it.each([
      ["no evidence", { evidence: [], note: null }, ["evidence"]],
      ["an over-long note", { note: "x".repeat(2001) }, ["note"]],
      [
        "an attribute left out",
        { input: { ...ALL_100, traceability: undefined } },
        ["input.traceability"],
      ],
      ["a share over 100", { input: { ...ALL_100, recycledContentShare: 101 } }, null],
    ])("refuses %s and saves nothing", async (_label, change, paths) => {
      const { supplier } = await declaredSupplier();
      const result = await app.exec(auditor.token, VERIFY, {
        id: supplier.id,
        input: ALL_100,
        evidence: EVIDENCE,
        ...change,
      });
      expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
      if (paths)
        expect(result.errors![0].extensions!.fields.map((f: { path: string }) => f.path)).toEqual(
          paths,
        );
      expect((await view(supplier.id)).verifiedSustainability).toBeNull();
    });

    it("answers NOT_FOUND for an unknown supplier", async () => {
      const result = await app.exec(auditor.token, VERIFY, {
        id: "00000000-0000-4000-8000-000000000000",
        input: ALL_100,
        evidence: EVIDENCE,
      });
      expect(errorCodes(result)).toEqual(["NOT_FOUND"]);
    });

    it("refuses edits of the history in the database itself", async () => {
      const { supplier } = await declaredSupplier();
      await app.exec(auditor.token, VERIFY, {
        id: supplier.id,
        input: ALL_100,
        evidence: EVIDENCE,
      });
      await expect(
        app.dataSource.query(
          `UPDATE sustainability_verification SET recycled_content_share = 0 WHERE supplier_id = $1`,
          [supplier.id],
        ),
      ).rejects.toThrow(/append-only/);
      await expect(
        app.dataSource.query(`DELETE FROM sustainability_verification WHERE supplier_id = $1`, [
          supplier.id,
        ]),
      ).rejects.toThrow(/append-only/);
    });

    it("lapses after 24 months: the declaration counts again, discounted", async () => {
      const { supplier } = await declaredSupplier();
      await app.exec(auditor.token, VERIFY, {
        id: supplier.id,
        input: ALL_100,
        evidence: EVIDENCE,
      });
      const [standing] = await app.dataSource.query(
        `SELECT next_change_at FROM supplier_standing WHERE supplier_id = $1`,
        [supplier.id],
      );
      const until = addMonths(app.clock.now(), 24);
      expect(new Date(standing.next_change_at).getTime()).toBeLessThanOrEqual(until.getTime());
      const start = app.clock.now();
      try {
        app.clock.set(new Date(until.getTime() - 1000));
        expect((await view(supplier.id)).sustainability.renewableElectricityShare).toBe(100);
        app.clock.set(until);
        const lapsed = await view(supplier.id);
        expect(lapsed.sustainabilityVerified).toBe(false);
        expect(lapsed.sustainability.renewableElectricityShare).toBe(25);
        expect(basisOf(lapsed.sustainability).renewableElectricityShare).toBe("DECLARED");
      } finally {
        app.clock.set(start);
      }
    });
  });

  describe("protected areas: any true blocks, only a verified false lifts", () => {
    const PROTECTED = { ...ALL_100, sourcesFromProtectedArea: true };
    const NOT_PROTECTED = { ...ALL_100, sourcesFromProtectedArea: false };

    async function declare(id: string, token: string, sourcesFromProtectedArea: boolean) {
      const result = await app.exec(token, UPDATE, {
        id,
        v: (await view(id)).version,
        input: { sustainability: { sourcesFromProtectedArea } },
      });
      expect(result.errors).toBeUndefined();
      return (await view(id)).status as string;
    }

    async function verify(id: string, values: typeof ALL_100) {
      app.clock.advance(1000);
      const result = await app.exec(auditor.token, VERIFY, {
        id,
        input: values,
        evidence: EVIDENCE,
      });
      expect(result.errors).toBeUndefined();
      return result.data!.verifySustainability.status as string;
    }

    it("follows the declaration and verification history", async () => {
      const { supplier, user } = await declaredSupplier();
      const id = supplier.id;
      expect((await view(id)).status).not.toBe("BLOCKED");
      app.clock.advance(1000);
      expect(await declare(id, user.token, true)).toBe("BLOCKED");
      app.clock.advance(1000);
      expect(await declare(id, user.token, false)).toBe("BLOCKED");
      expect(await verify(id, NOT_PROTECTED)).not.toBe("BLOCKED");
      app.clock.advance(1000);
      expect(await declare(id, user.token, true)).toBe("BLOCKED");
      expect(await verify(id, NOT_PROTECTED)).not.toBe("BLOCKED");
      // A verified `true` stays, whatever the supplier declares afterwards.
      expect(await verify(id, PROTECTED)).toBe("BLOCKED");
      app.clock.advance(1000);
      expect(await declare(id, user.token, false)).toBe("BLOCKED");
      expect(await verify(id, NOT_PROTECTED)).not.toBe("BLOCKED");
    });

    it("a lapsed lift leaves the supplier's own declaration of true standing", async () => {
      const { supplier, user } = await declaredSupplier();
      app.clock.advance(1000);
      expect(await declare(supplier.id, user.token, true)).toBe("BLOCKED");
      expect(await verify(supplier.id, NOT_PROTECTED)).not.toBe("BLOCKED");
      const start = app.clock.now();
      try {
        app.clock.set(addMonths(start, 25));
        await recompute(app, supplier.id);
        expect((await view(supplier.id)).status).toBe("BLOCKED");
      } finally {
        app.clock.set(start);
      }
    });
  });
});
