import {
  launchBrowser,
  logIn,
  type PortalPage,
  type Session,
  withPage as withPageIn,
} from "./support/browser";
import { api, apiLogin, startBuiltPortal, type BuiltPortal } from "./support/portal";

/**
 * Third-party results in the browser (issue 19): an auditor enters an EcoVadis scorecard for a
 * supplier without audits, with its report; a score out of range is refused next to its field;
 * the supplier's score then comes from it at 85 %, area by area; procurement sees it without
 * the form; the auditor withdraws it with a reason and the score is gone again.
 */

let portal: BuiltPortal;
let session: Session;
let supplierId = "";

const SCORE = `query($id: ID!) { supplier(id: $id) { score { overall areas { area source } } } }`;

beforeAll(async () => {
  portal = await startBuiltPortal();
  session = await launchBrowser();
  const admin = await apiLogin(portal.url, "admin@demo.esg");
  const created = await api(
    portal.url,
    `mutation($input: CreateSupplierInput!) { createSupplier(input: $input) { id } }`,
    {
      input: {
        name: "Lumen Wafer Works",
        country: "MY",
        contactEmail: "esg@lumen-wafer.example",
      },
    },
    admin,
  );
  supplierId = created.createSupplier.id as string;
}, 120_000);

afterAll(async () => {
  await session?.close();
  await portal?.stop();
});

const withPage = (
  prefix: string,
  run: (p: PortalPage) => Promise<void>,
  viewport?: { width: number; height: number },
) => withPageIn(session, portal.url, prefix, run, viewport);

describe("third-party assessment results", () => {
  it("an auditor enters an EcoVadis result and the score counts it at 85 %", async () => {
    await withPage("t-auditor-enters", async ({ page, shot }) => {
      await logIn(page, "auditor@demo.esg");
      await page.goto(`/suppliers/${supplierId}`);
      const panel = page.getByTestId("third-party-panel");
      await panel.getByText("No third-party results recorded.").waitFor();
      const form = panel.getByRole("form", { name: "Enter a third-party result" });
      await form.getByLabel("Scheme", { exact: true }).selectOption("ECOVADIS");
      await form.getByLabel("Assessment day").fill("2026-03-01");
      await form.getByLabel("Report or audit number (optional)").fill("EV-2026-0042");
      await form.getByLabel("Overall score (0-100)").fill("150");
      await form.getByLabel("Environment theme (optional)").fill("70");
      await form.getByLabel("Labor & Human Rights theme (optional)").fill("60");
      await form.getByLabel("Ethics theme (optional)").fill("50");
      await form.getByLabel("The scheme's report").setInputFiles({
        name: "ecovadis-scorecard.pdf",
        mimeType: "application/pdf",
        buffer: Buffer.from("%PDF-1.4\n% EcoVadis scorecard\n"),
      });
      await form.getByText("Report uploaded:").waitFor();
      await form.getByRole("button", { name: "Record result" }).click();
      // 150 is out of range: refused next to the field, nothing recorded.
      await form.locator(".field-error").first().waitFor();
      await shot("out-of-range", { fullPage: false });

      await form.getByLabel("Overall score (0-100)").fill("62");
      await form.getByRole("button", { name: "Record result" }).click();
      await form.getByText("Result recorded; the score is recomputed.").waitFor();
      const entry = panel.locator('[data-scheme="ECOVADIS"]');
      await entry.getByText("COUNTS").waitFor();
      await entry.getByText("EcoVadis Ethics theme 50").waitFor();
      await entry.getByRole("button", { name: "Download ecovadis-scorecard.pdf" }).waitFor();
      await page.getByText("third-party assessment, counted at 85 %").first().waitFor();
      await shot("recorded");
    });

    const buyer = await apiLogin(portal.url, "buyer@demo.esg");
    const scored = await api(portal.url, SCORE, { id: supplierId }, buyer);
    expect(scored.supplier.score.overall).toBe(51.16);
    expect(new Set(scored.supplier.score.areas.map((a: any) => a.source))).toEqual(
      new Set(["THIRD_PARTY"]),
    );

    await withPage(
      "t-procurement-phone",
      async ({ page, shot }) => {
        await logIn(page, "buyer@demo.esg");
        await page.goto(`/suppliers/${supplierId}`);
        const panel = page.getByTestId("third-party-panel");
        await panel.locator('[data-scheme="ECOVADIS"]').getByText("COUNTS").waitFor();
        await expect(
          panel.getByRole("form", { name: "Enter a third-party result" }).count(),
        ).resolves.toBe(0);
        // Nothing wider than the phone's screen.
        const overflow = await page.evaluate<number>(
          "document.documentElement.scrollWidth - document.documentElement.clientWidth",
        );
        expect(overflow).toBe(0);
        await panel.scrollIntoViewIfNeeded();
        await shot("phone");
      },
      { width: 390, height: 844 },
    );
  });

  it("the auditor withdraws a wrong result with a reason; it stops counting", async () => {
    await withPage("t-auditor-withdraws", async ({ page, shot }) => {
      await logIn(page, "auditor@demo.esg");
      await page.goto(`/suppliers/${supplierId}`);
      const entry = page.getByTestId("third-party-panel").locator('[data-scheme="ECOVADIS"]');
      await entry
        .getByLabel("Why withdraw it (at least 10 characters)")
        .fill("Scorecard of the parent company, not of this site");
      await entry.getByRole("button", { name: /^Withdraw the EcoVadis result/ }).click();
      await entry.getByRole("button", { name: "Yes, withdraw" }).click();
      await entry.getByText("WITHDRAWN", { exact: true }).waitFor();
      await entry
        .getByText(/Scorecard of the parent company/)
        .first()
        .waitFor();
      await shot("withdrawn");
    });
    const admin = await apiLogin(portal.url, "admin@demo.esg");
    const after = await api(portal.url, SCORE, { id: supplierId }, admin);
    expect(after.supplier.score).toBeNull();
  });
});
