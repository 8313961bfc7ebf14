import { dailyChanges } from "../../src/web/pages/supplier/explain";
import {
  launchBrowser,
  logIn,
  type PortalPage,
  type Session,
  withPage as withPageIn,
} from "./support/browser";
import { api, apiLogin, startBuiltPortal, type BuiltPortal } from "./support/portal";

// Evaluated in the browser: the Node-side project has no DOM types.
declare const document: any, getComputedStyle: (el: any, pseudo?: string) => any;

/**
 * The supplier page as procurement, an admin and the supplier read it (issue 20): the grade cap
 * and every status rule in words with links, the priority's terms, the audits and findings card,
 * block / unblock / archive behind confirmations, the country picker, plain labels, daily score
 * history, tables that scroll visibly at 390 px, the print layout, and the rankings filters.
 */

let portal: BuiltPortal;
let session: Session;
const ids = { alFrame: "", sunrise: "" };
const PHONE = { width: 390, height: 844 };
const ENUM_CODE =
  /\b(TO_ORIGIN|TIER1|ZERO_TOLERANCE|IN_PROGRESS|FOLLOW_UP|APPROVED|CONDITIONAL|SUSPENDED|BLOCKED)\b/;

beforeAll(async () => {
  portal = await startBuiltPortal();
  session = await launchBrowser();
  const buyer = await apiLogin(portal.url, "buyer@demo.esg");
  const list = await api(
    portal.url,
    `query { suppliers(first: 100) { edges { node { id name } } } }`,
    {},
    buyer,
  );
  const byName = (part: string) =>
    list.suppliers.edges.find((e: { node: { name: string } }) => e.node.name.includes(part)).node;
  ids.alFrame = byName("Al-Frame").id;
  ids.sunrise = byName("Sunrise").id;
  await api(
    portal.url,
    `mutation($s: ID!) { adjustPriority(input: { supplierId: $s, delta: 3, reason: "Only local extrusion source for the frames" }) { id } }`,
    { s: ids.alFrame },
    buyer,
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

/** Nothing wider than the window: wide tables scroll inside their own box. */
async function expectNoPageOverflow(p: PortalPage) {
  const [scroll, client] = await p.page.evaluate(() => [
    document.documentElement.scrollWidth,
    document.documentElement.clientWidth,
  ]);
  expect(scroll).toBeLessThanOrEqual(client);
}

describe("the supplier page", () => {
  it("explains Al-Frame's grade, status and priority in words, with links, to procurement", async () => {
    await withPage("sp-buyer", async ({ page, shot }) => {
      await logIn(page, "buyer@demo.esg");
      await page.goto(`/suppliers/${ids.alFrame}`);
      const why = page.locator("#standing-explained");
      await why.getByText(/The ESG score 77\.\d+ alone would give grade B/).waitFor();
      await why.getByText("1 open zero-tolerance finding caps the grade at E").waitFor();
      await why.getByText(/^Suspended: 1 open zero-tolerance finding/).waitFor();
      await why.getByText(/^Conditional: 2 overdue major or zero-tolerance findings/).waitFor();
      await why.getByText(/^Conditional: the grade is E/).waitFor();
      // Procurement does not read the audit trail: no History links, no scheduling.
      await expect(page.getByRole("link", { name: /^History/ }).count()).resolves.toBe(0);
      await expect(page.getByText(/^Schedule an audit of/).count()).resolves.toBe(0);
      // Plain labels: no enum code in the badges, the explanation or the records.
      expect(await page.locator(".page-head").textContent()).not.toMatch(ENUM_CODE);
      expect(await why.textContent()).not.toMatch(ENUM_CODE);
      expect(await page.locator("#supplier-findings").textContent()).not.toMatch(ENUM_CODE);
      await shot("why-grade-and-status");

      // Priority terms: the ranking's own lines, the manual adjustment with author and date.
      const priority = page.locator("#priority-explained");
      await priority.getByText(/^Priority \d+\.\d\d, rank \d+/).waitFor();
      const row = priority.getByRole("row", { name: /Manual adjustment: Only local extrusion/ });
      await row.getByRole("link", { name: /By Paula Procurement on \d{4}-\d\d-\d\d/ }).waitFor();
      await priority.getByRole("link", { name: "How the ESG score is made" }).waitFor();
      await priority.scrollIntoViewIfNeeded();
      await shot("priority-terms", { fullPage: false });

      // Score history: one point per day and only changes, as the API's snapshots give them.
      const history = await api(
        portal.url,
        `query($id: ID!) { supplier(id: $id) { scoreHistory(first: 100) { edges { node { id overall grade computedAt cause } } } } }`,
        { id: ids.alFrame },
        await apiLogin(portal.url, "buyer@demo.esg"),
      );
      const expected = dailyChanges(
        history.supplier.scoreHistory.edges.map((e: { node: unknown }) => e.node),
      ).length;
      const dots = page.locator(".recharts-line-dots circle, .recharts-line-dot");
      await dots.first().waitFor();
      expect(await dots.count()).toBe(expected);

      // The audits card and a finding link land on the finding in its audit.
      const records = page.locator("#supplier-audits");
      await records
        .getByRole("link", { name: /audit, completed \d{4}-\d\d-\d\d/ })
        .first()
        .waitFor();
      await records.scrollIntoViewIfNeeded();
      await shot("audits-and-findings", { fullPage: false });
      await why
        .getByRole("link", { name: /Zero tolerance finding in child/ })
        .first()
        .click();
      await page.waitForURL(/\/audits\/[0-9a-f-]+#finding-[0-9a-f-]+$/);
      await page.locator("[data-highlighted]").first().waitFor();
      await shot("finding-from-link", { fullPage: false });

      // Print: no navigation or buttons, links written out.
      await page.goto(`/suppliers/${ids.alFrame}`);
      await why.waitFor();
      await page.emulateMedia({ media: "print" });
      expect(await page.locator(".topbar").isVisible()).toBe(false);
      expect(await page.getByRole("button", { name: "Add adjustment" }).isVisible()).toBe(false);
      const after = await page
        .locator("#standing-explained a[href^='/audits/']")
        .first()
        .evaluate((a) => getComputedStyle(a, "::after").content);
      expect(after).toContain("/audits/");
      await shot("print");
      await page.emulateMedia({ media: "screen" });
    });
  });

  it("fits 390 px: the findings table scrolls inside a marked box", async () => {
    await withPage(
      "sp-buyer-390",
      async (p) => {
        await logIn(p.page, "buyer@demo.esg");
        await p.page.goto(`/suppliers/${ids.alFrame}`);
        const findings = p.page.locator("#supplier-findings");
        await findings.getByText("Scroll sideways to see every column").waitFor();
        await findings.getByRole("region", { name: /^Findings\W+scrolls sideways/ }).waitFor();
        await expectNoPageOverflow(p);
        await p.shot("supplier-page");
        await findings.scrollIntoViewIfNeeded();
        await p.shot("findings-scroll-cue", { fullPage: false });
        await p.page.goto("/rankings");
        await p.page.getByRole("form", { name: "Ranking filters" }).waitFor();
        await p.page.locator("table.rankings").waitFor();
        await expectNoPageOverflow(p);
        await p.shot("rankings");
      },
      PHONE,
    );
  });

  it("rankings: the filters start at the top of their card, statuses in words", async () => {
    await withPage("sp-rankings", async ({ page, shot }) => {
      await logIn(page, "buyer@demo.esg");
      await page.goto("/rankings");
      const form = page.getByRole("form", { name: "Ranking filters" });
      await page.locator("table.rankings").waitFor();
      const formBox = (await form.boundingBox())!;
      const labelBox = (await form.getByText("Material category", { exact: true }).boundingBox())!;
      // The blank band: the labels sat at the bottom of a card as tall as the status list.
      expect(labelBox.y - formBox.y).toBeLessThan(40);
      await form.getByLabel("Conditional").waitFor();
      // Country by name: "swe" finds Sweden, the filter sends SE.
      await form.getByLabel("Country").fill("swe");
      await page.getByRole("option", { name: /^Sweden/ }).waitFor();
      await shot("country-options", { fullPage: false });
      await form.getByLabel("Country").press("Enter");
      await expect(form.getByLabel("Country").inputValue()).resolves.toBe("Sweden (SE)");
      await form.getByRole("button", { name: "Apply filters" }).click();
      // NordGlass is listed before the filter applies too: wait for the list to narrow.
      await page.waitForFunction(
        () => document.querySelectorAll("table.rankings > tbody > tr").length === 1,
      );
      await page.getByRole("link", { name: "NordGlass Solar AB" }).waitFor();
      await shot("rankings-filtered");
    });
  });

  it("an admin creates a supplier with the country picker, blocks, unblocks and archives it", async () => {
    const name = "Baltic Frame OÜ";
    await withPage("sp-admin", async ({ page, shot }) => {
      await logIn(page, "admin@demo.esg");
      await page.goto("/admin/suppliers");
      const form = page.locator("form", {
        has: page.getByRole("heading", { name: "Create a supplier" }),
      });
      await form.getByLabel("Name", { exact: true }).fill(name);
      const country = form.getByRole("combobox", { name: "Country" });
      await country.fill("esto");
      await page.getByRole("option", { name: /^Estonia/ }).waitFor();
      await country.press("ArrowDown");
      await country.press("ArrowUp");
      await country.press("Enter");
      await expect(country.inputValue()).resolves.toBe("Estonia (EE)");
      await form.getByLabel("Contact e-mail").fill("esg@baltic-frame.example");
      await shot("create-with-country", { fullPage: false });
      await form.getByRole("button", { name: "Create supplier" }).click();
      await form.getByRole("link", { name }).click();
      await page.getByRole("heading", { name, level: 1 }).waitFor();
      const admin = await apiLogin(portal.url, "admin@demo.esg");
      const id = page.url().split("/").pop()!;
      const read = () =>
        api(
          portal.url,
          `query($id: ID!) { supplier(id: $id) { country status archived blockedByAdmin } }`,
          { id },
          admin,
        );
      expect((await read()).supplier.country).toBe("EE");

      // The profile form: the country by name, changed by keyboard, stored as its code.
      const profile = page.getByRole("combobox", { name: "Country" });
      await expect(profile.inputValue()).resolves.toBe("Estonia (EE)");
      await profile.fill("latv");
      await profile.press("Enter");
      await page.getByRole("button", { name: "Save profile" }).click();
      for (let i = 0; i < 50 && (await read()).supplier.country !== "LV"; i++) {
        await page.waitForTimeout(100);
      }
      expect((await read()).supplier.country).toBe("LV");

      // Block: a confirmation with the reason; a too-short reason is refused at its field.
      const card = page.locator("#supplier-block");
      await card.getByRole("button", { name: "Block…", exact: true }).click();
      const dialog = page.getByRole("dialog", { name: `Block ${name}?` });
      await dialog.getByLabel("Reason (at least 10 characters)").fill("short");
      await dialog.getByRole("button", { name: "Block supplier" }).click();
      await dialog.locator(".field-error").waitFor();
      await shot("block-reason-refused", { fullPage: false });
      expect((await read()).supplier.blockedByAdmin).toBe(false);
      await dialog
        .getByLabel("Reason (at least 10 characters)")
        .fill("Customs seizure of a frame shipment under investigation");
      await dialog.getByRole("button", { name: "Block supplier" }).click();
      await card
        .getByText(/Ada Admin blocked Baltic Frame OÜ on \d{4}-\d\d-\d\d \d\d:\d\d UTC because/)
        .waitFor();
      await page
        .locator("#standing-explained")
        .getByText(/^Blocked: an administrator blocked the supplier because/)
        .waitFor();
      expect(await read()).toMatchObject({ supplier: { status: "BLOCKED", blockedByAdmin: true } });
      await shot("blocked");

      await card.getByRole("button", { name: "Unblock…" }).click();
      await page
        .getByRole("dialog", { name: `Unblock ${name}?` })
        .getByRole("button", { name: "Unblock supplier" })
        .click();
      await card.getByRole("button", { name: "Block…", exact: true }).waitFor();
      expect((await read()).supplier.blockedByAdmin).toBe(false);

      // The supplier's History: the block with its reason, then the unblock, newest first.
      await page
        .locator(".page-head")
        .getByRole("link", { name: /^History/ })
        .click();
      await page.getByRole("heading", { level: 1, name: `History of supplier ${name}` }).waitFor();
      const events = page.locator("li.history-event h2");
      await expect(events.nth(0).textContent()).resolves.toMatch(/^Unblocked,/);
      await expect(events.nth(1).textContent()).resolves.toMatch(/^Blocked,/);
      await page
        .getByText("Customs seizure of a frame shipment under investigation")
        .first()
        .waitFor();
      await shot("supplier-history");
      await page.goBack();

      // Schedule an audit from the supplier page: the supplier is fixed, not asked for.
      await page.getByText(`Schedule an audit of ${name}`).click();
      const schedule = page.getByRole("form", { name: "Schedule an audit" });
      await expect(schedule.getByLabel("Supplier", { exact: true }).count()).resolves.toBe(0);
      await schedule.getByLabel("Planned date").fill("2027-03-15");
      await schedule.getByRole("button", { name: "Schedule audit" }).click();
      await schedule.getByText(`Audit scheduled:`).waitFor();
      await schedule.getByRole("link", { name: `${name}, planned 2027-03-15` }).waitFor();
      await page.getByRole("link", { name: /Periodic audit, planned/ }).waitFor();
      await shot("audit-scheduled-here", { fullPage: false });

      // Archive: Cancel changes nothing; confirming archives and says by whom.
      await card.getByRole("button", { name: "Archive…" }).click();
      const archive = page.getByRole("dialog", { name: `Archive ${name}?` });
      await shot("archive-confirm", { fullPage: false });
      await archive.getByRole("button", { name: "Cancel" }).click();
      expect((await read()).supplier.archived).toBe(false);
      await card.getByRole("button", { name: "Archive…" }).click();
      await archive.getByRole("button", { name: "Archive supplier" }).click();
      await card.getByTestId("archived").waitFor();
      expect((await read()).supplier.archived).toBe(true);
      await shot("archived");

      // The admin list leaves archived suppliers out unless asked.
      await page.goto("/admin/suppliers");
      await page.getByRole("searchbox", { name: "Search suppliers" }).fill("Baltic Frame");
      await page.getByText("No suppliers found.").waitFor();
      await page.getByLabel("Include archived suppliers").check();
      await page.getByRole("link", { name }).waitFor();
      await shot("admin-list-archived");
    });
  });

  it("the supplier reads its own page in words at 390 px, without staff-only parts", async () => {
    await withPage(
      "sp-supplier-390",
      async (p) => {
        await logIn(p.page, "supplier@demo.esg");
        await p.page.goto(`/suppliers/${ids.sunrise}`);
        await p.page
          .locator("#standing-explained")
          .getByText(/^Status:/)
          .waitFor();
        expect(await p.page.locator("#priority-explained").count()).toBe(0);
        expect(await p.page.locator("#supplier-block").count()).toBe(0);
        expect(await p.page.locator("#standing-explained").textContent()).not.toMatch(ENUM_CODE);
        await expectNoPageOverflow(p);
        await p.shot("own-page");
      },
      PHONE,
    );
  });
});
