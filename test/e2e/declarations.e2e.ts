import fs from "node:fs";
import path from "node:path";
import {
  launchBrowser,
  logIn,
  type PortalPage,
  type Session,
  withPage as withPageIn,
} from "./support/browser";
import { api, apiLogin, startBuiltPortal, type BuiltPortal } from "./support/portal";

/**
 * Material declarations in the browser: the demo supplier imports an IPC-1752A file with lead
 * at 0.2 % in the solder coating, sees the violation highlighted and submits it; a file with a
 * bad CAS number is refused with the server's line and element; the auditor accepts the
 * declaration, and the supplier's page shows it CONDITIONAL for the restricted substance.
 * A second journey fills a class C declaration by hand: DEHP at 1500 ppm (RoHS allows 0.1 %,
 * 1000 ppm) behind a bad CAS number the server refuses on its row, then edited to 500 ppm.
 */

const FIXTURES = path.join(__dirname, "..", "fixtures", "ipc1752a");
const LEAD_FILE = "class-c-lead-solder.xml";

let portal: BuiltPortal;
let session: Session;
let sunrise = "";
let declarationId = "";

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
  sunrise = suppliers.suppliers.edges.find((e: any) => e.node.name.startsWith("Sunrise")).node
    .id as string;
}, 120_000);

afterAll(async () => {
  await session?.close();
  await portal?.stop();
});

const withPage = (prefix: string, run: (p: PortalPage) => Promise<void>) =>
  withPageIn(session, portal.url, prefix, run);

const xml = (name: string) => ({
  name,
  mimeType: "application/xml",
  buffer: fs.readFileSync(path.join(FIXTURES, name)),
});

