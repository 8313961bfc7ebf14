import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
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
 * The checklist draft editor and the self-assessment dead ends (issue 20): the admin revises
 * the default checklist and edits the draft (edit with guidance, add at a place, a duplicate
 * code refused at its field, move, remove after a confirmation, a stale revision explained),
 * publishes it and finds it read-only; the supplier starts a self-assessment, is sent to the
 * open one instead of a second, sees both told apart in the list, and prints one.
 */

let portal: BuiltPortal;
let session: Session;
let defaultId = "";
let defaultName = "";
let draftId = "";

const CHECKLIST = `query($id: ID!) { checklist(id: $id) { id name version status revision items { id code question guidance weight order } } }`;

beforeAll(async () => {
  portal = await startBuiltPortal();
  session = await launchBrowser();
  const admin = await apiLogin(portal.url, "admin@demo.esg");
  const listed = await api(
    portal.url,
    `query { checklists(status: PUBLISHED) { id name } }`,
    {},
    admin,
  );
  defaultId = listed.checklists[0].id as string;
  defaultName = listed.checklists[0].name as string;
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

/** Nothing wider than the screen; on failure, the elements that stick out, to fix them. */
async function noHorizontalOverflow(p: PortalPage) {
  const wider = await p.page.evaluate<string[]>(`(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll("body *")]
      // Wide tables scroll inside their marked container; the container itself must fit.
      .filter((el) => el.getBoundingClientRect().right > width + 0.5 && !el.closest(".table-wrap"))
      .slice(0, 5)
      .map((el) => el.tagName + "." + el.className + " " + Math.round(el.getBoundingClientRect().right));
  })()`);
  expect(wider).toEqual([]);
  const overflow = await p.page.evaluate<number>(
    "document.documentElement.scrollWidth - document.documentElement.clientWidth",
  );
  expect(overflow).toBe(0);
}

describe("checklist draft editor", () => {
  it("the admin revises the default checklist and edits the draft's questions", async () => {
    await withPage("c-admin-edits", async ({ page, shot }) => {
      await logIn(page, "admin@demo.esg");
      await page.goto("/admin/checklists");
      await page.getByRole("button", { name: `Revise ${defaultName} v1` }).click();
      await page.getByRole("heading", { name: `${defaultName} v2` }).waitFor();
      draftId = page.url().split("/").pop()!;
      await page.getByText("Draft: edit its questions, then publish it.").waitFor();
      await shot("draft");

      const first = page.locator(".checklist-editor-item").first();
      const firstCode = (await first.locator(".item-question strong").textContent())!;
      await page.getByRole("button", { name: `Edit ${firstCode}`, exact: true }).click();
      const edit = page.getByRole("form", { name: `Edit question ${firstCode}` });
      await edit.getByLabel("Guidance").fill("Signed policy, its last review and who owns it");
      await edit.getByLabel("Weight (1-5)").fill("5");
      await shot("editing", { fullPage: false });
      await edit.getByRole("button", { name: "Save question" }).click();
      await first.getByText("Guidance: Signed policy, its last review and who owns it").waitFor();
      await first.getByText("weight 5").waitFor();

      const add = page.getByRole("form", { name: "Add a question" });
      await add.getByLabel("Code").fill(firstCode.toLowerCase());
      await add.getByLabel("Area").selectOption("WORKING_HOURS");
      await add.getByLabel("Question").fill("Is a weekly day of rest granted to every worker?");
      await add.getByLabel("Guidance").fill("Rosters and time records for 3 months");
      // The default checklist needs Chinese too: the new question gets its Chinese text.
      await add.getByRole("tab", { name: "简体中文" }).click();
      await add.getByLabel("Question").fill("供应商是否保证每位工人每七天至少休息一天？");
      await add
        .getByLabel("Supplier's wording (SAQ)")
        .fill("贵公司是否保证每位工人每七天至少休息一天？");
      await add.getByLabel("Guidance").fill("查阅近三个月的排班表和考勤记录。");
      await add.getByLabel("Place").selectOption({ index: 1 });
      await add.getByRole("button", { name: "Add question" }).click();
      // The code is taken: said under the Code field, nothing added.
      await add.getByText(`Code is already used by another question (${firstCode}).`).waitFor();
      await add.scrollIntoViewIfNeeded();
      await shot("duplicate-code", { fullPage: false });
      await add.getByLabel("Code").fill("WH-REST");
      await add.getByRole("button", { name: "Add question" }).click();
      await page.locator(".checklist-editor-item").first().getByText("WH-REST").waitFor();

      await page.getByRole("button", { name: "Move down: WH-REST" }).click();
      await page.locator(".checklist-editor-item").nth(1).getByText("WH-REST").waitFor();
      await page.getByRole("button", { name: "Move up: WH-REST" }).click();
      await page.locator(".checklist-editor-item").first().getByText("WH-REST").waitFor();

      const secondCode = (await page
        .locator(".checklist-editor-item")
        .nth(2)
        .locator(".item-question strong")
        .textContent())!;
      await page.getByRole("button", { name: `Remove ${secondCode}` }).click();
      await page.getByRole("button", { name: "Yes, remove" }).waitFor();
      await shot("remove-confirm", { fullPage: false });
      await page.getByRole("button", { name: "Yes, remove" }).click();
      await page.locator(`#item-${secondCode}`).waitFor({ state: "detached" });

      // Another admin changes the draft meanwhile: this page's next edit is refused, explained.
      const admin = await apiLogin(portal.url, "admin@demo.esg");
      const now = await api(portal.url, CHECKLIST, { id: draftId }, admin);
      await api(
        portal.url,
        `mutation($id: ID!, $r: Int!) { moveChecklistItem(id: $id, expectedRevision: $r, position: 3) { id } }`,
        { id: now.checklist.items.at(-1).id, r: now.checklist.revision },
        admin,
      );
      await page.getByRole("button", { name: "Move down: WH-REST" }).click();
      await page.getByText("Someone else changed this draft after you opened it").waitFor();
      await shot("stale", { fullPage: false });
      await page.getByRole("button", { name: "Reload" }).click();
      await page.getByText("Someone else changed this draft").waitFor({ state: "detached" });
    });

    const admin = await apiLogin(portal.url, "admin@demo.esg");
    const draft = (await api(portal.url, CHECKLIST, { id: draftId }, admin)).checklist;
    expect(draft.status).toBe("DRAFT");
    expect(draft.items[0]).toMatchObject({
      code: "WH-REST",
      guidance: "Rosters and time records for 3 months",
    });
    expect(draft.items.map((item: { order: number }) => item.order)).toEqual(
      draft.items.map((_: unknown, index: number) => index + 1),
    );
    expect(
      draft.items.find((item: { guidance: string }) =>
        item.guidance.startsWith("Signed policy, its last review"),
      ),
    ).toMatchObject({ weight: 5 });
  });

  it("fits a 390 px screen", async () => {
    await withPage(
      "c-admin-phone",
      async (p) => {
        await logIn(p.page, "admin@demo.esg");
        await p.page.goto(`/admin/checklists/${draftId}`);
        await p.page.getByRole("heading", { name: "Add a question" }).waitFor();
        await noHorizontalOverflow(p);
        await p.shot("draft-phone", { fullPage: false });
        await p.page.goto("/admin/checklists");
        await p.page.getByText("Draft v2 in progress").waitFor();
        await noHorizontalOverflow(p);
        await p.shot("list-phone");
      },
      { width: 390, height: 844 },
    );
  });

  it("the admin publishes the draft after a confirmation; it is read-only afterwards", async () => {
    await withPage("c-admin-publishes", async ({ page, shot }) => {
      await logIn(page, "admin@demo.esg");
      await page.goto(`/admin/checklists/${draftId}`);
      await page.getByRole("button", { name: "Publish" }).click();
      await page.getByRole("button", { name: "Yes, publish" }).click();
      await page.getByText(/^Published \d{4}-\d{2}-\d{2}: read-only\.$/).waitFor();
      expect(await page.getByRole("button", { name: /^Edit / }).count()).toBe(0);
      expect(await page.getByRole("form", { name: "Add a question" }).count()).toBe(0);
      await page.getByRole("cell", { name: /Rosters and time records for 3 months/ }).waitFor();
      await shot("published-read-only");
    });
  });
});

describe("self-assessment dead ends", () => {
  let supplierId = "";
  let firstSaq = "";

  it("the supplier is sent to the self-assessment already in progress instead of a second", async () => {
    await withPage("c-supplier-start", async ({ page, shot }) => {
      await logIn(page, "supplier@demo.esg");
      await page.goto("/saqs");
      const form = page.locator("form", { hasText: "Start a self-assessment" });
      await form.getByLabel("Checklist").selectOption({ label: `${defaultName} v2` });
      await form.getByRole("button", { name: "Start" }).click();
      await page.waitForURL(/\/saqs\/[0-9a-f-]{36}$/);
      firstSaq = page.url().split("/").pop()!;
      await page.getByRole("heading", { name: /^Self-assessment SAQ-\d+: / }).waitFor();

      await page.goto("/saqs");
      await form.getByLabel("Checklist").selectOption({ label: `${defaultName} v2` });
      await form
        .getByText("You already have a self-assessment in progress for this checklist.")
        .waitFor();
      expect(await form.getByRole("button", { name: "Start" }).count()).toBe(0);
      await shot("in-progress");

      // Started elsewhere (a colleague, another tab) while this page was open: the Start
      // button's refusal turns into the same link, without ids or codes.
      await form.getByLabel("Checklist").selectOption({ label: `${defaultName} v1` });
      const token = await apiLogin(portal.url, "supplier@demo.esg");
      const me = await api(portal.url, `query { me { supplier { id } } }`, {}, token);
      supplierId = me.me.supplier.id as string;
      await api(
        portal.url,
        `mutation($s: ID!, $c: ID!) { startSelfAssessment(supplierId: $s, checklistId: $c) { id } }`,
        { s: supplierId, c: defaultId },
        token,
      );
      await form.getByRole("button", { name: "Start" }).click();
      await form
        .getByText("You already have a self-assessment in progress for this checklist.")
        .waitFor();
      expect(await page.locator("body").textContent()).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
      await shot("started-elsewhere");

      // Two self-assessments on the default checklist's versions, told apart in the list.
      const cards = page.locator(".saq-list > li");
      expect(await cards.count()).toBeGreaterThanOrEqual(2);
      const titles = await cards.locator("h2").allTextContents();
      expect(new Set(titles).size).toBe(titles.length);
      await cards
        .first()
        .getByText(/started \d{4}-\d{2}-\d{2}/)
        .waitFor();

      await form.getByRole("link", { name: /^Continue SAQ-\d+/ }).click();
      await page.waitForURL(/\/saqs\/[0-9a-f-]{36}$/);
      expect(page.url()).not.toContain(firstSaq);
    });
  });

  it("a self-assessment prints with its header and full answers, and fits 390 px", async () => {
    await withPage("c-supplier-print", async ({ page, shot }) => {
      await logIn(page, "supplier@demo.esg");
      await page.goto(`/saqs/${firstSaq}`);
      const item = page.locator(".saq-item[data-type=YES_NO]").first();
      await item.getByLabel("Yes").check();
      await page.getByText("All changes saved").waitFor();
      await shot("screen");

      await page.emulateMedia({ media: "print" });
      expect(await page.locator(".topbar").isVisible()).toBe(false);
      expect(await page.getByRole("button").first().isVisible()).toBe(false);
      const header = page.locator(".print-header");
      expect(await header.isVisible()).toBe(true);
      const text = (await header.textContent())!;
      expect(text).toContain(`${defaultName}, version 2`);
      expect(text).toMatch(/Started\d{4}-\d{2}-\d{2}/);
      expect(text).toContain("In progress");
      expect(await item.locator(".print-answer").textContent()).toContain("AnswerYes");
      await shot("printed");

      // On paper: the header and the first area on page 1, then one area per page.
      const pdf = path.join(os.tmpdir(), `saq-${firstSaq}.pdf`);
      await page.pdf({ path: pdf, format: "A4" });
      const pages = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).split(
        "\f",
      );
      fs.rmSync(pdf, { force: true });
      expect(pages[0]).toMatch(/Supplier self-assessment SAQ-\d+/);
      expect(pages[0]).toContain("Sunrise");
      expect(pages[0]).toContain("Management system");
      expect(pages[0]).not.toContain("Log out");
      const areaStarts = pages.filter((text) => /^\s*Child & forced labour/.test(text));
      expect(areaStarts.length).toBe(1);
      await page.emulateMedia({ media: "screen" });
    });
    await withPage(
      "c-supplier-phone",
      async (p) => {
        await logIn(p.page, "supplier@demo.esg");
        await p.page.goto("/saqs");
        await p.page.locator(".saq-list > li").first().waitFor();
        await noHorizontalOverflow(p);
        await p.shot("list-phone");
        await p.page.goto(`/saqs/${firstSaq}`);
        await p.page.locator(".saq-item").first().waitFor();
        await noHorizontalOverflow(p);
        await p.shot("saq-phone", { fullPage: false });
      },
      { width: 390, height: 844 },
    );
  });
});
