import { dailyChanges } from "../../src/web/pages/supplier/explain";
import fs from "node:fs";
import type { Page } from "playwright-core";
import {
  launchBrowser,
  logIn,
  logOut,
  type PortalPage,
  type Session,
  withPage as withPageIn,
} from "./support/browser";
import { api, apiLogin, startBuiltPortal, type BuiltPortal } from "./support/portal";

/**
 * The six browser journeys of the web portal, in order on one demo database: a supplier
 * submits a self-assessment; an auditor completes CellVolt's planned audit with a MAJOR finding
 * picked on the risk matrix; CellVolt's supplier user proposes a corrective action plan;
 * procurement sees CellVolt's grade and rank change, adjusts its priority and downloads the CSV;
 * a supplier cannot open another supplier's pages by editing the URL; procurement sees a
 * declaration's ELIMINATE target substance flagged on the ranking row.
 */

let portal: BuiltPortal;
let session: Session;
const ids: {
  cellvolt: string;
  nordglass: string;
  sunrise: string;
  cellvoltAudit: string;
  nordglassSaq: string;
} = { cellvolt: "", nordglass: "", sunrise: "", cellvoltAudit: "", nordglassSaq: "" };
let before: { rank: number | null; grade: string | null };

const RANKING = `query { supplierRankings(first: 100) { edges { node { rank grade supplier { id } } } } }`;

async function rankingOf(token: string, supplierId: string) {
  const data = await api(portal.url, RANKING, {}, token);
  const row = data.supplierRankings.edges.find((e: any) => e.node.supplier.id === supplierId);
  return {
    rank: row ? (row.node.rank as number) : null,
    grade: row ? (row.node.grade as string) : null,
  };
}

