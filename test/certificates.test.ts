import { Role } from "../src/shared/domain/role.enum";
import { addDays } from "../src/shared/time";
import { CERTIFICATE_EXPIRY_WARNING_DAYS } from "../src/modules/supplier/certificate-expiry";
import { MAX_CERTIFICATES_PER_SUPPLIER } from "../src/modules/supplier/certificate.limits";
import { makeSupplier, makeUser, type TestUser } from "./support/factories";
import { countQueries } from "./support/query-counter";
import { createTestApp, errorCodes, type GraphQLResult, type TestApp } from "./support/test-app";

const START = new Date("2026-06-01T09:00:00Z");

const FIELDS = `id kind type issuer number validFrom validUntil expired expiresSoon verified
  verifiedAt verifiedBy { id } verificationNote addedAt addedBy { id } document { id sha256 }`;
const ADD = `mutation($supplierId: ID!, $input: CertificateInput!) {
  addCertificate(supplierId: $supplierId, input: $input) { ${FIELDS} } }`;
const VERIFY = `mutation($id: ID!, $note: String) { verifyCertificate(id: $id, note: $note) { ${FIELDS} } }`;
const CERTIFICATES = `query($id: ID!) { supplier(id: $id) { certificates { ${FIELDS} } } }`;
const DOCUMENT = `query($id: ID!) { document(id: $id) { id sha256 } }`;

interface Upload {
  id: string;
  sha256: string;
}

function fieldsOf(result: GraphQLResult): { path: string; message: string }[] {
  return result.errors?.[0]?.extensions?.fields ?? [];
}

