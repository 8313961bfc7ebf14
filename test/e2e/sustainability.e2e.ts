import {
  launchBrowser,
  logIn,
  type PortalPage,
  type Session,
  withPage as withPageIn,
} from "./support/browser";
import { api, apiLogin, startBuiltPortal, type BuiltPortal } from "./support/portal";

/**
 * Declared versus verified sustainability in the browser: procurement sees Sunrise's
 * declaration counted at half; the auditor verifies it with evidence (a verification without
 * evidence is refused next to the field); procurement then sees the verified values count in
 * full and a higher priority; the blocked Andes supplier's page says why it stays blocked.
 */

let portal: BuiltPortal;
let session: Session;
let sunrise = "";
let andes = "";

const PRIORITY = `query($id: ID!) { supplierRankings(first: 100) { edges { node { priorityScore supplier { id } } } }
  supplier(id: $id) { sustainability { basis { attribute basis } } } }`;

async function priorityOf(token: string, id: string): Promise<number> {
  const data = await api(portal.url, PRIORITY, { id }, token);
  return data.supplierRankings.edges.find((e: any) => e.node.supplier.id === id).node
    .priorityScore as number;
}

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
  const byName = (prefix: string) =>
    suppliers.suppliers.edges.find((e: any) => e.node.name.startsWith(prefix)).node.id as string;
  sunrise = byName("Sunrise");
  andes = byName("Andes");
}, 120_000);

afterAll(async () => {
  await session?.close();
  await portal?.stop();
});

const withPage = (prefix: string, run: (p: PortalPage) => Promise<void>) =>
  withPageIn(session, portal.url, prefix, run);

describe("declared versus verified sustainability", () => {
  it("an auditor verifies a declaration with evidence and procurement sees it count in full", async () => {
    const buyer = await apiLogin(portal.url, "buyer@demo.esg");
    const before = await priorityOf(buyer, sunrise);

    await withPage("k-procurement-declared", async ({ page, shot }) => {
      await logIn(page, "buyer@demo.esg");
      await page.goto(`/suppliers/${sunrise}`);
      const panel = page.getByTestId("sustainability-panel");
      await panel.getByText(/^Not verified: /).waitFor();
      // Declared 45 % renewable counts 22.5 %.
      const renewable = panel.locator('[data-attribute="renewableElectricityShare"]');
      await renewable.getByText("22.5 %").waitFor();
      await renewable.getByText("self-declared, not verified").waitFor();
      await expect(page.getByRole("button", { name: "Record verification" }).count()).resolves.toBe(
        0,
      );
      await shot("declared");
    });

    await withPage("k-auditor-verifies", async ({ page, shot }) => {
      await logIn(page, "auditor@demo.esg");
      await page.goto(`/suppliers/${sunrise}`);
      const form = page.getByRole("form", { name: "Verify sustainability" });
      await form.getByLabel("Verified renewable electricity share (%)").fill("40");
      await form.getByRole("button", { name: "Record verification" }).click();
      await form.locator(".field-error").first().waitFor();
      await shot("evidence-missing", { fullPage: false });
      await form.getByLabel("Evidence title").fill("Green electricity contract 2026");
      await form.getByLabel("Evidence URL").fill("https://evidence.example/sunrise/ppa.pdf");
      await form.getByLabel("Note").fill("PPA covers 40 % of consumption, not 45 %.");
      await form.getByRole("button", { name: "Record verification" }).click();
      await form.getByText("Verification recorded.").waitFor();
      const renewable = page.locator('[data-attribute="renewableElectricityShare"]');
      await renewable.getByText("verified", { exact: true }).waitFor();
      await page.getByText("Verification history (1)").click();
      await page.getByText("PPA covers 40 % of consumption").waitFor();
      await shot("verified");
    });

    const after = await priorityOf(buyer, sunrise);
    expect(after).toBeGreaterThan(before);

    await withPage("k-procurement-verified", async ({ page, shot }) => {
      await logIn(page, "buyer@demo.esg");
      await page.goto(`/suppliers/${sunrise}`);
      const panel = page.getByTestId("sustainability-panel");
      // The verification line, not the basis badges that also start with "Verified".
      await panel.getByText(/^Verified \d{4}-\d{2}-\d{2}, valid until /).waitFor();
      await panel
        .locator('[data-attribute="renewableElectricityShare"]')
        .getByText("40 %")
        .first()
        .waitFor();
      await shot("verified");
    });
  });

  it("the blocked supplier's own page shows the block stays until a verification lifts it", async () => {
    const admin = await apiLogin(portal.url, "admin@demo.esg");
    await api(
      portal.url,
      `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      {
        input: {
          email: "andes@demo.esg",
          name: "Ana Andes",
          password: "demo-password-1",
          role: "SUPPLIER",
          supplierId: andes,
        },
      },
      admin,
    );
    await withPage("l-blocked-supplier", async ({ page, shot }) => {
      await logIn(page, "andes@demo.esg");
      await page.goto(`/suppliers/${andes}`);
      await page.getByRole("heading", { name: "Profile and sites" }).waitFor();
      await page
        .getByLabel("Raw materials from a protected biodiversity area")
        .selectOption("false");
      await page.getByRole("button", { name: "Save profile" }).click();
      await page.getByText("Profile saved.").waitFor();
      await page.reload();
      const row = page.locator('[data-attribute="sourcesFromProtectedArea"]');
      await row.getByText("self-declared, not verified").waitFor();
      await expect(row.locator("td").nth(0).innerText()).resolves.toBe("No");
      await expect(row.locator("td").nth(2).innerText()).resolves.toBe("Yes");
      await page.getByText("Sources raw materials from a protected biodiversity area").waitFor();
      await shot("still-blocked");
    });
    const status = await api(
      portal.url,
      `query($id: ID!) { supplier(id: $id) { status } }`,
      { id: andes },
      admin,
    );
    expect(status.supplier.status).toBe("BLOCKED");
  });
});
