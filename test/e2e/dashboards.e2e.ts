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
 * The dashboards in the browser, on the demo data: each staff role lands on its own after
 * logging in; the figures show the API's numbers, their tables open, counts link to the
 * filtered lists; the re-audit calendar is driven by the keyboard; admins switch between the
 * three; a supplier has none. Every dashboard also at 390 px without sideways scrolling.
 */

let portal: BuiltPortal;
let session: Session;
let buyerToken = "";
let auditorToken = "";

beforeAll(async () => {
  portal = await startBuiltPortal();
  session = await launchBrowser();
  buyerToken = await apiLogin(portal.url, "buyer@demo.esg");
  auditorToken = await apiLogin(portal.url, "auditor@demo.esg");
}, 120_000);

afterAll(async () => {
  await session?.close();
  await portal?.stop();
});

const PHONE = { width: 390, height: 844 };
const withPage = (
  prefix: string,
  run: (p: PortalPage) => Promise<void>,
  viewport?: { width: number; height: number },
) => withPageIn(session, portal.url, prefix, run, viewport);

/** Nothing wider than the window: charts fit, wide tables scroll inside their own box. */
async function expectNoPageOverflow(page: Page) {
  const overflow = await page.evaluate<number>(
    "document.documentElement.scrollWidth - document.documentElement.clientWidth",
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

/** Opens every "Show the numbers" toggle, so the pictures and the checks cover the tables. */
async function openAllTables(page: Page) {
  const toggles = page.locator("details.dash-table:not([open]) > summary");
  while ((await toggles.count()) > 0) await toggles.first().click();
}

const FIGURES = {
  procurement: [
    "suppliers-by-status",
    "grades-by-category",
    "open-findings",
    "overdue-caps",
    "score-trend",
    "top-movers",
  ],
  audits: ["audits-by-month", "reaudits-due", "cap-backlog"],
  admin: ["users-by-role", "checklists-in-use", "recent-imports", "delivery-health"],
};

describe("dashboards", () => {
  it("procurement lands on its dashboard; its counts link to the supplier list, a mover to its page", async () => {
    const { procurementDashboard: d } = await api(
      portal.url,
      `{ procurementDashboard { supplierCount suppliersByStatusAndGrade { status grade count }
         topMovers { supplierId supplierName } overdueCaps { total } } }`,
      {},
      buyerToken,
    );
    await withPage("d-procurement", async ({ page, shot }) => {
      await logIn(page, "buyer@demo.esg");
      await page.waitForURL("**/dashboard");
      await page.getByRole("heading", { name: "Procurement dashboard", level: 1 }).waitFor();
      await page.getByText(`${d.supplierCount} active suppliers`).waitFor();
      for (const id of FIGURES.procurement) await page.getByTestId(id).waitFor();
      // Every chart has drawn (a recharts surface per chart figure).
      await page
        .getByTestId("suppliers-by-status")
        .locator(".recharts-bar-rectangle")
        .first()
        .waitFor();
      await page.getByTestId("score-trend").locator(".recharts-line-curve").first().waitFor();
      await page
        .getByTestId("overdue-caps")
        .locator(".tile", { hasText: "Overdue in all" })
        .getByText(String(d.overdueCaps.total), { exact: true })
        .waitFor();
      await shot("dashboard");

      // The numbers behind the first chart, each linking to those suppliers.
      const figure = page.getByTestId("suppliers-by-status");
      await figure.getByText("Show the numbers as a table").click();
      const cell = d.suppliersByStatusAndGrade.find((c: any) => c.count > 0 && c.grade);
      const link = figure.getByRole("link", {
        name: new RegExp(
          `^${cell.count} ${cell.status.toLowerCase()} suppliers, grade ${cell.grade}$`,
        ),
      });
      await shot("status-table");
      await link.click();
      // The list cannot filter by status or grade yet: the whole list opens.
      await page.waitForURL("**/suppliers");
      await page.getByRole("heading", { name: "Suppliers", level: 1 }).waitFor();

      // A top mover opens its supplier page.
      if (d.topMovers.length > 0) {
        await page.goto("/dashboard");
        const movers = page.getByTestId("top-movers");
        await movers.getByText("Show the numbers as a table").click();
        await movers.getByRole("link", { name: d.topMovers[0].supplierName }).click();
        await page.waitForURL(`**/suppliers/${d.topMovers[0].supplierId}`);
        await page.getByRole("heading", { name: d.topMovers[0].supplierName }).waitFor();
      }
    });
  });

  it("the auditor's re-audit calendar answers the keyboard and matches the list", async () => {
    const { auditorDashboard: d } = await api(
      portal.url,
      `{ auditorDashboard { asOf reauditsDueCount reauditsDue { supplierName dueDate } } }`,
      {},
      auditorToken,
    );
    await withPage("d-auditor", async ({ page, shot }) => {
      await logIn(page, "auditor@demo.esg");
      await page.waitForURL("**/dashboard");
      await page.getByRole("heading", { name: "Audit dashboard", level: 1 }).waitFor();
      for (const id of FIGURES.audits) await page.getByTestId(id).waitFor();
      const reaudits = page.getByTestId("reaudits-due");
      await reaudits.getByText(`${d.reauditsDueCount} in all`).waitFor();
      const rows = reaudits.locator(".table-wrap tbody tr");
      expect(await rows.count()).toBe(d.reauditsDue.length);
      await shot("dashboard");

      const grid = page.getByRole("grid");
      const focusable = grid.locator('button[tabindex="0"]');
      expect(await focusable.count()).toBe(1);
      const start = new Date(`${await focusable.getAttribute("data-day")}T00:00:00Z`);
      await focusable.focus();
      // Right one day, down one week, back to the week's start with Home.
      await page.keyboard.press("ArrowRight");
      await page.keyboard.press("ArrowDown");
      const moved = new Date(start.getTime() + 8 * 86_400_000).toISOString().slice(0, 10);
      const active = await page.evaluate<string | null>(
        `document.activeElement && document.activeElement.getAttribute("data-day")`,
      );
      expect(active).toBe(moved);
      await page.keyboard.press("Enter");
      const day = page.getByTestId("calendar-day");
      await day.getByRole("heading").waitFor();
      await shot("calendar-day");
      // Page Down shows the next month (the window is 90 days, so there is one).
      const month = await page.locator("#reaudit-calendar-month").textContent();
      await page.keyboard.press("PageDown");
      await page.waitForFunction(
        `document.getElementById("reaudit-calendar-month").textContent !== ${JSON.stringify(month)}`,
      );
      // Each supplier due shows on its day: the first one's day lists it.
      if (d.reauditsDue.length > 0) {
        const first = d.reauditsDue[0];
        const key = new Date(first.dueDate).toISOString().slice(0, 10);
        await page.getByRole("button", { name: "‹ Previous month" }).click();
        const current = grid.locator(`button[data-day="${key}"]`);
        if ((await current.count()) === 0)
          await page.getByRole("button", { name: "Next month ›" }).click();
        await grid.locator(`button[data-day="${key}"]`).click();
        await day.getByRole("link", { name: first.supplierName }).first().waitFor();
      }
      await shot("calendar-first-due");
    });
  });

  it("admins land on the administration dashboard and switch to the other two", async () => {
    await withPage("d-admin", async ({ page, shot }) => {
      await logIn(page, "admin@demo.esg");
      await page.waitForURL("**/dashboard");
      await page.getByRole("heading", { name: "Administration dashboard", level: 1 }).waitFor();
      for (const id of FIGURES.admin) await page.getByTestId(id).waitFor();
      await page.getByTestId("users-by-role").getByText("Show the numbers as a table").click();
      await page
        .getByTestId("users-by-role")
        .getByRole("rowheader", { name: "Auditors" })
        .waitFor();
      await shot("dashboard");
      const tabs = page.getByRole("navigation", { name: "Dashboards" });
      await tabs.getByRole("link", { name: "Procurement dashboard" }).click();
      await page.waitForURL("**/dashboard/procurement");
      await page.getByTestId("top-movers").waitFor();
      await shot("procurement");
      await tabs.getByRole("link", { name: "Audit dashboard" }).click();
      await page.waitForURL("**/dashboard/audits");
      await page.getByRole("grid").waitFor();
      await shot("audits");
      // The findings counts link to the work queue's filtered findings list for an admin.
      await page.goto("/dashboard/procurement");
      const findings = page.getByTestId("open-findings");
      await findings.getByText("Show the numbers as a table").click();
      const links = findings.getByRole("link", { name: /^\d+ open .* findings in / });
      if ((await links.count()) > 0) {
        await links.first().click();
        await page.waitForURL(/\/queue\?status=OPEN&area=[A-Z_]+&severity=[A-Z_]+&overdue=$/);
        // The work queue's findings list shows them: every open finding of that cell.
        await page.getByRole("heading", { name: "Work queue" }).waitFor();
      }
    });
  });

  it("a supplier has no dashboard", async () => {
    await withPage("d-supplier", async ({ page, shot }) => {
      await logIn(page, "supplier@demo.esg");
      expect(await page.getByRole("link", { name: "Dashboard" }).count()).toBe(0);
      await page.goto("/dashboard");
      await page.getByRole("heading", { name: "Not found" }).waitFor();
      await shot("not-found");
    });
  });

  it.each([
    ["procurement", "buyer@demo.esg", "/dashboard", "Procurement dashboard"],
    ["audits", "auditor@demo.esg", "/dashboard", "Audit dashboard"],
    ["admin", "admin@demo.esg", "/dashboard", "Administration dashboard"],
  ] as const)(
    "the %s dashboard fits a 390 px phone, tables open",
    async (view, email, path, title) => {
      await withPage(
        `d-phone-${view}`,
        async ({ page, shot }) => {
          await logIn(page, email);
          await page.goto(path);
          await page.getByRole("heading", { name: title, level: 1 }).waitFor();
          for (const id of FIGURES[view]) await page.getByTestId(id).waitFor();
          await expectNoPageOverflow(page);
          await shot("charts");
          await openAllTables(page);
          await expectNoPageOverflow(page);
          await shot("tables");
          // One screen per figure, as a phone shows it.
          for (const id of FIGURES[view]) {
            await page.evaluate(`document.querySelector('[data-testid="${id}"]').scrollIntoView()`);
            await shot(id, { fullPage: false });
          }
        },
        PHONE,
      );
    },
  );
});