describe("supplier certificates", () => {
  let app: TestApp;
  let url: string;
  let admin: TestUser;
  let auditor: TestUser;
  let buyer: TestUser;
  let supplierId: string;
  let supplierUser: TestUser;
  let otherSupplierId: string;
  let otherSupplierUser: TestUser;

  beforeAll(async () => {
    app = await createTestApp({ now: START });
    url = `http://127.0.0.1:${await app.server.listen(0, "127.0.0.1")}`;
    admin = await makeUser(app, Role.ADMIN);
    auditor = await makeUser(app, Role.AUDITOR);
    buyer = await makeUser(app, Role.PROCUREMENT);
    supplierId = (await makeSupplier(app)).id;
    supplierUser = await makeUser(app, Role.SUPPLIER, { supplierId });
    otherSupplierId = (await makeSupplier(app)).id;
    otherSupplierUser = await makeUser(app, Role.SUPPLIER, { supplierId: otherSupplierId });
  });
  afterEach(() => app.clock.set(START));
  afterAll(() => app.close());

  const iso45001 = (overrides: Record<string, unknown> = {}) => ({
    kind: "ISO_45001",
    issuer: "  TÜV Rheinland  ",
    number: "OHS-2026-0042",
    validFrom: addDays(START, -30).toISOString(),
    validUntil: addDays(START, 365).toISOString(),
    ...overrides,
  });

  async function add(token: string, input: Record<string, unknown>, id = supplierId) {
    return app.exec(token, ADD, { supplierId: id, input });
  }

  async function added(token: string, input: Record<string, unknown>, id = supplierId) {
    const result = await add(token, input, id);
    expect(result.errors).toBeUndefined();
    return result.data!.addCertificate;
  }

  async function certificatesOf(id: string, token = admin.token) {
    const result = await app.exec(token, CERTIFICATES, { id });
    expect(result.errors).toBeUndefined();
    return result.data!.supplier.certificates as Record<string, any>[];
  }

  /** POST /documents, as the portal sends it. */
  async function upload(token: string, text: string): Promise<Upload> {
    const form = new FormData();
    form.append("file", new Blob([text], { type: "text/plain" }), "certificate.txt");
    const response = await fetch(`${url}/documents`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    expect(response.status).toBe(201);
    return (await response.json()) as Upload;
  }

  it("a supplier adds its own: self-declared, expiry computed against the clock", async () => {
    const certificate = await added(
      supplierUser.token,
      iso45001({ validUntil: addDays(START, 90).toISOString() }),
    );
    expect(certificate).toEqual({
      id: expect.any(String),
      kind: "ISO_45001",
      type: "ISO_45001",
      issuer: "TÜV Rheinland",
      number: "OHS-2026-0042",
      validFrom: addDays(START, -30),
      validUntil: addDays(START, 90),
      expired: false,
      expiresSoon: false,
      verified: false,
      verifiedAt: null,
      verifiedBy: null,
      verificationNote: null,
      addedAt: START,
      addedBy: { id: supplierUser.user.id },
      document: null,
    });
    const events = await app.dataSource.query(
      `SELECT action, actor_id FROM audit_event WHERE entity_type = 'Certificate' AND entity_id = $1`,
      [certificate.id],
    );
    expect(events).toEqual([{ action: "certificate.added", actor_id: supplierUser.user.id }]);

    const find = async () =>
      (await certificatesOf(supplierId, supplierUser.token)).find((c) => c.id === certificate.id)!;
    app.clock.advanceDays(90 - CERTIFICATE_EXPIRY_WARNING_DAYS - 1);
    expect(await find()).toMatchObject({ expired: false, expiresSoon: false });
    app.clock.advanceDays(2);
    expect(await find()).toMatchObject({ expired: false, expiresSoon: true });
    app.clock.set(addDays(START, 91));
    expect(await find()).toMatchObject({ expired: true, expiresSoon: false });
  });

  it("names an OTHER standard by otherType, and refuses OTHER without one", async () => {
    const other = await added(
      buyer.token,
      iso45001({ kind: "OTHER", otherType: " IATF 16949 ", number: null, validFrom: null }),
    );
    expect(other).toMatchObject({
      kind: "OTHER",
      type: "IATF 16949",
      number: null,
      validFrom: null,
      addedBy: { id: buyer.user.id },
    });

    const missing = await add(supplierUser.token, iso45001({ kind: "OTHER", otherType: "  " }));
    expect(errorCodes(missing)).toEqual(["BAD_USER_INPUT"]);
    expect(fieldsOf(missing)).toEqual([
      { path: "input.otherType", message: expect.stringContaining("required") },
    ]);
    const stray = await add(supplierUser.token, iso45001({ otherType: "IATF 16949" }));
    expect(errorCodes(stray)).toEqual(["BAD_USER_INPUT"]);
    expect(fieldsOf(stray).map((f) => f.path)).toEqual(["input.otherType"]);
  });

  it("refuses a validity that ends before it starts, a blank issuer, an overlong number", async () => {
    const before = await certificatesOf(supplierId);
    const backwards = await add(
      supplierUser.token,
      iso45001({ validFrom: START.toISOString(), validUntil: addDays(START, -1).toISOString() }),
    );
    expect(errorCodes(backwards)).toEqual(["BAD_USER_INPUT"]);
    expect(fieldsOf(backwards)).toEqual([
      { path: "input.validUntil", message: "must be after validFrom" },
    ]);
    const blank = await add(supplierUser.token, iso45001({ issuer: "   " }));
    expect(fieldsOf(blank).map((f) => f.path)).toEqual(["input.issuer"]);
    const long = await add(supplierUser.token, iso45001({ number: "9".repeat(101) }));
    expect(errorCodes(long)).toEqual(["BAD_USER_INPUT"]);
    expect(fieldsOf(long).map((f) => f.path)).toEqual(["input.number"]);
    expect(await certificatesOf(supplierId)).toEqual(before);
  });

  it("a supplier cannot add to another supplier: NOT_FOUND, nothing stored", async () => {
    const result = await add(supplierUser.token, iso45001(), otherSupplierId);
    expect(errorCodes(result)).toEqual(["NOT_FOUND"]);
    expect(result.errors![0].message).not.toContain("certificate");
    expect(await certificatesOf(otherSupplierId)).toEqual([]);
  });

  it("an auditor verifies, once; the supplier and procurement cannot", async () => {
    const { id } = await added(supplierUser.token, iso45001({ kind: "SA8000" }));

    const self = await app.exec(supplierUser.token, VERIFY, { id });
    expect(errorCodes(self)).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await app.exec(buyer.token, VERIFY, { id }))).toEqual(["FORBIDDEN"]);

    app.clock.advanceDays(3);
    const verified = await app.exec(auditor.token, VERIFY, {
      id,
      note: "  Checked against the SAAS register  ",
    });
    expect(verified.errors).toBeUndefined();
    expect(verified.data!.verifyCertificate).toMatchObject({
      id,
      verified: true,
      verifiedAt: addDays(START, 3),
      verifiedBy: { id: auditor.user.id },
      verificationNote: "Checked against the SAAS register",
      addedBy: { id: supplierUser.user.id },
    });

    const again = await app.exec(admin.token, VERIFY, { id });
    expect(errorCodes(again)).toEqual(["CONFLICT"]);
    expect(again.errors![0].extensions!.reason).toBe("INVALID_TRANSITION");
    const stored = (await certificatesOf(supplierId)).find((c) => c.id === id)!;
    expect(stored.verifiedBy).toEqual({ id: auditor.user.id });

    const events = await app.dataSource.query(
      `SELECT action FROM audit_event WHERE entity_type = 'Certificate' AND entity_id = $1
        ORDER BY seq`,
      [id],
    );
    expect(events).toEqual([{ action: "certificate.added" }, { action: "certificate.verified" }]);
  });

  it("an expired certificate cannot be verified; an unknown one is NOT_FOUND", async () => {
    const { id } = await added(
      supplierUser.token,
      iso45001({
        validFrom: addDays(START, -3 * 365).toISOString(),
        validUntil: addDays(START, -1).toISOString(),
      }),
    );
    const result = await app.exec(auditor.token, VERIFY, { id });
    expect(errorCodes(result)).toEqual(["CONFLICT"]);
    expect(result.errors![0].message).toContain("expired");
    const unknown = await app.exec(auditor.token, VERIFY, {
      id: "00000000-0000-4000-8000-000000000000",
    });
    expect(errorCodes(unknown)).toEqual(["NOT_FOUND"]);
  });

  it("an archived supplier takes no certificates and has none verified", async () => {
    const supplier = await makeSupplier(app);
    const { id } = await added(auditor.token, iso45001(), supplier.id);
    const archived = await app.exec(
      admin.token,
      `mutation($id: ID!) { archiveSupplier(id: $id) { archived } }`,
      { id: supplier.id },
    );
    expect(archived.errors).toBeUndefined();
    const addition = await add(admin.token, iso45001(), supplier.id);
    expect(errorCodes(addition)).toEqual(["CONFLICT"]);
    expect(errorCodes(await app.exec(auditor.token, VERIFY, { id }))).toEqual(["CONFLICT"]);
  });

  it(`holds at most ${MAX_CERTIFICATES_PER_SUPPLIER} certificates per supplier`, async () => {
    const supplier = await makeSupplier(app);
    await app.dataSource.query(
      `INSERT INTO certificate (supplier_id, kind, issuer, valid_until, added_by_id, added_at)
       SELECT $1, 'ISO_9001', 'Bulk issuer', $2::timestamptz - n * interval '1 day', $3, $4
         FROM generate_series(1, $5::int) AS n`,
      [supplier.id, addDays(START, 400), admin.user.id, START, MAX_CERTIFICATES_PER_SUPPLIER - 1],
    );
    await added(admin.token, iso45001(), supplier.id);
    const over = await add(admin.token, iso45001(), supplier.id);
    expect(errorCodes(over)).toEqual(["CONFLICT"]);
    expect(over.errors![0].message).toContain(`${MAX_CERTIFICATES_PER_SUPPLIER} certificates`);
  });

  describe("the certificate's document", () => {
    it("must be one the caller may read, and never another supplier's upload", async () => {
      const theirs = await upload(otherSupplierUser.token, "Other supplier's ISO 14001");
      const bySupplier = await add(supplierUser.token, iso45001({ documentId: theirs.id }));
      expect(errorCodes(bySupplier)).toEqual(["BAD_USER_INPUT"]);
      expect(fieldsOf(bySupplier)).toEqual([
        { path: "input.documentId", message: expect.stringContaining("POST /documents") },
      ]);
      // Staff read every upload, but linking this one would show it to our supplier.
      const byAuditor = await add(auditor.token, iso45001({ documentId: theirs.id }));
      expect(fieldsOf(byAuditor).map((f) => f.path)).toEqual(["input.documentId"]);
      const nowhere = await add(
        supplierUser.token,
        iso45001({ documentId: "00000000-0000-4000-8000-000000000000" }),
      );
      expect(fieldsOf(nowhere).map((f) => f.path)).toEqual(["input.documentId"]);
    });

    it("once linked, the supplier reads a staff upload through the certificate", async () => {
      const scan = await upload(auditor.token, "ISO 14001 certificate scan, register no. 4711");
      expect((await app.exec(supplierUser.token, DOCUMENT, { id: scan.id })).data!.document).toBe(
        null,
      );
      const certificate = await added(
        auditor.token,
        iso45001({ kind: "ISO_14001", documentId: scan.id.toUpperCase() }),
      );
      expect(certificate.document).toEqual({ id: scan.id, sha256: scan.sha256 });

      const read = await app.exec(supplierUser.token, DOCUMENT, { id: scan.id });
      expect(read.data!.document).toEqual({ id: scan.id, sha256: scan.sha256 });
      const listed = (await certificatesOf(supplierId, supplierUser.token)).find(
        (c) => c.id === certificate.id,
      )!;
      expect(listed.document).toEqual({ id: scan.id, sha256: scan.sha256 });
      // Another supplier's user still cannot.
      const other = await app.exec(otherSupplierUser.token, DOCUMENT, { id: scan.id });
      expect(other.data!.document).toBe(null);
      const [attachment] = await app.dataSource.query(
        `SELECT kind, subject_id, supplier_id FROM document_attachment WHERE document_id = $1`,
        [scan.id],
      );
      expect(attachment).toEqual({
        kind: "CERTIFICATE",
        subject_id: certificate.id,
        supplier_id: supplierId,
      });
      // Linked, the upload is a record's evidence: its uploader cannot remove it any more.
      const removal = await app.exec(
        auditor.token,
        `mutation($id: ID!) { removeDocument(id: $id) }`,
        {
          id: scan.id,
        },
      );
      expect(errorCodes(removal)).toEqual(["CONFLICT"]);
    });

    it("a supplier links its own upload", async () => {
      const scan = await upload(supplierUser.token, "Our ISO 50001 certificate");
      const certificate = await added(
        supplierUser.token,
        iso45001({ kind: "ISO_50001", documentId: scan.id }),
      );
      expect(certificate.document).toEqual({ id: scan.id, sha256: scan.sha256 });
    });
  });

  it("lists certificates latest valid-until first, in statements independent of their number", async () => {
    const supplier = await makeSupplier(app);
    for (const days of [100, 700, 20]) {
      await added(
        admin.token,
        iso45001({ validUntil: addDays(START, days).toISOString() }),
        supplier.id,
      );
    }
    const listed = await certificatesOf(supplier.id);
    expect(listed.map((c) => c.validUntil)).toEqual(
      [700, 100, 20].map((days) => addDays(START, days)),
    );
    expect(listed.map((c) => c.expiresSoon)).toEqual([false, false, true]);

    const LIST = `{ suppliers(first: 50) { edges { node { id certificates {
      id type addedBy { id } verifiedBy { id } document { sha256 } } } } } }`;
    const statements = async () => {
      const { result, count } = await countQueries(() => app.exec(admin.token, LIST));
      expect(result.errors).toBeUndefined();
      return count;
    };
    const before = await statements();
    // Three more suppliers with verified certificates and scans: no statement more.
    for (let i = 0; i < 3; i++) {
      const more = await makeSupplier(app);
      const scan = await upload(auditor.token, `Scan ${i}`);
      const { id } = await added(auditor.token, iso45001({ documentId: scan.id }), more.id);
      await added(admin.token, iso45001({ kind: "SSI" }), more.id);
      expect((await app.exec(auditor.token, VERIFY, { id })).errors).toBeUndefined();
    }
    expect(await statements()).toBe(before);
  });

  it("the database keeps certificates as records: no edit, no delete, one verification", async () => {
    const { id } = await added(admin.token, iso45001());
    await expect(
      app.dataSource.query(`UPDATE certificate SET issuer = 'Forged' WHERE id = $1`, [id]),
    ).rejects.toThrow(/certificate is a record/);
    await expect(
      app.dataSource.query(`DELETE FROM certificate WHERE id = $1`, [id]),
    ).rejects.toThrow(/certificate is a record/);
    await expect(
      app.dataSource.query(`UPDATE certificate SET valid_until = valid_from WHERE id = $1`, [id]),
    ).rejects.toThrow();
    expect((await app.exec(auditor.token, VERIFY, { id })).errors).toBeUndefined();
    await expect(
      app.dataSource.query(`UPDATE certificate SET verification_note = 'later' WHERE id = $1`, [
        id,
      ]),
    ).rejects.toThrow(/certificate is a record/);
  });
});
