import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import { deflateSync } from "node:zlib";
import type { Download, Page } from "playwright-core";
import {
  launchBrowser,
  logIn,
  type PortalPage,
  type Session,
  withPage as withPageIn,
} from "./support/browser";
import { api, apiLogin, startBuiltPortal, type BuiltPortal } from "./support/portal";

/**
 * Evidence documents and audit reports in the browser: the auditor uploads a PNG as a finding's
 * evidence, the finding shows it and downloading it gives back the same bytes; a file type the
 * portal refuses is refused in words; the completed audit shows its results read-only and its
 * PDF report downloads; the supplier sees the evidence and the report, and adds a certificate
 * with a scan that the auditor verifies; the documents page lists, links and removes uploads.
 */

let portal: BuiltPortal;
let session: Session;
let cellvolt = "";
let auditId = "";

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A valid RGB PNG of `size` x `size` pixels, from `pixel(x, y)` or random noise. */
function png(size: number, pixel?: (x: number, y: number) => [number, number, number]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  const rows = pixel
    ? Buffer.concat(
        Array.from({ length: size }, (_, y) =>
          Buffer.from([0, ...Array.from({ length: size }, (_, x) => pixel(x, y)).flat()]),
        ),
      )
    : Buffer.concat(
        Array.from({ length: size }, () =>
          Buffer.concat([Buffer.from([0]), randomBytes(size * 3)]),
        ),
      );
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows, { level: pixel ? 9 : 0 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

/** Clicks `click`, waits for the browser's download and returns its bytes and name. */
async function downloaded(page: Page, click: () => Promise<void>) {
  const [download] = await Promise.all([
    page.waitForEvent("download") as Promise<Download>,
    click(),
  ]);
  const file = await download.path();
  return { bytes: fs.readFileSync(file), name: download.suggestedFilename() };
}

// A 16 x 16 gradient: a real image, small enough to read in the test.
const EXIT_PHOTO = png(16, (x, y) => [x * 16, y * 16, 128]);

beforeAll(async () => {
  portal = await startBuiltPortal();
  session = await launchBrowser();
  const admin = await apiLogin(portal.url, "admin@demo.esg");
  const suppliers = await api(
    portal.url,
    `query { suppliers(first: 100) { edges { node { id name } } } }`,
    {},
    admin,
  );
  cellvolt = suppliers.suppliers.edges.find((e: any) => e.node.name.startsWith("CellVolt")).node
    .id as string;
  const audits = await api(
    portal.url,
    `query($s: ID!) { audits(filter: { supplierId: $s, status: PLANNED }) { edges { node { id } } } }`,
    { s: cellvolt },
    admin,
  );
  auditId = audits.audits.edges[0].node.id as string;
  await api(
    portal.url,
    `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
    {
      input: {
        email: "cellvolt@demo.esg",
        name: "Clara Volt (CellVolt)",
        password: "demo-password-1",
        role: "SUPPLIER",
        supplierId: cellvolt,
      },
    },
    admin,
  );
}, 120_000);

afterAll(async () => {
  await session?.close();
  await portal?.stop();
});

const withPage = (prefix: string, run: (p: PortalPage) => Promise<void>) =>
  withPageIn(session, portal.url, prefix, run);

describe("evidence documents and audit reports", () => {
  it("an auditor attaches a PNG to a finding, downloads it unchanged, completes the audit and downloads the report", async () => {
    await withPage("m-auditor-evidence", async ({ page, shot }) => {
      await logIn(page, "auditor@demo.esg");
      await page.goto(`/audits/${auditId}`);
      await page.getByRole("button", { name: "Start audit" }).click();
      await page
        .getByRole("button", { name: "Mark every item without a result as conforming" })
        .click();
      await page.getByRole("button", { name: /^Yes, mark 40 item/ }).click();
      await page.locator('li[data-code="HS-03"]').getByLabel("Non-conforms").check();
      await page.getByLabel("Note on HS-03").fill("Exits of the cathode hall blocked");
      await page.getByRole("button", { name: /^Save 40 result/ }).click();
      await page.getByText("Results saved.").waitFor();

      const form = page.locator("form", {
        has: page.getByRole("heading", { name: "Record a finding" }),
      });
      await form.getByLabel("Area").selectOption("HEALTH_AND_SAFETY");
      await form.getByLabel("Severity").selectOption("MAJOR");
      await form
        .getByLabel("Description")
        .fill("Emergency exits of the cathode hall blocked by pallets.");
      await form.getByLabel("Evidence title").fill("Photo of the blocked exit");

      // A file the portal does not take is refused with the server's reason, under the input.
      await form.getByLabel("Or upload a file").setInputFiles({
        name: "tool.exe",
        mimeType: "application/octet-stream",
        buffer: Buffer.concat([Buffer.from("MZ"), randomBytes(512)]),
      });
      const refusal = form.locator(".upload .field-error[role=alert]");
      await refusal.waitFor();
      expect((await refusal.textContent())?.trim()).not.toBe("");
      await shot("type-refused", { fullPage: false });

      await form.getByLabel("Or upload a file").setInputFiles({
        name: "blocked-exit.png",
        mimeType: "image/png",
        buffer: EXIT_PHOTO,
      });
      await form.getByText("Uploaded blocked-exit.png").waitFor();
      await expect(form.getByLabel("Evidence URL").isDisabled()).resolves.toBe(true);
      await shot("uploaded", { fullPage: false });
      await form.getByRole("button", { name: "Record finding" }).click();
      await page.getByText("Finding recorded.").waitFor();

      const finding = page.locator('li.finding[data-severity="MAJOR"]');
      await finding.getByText("Photo of the blocked exit").waitFor();
      await finding.locator(".document-name", { hasText: "blocked-exit.png" }).waitFor();
      await finding.getByText(`(${EXIT_PHOTO.length} B)`).waitFor();
      const photo = await downloaded(page, () =>
        finding.getByRole("button", { name: "Download blocked-exit.png" }).click(),
      );
      expect(photo.name).toBe("blocked-exit.png");
      expect(sha256(photo.bytes)).toBe(sha256(EXIT_PHOTO));
      await shot("finding-with-evidence");

      await page.getByRole("button", { name: "Complete audit" }).click();
      await page.getByRole("button", { name: "Yes, complete the audit" }).click();
      await page.locator(".page-head .badge", { hasText: "COMPLETED" }).waitFor();
      // The results stay visible, read-only, by area in checklist order with their notes.
      const results = page.getByTestId("audit-results");
      await results.getByText("40 of 40 items have a result.").waitFor();
      const hs03 = results.locator('tr[data-code="HS-03"]');
      await expect(hs03.getAttribute("data-result")).resolves.toBe("NONCONFORMS");
      await hs03.getByText("Exits of the cathode hall blocked").waitFor();
      const areas = await results.locator("section.result-area h3").allTextContents();
      expect(areas).toHaveLength(9);
      expect(areas[0]).toBe("Management system");
      await expect(results.locator("input, select, textarea").count()).resolves.toBe(0);

      const report = await downloaded(page, () =>
        page.getByRole("button", { name: "Download report (PDF)" }).click(),
      );
      expect(report.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      expect(report.name).toMatch(/\.pdf$/);
      await shot("completed-with-results");
    });
  });

  it("the supplier sees the evidence and downloads the report of its completed audit", async () => {
    await withPage("n-supplier-report", async ({ page, shot }) => {
      await logIn(page, "cellvolt@demo.esg");
      await page.goto(`/audits/${auditId}`);
      const finding = page.locator('li.finding[data-severity="MAJOR"]');
      const photo = await downloaded(page, () =>
        finding.getByRole("button", { name: "Download blocked-exit.png" }).click(),
      );
      expect(sha256(photo.bytes)).toBe(sha256(EXIT_PHOTO));
      const report = await downloaded(page, () =>
        page.getByRole("button", { name: "Download report (PDF)" }).click(),
      );
      expect(report.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      await shot("supplier-audit");

      await page.getByRole("link", { name: "Documents", exact: true }).click();
      const row = page.locator("tr", { hasText: "blocked-exit.png" });
      await row.getByRole("link", { name: /Finding in the audit of CellVolt/ }).waitFor();
      await expect(
        row.getByRole("button", { name: "Remove blocked-exit.png" }).count(),
      ).resolves.toBe(0);
      await shot("supplier-documents");
    });
  });

  it("the supplier adds a certificate with its scan and the auditor verifies it", async () => {
    const scan = png(24, (x, y) => [255 - x * 8, 200, y * 8]);
    await withPage("o-certificates", async ({ page, shot }) => {
      await logIn(page, "cellvolt@demo.esg");
      await page.goto(`/suppliers/${cellvolt}`);
      const form = page.getByRole("form", { name: "Add a certificate" });
      await form.getByLabel("Standard").selectOption("ISO_45001");
      await form.getByLabel("Issuer (certification body)").fill("TÜV Nord");
      await form.getByLabel("Certificate number (optional)").fill("44 100 26 0042");
      const until = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
      await form.getByLabel("Valid until").fill(until);
      await form
        .getByLabel("Certificate scan (optional)")
        .setInputFiles({ name: "iso45001.png", mimeType: "image/png", buffer: scan });
      await form.getByText("Scan uploaded: iso45001.png").waitFor();
      await form.getByRole("button", { name: "Add certificate" }).click();
      await form.getByText("Certificate added.").waitFor();
      const certificate = page.locator('li.certificate[data-kind="ISO_45001"]');
      await certificate.locator(".badge", { hasText: "EXPIRES SOON" }).waitFor();
      await certificate.locator(".badge", { hasText: "NOT VERIFIED" }).waitFor();
      await expect(certificate.getByRole("button", { name: "Verify" }).count()).resolves.toBe(0);
      await shot("certificate-added");
    });

    await withPage("o2-certificate-verified", async ({ page, shot }) => {
      await logIn(page, "auditor@demo.esg");
      await page.goto(`/suppliers/${cellvolt}`);
      const certificate = page.locator('li.certificate[data-kind="ISO_45001"]');
      const file = await downloaded(page, () =>
        certificate.getByRole("button", { name: "Download iso45001.png" }).click(),
      );
      expect(sha256(file.bytes)).toBe(sha256(scan));
      await certificate
        .getByLabel("Verification note (optional)")
        .fill("Checked on the IAF database");
      await certificate.getByRole("button", { name: "Verify" }).click();
      await certificate.locator(".badge", { hasText: /^VERIFIED$/ }).waitFor();
      await certificate.getByText(/Checked on the IAF database/).waitFor();
      await shot("certificate-verified");
    });
  });

  it("the documents page shows the upload progress, lists the records and removes an unlinked upload", async () => {
    await withPage("p-documents-page", async ({ page, context, shot }) => {
      await logIn(page, "auditor@demo.esg");
      await page.getByRole("link", { name: "Documents", exact: true }).click();
      await page.getByRole("heading", { name: "Upload a document" }).waitFor();
      const linked = page.locator("tr", { hasText: "blocked-exit.png" });
      await linked.getByRole("link", { name: /Finding in the audit of CellVolt/ }).waitFor();
      await expect(
        linked.getByRole("button", { name: "Remove blocked-exit.png" }).count(),
      ).resolves.toBe(0);

      // A slow connection, so the progress bar is seen moving.
      const cdp = await context.newCDPSession(page);
      await cdp.send("Network.enable");
      await cdp.send("Network.emulateNetworkConditions", {
        offline: false,
        latency: 20,
        downloadThroughput: -1,
        uploadThroughput: 400 * 1024,
      });
      const big = png(600);
      await page.getByLabel("Document title (optional)").fill("Site photos, hall 2");
      await page
        .getByLabel("File to upload")
        .setInputFiles({ name: "site-photos.png", mimeType: "image/png", buffer: big });
      const bar = page.getByRole("progressbar", { name: "Uploading site-photos.png" });
      await bar.waitFor();
      await shot("uploading", { fullPage: false });
      await page.getByText("Uploaded site-photos.png").waitFor({ timeout: 30_000 });
      await cdp.send("Network.emulateNetworkConditions", {
        offline: false,
        latency: 0,
        downloadThroughput: -1,
        uploadThroughput: -1,
      });
      const row = page.locator("tr", { hasText: "site-photos.png" });
      await row.getByText("Not linked yet").waitFor();
      await row.getByText("Site photos, hall 2").waitFor();
      await shot("listed");
      await row.getByRole("button", { name: "Remove site-photos.png" }).click();
      await page.getByText("Removed site-photos.png.").waitFor();
      await page.locator("tr", { hasText: "site-photos.png" }).waitFor({ state: "detached" });
      // The client route survives a reload (GET /documents/:id is the API, /documents the page).
      await page.reload();
      await page.getByRole("heading", { name: "Documents", level: 1 }).waitFor();
      await shot("after-remove");
    });
  });
});
