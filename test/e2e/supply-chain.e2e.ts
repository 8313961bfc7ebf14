import type { Page } from "playwright-core";
import {
  launchBrowser,
  logIn,
  type PortalPage,
  type Session,
  withPage as withPageIn,
} from "./support/browser";
import { api, apiLogin, startBuiltPortal, type BuiltPortal } from "./support/portal";

/**
 * Supply-chain maps, screening and protected areas in the browser (issue 18, item 5), on the
 * demo data: Sunrise (supplier@demo.esg) documents its quarry's deliveries and the auditor
 * verifies that link (coverage 50 % -> 100 %, to origin); Sunrise adds a smelter whose name is
 * a listed party's alias (a wrong-way link is refused at its field, a stale edit explained) and
 * a salt works inside the fictional reserve; the hit blocks until one admin's rebuttal is
 * approved by a second admin; the auditor clears the protected-area flag; Sunrise cannot open
 * Andes' map; every new page at phone width without horizontal overflow.
 */

let portal: BuiltPortal;
let session: Session;
let sunriseId = "";
let andesId = "";
let polysiliconId = "";
let lithiumId = "";
const tierIds = new Map<string, string>();
let supplierToken = "";

const MAP = `query($s: ID!, $c: ID!) { supplier(id: $s) { statusReasons supplyChain(categoryId: $c) {
  id version nodes { id name isRoot } traceability { level coverage } } } }`;
const OSTWIND = "Ostwind Smelting";
const SALT_WORKS = "Ceniza Salt Works";

