import {
  launchBrowser,
  logIn,
  type PortalPage,
  type Session,
  withPage as withPageIn,
} from "./support/browser";
import { api, apiLogin, startBuiltPortal, type BuiltPortal } from "./support/portal";

/**
 * Recycled content in the browser: procurement imports an ERP purchase file whose dry run
 * reports a bad month on row 4 (nothing saved), fixes it and imports it; the demo supplier
 * (Sunrise, wafers) declares the silicon's recycled content with evidence; the auditor verifies
 * it; the dashboard shows the share, its lines and the target lines.
 *
 * Hand-computed: 1 000 + 1 500 + 500 kg of wafers, 90 % silicon: 2 700 kg of silicon, 15 % of
 * it recycled (10 % pre-, 5 % post-consumer): 405 kg. Declared, it counts at half (7.50 %);
 * verified, in full (15.00 %). Coverage 100 %.
 */

let portal: BuiltPortal;
let session: Session;

/** The months of the purchases: the three before the current one, in the rolling 12 months. */
const monthsAgo = (n: number) => {
  const now = new Date();
  const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - n, 1));
  return date.toISOString().slice(0, 7);
};
const [m3, m2, m1] = [monthsAgo(3), monthsAgo(2), monthsAgo(1)];
const header = "supplier;category;period;quantity_kg;reference";
const csv = (lines: string[]) => ({
  name: "erp-purchases.csv",
  mimeType: "text/csv",
  buffer: Buffer.from([header, ...lines].join("\r\n") + "\r\n"),
});
const GOOD_ROWS = [
  `Sunrise Polysilicon Co.;WAFER;${m3};1000;E2E-PO-1`,
  `Sunrise Polysilicon Co.;WAFER;${m2};1500;E2E-PO-2`,
];

