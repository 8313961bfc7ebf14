import { randomBytes } from "node:crypto";
import { Role } from "../src/shared/domain/role.enum";
import { sweepUnattachedDocuments } from "../src/modules/document/document.service";
import { auditTeam, completedAudit, ok, OPS, startedAudit } from "./support/audit-fixtures";
import { docxBytes, download, exeBytes, pngBytes, sha256, upload } from "./support/documents";
import { makeSupplier, makeUser, type TestUser } from "./support/factories";
import { SAVE, START } from "./support/self-assessments";
import { createTestApp, type TestApp } from "./support/test-app";

const DOCUMENT = `query($id: ID!) { document(id: $id) { id filename title contentType size sha256
  uploadedBy { id } downloadUrl removable attachments { kind subjectId supplierId } } }`;
const REMOVE = `mutation($id: ID!) { removeDocument(id: $id) }`;
const FINDING = `mutation($auditId: ID!, $input: FindingInput!) { recordFinding(auditId: $auditId, input: $input) {
  id evidence { title documentId sha256 document { id filename sha256 size } } } }`;

async function counts(app: TestApp): Promise<{ documents: number; chunks: number }> {
  const [row] = await app.dataSource.query(
    `SELECT (SELECT count(*)::int FROM document) AS documents,
            (SELECT count(*)::int FROM document_chunk) AS chunks`,
  );
  return row;
}