describe("material declarations", () => {
  it("the supplier imports an IPC-1752A file, sees the lead violation and submits it", async () => {
    await withPage("q-declaration-import", async ({ page, shot }) => {
      await logIn(page, "supplier@demo.esg");
      await page.getByRole("link", { name: "Material declarations" }).click();
      await page.getByRole("heading", { name: "Material declarations", level: 1 }).waitFor();
      const form = page.getByRole("form", { name: "Import IPC-1752A XML" });
      await form
        .getByLabel("Material category")
        .selectOption({ label: "Junction box and connectors" });

      // A file the reader refuses: the server's problem names the line and the element.
      await form.getByLabel("IPC-1752A file").setInputFiles(xml("bad-cas.xml"));
      await form.getByText("Uploaded bad-cas.xml").waitFor();
      await form.getByRole("button", { name: "Import" }).click();
      const problems = form.locator(".error-fields");
      await problems.getByText(/line \d+, <Substance>/).waitFor();
      await shot("import-refused", { fullPage: false });

      await form.getByRole("button", { name: "Choose another file" }).click();
      await form.getByLabel("IPC-1752A file").setInputFiles(xml(LEAD_FILE));
      await form.getByText(`Uploaded ${LEAD_FILE}`).waitFor();
      await form.getByRole("button", { name: "Import" }).click();

      await page.getByRole("heading", { name: /RB-0\.25-SN/ }).waitFor();
      declarationId = page.url().split("/declarations/")[1] ?? "";
      expect(declarationId).not.toBe("");
      await page.locator(".page-head .badge", { hasText: "DRAFT" }).waitFor();
      await page.locator(".page-head .badge", { hasText: "1 VIOLATION" }).waitFor();
      const violation = page.getByTestId("violations").locator("tr.violation");
      await expect(violation.count()).resolves.toBe(1);
      await violation.getByText("7439-92-1").waitFor();
      await violation.getByText("0.2 %").waitFor();
      await violation.getByText("0.1 %").waitFor();
      await violation.getByText("Solder coating").waitFor();
      const lead = page.getByTestId("materials").locator('tr[data-cas="7439-92-1"]');
      await expect(lead.getAttribute("class")).resolves.toBe("violation");
      await lead.getByText("REDUCE TARGET").waitFor();
      await page.getByRole("button", { name: `Download ${LEAD_FILE}` }).waitFor();
      await shot("imported-draft");

      await page.getByRole("button", { name: "Submit for review" }).click();
      await page.locator(".page-head .badge", { hasText: "SUBMITTED" }).waitFor();
      await page.getByRole("link", { name: "← Material declarations" }).click();
      const row = page.locator(`tr[data-declaration-id="${declarationId}"]`);
      await row.locator(".badge", { hasText: "SUBMITTED" }).waitFor();
      await row.locator(".badge", { hasText: "1 VIOLATION" }).waitFor();
      await shot("list");
    });
  });

  it("the auditor accepts it and the supplier turns CONDITIONAL for the restricted substance", async () => {
    await withPage("r-declaration-review", async ({ page, shot }) => {
      await logIn(page, "auditor@demo.esg");
      await page.getByRole("link", { name: "Material declarations" }).click();
      await page.getByLabel("Status").selectOption("SUBMITTED");
      const row = page.locator(`tr[data-declaration-id="${declarationId}"]`);
      await row.getByText("Sunrise Polysilicon Co.").waitFor();
      await row.getByRole("link", { name: /RB-0\.25-SN/ }).click();

      const review = page.getByRole("form", { name: "Review the declaration" });
      // Rejecting needs a reason, asked for before anything is sent.
      await review.getByRole("button", { name: "Reject" }).click();
      await review
        .locator(".field-error", { hasText: "Say why the declaration is rejected" })
        .waitFor();
      await shot("reason-required", { fullPage: false });
      await review.getByRole("button", { name: "Accept" }).click();
      await page.locator(".page-head .badge", { hasText: "ACCEPTED" }).waitFor();
      await expect(
        page.getByRole("form", { name: "Review the declaration" }).count(),
      ).resolves.toBe(0);
      await shot("accepted");
    });

    await withPage("s-declaration-effect", async ({ page, shot }) => {
      await logIn(page, "supplier@demo.esg");
      await page.goto(`/suppliers/${sunrise}`);
      await page.locator(".page-head .badge", { hasText: "CONDITIONAL" }).first().waitFor();
      const text = (await page.locator("main").textContent()) ?? "";
      expect(text.toLowerCase()).toContain("restricted substance over limit");
      expect(text).toContain("RB-0.25-SN");
      await shot("supplier-conditional");
    });
  });

  it("the supplier fills a class C declaration by hand, fixes a CAS number, edits DEHP under the limit and submits", async () => {
    await withPage("t-declaration-form", async ({ page, shot }) => {
      await logIn(page, "supplier@demo.esg");
      await page.getByRole("link", { name: "Material declarations" }).click();
      await page.getByRole("link", { name: "New declaration" }).click();
      const form = page.getByRole("form", { name: "New declaration" });
      await form
        .getByLabel("Material category")
        .selectOption({ label: "Junction box and connectors" });
      await expect(form.getByLabel("Declaration class").inputValue()).resolves.toBe("C");
      await form.getByLabel("Part number").fill("JB-CABLE-4MM");
      await form.getByLabel("Part name").fill("PV cable, 4 mm²");
      await form.getByLabel("Valid until").fill("2030-06-30");

      const material = form.getByTestId("materials.0");
      await material.getByLabel("Material name").fill("Cable insulation");
      const filler = form.getByTestId("materials.0.substances.0");
      await filler.getByLabel("CAS number").fill("471-34-1");
      await filler.getByLabel("Substance name").fill("Calcium carbonate");
      await filler.getByLabel("Concentration").fill("200000");
      await material.getByRole("button", { name: "Add substance" }).click();
      const dehp = form.getByTestId("materials.0.substances.1");
      // 117-81-7 is DEHP; its check digit is 7, not 8.
      await dehp.getByLabel("CAS number").fill("117-81-8");
      await dehp.getByLabel("Substance name").fill("DEHP");
      await dehp.getByLabel("Concentration").fill("1500");
      await form.getByRole("button", { name: "Save draft" }).click();

      // The server's problem sits on the DEHP row's CAS field, not on the filler's.
      await dehp.locator(".field-error", { hasText: "the check digit should be 7" }).waitFor();
      await expect(dehp.getByLabel("CAS number").getAttribute("aria-invalid")).resolves.toBe(
        "true",
      );
      await expect(filler.locator(".field-error").count()).resolves.toBe(0);
      expect(page.url()).toMatch(/\/declarations\/new$/);
      await shot("bad-cas", { fullPage: false });

      await dehp.getByLabel("CAS number").fill("117-81-7");
      await form.getByRole("button", { name: "Save draft" }).click();
      await page.getByRole("heading", { name: /JB-CABLE-4MM/ }).waitFor();
      const id = page.url().split("/declarations/")[1] ?? "";
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      await page.locator(".page-head .badge", { hasText: "DRAFT" }).waitFor();
      await page.locator(".page-head .badge", { hasText: "1 VIOLATION" }).waitFor();
      const violation = page.getByTestId("violations").locator("tr.violation");
      await expect(violation.count()).resolves.toBe(1);
      await violation.getByText("OVER LIMIT").waitFor();
      await violation.getByText("117-81-7").waitFor();
      await violation.getByText("1500 ppm (0.15 %)").waitFor();
      await violation.getByText("1000 ppm (0.1 %)").waitFor();
      await violation.getByText("Cable insulation").waitFor();
      const row = page.getByTestId("materials").locator('tr[data-cas="117-81-7"]');
      await expect(row.getAttribute("class")).resolves.toBe("violation");
      await expect(
        page.getByTestId("materials").locator('tr[data-cas="471-34-1"]').getAttribute("class"),
      ).resolves.toBeNull();
      await shot("dehp-over-limit");

      // Someone saves the draft while the form is open: the stale save is refused, Reload.
      await page.getByRole("button", { name: "Edit declaration" }).click();
      const edit = page.getByRole("form", { name: "Edit the declaration" });
      await expect(edit.getByLabel("Part number").inputValue()).resolves.toBe("JB-CABLE-4MM");
      const token = await apiLogin(portal.url, "supplier@demo.esg");
      await api(
        portal.url,
        `mutation ($id: ID!) {
          updateMaterialDeclaration(id: $id, expectedVersion: 1, input: { partName: "PV cable 4 mm2" }) { version }
        }`,
        { id },
        token,
      );
      await edit.getByTestId("materials.0.substances.1").getByLabel("Concentration").fill("500");
      await edit.getByRole("button", { name: "Save changes" }).click();
      await edit.getByText("Someone changed this declaration in the meantime").waitFor();
      await shot("stale-version", { fullPage: false });
      await edit.getByRole("button", { name: "Reload" }).click();
      await page.getByRole("heading", { name: /PV cable 4 mm2/ }).waitFor();
      const reloaded = page.getByRole("form", { name: "Edit the declaration" });
      await expect(reloaded.getByLabel("Part name").inputValue()).resolves.toBe("PV cable 4 mm2");
      const dehpAgain = reloaded.getByTestId("materials.0.substances.1");
      await expect(dehpAgain.getByLabel("Concentration").inputValue()).resolves.toBe("1500");
      await dehpAgain.getByLabel("Concentration").fill("500");
      await reloaded.getByRole("button", { name: "Save changes" }).click();

      await page.getByText("Declaration saved").waitFor();
      await page.locator(".page-head .badge", { hasText: "COMPLIANT" }).waitFor();
      await page.getByText("No restricted substance over limit.").waitFor();
      await expect(page.getByTestId("violations").count()).resolves.toBe(0);
      await page.getByTestId("materials").getByText("500 ppm").waitFor();
      await shot("dehp-under-limit");

      await page.getByRole("button", { name: "Submit for review" }).click();
      await page.locator(".page-head .badge", { hasText: "SUBMITTED" }).waitFor();
      await expect(page.getByRole("button", { name: "Edit declaration" }).count()).resolves.toBe(0);
      const after = await api(
        portal.url,
        `query ($id: ID!) { materialDeclaration(id: $id) { status version violations { casNumber } } }`,
        { id },
        token,
      );
      expect(after.materialDeclaration).toEqual({
        status: "SUBMITTED",
        version: 4,
        violations: [],
      });
    });
  });

  it("an admin writes a class A declaration for a supplier: RoHS yes with exemption 7(a), REACH SVHC no", async () => {
    await withPage("u-declaration-class-a", async ({ page, shot }) => {
      await logIn(page, "admin@demo.esg");
      await page.getByRole("link", { name: "Material declarations" }).click();
      await page.getByRole("link", { name: "New declaration" }).click();
      const form = page.getByRole("form", { name: "New declaration" });
      await form.getByLabel("Supplier").selectOption({ label: "Sunrise Polysilicon Co." });
      await form
        .getByLabel("Material category")
        .selectOption({ label: "Junction box and connectors" });
      await form.getByLabel("Declaration class").selectOption("A");
      await form.getByLabel("Part number").fill("MC4-CONN-01");
      await expect(form.getByTestId("materials-fields").count()).resolves.toBe(0);

      const rohs = form.getByTestId("statement-ROHS");
      await rohs.getByLabel("Complies with ROHS").selectOption("yes");
      await rohs.getByText(/Exemptions claimed \(0 of 4\)/).click();
      await rohs.getByLabel("7(a)", { exact: true }).check();
      await form
        .getByTestId("statement-REACH_SVHC")
        .getByLabel("Complies with REACH_SVHC")
        .selectOption("no");
      await shot("class-a-form", { fullPage: false });
      await form.getByRole("button", { name: "Save draft" }).click();

      await page.getByRole("heading", { name: /MC4-CONN-01/ }).waitFor();
      const id = page.url().split("/declarations/")[1] ?? "";
      const head = page.locator(".page-head");
      await head.getByRole("link", { name: "Sunrise Polysilicon Co." }).waitFor();
      await head.getByText("class A").waitFor();
      // A "no" for a list that applies is the violation; RoHS rests on a valid exemption.
      await head.locator(".badge", { hasText: "1 VIOLATION" }).waitFor();
      const violations = page.getByTestId("violations").locator("tr.violation");
      await expect(violations.count()).resolves.toBe(1);
      await violations.getByText(/REACH_SVHC/).waitFor();
      await page.getByText("ROHS: compliant, exemptions 7(a)").waitFor();
      await page.getByText(/REACH_SVHC.*: not compliant/).waitFor();
      await shot("class-a-detail");

      // The edit form starts from what was saved.
      await page.getByRole("button", { name: "Edit declaration" }).click();
      const edit = page.getByRole("form", { name: "Edit the declaration" });
      await expect(edit.getByLabel("Complies with ROHS").inputValue()).resolves.toBe("yes");
      await expect(edit.getByLabel("Complies with REACH_SVHC").inputValue()).resolves.toBe("no");
      await expect(edit.getByLabel("7(a)", { exact: true }).isChecked()).resolves.toBe(true);
      await edit.getByRole("button", { name: "Cancel" }).click();

      const admin = await apiLogin(portal.url, "admin@demo.esg");
      const saved = await api(
        portal.url,
        `query ($id: ID!) { materialDeclaration(id: $id) { declarationClass status supplier { id }
          statements { list compliant exemptions } materials { name } } }`,
        { id },
        admin,
      );
      expect(saved.materialDeclaration).toEqual({
        declarationClass: "A",
        status: "DRAFT",
        supplier: { id: sunrise },
        // In regulatoryLists' order.
        statements: [
          { list: "REACH_SVHC", compliant: false, exemptions: [] },
          { list: "ROHS", compliant: true, exemptions: ["7(a)"] },
        ],
        materials: [],
      });
    });
  });
});