beforeAll(async () => {
  portal = await startBuiltPortal();
  session = await launchBrowser();
  const admin = await apiLogin(portal.url, "admin@demo.esg");
  supplierToken = await apiLogin(portal.url, "supplier@demo.esg");
  const me = await api(portal.url, `{ me { supplier { id } } }`, {}, supplierToken);
  sunriseId = me.me.supplier.id as string;
  const found = await api(
    portal.url,
    `{ suppliers(first: 100) { edges { node { id name materialCategories { id code } } } } }`,
    {},
    admin,
  );
  const nodes = found.suppliers.edges.map((edge: any) => edge.node);
  const sunrise = nodes.find((n: any) => n.id === sunriseId);
  polysiliconId = sunrise.materialCategories.find((c: any) => c.code === "POLYSILICON").id;
  const andes = nodes.find((n: any) => /andes/i.test(n.name));
  andesId = andes.id;
  lithiumId = andes.materialCategories.find((c: any) => c.code === "LITHIUM").id;
  const sets = await api(portal.url, `{ supplyChainTierSets { tiers { id code } } }`, {}, admin);
  for (const set of sets.supplyChainTierSets)
    for (const tier of set.tiers) if (!tierIds.has(tier.code)) tierIds.set(tier.code, tier.id);
  await api(
    portal.url,
    `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
    {
      input: {
        email: "second-admin@demo.esg",
        name: "Second Admin",
        password: "demo-password-1",
        role: "ADMIN",
      },
    },
    admin,
  );
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

const mapPath = () => `/suppliers/${sunriseId}/supply-chain/${polysiliconId}`;

async function sunriseMap() {
  const admin = await apiLogin(portal.url, "admin@demo.esg");
  const data = await api(portal.url, MAP, { s: sunriseId, c: polysiliconId }, admin);
  return data.supplier as {
    statusReasons: string[];
    supplyChain: {
      id: string;
      version: number;
      nodes: { id: string; name: string; isRoot: boolean }[];
      traceability: { level: string; coverage: number };
    };
  };
}

async function noOverflow(page: Page) {
  const overflow = await page.evaluate<number>(
    "document.documentElement.scrollWidth - document.documentElement.clientWidth",
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

const LINK = "Fjordstein Quarry AS → Nordkvarts Silicon AS";

describe("supply-chain maps in the portal", () => {
  it("the supplier documents a link, the auditor verifies it and the traceability rises", async () => {
    await withPage("sc-supplier-evidence", async ({ page, shot, problems }) => {
      await logIn(page, "supplier@demo.esg");
      await page.goto(`/suppliers/${sunriseId}`);
      await page.getByRole("heading", { name: "Supply chain", exact: true }).waitFor();
      await page.getByTestId(`traceability-${polysiliconId}`).getByText(/50%/).waitFor();
      await shot("supplier-card");
      await page.locator(`a[href="${mapPath()}"]`).click();
      await page.getByTestId("supply-chain-graph").locator(".react-flow__node").first().waitFor();
      expect(await page.getByTestId("traceability-coverage").textContent()).toBe("50%");
      await shot("map");

      await page.getByRole("button", { name: `Edit link ${LINK}` }).click();
      const form = page.getByRole("form", { name: `Edit link ${LINK}` });
      await form.getByLabel("Document kind").selectOption("BILL_OF_LADING");
      await form.getByLabel("Reference").fill("FQ-BL-2026-007");
      await form.getByLabel("Upload evidence document").setInputFiles({
        name: "fq-bl-2026-007.txt",
        mimeType: "text/plain",
        buffer: Buffer.from(
          "Bill of lading FQ-BL-2026-007: quartzite, 400 t, Fjordstein to Mo i Rana\n",
        ),
      });
      await form.getByText("Bill of lading FQ-BL-2026-007").waitFor();
      await form.getByRole("button", { name: "Save link" }).click();
      await form.waitFor({ state: "detached" });
      await page
        .getByRole("table", { name: "Links" })
        .getByRole("button", { name: "Download fq-bl-2026-007.txt" })
        .waitFor();
      expect(problems).toEqual([]);
    });

    await withPage("sc-auditor-verifies", async ({ page, shot, problems }) => {
      await logIn(page, "auditor@demo.esg");
      await page.goto(mapPath());
      await page.getByRole("button", { name: `Verify link ${LINK}` }).click();
      const form = page.getByRole("form", { name: `Verify link ${LINK}` });
      await form
        .getByLabel("Verification note")
        .fill("Bill of lading matches the smelter's intake");
      await shot("verify-form", { fullPage: false });
      await form.getByRole("button", { name: "Verify link", exact: true }).click();
      await form.waitFor({ state: "detached" });
      await page.getByTestId("traceability-coverage").getByText("100%").waitFor();
      expect(await page.getByTestId("traceability-level").textContent()).toBe("To origin");
      await shot("verified");
      expect(problems).toEqual([]);
    });
    const after = await sunriseMap();
    expect(after.supplyChain.traceability).toEqual({ level: "TO_ORIGIN", coverage: 100 });
  });

  it("the supplier adds nodes and links; wrong-way links and stale edits are explained", async () => {
    await withPage("sc-supplier-edits", async ({ page, shot, problems }) => {
      await logIn(page, "supplier@demo.esg");
      await page.goto(mapPath());
      await page.getByRole("button", { name: "Add node" }).click();
      let form = page.getByRole("form", { name: "Add node" });
      await form.getByLabel("Name").fill(OSTWIND);
      await form.getByLabel("Tier").selectOption(tierIds.get("METALLURGICAL_SILICON")!);
      await form.getByLabel("Country").fill("CN");
      await form.getByLabel("Region").fill("CN-NM");
      // Someone else saves first: the map's version moved on, nothing of this form is saved.
      const before = await sunriseMap();
      await api(
        portal.url,
        `mutation($m: ID!, $v: Int!, $i: SupplyChainNodeInput!) {
          addSupplyChainNode(mapId: $m, expectedVersion: $v, input: $i) { version } }`,
        {
          m: before.supplyChain.id,
          v: before.supplyChain.version,
          i: { name: SALT_WORKS, tierId: tierIds.get("QUARTZITE"), country: "CL", region: "CL-AN" },
        },
        supplierToken,
      );
      await form.getByRole("button", { name: "Save node" }).click();
      await form.getByText("Someone changed this map since you opened it").waitFor();
      await shot("stale");
      await form.getByRole("button", { name: "Reload" }).click();
      await page.getByRole("table", { name: "Nodes" }).getByText(SALT_WORKS).waitFor();
      await form.getByRole("button", { name: "Save node" }).click();
      await form.waitFor({ state: "detached" });
      await page.getByRole("table", { name: "Nodes" }).getByText(OSTWIND).waitFor();

      // The salt works gets coordinates inside the fictional reserve.
      await page.getByRole("button", { name: `Edit node ${SALT_WORKS}` }).click();
      form = page.getByRole("form", { name: `Edit node ${SALT_WORKS}` });
      await form.getByLabel("Latitude").fill("-23.5");
      await form.getByLabel("Longitude").fill("-68.23");
      await form.getByRole("button", { name: "Save node" }).click();
      await form.waitFor({ state: "detached" });
      await page
        .locator("tr", { hasText: SALT_WORKS })
        .getByTestId("node-flag")
        .getByText(/Laguna Ceniza/)
        .waitFor();

      const map = await sunriseMap();
      const root = map.supplyChain.nodes.find((n) => n.isRoot)!;
      const ostwind = map.supplyChain.nodes.find((n) => n.name === OSTWIND)!;
      await page.getByRole("button", { name: "Add link" }).click();
      form = page.getByRole("form", { name: "Add link" });
      await form.getByLabel("Upstream (supplies)").selectOption(root.id);
      await form.getByLabel("Downstream (is supplied)").selectOption(ostwind.id);
      await form.getByRole("button", { name: "Save link" }).click();
      await form
        .locator(".field.invalid", { has: page.getByLabel("Upstream (supplies)") })
        .getByText(/must be at a lower tier than the downstream node/)
        .waitFor();
      await shot("tier-order-error");
      await form.getByLabel("Upstream (supplies)").selectOption(ostwind.id);
      await form.getByLabel("Downstream (is supplied)").selectOption(root.id);
      await form.getByLabel("Chain of custody").selectOption("MASS_BALANCE");
      await form.getByRole("button", { name: "Save link" }).click();
      await form.waitFor({ state: "detached" });
      await page.getByRole("table", { name: "Links" }).getByText(`${OSTWIND} →`).waitFor();
      await shot("edited");
      expect(problems).toEqual([]);
    });
    const map = await sunriseMap();
    expect(map.statusReasons.join("\n")).toMatch(/protected area/i);
  });

  it("a screening hit blocks until a rebuttal recorded by one admin is approved by another", async () => {
    await withPage("sc-admin-imports", async ({ page, shot, problems }) => {
      await logIn(page, "admin@demo.esg");
      await page.goto("/admin/screening");
      const form = page.getByRole("form", { name: "Import a screening list" });
      await form.getByLabel("List", { exact: true }).selectOption("RESTRICTED_ENTITY");
      const upload = (text: string) =>
        form.getByLabel("List file").setInputFiles({
          name: "restricted-entities.csv",
          mimeType: "text/csv",
          buffer: Buffer.from(text),
        });
      const header = "name,aliases,country,source,listedOn\n";
      const row = `"Ostwind Silicon Smelting Co., Ltd.",${OSTWIND},CN,E2E list (fictional)`;
      await upload(`${header}${row},not-a-day\n`);
      await form.getByRole("button", { name: "Check the file" }).click();
      await form.getByTestId("import-report").locator("tr[data-row]").first().waitFor();
      await shot("import-errors");
      await form.getByRole("button", { name: "Choose another file" }).click();
      await upload(`${header}${row},2026-01-20\n`);
      await form.getByRole("button", { name: "Check the file" }).click();
      await form.getByText(/Checked 1 entries: no problems/).waitFor();
      await form.getByRole("button", { name: "Confirm: import 1 rows" }).click();
      await form.getByText(/Imported 1 entries as the new version/).waitFor();
      await shot("imported");
      expect(problems).toEqual([]);
    });
    expect((await sunriseMap()).statusReasons.join("\n")).toMatch(
      /Restricted party or region.*Ostwind/,
    );

    await withPage("sc-admin-rebuts", async ({ page, shot, problems }) => {
      await logIn(page, "admin@demo.esg");
      await page.goto(mapPath());
      await page.locator("tr", { hasText: OSTWIND }).getByTestId("node-hit").waitFor();
      await shot("map-admin");
      await page.getByRole("link", { name: "Screening" }).click();
      const hit = page.getByRole("article", { name: `Hit ${OSTWIND}` });
      await hit.getByRole("button", { name: "Record a rebuttal" }).click();
      const form = hit.getByRole("form", { name: "Record a rebuttal" });
      await form.getByRole("button", { name: "Record rebuttal" }).click();
      await form.locator(".field-error").first().waitFor();
      await form
        .getByLabel("Why the hit does not stand")
        .fill("Another company: its registry number and owners differ from the listed smelter's");
      await form.getByLabel("Evidence title").fill("Registry extract");
      await form.getByLabel("Or upload a file").setInputFiles({
        name: "registry-extract.txt",
        mimeType: "text/plain",
        buffer: Buffer.from(
          "Commercial registry extract: Ostwind Smelting GmbH, owners and address\n",
        ),
      });
      await form.getByText("registry-extract.txt").waitFor();
      await form.getByRole("button", { name: "Record rebuttal" }).click();
      await hit.getByTestId("four-eyes").waitFor();
      await shot("pending");
      expect(problems).toEqual([]);
    });
    expect((await sunriseMap()).statusReasons.join("\n")).toMatch(/Ostwind/);

    await withPage("sc-second-admin-approves", async ({ page, shot, problems }) => {
      await logIn(page, "second-admin@demo.esg");
      await page.goto("/admin/screening");
      const hit = page.getByRole("article", { name: `Hit ${OSTWIND}` });
      await hit.getByLabel("Note or rejection reason").fill("Registry extract checked");
      await hit.getByRole("button", { name: "Approve rebuttal" }).click();
      await hit.waitFor({ state: "detached" });
      await page.getByLabel("Show").selectOption("REBUTTED");
      await page
        .getByRole("article", { name: `Hit ${OSTWIND}` })
        .getByText("APPROVED")
        .waitFor();
      await shot("approved");
      expect(problems).toEqual([]);
    });
    expect((await sunriseMap()).statusReasons.join("\n")).not.toMatch(/Ostwind/);
  });

  it("an auditor clears the protected-area flag with evidence", async () => {
    await withPage("sc-auditor-clears", async ({ page, shot, problems }) => {
      await logIn(page, "auditor@demo.esg");
      await page.goto("/admin/protected-areas");
      const flag = page.getByRole("article", { name: `Flag ${SALT_WORKS}` });
      await flag.getByText(/Inside Laguna Ceniza/).waitFor();
      await shot("flags");
      await flag.getByRole("button", { name: "Clear with evidence" }).click();
      const form = flag.getByRole("form", { name: "Clear the flag" });
      await form
        .getByLabel("Why it does not source from the area")
        .fill("The coordinates were the sales office's; the works lie outside the reserve");
      await form.getByLabel("Evidence title").fill("Site survey 2026");
      await form.getByLabel("Evidence URL").fill("https://survey.example/ceniza");
      await form.getByRole("button", { name: "Clear flag" }).click();
      await flag.waitFor({ state: "detached" });
      await page.getByLabel("Show").selectOption("CLEARED");
      await page
        .getByRole("article", { name: `Flag ${SALT_WORKS}` })
        .getByText("CLEARED", { exact: true })
        .waitFor();
      await shot("cleared");
      expect(problems).toEqual([]);
    });
    const map = await sunriseMap();
    expect(map.statusReasons.join("\n")).not.toMatch(/protected area/i);
  });

  it("a supplier cannot open another supplier's map", async () => {
    await withPage("sc-other-supplier", async ({ page, shot }) => {
      await logIn(page, "supplier@demo.esg");
      await page.goto(`/suppliers/${andesId}/supply-chain/${lithiumId}`);
      await page.getByRole("heading", { name: "Not found" }).waitFor();
      expect(await page.getByTestId("supply-chain-graph").count()).toBe(0);
      await shot("not-found");
    });
  });

  it("every new page fits a 390 px screen", async () => {
    const pages: [string, string, string][] = [
      ["supplier@demo.esg", mapPath(), "map"],
      ["supplier@demo.esg", `/suppliers/${sunriseId}`, "supplier"],
      ["admin@demo.esg", "/admin/screening", "screening"],
      ["admin@demo.esg", "/admin/protected-areas", "protected-areas"],
    ];
    for (const [email, path, name] of pages) {
      await withPage(
        `sc-phone-${name}`,
        async ({ page, shot, problems }) => {
          await logIn(page, email);
          await page.goto(path);
          await page.locator("main h1").waitFor();
          await page.locator(".loading").first().waitFor({ state: "detached" });
          await noOverflow(page);
          await shot("phone");
          expect(problems).toEqual([]);
        },
        { width: 390, height: 844 },
      );
    }
  });
  it("the supplier gives a site coordinates in its profile", async () => {
    await withPage("sc-site-coordinates", async ({ page, shot, problems }) => {
      await logIn(page, "supplier@demo.esg");
      await page.goto(`/suppliers/${sunriseId}`);
      await page.getByLabel("Site 1 latitude").fill("24.15");
      await page.getByLabel("Site 1 longitude").fill("120.67");
      await page.getByRole("button", { name: "Save profile" }).click();
      await page.getByText("Profile saved.").waitFor();
      await page.getByLabel("Site 1 latitude").scrollIntoViewIfNeeded();
      await shot("site-coordinates", { fullPage: false });
      expect(problems).toEqual([]);
    });
    const admin = await apiLogin(portal.url, "admin@demo.esg");
    const data = await api(
      portal.url,
      `query($id: ID!) { supplier(id: $id) { sites { latitude longitude } } }`,
      { id: sunriseId },
      admin,
    );
    expect(data.supplier.sites[0]).toEqual({ latitude: 24.15, longitude: 120.67 });
  });
});
