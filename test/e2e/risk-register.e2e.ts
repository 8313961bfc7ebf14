import {
  launchBrowser,
  logIn,
  type PortalPage,
  type Session,
  withPage as withPageIn,
} from "./support/browser";
import { api, apiLogin, startBuiltPortal, type BuiltPortal } from "./support/portal";

/**
 * The EHS risk register in the browser: the demo admin adds an entry for mercury in
 * production (5 x 5 x 5), sees the computed risk before saving, finds it at the top of the
 * register by priority and counted in the 5 x 5 heat-map cell, records a new assessment and adds
 * a control. Then the substitution view lists a supplier whose accepted declaration (set up over
 * the API) still contains mercury, an ELIMINATE target.
 */

let portal: BuiltPortal;
let session: Session;
let admin = "";
let sunrise = { id: "", name: "" };

const HEAT = `{ riskHeatMap { likelihood severity count } }`;
const cellCount = async (l: number, s: number): Promise<number> =>
  (await api(portal.url, HEAT, {}, admin)).riskHeatMap.find(
    (c: any) => c.likelihood === l && c.severity === s,
  ).count;

beforeAll(async () => {
  portal = await startBuiltPortal();
  session = await launchBrowser();
  admin = await apiLogin(portal.url, "admin@demo.esg");
  const suppliers = await api(
    portal.url,
    `query { suppliers(first: 100) { edges { node { id name } } } }`,
    {},
    admin,
  );
  sunrise = suppliers.suppliers.edges.find((e: any) => e.node.name.startsWith("Sunrise")).node;
  // An accepted class C declaration with mercury in a lamp: a target the policy eliminates.
  const categories = await api(portal.url, `{ materialCategories { id code } }`, {}, admin);
  const junctionBox = categories.materialCategories.find((c: any) => c.code === "JUNCTION_BOX").id;
  const created = await api(
    portal.url,
    `mutation($input: MaterialDeclarationInput!) { createMaterialDeclaration(input: $input) { id } }`,
    {
      input: {
        supplierId: sunrise.id,
        categoryId: junctionBox,
        declarationClass: "C",
        partNumber: "E2E-LAMP",
        partName: "Status lamp",
        statements: [],
        materials: [
          {
            name: "Lamp glass",
            massMg: 500,
            substances: [{ cas: "7439-97-6", name: "Mercury", ppm: 4 }],
          },
        ],
        validUntil: new Date(Date.now() + 365 * 86_400_000).toISOString(),
      },
    },
    admin,
  );
  const id = created.createMaterialDeclaration.id;
  await api(
    portal.url,
    `mutation($id: ID!) { submitMaterialDeclaration(id: $id) { id } }`,
    { id },
    admin,
  );
  await api(
    portal.url,
    `mutation($id: ID!) { reviewMaterialDeclaration(id: $id, accept: true) { id } }`,
    { id },
    admin,
  );
}, 120_000);

afterAll(async () => {
  await session?.close();
  await portal?.stop();
});

const withPage = (prefix: string, run: (p: PortalPage) => Promise<void>) =>
  withPageIn(session, portal.url, prefix, run);

describe("the EHS risk register", () => {
  it("an admin adds and assesses an entry, sees it on top and in the heat map, adds a control", async () => {
    const before = await cellCount(5, 5);
    await withPage("r-register", async ({ page, shot }) => {
      await logIn(page, "admin@demo.esg");
      await page.getByRole("link", { name: "Risk register" }).click();
      await page.getByRole("heading", { name: "Hazardous-substance risk register" }).waitFor();
      const form = page.getByRole("form", { name: "New register entry" });
      await form.getByLabel("CAS number").fill("7439-97-6");
      await form.getByLabel("Application stage").selectOption("PRODUCTION");
      await form.getByLabel("Site or product line").fill("E2E lamp line");
      await form
        .getByLabel("Material category")
        .selectOption({ label: "Junction box and connectors" });
      for (const label of ["Likelihood (1-5)", "Exposure frequency (1-5)", "Severity (1-5)"])
        await form.getByLabel(label).selectOption("5");
      // What the server will compute, shown before saving.
      await form.getByTestId("computed-risk").getByText("CRITICAL").waitFor();
      await form.getByTestId("computed-risk").getByText("125").waitFor();
      await shot("new-entry");
      await form.getByRole("button", { name: "Add entry" }).click();

      const register = page.getByTestId("risk-register");
      const top = register.locator("tbody tr").first();
      await top.getByText("E2E lamp line").waitFor();
      await top.getByText("125").waitFor();
      await top.getByText("Mercury").waitFor();
      const cell = page.getByTestId("heat-5-5");
      await cell.getByText(String(before + 1), { exact: true }).waitFor();
      expect(await cell.getAttribute("class")).toContain("rm-critical");
      await shot("register-and-heat-map");

      // Open it: a new assessment moves it out of the 5 x 5 cell.
      await top.getByRole("button", { name: "Open" }).click();
      const assess = page.getByRole("form", { name: "Record an assessment" });
      await assess.getByLabel("Likelihood (1-5)").selectOption("4");
      await assess.getByTestId("computed-risk").getByText("100").waitFor();
      await assess.getByLabel("Assessment note").fill("Sealed lamp, fewer handling steps");
      await assess.getByRole("button", { name: "Record assessment" }).click();
      await register.locator("tbody tr", { hasText: "E2E lamp line" }).getByText("100").waitFor();
      await page.getByTestId("heat-4-5").getByText(/^\d+$/).waitFor();
      expect(await cellCount(5, 5)).toBe(before);

      const control = page.getByRole("form", { name: "Add a control" });
      await control.getByLabel("Control type").selectOption("SOURCE_PREVENTION");
      await control.getByLabel("Control", { exact: true }).fill("Switch to LED status lamps");
      await control.getByLabel("Owner", { exact: true }).fill("EHS team");
      await control.getByLabel("Due date").fill("2099-03-31");
      await control.getByRole("button", { name: "Add control" }).click();
      const controls = page.getByTestId("risk-controls");
      await controls.getByText("Switch to LED status lamps").waitFor();
      await controls.getByText("Source prevention").waitFor();
      await shot("control-added");
    });
  });

  it("the substitution view lists the supplier whose accepted declaration contains mercury", async () => {
    await withPage("r-substitution", async ({ page, shot }) => {
      await logIn(page, "buyer@demo.esg");
      await page.getByRole("link", { name: "Substitution" }).click();
      await page.getByRole("heading", { name: "Substitution", level: 1 }).waitFor();
      const accepted = page.getByTestId("substitution-accepted");
      const group = accepted.locator('section[data-category="JUNCTION_BOX"]');
      const row = group.locator("tr", { hasText: "E2E-LAMP" });
      await row.getByText(sunrise.name).waitFor();
      await row.getByText("7439-97-6").waitFor();
      await row.getByText("ELIMINATE").waitFor();
      await row.getByText("4 ppm", { exact: false }).waitFor();
      await shot("substitution");
    });
  });
});
