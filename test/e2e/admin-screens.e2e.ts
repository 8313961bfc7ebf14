import {
  launchBrowser,
  logIn,
  type PortalPage,
  type Session,
  withPage as withPageIn,
} from "./support/browser";
import { api, apiLogin, startBuiltPortal, type BuiltPortal } from "./support/portal";

/**
 * The admin screens and the global search (issue 20): material categories (create, rename,
 * a regulatory list, the history of the rename), a user's role changed after a confirmation
 * (the supplier refused at its field first) and its history, the top bar's search combobox
 * driven by the keyboard to a finding and to the results page, a supplier user's search
 * finding only its own records, and every one of these pages at 390 px.
 */

let portal: BuiltPortal;
let session: Session;
const PHONE = { width: 390, height: 844 };

beforeAll(async () => {
  portal = await startBuiltPortal();
  session = await launchBrowser();
  const admin = await apiLogin(portal.url, "admin@demo.esg");
  await api(
    portal.url,
    `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
    {
      input: {
        email: "rolf.role@demo.esg",
        name: "Rolf Role",
        password: "a-long-password-1",
        role: "PROCUREMENT",
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
) =>
  withPageIn(
    session,
    portal.url,
    prefix,
    async (p) => {
      await run(p);
      expect(p.problems).toEqual([]);
    },
    viewport,
  );

const sideways = (p: PortalPage) =>
  p.page.evaluate(
    "document.documentElement.scrollWidth - document.documentElement.clientWidth",
  ) as Promise<number>;

describe("admin screens and the global search", () => {
  it("an admin creates and renames a material category, sets a list and reads its history", async () => {
    await withPage("adm-categories", async (p) => {
      const { page, shot } = p;
      await logIn(page, "admin@demo.esg");
      await page.getByRole("link", { name: "Material categories" }).click();
      await page.getByRole("heading", { name: "Material categories", level: 1 }).waitFor();
      const table = page.getByRole("table", { name: "Material categories by name" });
      await table.getByRole("row").nth(1).waitFor();
      await shot("list");

      await page.getByLabel("Code").fill("JBOX");
      await page.getByLabel("Name", { exact: true }).fill("Junction box");
      await page.getByRole("button", { name: "Create category" }).click();
      await page.getByText("Category JBOX created.").waitFor();
      const row = table.getByRole("row", { name: /JBOX/ });
      await row.getByRole("cell", { name: "Junction box", exact: true }).waitFor();

      await row.getByRole("button", { name: "Edit Junction box" }).click();
      const editor = page.getByRole("region", { name: "JBOX: Junction box" });
      await editor.getByLabel("Name").fill("x");
      await editor.getByRole("button", { name: "Save name" }).click();
      await editor.locator(".field-error").waitFor();
      await shot("rename-refused", { fullPage: false });
      await editor.getByLabel("Name").fill("Junction boxes and connectors");
      await editor.getByRole("button", { name: "Save name" }).click();
      await editor.getByText("Renamed to Junction boxes and connectors.").waitFor();
      await row.getByRole("cell", { name: "Junction boxes and connectors", exact: true }).waitFor();
      const rohs = editor.getByRole("checkbox").first();
      const listName = (await rohs.evaluate((el) => el.parentElement?.textContent ?? "")).trim();
      await rohs.click();
      await editor.getByText(`${listName} now applies to Junction boxes and connectors.`).waitFor();
      await row.getByRole("cell", { name: listName }).waitFor();
      await expect(rohs.isChecked()).resolves.toBe(true);
      await shot("edited");

      await row.getByRole("link", { name: "History of Junction boxes and connectors" }).click();
      await page
        .getByRole("heading", {
          name: "History of material category Junction boxes and connectors",
        })
        .waitFor();
      const renamed = page.getByRole("listitem").filter({ hasText: "Renamed" });
      await renamed.getByRole("cell", { name: "Junction box", exact: true }).waitFor();
      await renamed.getByRole("cell", { name: "Junction boxes and connectors" }).waitFor();
      await page.getByRole("listitem").filter({ hasText: "Created" }).waitFor();
      await shot("history");
    });
  });

  it("an admin changes a user's role after a confirmation and reads the user's history", async () => {
    await withPage("adm-role", async (p) => {
      const { page, shot } = p;
      await logIn(page, "admin@demo.esg");
      await page.goto("/admin/users");
      const row = page.getByRole("row", { name: /Rolf Role/ });
      await row.getByRole("button", { name: "Change role of Rolf Role" }).click();
      await row.getByLabel("New role of Rolf Role").selectOption("SUPPLIER");
      await row.getByRole("button", { name: "Continue" }).click();
      await row.getByRole("button", { name: "Yes, change the role" }).click();
      // No supplier chosen: refused under the supplier field, nothing changed.
      await row.locator(".field-error").waitFor();
      await row.getByRole("cell", { name: "Procurement", exact: true }).waitFor();
      await shot("supplier-required", { fullPage: false });

      await row.getByLabel("New role of Rolf Role").selectOption("AUDITOR");
      await row.getByRole("button", { name: "Continue" }).click();
      await row.getByText("Make Rolf Role Auditor? Their sessions end at once.").waitFor();
      await shot("confirm", { fullPage: false });
      await row.getByRole("button", { name: "Yes, change the role" }).click();
      await page.getByText("Rolf Role is now Auditor.").waitFor();
      await row.getByRole("cell", { name: "Auditor", exact: true }).waitFor();
      await shot("changed");

      await row.getByRole("link", { name: "History of Rolf Role" }).click();
      await page.getByRole("heading", { name: "History of user Rolf Role" }).waitFor();
      const changed = page.getByRole("listitem").filter({ hasText: "Role changed" });
      await changed.getByRole("cell", { name: "Procurement" }).waitFor();
      await changed.getByRole("cell", { name: "Auditor" }).waitFor();
      await changed.getByText("Ada Admin").waitFor();
      // A new user's first sessions are not "ended": the created event shows no such row.
      const created = page.getByRole("listitem").filter({ hasText: "Created" });
      await created.getByRole("cell", { name: "rolf.role@demo.esg" }).waitFor();
      await expect(created.getByRole("rowheader", { name: "Sessions" }).count()).resolves.toBe(0);
      await shot("history");
    });
  });

  it("the top bar's search goes by keyboard to a finding and to every result", async () => {
    await withPage("adm-search", async (p) => {
      const { page, shot } = p;
      await logIn(page, "auditor@demo.esg");
      // From a page of this journey (the home dashboard has its own journey).
      await page.goto("/search");
      const box = page.getByRole("combobox", { name: "Search suppliers, audits and findings" });
      await box.fill("pallets");
      const list = page.getByRole("listbox", { name: "Top search results" });
      const finding = list.getByRole("option", { name: /Two emergency exits/ });
      await finding.waitFor();
      await shot("live-list", { fullPage: false });
      await box.press("ArrowDown");
      await expect(finding.getAttribute("aria-selected")).resolves.toBe("true");
      await box.press("Enter");
      await page.waitForURL(/\/audits\/[^/]+#finding-/);
      await page.locator("[data-highlighted]").waitFor();
      await shot("finding");

      await box.fill("sunrise");
      await list
        .getByRole("option", { name: /Sunrise Polysilicon/ })
        .first()
        .waitFor();
      await box.press("Enter");
      await page.waitForURL(/\/search\?q=sunrise/);
      await page.getByRole("heading", { name: "Search results for “sunrise”" }).waitFor();
      const suppliers = page.getByRole("region", { name: /Suppliers/ });
      await suppliers.getByRole("link", { name: "Sunrise Polysilicon Co." }).waitFor();
      await page
        .getByRole("region", { name: /Audits/ })
        .getByRole("link")
        .first()
        .waitFor();
      await shot("results");

      await page
        .getByLabel("Search suppliers, audits and findings", { exact: true })
        .last()
        .fill("x");
      await page.getByRole("button", { name: "Search", exact: true }).click();
      await page.getByText("Type at least 2 characters.").waitFor();
    });
  });

  it("a supplier user's search finds only its own records", async () => {
    await withPage("adm-search-supplier", async (p) => {
      const { page, shot } = p;
      await logIn(page, "supplier@demo.esg");
      await page.goto("/search?q=glass");
      await page.getByRole("heading", { name: "Search results for “glass”" }).waitFor();
      await page.getByText("No supplier matches.").waitFor();
      await page.goto("/search?q=sunrise");
      await page
        .getByRole("region", { name: /Suppliers/ })
        .getByRole("link", { name: "Sunrise Polysilicon Co." })
        .waitFor();
      await shot("own-only");
      // The history pages are staff's: a supplier gets "Not found".
      await page.goto("/history/Supplier/00000000-0000-4000-8000-000000000000");
      await page.getByRole("heading", { name: "Not found" }).waitFor();
    });
  });

  it("fits 390 px: categories, users, history, search", async () => {
    await withPage(
      "adm-phone",
      async (p) => {
        const { page, shot } = p;
        await logIn(page, "admin@demo.esg");
        await page.goto("/admin/categories");
        await page.getByRole("table", { name: "Material categories by name" }).waitFor();
        expect(await sideways(p)).toBe(0);
        await shot("categories");
        await page.goto("/admin/users");
        await page.getByRole("table", { name: "Users" }).waitFor();
        expect(await sideways(p)).toBe(0);
        await shot("users");
        await page
          .getByRole("row", { name: /Rolf Role/ })
          .getByRole("link", { name: "History of Rolf Role" })
          .click();
        await page.getByRole("heading", { name: "History of user Rolf Role" }).waitFor();
        expect(await sideways(p)).toBe(0);
        await shot("history");
        await page.getByRole("button", { name: "Menu" }).waitFor();
        const box = page.getByRole("combobox", { name: "Search suppliers, audits and findings" });
        await box.fill("pallets");
        await page
          .getByRole("listbox", { name: "Top search results" })
          .getByRole("option", { name: /Two emergency exits/ })
          .waitFor();
        expect(await sideways(p)).toBe(0);
        await shot("live-list", { fullPage: false });
        await box.press("Enter");
        await page.getByRole("heading", { name: "Search results for “pallets”" }).waitFor();
        expect(await sideways(p)).toBe(0);
        await shot("results");
      },
      PHONE,
    );
  });
});