beforeAll(async () => {
  portal = await startBuiltPortal();
  session = await launchBrowser();
  // The policy's silicon target, as an admin would add it: the chart draws it as a line.
  const admin = await apiLogin(portal.url, "admin@demo.esg");
  await api(
    portal.url,
    `mutation($input: RecycledContentTargetInput!) { setRecycledContentTarget(input: $input) { id } }`,
    {
      input: {
        element: "SI",
        source: "POLICY",
        share: 0.2,
        dueDate: "2030-12-31T00:00:00Z",
        note: "Recycled silicon in wafers",
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

const purchaseCount = async () => {
  const buyer = await apiLogin(portal.url, "buyer@demo.esg");
  const data = await api(portal.url, `query { purchases(first: 1) { totalCount } }`, {}, buyer);
  return data.purchases.totalCount as number;
};

describe("recycled content", () => {
  it("procurement's dry run names the bad row and saves nothing; the fixed file is imported", async () => {
    await withPage("t-recycled-import", async ({ page, shot }) => {
      await logIn(page, "buyer@demo.esg");
      await page.getByRole("link", { name: "Purchases", exact: true }).click();
      await page.getByRole("heading", { name: "Purchases", level: 1 }).waitFor();
      const form = page.getByRole("form", { name: "Import purchases" });

      await form
        .getByLabel("Purchase file")
        .setInputFiles(csv([...GOOD_ROWS, `Sunrise Polysilicon Co.;WAFER;2026-13;500;E2E-PO-3`]));
      await form.getByText("Uploaded erp-purchases.csv").waitFor();
      await form.getByRole("button", { name: "Check the file" }).click();
      const bad = form.getByTestId("import-report").locator('tr[data-row="4"]');
      await bad.getByText("period").waitFor();
      await bad.getByText('"2026-13" is not a month (YYYY-MM)').waitFor();
      await form.getByText("nothing was saved").waitFor();
      await expect(form.getByRole("button", { name: "Check the file" }).isDisabled()).resolves.toBe(
        true,
      );
      expect(await purchaseCount()).toBe(0);
      await shot("dry-run-problem", { fullPage: false });

      await form.getByRole("button", { name: "Choose another file" }).click();
      await form
        .getByLabel("Purchase file")
        .setInputFiles(csv([...GOOD_ROWS, `Sunrise Polysilicon Co.;WAFER;${m1};500;E2E-PO-3`]));
      await form.getByText("Uploaded erp-purchases.csv").waitFor();
      await form.getByRole("button", { name: "Check the file" }).click();
      await form.getByText("Checked 3 rows: no problems").waitFor();
      expect(await purchaseCount()).toBe(0);
      await form.getByRole("button", { name: "Import 3 rows" }).click();
      await form.getByText("Imported: 3 rows saved, 0 already saved (skipped).").waitFor();
      const list = page.getByTestId("purchases");
      await list.locator('tr[data-reference="E2E-PO-3"]').getByText(m1).waitFor();
      await expect(list.locator("tbody tr").count()).resolves.toBe(3);
      expect(await purchaseCount()).toBe(3);
      await shot("imported");
    });
  });

  it("the supplier declares the silicon's recycled content; it counts at half until verified", async () => {
    await withPage("u-recycled-declare", async ({ page, shot }) => {
      await logIn(page, "supplier@demo.esg");
      await page.getByRole("link", { name: "Recycled content" }).click();
      const form = page.getByRole("form", { name: "Declare recycled content" });
      await form.getByLabel("Material category").selectOption({ label: "Silicon wafer" });
      await form.getByLabel("Element", { exact: true }).selectOption("SI");
      await form.getByLabel("First month").fill(m3);
      await form.getByLabel("Last month").fill(m1);
      await form.getByLabel("Element in the goods (%)").fill("90");
      await form.getByLabel("Pre-consumer recycled (%)").fill("10");
      await form.getByLabel("Post-consumer recycled (%)").fill("5");
      await form.getByTestId("recycled-total").getByText("15.00 %").waitFor();
      await form.getByLabel("Method").selectOption("MASS_BALANCE");
      await form.getByLabel("Evidence title").fill("Mass balance certificate 2026");
      await form.getByLabel("Evidence URL").fill("https://cert.example/sunrise-si");
      await form.getByRole("button", { name: "Declare" }).click();
      await form.getByText("Declared.").waitFor();
      const row = page.getByTestId("recycled-declarations").locator("tbody tr").first();
      await row.getByText("Silicon (Si)").waitFor();
      await row.locator(".badge", { hasText: "DECLARED" }).waitFor();
      await row.getByTestId("counts-as").getByText("7.50 % (declared x 0.5)").waitFor();
      await row.getByRole("link", { name: "Mass balance certificate 2026" }).waitFor();
      await shot("declared");
    });
  });

  it("the auditor verifies it and the dashboard shows the share against the target line", async () => {
    await withPage("v-recycled-verify", async ({ page, shot }) => {
      await logIn(page, "auditor@demo.esg");
      await page.getByRole("link", { name: "Recycled content" }).click();
      const row = page.getByTestId("recycled-declarations").locator("tbody tr").first();
      await row.getByText("Sunrise Polysilicon Co.").waitFor();
      const verify = row.getByRole("form", { name: "Verify the declaration" });
      await verify.getByLabel("Verification note").fill("Certificate checked against invoices");
      await verify.getByRole("button", { name: "Verify" }).click();
      await row.locator(".badge", { hasText: "VERIFIED" }).waitFor();
      await row.getByText(/Certificate checked against invoices/).waitFor();
      await row.getByTestId("counts-as").getByText("15.00 % (verified)").waitFor();
      await shot("verified");
    });

    await withPage("w-recycled-dashboard", async ({ page, shot }) => {
      await logIn(page, "buyer@demo.esg");
      await page.getByRole("link", { name: "Recycled content" }).click();
      await page.getByRole("heading", { name: "Recycled content", level: 1 }).waitFor();
      await page.getByLabel("Element", { exact: true }).selectOption("SI");
      const tile = (label: string) =>
        page.getByTestId("recycled-tiles").locator(`[data-tile="${label}"] .tile-value`);
      await tile("Recycled share").getByText("15.00 %").waitFor();
      await expect(tile("Verified").textContent()).resolves.toBe("15.00 %");
      await expect(tile("Declared").textContent()).resolves.toBe("15.00 %");
      await expect(tile("Pre-consumer").textContent()).resolves.toBe("10.00 %");
      await expect(tile("Post-consumer").textContent()).resolves.toBe("5.00 %");
      await expect(tile("Coverage").textContent()).resolves.toBe("100.0 %");

      const chart = page.getByRole("figure", {
        name: "Monthly recycled share against the targets",
      });
      await chart.locator("svg").getByText("Policy 20 % by 2030-12-31").waitFor();
      const caption = (await chart.locator("figcaption").textContent()) ?? "";
      expect(caption).toContain(`${m2}: 15.00 %`);

      const targets = page.getByTestId("recycled-targets");
      await targets.getByText("Recycled silicon in wafers").waitFor();
      await targets.locator("tr[data-target-source=POLICY]").getByText("15.00 %").first().waitFor();

      const lines = page.getByTestId("recycled-lines");
      const line = lines.locator("tbody tr").first();
      await line.getByText("Sunrise Polysilicon Co.").waitFor();
      await line.getByText("3,000 kg").waitFor();
      await line.getByText("2,700.0 kg").waitFor();
      await expect(line.locator("td").nth(5).textContent()).resolves.toBe("405.0 kg");
      await expect(lines.getByTestId("recycled-total-share").textContent()).resolves.toBe(
        "15.000 %",
      );
      await shot("dashboard");
    });
  });
});