describe("documents over HTTP", () => {
  let app: TestApp;
  let url: string;
  let team: Awaited<ReturnType<typeof auditTeam>>;
  let supplierId: string;
  let supplierUser: TestUser;
  let otherSupplierUser: TestUser;

  beforeAll(async () => {
    app = await createTestApp();
    url = `http://127.0.0.1:${await app.server.listen(0, "127.0.0.1")}`;
    team = await auditTeam(app);
    supplierId = (await makeSupplier(app)).id;
    supplierUser = await makeUser(app, Role.SUPPLIER, { supplierId });
    const other = await makeSupplier(app);
    otherSupplierUser = await makeUser(app, Role.SUPPLIER, { supplierId: other.id });
  });
  afterAll(() => app.close());

  it("round-trips a PNG byte-identical, with the hash, type and download headers", async () => {
    const png = pngBytes();
    const sent = await upload(url, supplierUser.token, png, "fire-exit.png", { title: "Exit" });
    expect(sent.status).toBe(201);
    expect(sent.body).toEqual({
      id: expect.any(String),
      filename: "fire-exit.png",
      contentType: "image/png",
      size: png.length,
      sha256: sha256(png),
      title: "Exit",
    });
    const back = await download(url, supplierUser.token, `/documents/${sent.body.id}`);
    expect(back.status).toBe(200);
    expect(sha256(back.bytes)).toBe(sha256(png));
    expect(back.bytes.equals(png)).toBe(true);
    expect(back.headers.get("content-type")).toBe("image/png");
    expect(back.headers.get("content-disposition")).toBe('attachment; filename="fire-exit.png"');
    expect(back.headers.get("x-content-type-options")).toBe("nosniff");
    expect(back.headers.get("etag")).toBe(`"${sha256(png)}"`);
    const again = await download(url, supplierUser.token, `/documents/${sent.body.id}`, {
      "if-none-match": `"${sha256(png)}"`,
    });
    expect(again.status).toBe(304);
  });

  it("stores a file over several chunks and streams it back whole", async () => {
    const pdf = Buffer.concat([
      Buffer.from("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "latin1"),
      randomBytes(700_000),
    ]);
    const sent = await upload(url, team.lead.token, pdf, "report.pdf", { chunked: true });
    expect(sent.status).toBe(201);
    expect(sent.body.contentType).toBe("application/pdf");
    const [{ n }] = await app.dataSource.query(
      `SELECT count(*)::int AS n FROM document_chunk WHERE document_id = $1`,
      [sent.body.id],
    );
    expect(n).toBe(3);
    const back = await download(url, team.lead.token, `/documents/${sent.body.id}`);
    expect(back.bytes.equals(pdf)).toBe(true);
    expect(back.headers.get("content-length")).toBe(String(pdf.length));
  });

  it("refuses 26 MB with 413 and keeps nothing, declared or streamed", async () => {
    const before = await counts(app);
    const big = Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(26 * 1024 * 1024, 7)]);
    const declared = await upload(url, supplierUser.token, big, "big.pdf");
    expect(declared.status).toBe(413);
    expect(declared.body.errors[0].extensions.code).toBe("PAYLOAD_TOO_LARGE");
    const streamed = await upload(url, supplierUser.token, big, "big.pdf", { chunked: true });
    expect(streamed.status).toBe(413);
    expect(streamed.body.errors[0].message).toMatch(/larger than 26214400 bytes/);
    expect(await counts(app)).toEqual(before);
  });

  it("reads the type from the content: a renamed executable is 415, DOCX and CSV pass", async () => {
    const before = await counts(app);
    const exe = await upload(url, supplierUser.token, exeBytes(), "certificate.pdf");
    expect(exe.status).toBe(415);
    expect(exe.body.errors[0].extensions.code).toBe("UNSUPPORTED_MEDIA_TYPE");
    expect(exe.body.errors[0].message).toMatch(/application\/x-msdownload.*allowed: PDF, PNG/);
    const elf = await upload(
      url,
      supplierUser.token,
      Buffer.from("\x7fELF\x02\x01\x01\x00\x00\x00", "latin1"),
      "x.png",
    );
    expect(elf.status).toBe(415);
    // Text up front and binary further in: refused once the binary part streams in.
    const sneaky = Buffer.concat([Buffer.from("a,b\n".repeat(30_000)), Buffer.from([0, 1, 2])]);
    expect((await upload(url, supplierUser.token, sneaky, "data.csv")).status).toBe(415);
    expect(await counts(app)).toEqual(before);

    const docx = await upload(url, supplierUser.token, docxBytes(), "policy.docx");
    expect(docx.body.contentType).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    const csv = await upload(
      url,
      supplierUser.token,
      Buffer.from("人数,工时\n12,48\n"),
      "工时.csv",
    );
    expect(csv.status).toBe(201);
    expect(csv.body.contentType).toBe("text/csv");
    expect(csv.body.filename).toBe("工时.csv");
    const back = await download(url, supplierUser.token, `/documents/${csv.body.id}`);
    expect(back.headers.get("content-disposition")).toContain(
      "filename*=UTF-8''%E5%B7%A5%E6%97%B6.csv",
    );
  });

  it("sanitises file names and refuses requests without a token or a file", async () => {
    const sent = await upload(url, supplierUser.token, pngBytes(), "..\\../etc/pass\u202ewd<>.png");
    expect(sent.body.filename).toBe("passwd_.png");
    expect((await upload(url, null, pngBytes(), "a.png")).status).toBe(401);
    const wrongField = await upload(url, supplierUser.token, pngBytes(), "a.png", { field: "doc" });
    expect(wrongField.status).toBe(400);
    expect(wrongField.body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
  });

  it("shows a document to its uploader and staff, never to another supplier", async () => {
    const sent = await upload(url, supplierUser.token, pngBytes(), "mine.png");
    const path = `/documents/${sent.body.id}`;
    expect((await download(url, otherSupplierUser.token, path)).status).toBe(404);
    expect((await download(url, null, path)).status).toBe(401);
    expect((await download(url, team.admin.token, path)).status).toBe(200);
    expect((await download(url, otherSupplierUser.token, "/documents/not-a-uuid")).status).toBe(
      404,
    );
    const seen = await app.exec(otherSupplierUser.token, DOCUMENT, { id: sent.body.id });
    expect(seen.errors).toBeUndefined();
    expect(seen.data?.document).toBeNull();
    const own = ok(await app.exec(supplierUser.token, DOCUMENT, { id: sent.body.id }));
    expect(own.document).toMatchObject({ filename: "mine.png", removable: true, attachments: [] });
  });

  it("links finding evidence, hides it from the supplier until completion, keeps it after", async () => {
    const photo = pngBytes(48, 24);
    const sent = await upload(url, team.lead.token, photo, "blocked-exit.png");
    const auditId = await startedAudit(app, team.plan(supplierId));
    const refused = await app.exec(team.lead.token, FINDING, {
      auditId,
      input: {
        area: "HEALTH_AND_SAFETY",
        severity: "MAJOR",
        likelihood: 4,
        impact: 4,
        description: "Fire exit blocked",
        evidence: [
          { title: "Photo", documentId: sent.body.id, sha256: "0".repeat(64) },
          { title: "Gone", documentId: "00000000-0000-4000-8000-000000000000" },
        ],
      },
    });
    expect(refused.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const paths = (refused.errors?.[0].extensions?.fields as { path: string }[]).map((f) => f.path);
    expect(paths.sort()).toEqual(["input.evidence.0.sha256", "input.evidence.1.documentId"]);
    const freeText = await app.exec(team.lead.token, FINDING, {
      auditId,
      input: {
        area: "HEALTH_AND_SAFETY",
        severity: "MINOR",
        likelihood: 1,
        impact: 1,
        description: "x",
        evidence: [{ title: "Free text", documentId: "DMS-7" }],
      },
    });
    expect(freeText.errors?.[0].extensions?.fields).toEqual([
      {
        path: "input.evidence.0.documentId",
        message: "must be the id of an uploaded document (POST /documents)",
      },
    ]);
    const other = await upload(url, otherSupplierUser.token, pngBytes(), "theirs.png");
    // The auditor may read the other supplier's upload, but linked here this supplier would too.
    const notTheirs = await app.exec(team.lead.token, FINDING, {
      auditId,
      input: {
        area: "HEALTH_AND_SAFETY",
        severity: "MINOR",
        likelihood: 1,
        impact: 1,
        description: "x",
        evidence: [{ title: "x", documentId: other.body.id }],
      },
    });
    expect(notTheirs.errors?.[0].extensions?.fields).toEqual([
      { path: "input.evidence.0.documentId", message: expect.stringMatching(/may read/) },
    ]);

    const recorded = ok(
      await app.exec(team.lead.token, FINDING, {
        auditId,
        input: {
          area: "HEALTH_AND_SAFETY",
          severity: "MAJOR",
          likelihood: 4,
          impact: 4,
          description: "Fire exit blocked",
          evidence: [{ title: "Photo of the exit", documentId: sent.body.id }],
        },
      }),
    );
    expect(recorded.recordFinding.evidence[0]).toEqual({
      title: "Photo of the exit",
      documentId: sent.body.id,
      sha256: sha256(photo),
      document: {
        id: sent.body.id,
        filename: "blocked-exit.png",
        sha256: sha256(photo),
        size: photo.length,
      },
    });
    const path = `/documents/${sent.body.id}`;
    expect((await download(url, supplierUser.token, path)).status).toBe(404);

    ok(
      await app.exec(team.lead.token, OPS.results, {
        auditId,
        results: team.checklist.items.map((i) => ({ itemId: i.id, result: "CONFORMS" })),
      }),
    );
    ok(await app.exec(team.lead.token, OPS.complete, { id: auditId }));
    const seen = await download(url, supplierUser.token, path);
    expect(seen.status).toBe(200);
    expect(seen.bytes.equals(photo)).toBe(true);
    expect((await download(url, otherSupplierUser.token, path)).status).toBe(404);

    const removal = await app.exec(team.lead.token, REMOVE, { id: sent.body.id });
    expect(removal.errors?.[0].extensions?.code).toBe("CONFLICT");
    expect(removal.errors?.[0].message).toMatch(/evidence on 1 record/);
    const viewed = ok(await app.exec(team.lead.token, DOCUMENT, { id: sent.body.id }));
    expect(viewed.document.removable).toBe(false);
    expect(viewed.document.attachments).toEqual([
      { kind: "FINDING", subjectId: recorded.recordFinding.id, supplierId },
    ]);
  });

  it("removes an unlinked upload for its uploader only, with an audit event", async () => {
    const sent = await upload(url, supplierUser.token, pngBytes(), "wrong-file.png");
    const byOther = await app.exec(otherSupplierUser.token, REMOVE, { id: sent.body.id });
    expect(byOther.errors?.[0].extensions?.code).toBe("NOT_FOUND");
    const byStaff = await app.exec(team.lead.token, REMOVE, { id: sent.body.id });
    expect(byStaff.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(
      ok(await app.exec(supplierUser.token, REMOVE, { id: sent.body.id })).removeDocument,
    ).toBe(true);
    expect((await download(url, supplierUser.token, `/documents/${sent.body.id}`)).status).toBe(
      404,
    );
    const [event] = await app.dataSource.query(
      `SELECT action, actor_id FROM audit_event WHERE entity_type = 'Document' AND entity_id = $1
        ORDER BY seq DESC LIMIT 1`,
      [sent.body.id],
    );
    expect(event).toEqual({ action: "document.removed", actor_id: supplierUser.user.id });
  });

  it("links questionnaire evidence while cited, and frees a document the answers drop", async () => {
    const [{ id: checklistId }] = await app.dataSource.query(
      `SELECT id FROM checklist WHERE status = 'PUBLISHED' ORDER BY version DESC LIMIT 1`,
    );
    const item = team.checklist.items.find((i) => i.answerType === "YES_NO");
    const saq = ok(
      await app.exec(supplierUser.token, START, { supplierId, checklistId }),
    ).startSelfAssessment;
    const first = await upload(url, supplierUser.token, pngBytes(), "permit.png");
    const second = await upload(url, supplierUser.token, pngBytes(8, 8), "permit-2.png");
    const save = (documentId: string, v: number) =>
      app.exec(supplierUser.token, SAVE, {
        id: saq.id,
        v,
        answers: [{ itemId: item!.id, choice: "YES", evidence: [{ title: "Permit", documentId }] }],
      });
    const saved = ok(await save(first.body.id, saq.version)).saveAnswers;
    const linked = ok(await app.exec(supplierUser.token, DOCUMENT, { id: first.body.id }));
    expect(linked.document.attachments).toEqual([
      { kind: "SELF_ASSESSMENT", subjectId: saq.id, supplierId },
    ]);
    ok(await save(second.body.id, saved.version));
    const dropped = ok(await app.exec(supplierUser.token, DOCUMENT, { id: first.body.id }));
    expect(dropped.document).toMatchObject({ attachments: [], removable: true });
    const [row] = await app.dataSource.query(
      `SELECT unattached_since FROM document WHERE id = $1`,
      [first.body.id],
    );
    expect(row.unattached_since).toEqual(app.clock.now());
  });

  it("sweeps uploads left unlinked past 24 hours, and only those", async () => {
    const start = app.clock.now();
    const orphan = await upload(url, supplierUser.token, pngBytes(), "orphan.png");
    const { auditId } = await completedAudit(app, { ...team.plan(supplierId), findings: [] });
    expect(auditId).toBeTruthy();
    const kept = await upload(url, team.lead.token, pngBytes(), "kept.png");
    const audit2 = await startedAudit(app, team.plan(supplierId));
    ok(
      await app.exec(team.lead.token, FINDING, {
        auditId: audit2,
        input: {
          area: "ENVIRONMENT",
          severity: "MINOR",
          likelihood: 2,
          impact: 2,
          description: "Drums unlabeled",
          evidence: [{ title: "Drums", documentId: kept.body.id }],
        },
      }),
    );

    const sweep = async () =>
      sweepUnattachedDocuments(await app.server.contextFor(null), app.config.documents);
    app.clock.set(new Date(start.getTime() + 23 * 3_600_000));
    await sweep();
    expect((await download(url, supplierUser.token, `/documents/${orphan.body.id}`)).status).toBe(
      200,
    );
    app.clock.set(new Date(start.getTime() + 25 * 3_600_000));
    expect(await sweep()).toBeGreaterThanOrEqual(1);
    expect((await download(url, supplierUser.token, `/documents/${orphan.body.id}`)).status).toBe(
      404,
    );
    const [{ n }] = await app.dataSource.query(
      `SELECT count(*)::int AS n FROM document_chunk WHERE document_id = $1`,
      [orphan.body.id],
    );
    expect(n).toBe(0);
    expect((await download(url, team.lead.token, `/documents/${kept.body.id}`)).status).toBe(200);
    app.clock.set(start);
  });
});

describe("document limits", () => {
  let app: TestApp;
  let url: string;

  beforeAll(async () => {
    app = await createTestApp({
      env: { DOCUMENT_UPLOADS_PER_HOUR: "3", DOCUMENT_MAX_BYTES: "300000" },
    });
    url = `http://127.0.0.1:${await app.server.listen(0, "127.0.0.1")}`;
  });
  afterAll(() => app.close());

  it("enforces DOCUMENT_MAX_BYTES while streaming and the hourly quota per user", async () => {
    const user = await makeUser(app, Role.AUDITOR);
    const over = Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(300_000)]);
    const refused = await upload(url, user.token, over, "over.pdf", { chunked: true });
    expect(refused.status).toBe(413);
    expect(await counts(app)).toEqual({ documents: 0, chunks: 0 });
    for (let i = 0; i < 3; i++)
      expect((await upload(url, user.token, pngBytes(), `${i}.png`)).status).toBe(201);
    const fourth = await upload(url, user.token, pngBytes(), "3.png");
    expect(fourth.status).toBe(429);
    expect(fourth.headers["retry-after"]).toBe("60");
    expect(fourth.body.errors[0].extensions.code).toBe("TOO_MANY_REQUESTS");
    const someoneElse = await makeUser(app, Role.AUDITOR);
    expect((await upload(url, someoneElse.token, pngBytes(), "a.png")).status).toBe(201);
    app.clock.advance(3_600_001);
    expect((await upload(url, user.token, pngBytes(), "4.png")).status).toBe(201);
  });
});