beforeAll(async () => {
  portal = await startBuiltPortal();
  session = await launchBrowser();
  const admin = await apiLogin(portal.url, "admin@demo.esg");
  const suppliers = await api(
    portal.url,
    `query { suppliers(first: 100) { edges { node { id name selfAssessments { id status } } } } }`,
    {},
    admin,
  );
  const byName = (prefix: string) =>
    suppliers.suppliers.edges.find((e: any) => e.node.name.startsWith(prefix)).node;
  ids.cellvolt = byName("CellVolt").id;
  ids.nordglass = byName("NordGlass").id;
  ids.sunrise = byName("Sunrise").id;
  ids.nordglassSaq = byName("NordGlass").selfAssessments[0].id;
  const audits = await api(
    portal.url,
    `query($s: ID!) { audits(filter: { supplierId: $s, status: PLANNED }) { edges { node { id } } } }`,
    { s: ids.cellvolt },
    admin,
  );
  ids.cellvoltAudit = audits.audits.edges[0].node.id;
  // CellVolt has no supplier user in the demo: the admin creates one for journey (c).
  await api(
    portal.url,
    `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
    {
      input: {
        email: "cellvolt@demo.esg",
        name: "Clara Volt (CellVolt)",
        password: "demo-password-1",
        role: "SUPPLIER",
        supplierId: ids.cellvolt,
      },
    },
    admin,
  );
  before = await rankingOf(await apiLogin(portal.url, "buyer@demo.esg"), ids.cellvolt);
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

async function answerItem(page: Page, code: string) {
  const item = page.locator(`li[data-code="${code}"]`);
  const type = await item.getAttribute("data-type");
  switch (type) {
    case "YES_NO":
      await item.getByLabel("Yes", { exact: true }).check();
      break;
    case "SCALE_0_4":
      await item.getByLabel("4", { exact: true }).check();
      break;
    case "NUMBER":
      await item.getByLabel(`Answer to ${code} (number)`).fill("12");
      await item.getByLabel(`Answer to ${code} (number)`).blur();
      break;
    case "TEXT":
      await item
        .getByLabel(`Answer to ${code}`, { exact: true })
        .fill(`Our practice for ${code} is documented.`);
      await item.getByLabel(`Answer to ${code}`, { exact: true }).blur();
      break;
  }
  if ((await item.getAttribute("data-evidence-required")) === "true") {
    await item.getByLabel(`Evidence title for ${code}`).fill(`Evidence for ${code}`);
    await item
      .getByLabel(`Evidence URL for ${code}`)
      .fill(`https://evidence.example/${code.toLowerCase()}.pdf`);
    await item.getByRole("button", { name: "Add evidence" }).click();
  }
}

/** The score-history chart's points, oldest first, as its caption lists them for screen readers. */
async function historyPoints(page: Page): Promise<{ day: string; overall: number }[]> {
  const caption = await page
    .locator('figure[aria-label="ESG score history line chart"] figcaption')
    .textContent();
  return (caption ?? "")
    .split("; ")
    .filter(Boolean)
    .map((entry) => {
      const match = /^(.+) #\d+: (-?[\d.]+) \(/.exec(entry);
      if (!match) throw new Error(`unexpected history point: ${entry}`);
      return { day: match[1], overall: Number(match[2]) };
    });
}

describe("web portal journeys", () => {
  it("(a) a supplier fills every answer of a self-assessment and submits it", async () => {
    await withPage("a-supplier-saq", async ({ page, shot }) => {
      await logIn(page, "supplier@demo.esg");
      await shot("overview");
      await page.getByRole("link", { name: "Self-assessments" }).first().click();
      await page.getByRole("heading", { name: "Start a self-assessment" }).waitFor();
      await shot("saq-list");
      await page.getByRole("button", { name: "Start" }).click();
      // The heading carries the reference that tells two self-assessments apart.
      await page.getByRole("heading", { name: /^Self-assessment SAQ-\S+: / }).waitFor();
      const codes = await page
        .locator("li.saq-item")
        .evaluateAll((items) => items.map((item) => item.getAttribute("data-code")!));
      expect(codes.length).toBeGreaterThanOrEqual(30);
      // Nine areas, one section each.
      await expect(page.locator("section.area").count()).resolves.toBe(9);

      // Answer the first three, then try to submit: the missing items are listed.
      for (const code of codes.slice(0, 3)) await answerItem(page, code);
      await page.getByText("All changes saved").waitFor();
      await page.getByRole("button", { name: "Submit self-assessment" }).click();
      const missing = page.locator("ul.missing li");
      await missing.first().waitFor();
      expect(await missing.count()).toBe(codes.length - 3);
      await page.locator(".submit-box").scrollIntoViewIfNeeded();
      await shot("submit-refused-missing-list", { fullPage: false });

      for (const code of codes.slice(3)) await answerItem(page, code);
      await page.getByText("All changes saved").waitFor();
      await page.getByText("100% complete").waitFor();
      await shot("all-answered", { fullPage: false });
      await page.getByRole("button", { name: "Submit self-assessment" }).click();
      await page.getByText("Submitted; waiting for review.").waitFor();
      await expect(page.locator(".page-head .badge").textContent()).resolves.toBe("Submitted");
      await shot("submitted", { fullPage: false });

      // Reloading keeps the session (sessionStorage) and shows the saved state.
      await page.reload();
      await page.getByText("Submitted; waiting for review.").waitFor();
      expect(page.url()).not.toMatch(/token/i);
    });
  });

  it("(b) an auditor completes CellVolt's audit with a MAJOR finding chosen on the risk matrix", async () => {
    await withPage("b-auditor-audit", async ({ page, shot }) => {
      await logIn(page, "auditor@demo.esg");
      // The dashboard is the home page now: open the page this step starts from.
      await page.goto("/queue");
      await page.getByRole("heading", { name: "Work queue" }).waitFor();
      await page
        .getByRole("link", { name: /CellVolt Battery Materials GmbH: Initial audit/ })
        .click();
      await page.getByRole("button", { name: "Start audit" }).click();
      await page.getByRole("heading", { name: "Results per checklist item" }).waitFor();

      // Completing now is refused, with every item lacking a result listed.
      await page.getByRole("button", { name: "Complete audit" }).click();
      await page.getByRole("dialog", { name: "Complete this audit?" }).waitFor();
      await page.getByRole("button", { name: "Yes, complete the audit" }).click();
      await page.getByText("The audit cannot be completed yet:").waitFor();
      await shot("complete-refused");

      await page
        .getByRole("button", { name: "Mark every item without a result as conforming" })
        .click();
      await page.getByRole("button", { name: /^Yes, mark 40 item/ }).click();
      const hs = page.locator('li[data-code="HS-03"]');
      await hs.getByLabel("Non-conforms").check();
      await expect(page.getByText("40 of 40 items have a result").count()).resolves.toBe(1);
      await page.getByRole("button", { name: /^Save 40 result/ }).click();
      await page.getByText("Results saved.").waitFor();

      await page.getByLabel("Area").selectOption("HEALTH_AND_SAFETY");
      const itemSelect = page.getByLabel("Checklist item (optional)");
      const hs03 = await itemSelect.locator("option", { hasText: "HS-03" }).getAttribute("value");
      await itemSelect.selectOption(hs03!);
      await page.getByLabel("Severity").selectOption("MAJOR");
      await page.getByRole("button", { name: "Likelihood 4, impact 3: score 12, HIGH" }).click();
      // The matrix is keyboard usable too: arrows move the choice, focus follows.
      await page.keyboard.press("ArrowUp");
      await page.getByText("Likelihood 4 × impact 4 = 16").waitFor();
      await page.keyboard.press("ArrowDown");
      await page.getByText("Likelihood 4 × impact 3 = 12").waitFor();
      await expect(
        page
          .getByRole("button", { name: "Likelihood 4, impact 3: score 12, HIGH" })
          .getAttribute("aria-pressed"),
      ).resolves.toBe("true");
      await page
        .getByLabel("Description")
        .fill("Emergency exits of the cathode hall blocked by pallets during the walk-through.");
      await shot("finding-form-matrix", { fullPage: false });
      await page.getByRole("button", { name: "Record finding" }).click();
      await page.getByText("Finding recorded.").waitFor();
      await page.locator('li.finding[data-severity="MAJOR"]').waitFor();

      await page.getByRole("button", { name: "Complete audit" }).click();
      await page.getByRole("button", { name: "Yes, complete the audit" }).click();
      await expect(page.locator(".page-head .badge").textContent()).resolves.toBeDefined();
      await page.locator(".page-head .badge", { hasText: "COMPLETED" }).waitFor();
      await shot("completed");
    });
  });

  it("(c) CellVolt's supplier user proposes a corrective action plan for the finding", async () => {
    await withPage("c-supplier-cap", async ({ page, shot }) => {
      await logIn(page, "cellvolt@demo.esg");
      await page.getByRole("link", { name: "Audits & findings" }).click();
      await page.getByRole("link", { name: /Initial audit, completed/ }).click();
      const finding = page.locator('li.finding[data-severity="MAJOR"]');
      await finding.getByText("HIGH").first().waitFor();
      await finding.getByLabel("Root cause").fill("No owner for keeping the exits clear.");
      await finding
        .getByLabel("Actions")
        .fill("Paint no-storage zones, add exits to the daily shift walk, train forklift drivers.");
      await finding.getByLabel("Owner").fill("Jonas Berg, EHS lead");
      const target = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
      await finding.getByLabel("Target date").fill(target);
      await shot("cap-form");
      await finding.getByRole("button", { name: "Propose plan" }).click();
      await finding.locator(".badge", { hasText: "PROPOSED" }).waitFor();
      await shot("cap-proposed");
    });
  });

  it("the plan goes round: auditor accepts, supplier marks it implemented, auditor verifies", async () => {
    await withPage("c2-cap-lifecycle", async ({ page, shot }) => {
      await logIn(page, "auditor@demo.esg");
      // The dashboard is the home page now: open the page this step starts from.
      await page.goto("/queue");
      const queue = page.locator(".card", {
        has: page.getByRole("heading", { name: "Corrective actions to review" }),
      });
      await queue
        .getByRole("link", { name: /CellVolt Battery Materials GmbH: Major finding/ })
        .click();
      const finding = page.locator('li.finding[data-severity="MAJOR"]');
      await finding.getByRole("button", { name: "Reject plan" }).click();
      await finding.locator(".field-error").first().waitFor();
      await finding.getByRole("button", { name: "Accept plan" }).click();
      await finding.locator(".badge", { hasText: "ACCEPTED" }).waitFor();
      await logOut(page);

      await logIn(page, "cellvolt@demo.esg");
      await page.getByRole("link", { name: "Audits & findings" }).click();
      await page.getByRole("link", { name: /Initial audit, completed/ }).click();
      await finding.getByLabel("Evidence title").fill("Photos of the marked exit zones");
      await finding
        .getByLabel("Evidence URL")
        .fill("https://evidence.example/cellvolt/cv-ehs-2026-17.pdf");
      await finding.getByRole("button", { name: "Mark implemented" }).click();
      await finding.locator(".badge", { hasText: "IMPLEMENTED" }).waitFor();
      await shot("implemented", { fullPage: false });
      await logOut(page);

      await logIn(page, "auditor@demo.esg");
      // The dashboard is the home page now: open the page this step starts from.
      await page.goto("/queue");
      await queue
        .getByRole("link", { name: /CellVolt Battery Materials GmbH: Major finding/ })
        .click();
      await finding.getByRole("button", { name: "Effective: close finding" }).click();
      await finding.locator(".badge", { hasText: "VERIFIED" }).waitFor();
      await finding.getByText("CLOSED").first().waitFor();
      await shot("verified");
    });
  });

  it("(d) procurement sees CellVolt's grade and rank change, adjusts it and downloads the CSV", async () => {
    await withPage("d-procurement", async ({ page, shot }) => {
      await logIn(page, "buyer@demo.esg");
      // The dashboard is the home page now: open the page this step starts from.
      await page.goto("/rankings");
      await page.getByRole("heading", { name: "Supplier rankings" }).waitFor();
      const row = page.locator('tr[data-supplier="CellVolt Battery Materials GmbH"]');
      await row.waitFor();
      const rank = Number(await row.locator("td.rank").textContent());
      const grade = (await row.locator("td.grade-cell").textContent())?.trim();
      expect({ rank, grade }).not.toEqual(before);
      expect(grade).not.toBe(before.grade);
      expect(rank).not.toBe(before.rank);
      await shot("rankings");

      await row.getByRole("link", { name: "CellVolt Battery Materials GmbH" }).click();
      await page.getByRole("heading", { name: "Area scores" }).waitFor();
      // Charts drawn from the API's data: nine radar axes and one history point per snapshot.
      await page.locator(".recharts-polar-angle-axis-tick").first().waitFor();
      expect(await page.locator(".recharts-polar-angle-axis-tick").count()).toBe(9);
      await page.locator(".recharts-radar-polygon path, .recharts-radar path").first().waitFor();
      const dots = page.locator(".recharts-line-dots circle, .recharts-line-dot");
      await dots.first().waitFor();
      const history = await api(
        portal.url,
        `query($id: ID!) { supplier(id: $id) { scoreHistory(first: 100) { edges { node { id overall grade computedAt cause } } } score { overall } } }`,
        { id: ids.cellvolt },
        await apiLogin(portal.url, "buyer@demo.esg"),
      );
      // One point per day and only changes (issue 20): the page's own rule over the API's snapshots.
      const snapshots: { overall: number; computedAt: string }[] =
        history.supplier.scoreHistory.edges.map((e: { node: never }) => e.node);
      expect(await dots.count()).toBe(dailyChanges(snapshots as never[]).length);
      // Step (b) really moved the score, so the snapshots hold different values, yet the chart
      // merges each day into its last value: no two points on one day, none repeating the one
      // before, and the newest is the score shown.
      expect(new Set(snapshots.map((snap) => snap.overall)).size).toBeGreaterThanOrEqual(2);
      const points = await historyPoints(page);
      const days = new Set(snapshots.map((snap) => snap.computedAt.slice(0, 10)));
      expect(points.length).toBe(await dots.count());
      expect(points.length).toBeLessThanOrEqual(days.size);
      expect(points.length).toBeLessThan(snapshots.length);
      expect(new Set(points.map((point) => point.day)).size).toBe(points.length);
      points.slice(1).forEach((point, i) => expect(point.overall).not.toBe(points[i].overall));
      expect(points.at(-1)!.overall).toBeCloseTo(history.supplier.score.overall, 1);
      await expect(page.getByTestId("esg-score").textContent()).resolves.toBe(
        history.supplier.score.overall.toFixed(1),
      );
      await expect(page.getByText(`Grade ${grade}`).count()).resolves.toBeGreaterThan(0);
      await shot("supplier-charts");

      await page.getByLabel("Delta (-30 to +30 points)").fill("7");
      await page.getByLabel("Reason (at least 10 characters)").fill("short");
      await page.getByRole("button", { name: "Add adjustment" }).click();
      await page.locator(".field-error").first().waitFor();
      await shot("adjustment-reason-refused", { fullPage: false });
      await page
        .getByLabel("Reason (at least 10 characters)")
        .fill("Only qualified LFP cathode source in the EU for the 2027 storage line");
      await page.getByRole("button", { name: "Add adjustment" }).click();
      await page.getByText("Adjustment saved; the ranking counts it now.").waitFor();
      await page.getByText("Only qualified LFP cathode source in the EU").first().waitFor();
      await shot("adjustment-added");

      // A supplier with a longer history: one point per day that changed it (issue 20).
      await page.goto(`/suppliers/${ids.sunrise}`);
      await page.locator(".recharts-line-dots circle, .recharts-line-dot").first().waitFor();
      const sunrise = await api(
        portal.url,
        `query($id: ID!) { supplier(id: $id) { scoreHistory(first: 100) { edges { node { id overall grade computedAt cause } } } } }`,
        { id: ids.sunrise },
        await apiLogin(portal.url, "buyer@demo.esg"),
      );
      expect(await page.locator(".recharts-line-dots circle, .recharts-line-dot").count()).toBe(
        dailyChanges(sunrise.supplier.scoreHistory.edges.map((e: { node: never }) => e.node))
          .length,
      );
      await shot("sunrise-history");

      await page.getByRole("link", { name: "Rankings" }).click();
      await row.waitFor();
      await expect(row.getByText("1 adjustment(s)").count()).resolves.toBe(1);
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Download CSV" }).click(),
      ]);
      expect(download.suggestedFilename()).toBe("supplier-rankings.csv");
      const file = await download.path();
      const csv = fs.readFileSync(file, "utf8");
      expect(csv.split("\n")[0]).toContain("rank");
      expect(csv).toContain("CellVolt Battery Materials GmbH");
      expect(download.url()).not.toMatch(/token|bearer/i);
      await shot("rankings-after-adjustment");
    });
  });

  it("(f) procurement sees an ELIMINATE target substance flagged on the ranking row, the priority unchanged", async () => {
    const admin = await apiLogin(portal.url, "admin@demo.esg");
    const buyer = await apiLogin(portal.url, "buyer@demo.esg");
    const priorityOf = async () => {
      const data = await api(
        portal.url,
        `query { supplierRankings(first: 100) { edges { node { priorityScore supplier { id } } } } }`,
        {},
        buyer,
      );
      return data.supplierRankings.edges.find((e: any) => e.node.supplier.id === ids.nordglass).node
        .priorityScore as number;
    };
    const before = await priorityOf();
    const { materialCategories } = await api(
      portal.url,
      `query { materialCategories { id code } }`,
      {},
      admin,
    );
    const glass = materialCategories.find((c: any) => c.code === "GLASS").id;
    const { createMaterialDeclaration: created } = await api(
      portal.url,
      `mutation($input: MaterialDeclarationInput!) { createMaterialDeclaration(input: $input) { id } }`,
      {
        input: {
          supplierId: ids.nordglass,
          categoryId: glass,
          declarationClass: "C",
          partNumber: "LAMP-9",
          partName: "Kiln indicator lamp",
          statements: [],
          materials: [
            {
              name: "Lamp glass",
              massMg: 500,
              substances: [{ cas: "7439-97-6", name: "Mercury", ppm: 5 }],
            },
          ],
          validUntil: new Date(Date.now() + 365 * 86_400_000).toISOString(),
        },
      },
      admin,
    );
    await api(
      portal.url,
      `mutation($id: ID!) { submitMaterialDeclaration(id: $id) { id } }`,
      { id: created.id },
      admin,
    );
    await api(
      portal.url,
      `mutation($id: ID!) { reviewMaterialDeclaration(id: $id, accept: true) { id } }`,
      { id: created.id },
      admin,
    );
    expect(await priorityOf()).toBe(before);

    await withPage("f-target-substances", async ({ page, shot }) => {
      await logIn(page, "buyer@demo.esg");
      // The dashboard is the home page now: open the page this step starts from.
      await page.goto("/rankings");
      await page.getByRole("heading", { name: "Supplier rankings" }).waitFor();
      const row = page.locator('tr[data-supplier^="NordGlass"]');
      await row.locator(".badge", { hasText: "contains Mercury (ELIMINATE)" }).waitFor();
      await row
        .getByRole("link", { name: /part LAMP-9 \(Kiln indicator lamp\), Lamp glass/ })
        .waitFor();
      await row.locator("details.explanation summary").click();
      await row
        .getByText(
          `Contains ELIMINATE target substance Mercury (CAS 7439-97-6) (material declaration ${created.id}, part LAMP-9 (Kiln indicator lamp)); no score change`,
        )
        .waitFor();
      await shot("rankings-target-substance");
    });
  });

  it("(e) a supplier cannot reach another supplier's pages by editing the URL", async () => {
    await withPage("e-supplier-url", async ({ page, shot }) => {
      await logIn(page, "supplier@demo.esg");
      for (const path of [
        `/suppliers/${ids.cellvolt}`,
        `/suppliers/${ids.nordglass}`,
        `/audits/${ids.cellvoltAudit}`,
        `/saqs/${ids.nordglassSaq}`,
        `/rankings`,
        `/admin/users`,
      ]) {
        await page.goto(path);
        await page.getByRole("heading", { name: "Not found" }).waitFor();
        await expect(page.getByText("CellVolt").count()).resolves.toBe(0);
        await expect(page.getByText("NordGlass").count()).resolves.toBe(0);
      }
      await shot("not-found");
    });
  });

  it("a supplier edits its profile; a concurrent change answers 'someone changed this, reload'", async () => {
    await withPage("i-supplier-profile", async ({ page, shot }) => {
      await logIn(page, "supplier@demo.esg");
      await page.getByRole("link", { name: "Profile & sites" }).click();
      await page.getByRole("heading", { name: "Profile and sites" }).waitFor();
      // Someone else (the admin) saves a change after the page was loaded.
      const admin = await apiLogin(portal.url, "admin@demo.esg");
      const current = await api(
        portal.url,
        `query($id: ID!) { supplier(id: $id) { version } }`,
        { id: ids.sunrise },
        admin,
      );
      await api(
        portal.url,
        `mutation($id: ID!, $v: Int!) { updateSupplier(id: $id, expectedVersion: $v, input: { legalName: "Sunrise Polysilicon Co., Ltd." }) { version } }`,
        { id: ids.sunrise, v: current.supplier.version },
        admin,
      );
      await page.getByLabel("Recycled content share (%)").fill("9");
      await page.getByRole("button", { name: "Save profile" }).click();
      await page.getByText("Someone changed this profile in the meantime").waitFor();
      await shot("conflict", { fullPage: false });
      await page.getByRole("button", { name: "Reload" }).click();
      // Master data is the buyer's: shown, not offered for editing, with the admin's change.
      await page.getByText("Sunrise Polysilicon Co., Ltd.").waitFor();
      await page.getByTestId("master-data-note").waitFor();
      // The supplier's own country is master data: no country picker for it, only the sites'.
      await expect(
        page.getByRole("combobox", { name: "Country", exact: true }).count(),
      ).resolves.toBe(0);
      await page.getByRole("combobox", { name: "Site 1 country" }).waitFor();
      await page.getByLabel("Contact e-mail").fill("not-an-e-mail");
      await page.getByRole("button", { name: "Save profile" }).click();
      await page.locator(".field-error").first().waitFor();
      await page.getByLabel("Contact e-mail").fill("esg@sunrise.example");
      await page.getByLabel("Recycled content share (%)").fill("9");
      await page.getByRole("button", { name: "Add a site" }).click();
      await page.getByLabel("Site 2 name").fill("Yibin ingot plant");
      await page.getByRole("button", { name: "Save profile" }).click();
      await page.getByText("Profile saved.").waitFor();
      // The declaration counts at half until verified, and the page says so.
      const recycled = page.locator('[data-attribute="recycledContentShare"]');
      await recycled.getByText("4.5 %").waitFor();
      await recycled.getByText("self-declared, not verified").waitFor();
      await expect(page.getByLabel("Site 2 name").inputValue()).resolves.toBe("Yibin ingot plant");
      await shot("saved");
    });
  });

  it("an auditor returns a submitted self-assessment with a reason; the supplier sees it", async () => {
    await withPage("g-saq-review", async ({ page, shot }) => {
      await logIn(page, "auditor@demo.esg");
      // The dashboard is the home page now: open the page this step starts from.
      await page.goto("/queue");
      await page.getByRole("heading", { name: "Self-assessments to review" }).waitFor();
      await page
        .locator(".card", {
          has: page.getByRole("heading", { name: "Self-assessments to review" }),
        })
        .getByRole("link", { name: /^Sunrise Polysilicon Co\. SAQ-\S+: / })
        .first()
        .click();
      await page.getByRole("heading", { name: "Review", exact: true }).waitFor();
      await page.getByRole("button", { name: "Return to supplier" }).click();
      await page.locator(".field-error", { hasText: "must say what the supplier" }).waitFor();
      await page
        .getByLabel("Reason for returning it to the supplier")
        .fill("Please attach the 2026 fire drill records to HS-03.");
      await page.getByRole("button", { name: "Return to supplier" }).click();
      await page.locator(".page-head .badge", { hasText: "Returned for changes" }).waitFor();
      const url = page.url();
      await shot("returned", { fullPage: false });
      await logOut(page);
      await logIn(page, "supplier@demo.esg");
      await page.goto(new URL(url).pathname);
      await page.getByText("Please attach the 2026 fire drill records to HS-03.").waitFor();
      await shot("supplier-sees-reason", { fullPage: false });
    });
  });

  it("an admin manages users, suppliers, checklists and audit scheduling", async () => {
    await withPage("h-admin", async ({ page, shot }) => {
      await logIn(page, "admin@demo.esg");
      // The dashboard is the home page now: open the page this step starts from.
      await page.goto("/admin/users");
      await page.getByRole("heading", { name: "Users", exact: true }).waitFor();
      await page.getByLabel("E-mail").fill("buyer2@demo.esg");
      await page.getByLabel("Name").fill("Bo Buyer");
      await page.getByLabel("Password (at least 10 characters)").fill("short");
      await page.getByLabel("Role").selectOption("PROCUREMENT");
      await page.getByRole("button", { name: "Create user" }).click();
      await page.locator(".field-error", { hasText: "at least 10 characters" }).waitFor();
      await shot("user-password-refused", { fullPage: false });
      await page.getByLabel("Password (at least 10 characters)").fill("a-long-password-1");
      await page.getByRole("button", { name: "Create user" }).click();
      await page.getByText("User created.").waitFor();
      await page.getByRole("button", { name: "Deactivate Bo Buyer" }).click();
      await page.getByRole("button", { name: "Activate Bo Buyer" }).waitFor();
      await shot("users");

      await page.getByRole("link", { name: "Suppliers" }).click();
      await page.getByRole("heading", { name: "Create a supplier" }).waitFor();
      await page.getByLabel("Name", { exact: true }).fill("Baltic Backsheet OU");
      await page.getByRole("combobox", { name: "Country" }).fill("Estonia");
      await page.getByRole("combobox", { name: "Country" }).press("Enter");
      await page.getByLabel("Contact e-mail").fill("esg@baltic.example");
      await page.getByLabel("First site name (optional)").fill("Tallinn lamination");
      await page.getByRole("button", { name: "Create supplier" }).click();
      await page.getByText("Created Baltic Backsheet OU").waitFor();
      await shot("suppliers");

      await page.getByRole("link", { name: "Checklists" }).click();
      await page.getByRole("heading", { name: "Create a checklist" }).waitFor();
      await page.getByLabel("Checklist name").fill("Packaging supplier quick check");
      await page.getByLabel("Code").fill("PK-01");
      await page.getByLabel("Area").selectOption("ENVIRONMENT");
      await page
        .getByLabel("Question")
        .fill("Is at least half of the packaging recycled material?");
      await page.getByRole("button", { name: "Create draft checklist" }).click();
      await page.getByRole("heading", { name: "Packaging supplier quick check v1" }).waitFor();
      // Publishing cannot be undone: it asks first.
      await page.getByRole("button", { name: "Publish", exact: true }).click();
      await page.getByRole("button", { name: "Yes, publish" }).click();
      await page.locator(".page-head .badge", { hasText: "Published" }).waitFor();
      await expect(page.getByRole("heading", { name: "Add a question" }).count()).resolves.toBe(0);
      await page.getByRole("button", { name: "Revise (new draft version)" }).click();
      await page.getByRole("heading", { name: "Packaging supplier quick check v2" }).waitFor();
      await page.locator(".page-head .badge", { hasText: "Draft" }).waitFor();
      // The new version is editable: its copied question and a form to add more.
      await page.getByText("Is at least half of the packaging recycled material?").waitFor();
      await page.getByRole("heading", { name: "Add a question" }).waitFor();
      await shot("checklist-revised");

      await page.getByRole("link", { name: "Audits" }).click();
      await page.getByRole("heading", { name: "Schedule an audit" }).waitFor();
      const supplierSelect = page
        .getByRole("form", { name: "Schedule an audit" })
        .getByLabel("Supplier");
      const baltic = await supplierSelect
        .locator("option", { hasText: "Baltic Backsheet OU" })
        .getAttribute("value");
      await supplierSelect.selectOption(baltic!);
      await page.getByLabel("Type").selectOption("INITIAL");
      const planned = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
      await page.getByLabel("Planned date").fill(planned);
      await page.getByRole("button", { name: "Schedule audit" }).click();
      await page.getByText("Audit scheduled:").waitFor();
      await page.getByRole("link", { name: "Baltic Backsheet OU: Initial audit" }).waitFor();
      await shot("audit-scheduled");
    });
  });

  it("works at phone width (390 px): supplier page and rankings", async () => {
    await withPage(
      "f-phone",
      async ({ page, shot }) => {
        await logIn(page, "buyer@demo.esg");
        await page.goto(`/suppliers/${ids.cellvolt}`);
        await page.locator(".recharts-polar-angle-axis-tick").first().waitFor();
        const overflow = await page.evaluate<number>(
          "document.documentElement.scrollWidth - document.documentElement.clientWidth",
        );
        expect(overflow).toBeLessThanOrEqual(0);
        await shot("supplier-phone");
        await page.getByRole("button", { name: "Menu" }).click();
        await page.getByRole("link", { name: "Rankings" }).click();
        await page.getByRole("heading", { name: "Supplier rankings" }).waitFor();
        await page.locator("tr[data-supplier]").first().waitFor();
        expect(
          await page.evaluate<number>(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth",
          ),
        ).toBeLessThanOrEqual(0);
        await shot("rankings-phone");
      },
      { width: 390, height: 844 },
    );
  });
});
