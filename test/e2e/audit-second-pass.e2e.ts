import type { Page } from "playwright-core";
import {
  launchBrowser,
  logIn,
  type PortalPage,
  type Session,
  withPage as withPageIn,
} from "./support/browser";
import { startBuiltPortal, type BuiltPortal } from "./support/portal";

/**
 * The audit screens' second pass (issue 20): an auditor schedules an audit from the work
 * queue, confirms "mark the rest conforming" in a dialog (Escape closes it), records a finding
 * whose field error is in plain words and goes away when the field is filled, sees the form
 * cleared after saving (the next finding does not inherit HIGH 16), edits one finding and
 * withdraws another with a reason, completes after a confirmation; the findings list filters
 * live in the URL (back undoes); the supplier sees the withdrawn finding with its reason and
 * filters its findings; the admin filters the audits list; every page also at 390 px.
 */

let portal: BuiltPortal;
let session: Session;
let auditUrl = "";

beforeAll(async () => {
  portal = await startBuiltPortal();
  session = await launchBrowser();
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

/** Nothing wider than the window: wide tables scroll inside their own box. */
async function expectNoPageOverflow(page: Page) {
  const overflow = await page.evaluate<number>(
    "document.documentElement.scrollWidth - document.documentElement.clientWidth",
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

const inDays = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe("audit screens, second pass", () => {
  it("an auditor schedules an audit from the work queue and runs it without traps", async () => {
    await withPage("as-auditor", async ({ page, shot }) => {
      await logIn(page, "auditor@demo.esg");
      await page.goto("/queue");
      await page.getByRole("heading", { name: "Work queue" }).waitFor();
      const form = page.getByRole("form", { name: "Schedule an audit" });
      // The lists above load after the heading and push the summary down: a click taken just
      // before they land opens nothing (a CI run caught it). Click until the form shows.
      for (let attempt = 1; !(await form.isVisible()); attempt++) {
        if (attempt > 5) throw new Error("the schedule form did not open");
        await page.locator("summary", { hasText: "Schedule an audit" }).click();
        await form.waitFor({ timeout: 2_000 }).catch(() => undefined);
      }
      const supplier = form.getByLabel("Supplier");
      const sunrise = await supplier
        .locator("option", { hasText: "Sunrise Polysilicon" })
        .getAttribute("value");
      await supplier.selectOption(sunrise!);
      await form.getByLabel("Type").selectOption("FOLLOW_UP");
      await expect(form.getByLabel("Lead auditor").inputValue()).resolves.not.toBe("");
      await form.getByLabel("Planned date").fill(inDays(3));
      await form.getByRole("button", { name: "Schedule audit" }).click();
      await form.getByText("Audit scheduled:").waitFor();
      await shot("scheduled-from-queue");
      await form.getByRole("link", { name: /Sunrise Polysilicon/ }).click();
      auditUrl = new URL(page.url()).pathname;

      await page.getByRole("button", { name: "Start audit" }).click();
      await page.getByRole("heading", { name: "Results per checklist item" }).waitFor();

      // "Mark the rest conforming" asks first; Escape closes the dialog and changes nothing.
      const markAll = page.getByRole("button", {
        name: "Mark every item without a result as conforming",
      });
      await markAll.click();
      const markDialog = page.getByRole("dialog", {
        name: "Mark the remaining items as conforming?",
      });
      await markDialog.waitFor();
      await expect(
        page.evaluate<boolean>('document.activeElement?.closest("dialog") !== null'),
      ).resolves.toBe(true);
      await shot("mark-all-dialog", { fullPage: false });
      await page.keyboard.press("Escape");
      await markDialog.waitFor({ state: "detached" });
      await page.getByText("0 of 40 items have a result").waitFor();
      await expect(page.evaluate<string>("document.activeElement?.textContent")).resolves.toBe(
        "Mark every item without a result as conforming",
      );
      await markAll.click();
      await page.getByRole("button", { name: /^Yes, mark 40 item/ }).click();
      await page.locator('li[data-code="HS-03"]').getByLabel("Non-conforms").check();
      await page.getByRole("button", { name: /^Save 40 result/ }).click();
      await page.getByText("Results saved.").waitFor();

      // A blank description: refused in plain words at the field, gone once it is filled.
      const record = page.getByRole("form", { name: "Record a finding" });
      await record.getByLabel("Area").selectOption("HEALTH_AND_SAFETY");
      await record.getByLabel("Severity").selectOption("MAJOR");
      await record.getByRole("button", { name: "Likelihood 4, impact 4: score 16, HIGH" }).click();
      await record.getByRole("button", { name: "Record finding" }).click();
      const descriptionError = record.locator(".field-error", { hasText: "Description" });
      await descriptionError.waitFor();
      const errorText = (await record.locator(".field-error").allTextContents()).join(" ");
      expect(errorText).not.toMatch(/longer than or equal|characters$|input\.|description:/);
      await shot("plain-field-error", { fullPage: false });
      await record
        .getByLabel("Description")
        .fill("Fire exits of the ingot hall blocked by crates.");
      await descriptionError.waitFor({ state: "detached" });
      // The form's summary of the error goes with it.
      await expect(record.locator(".error").count()).resolves.toBe(0);
      await record.getByRole("button", { name: "Record finding" }).click();
      await record.getByText("Finding recorded.").waitFor();

      // The form is cleared: the next finding starts at 3 x 3, not the last one's HIGH 16.
      await expect(
        record
          .getByRole("button", { name: "Likelihood 3, impact 3: score 9, MEDIUM" })
          .getAttribute("aria-pressed"),
      ).resolves.toBe("true");
      await expect(record.getByLabel("Description").inputValue()).resolves.toBe("");
      await expect(record.getByLabel("Area").inputValue()).resolves.toBe("MANAGEMENT_SYSTEM");
      await record.getByRole("group", { name: "Risk matrix" }).scrollIntoViewIfNeeded();
      await shot("form-cleared", { fullPage: false });

      await record.getByLabel("Area").selectOption("ENVIRONMENT");
      await record.getByLabel("Severity").selectOption("MINOR");
      await record.getByLabel("Description").fill("Drums of solvent stored without labels.");
      await record.getByRole("button", { name: "Record finding" }).click();
      await page.locator('li.finding[data-severity="MINOR"]').waitFor();

      // Edit the major finding: severity and rating change, the list shows the new risk.
      const major = page.locator('li.finding[data-severity="MAJOR"]');
      await major.getByRole("button", { name: /^Edit the major finding/ }).click();
      const edit = major.getByRole("form", { name: "Edit this finding" });
      await edit.getByLabel("Severity").selectOption("ZERO_TOLERANCE");
      await edit
        .getByRole("button", { name: "Likelihood 5, impact 5: score 25, CRITICAL" })
        .click();
      await shot("editing-finding");
      await edit.getByRole("button", { name: "Save changes" }).click();
      const critical = page.locator('li.finding[data-severity="ZERO_TOLERANCE"]');
      await critical.getByText("Likelihood 5 × impact 5 = risk 25").waitFor();

      // Auditors read trails: the finding's History shows the edit, severity before and after.
      await critical.getByRole("link", { name: /^History/ }).click();
      await page.getByRole("heading", { level: 1, name: /^History of finding/ }).waitFor();
      const editEvent = page.locator("li.history-event", {
        has: page.getByRole("heading", { name: /^Edited,/ }),
      });
      const severityRow = editEvent.getByRole("row", { name: /^Severity/ });
      await expect(severityRow.locator(".history-before").textContent()).resolves.toBe("Major");
      await expect(severityRow.locator(".history-after").textContent()).resolves.toBe(
        "Zero tolerance",
      );
      await shot("finding-history");
      await page.goBack();
      // The audit's own History: scheduled and started, by the auditor.
      await page
        .locator(".page-head")
        .getByRole("link", { name: /^History/ })
        .click();
      await page.getByRole("heading", { level: 2, name: /^Started,/ }).waitFor();
      await page.getByRole("heading", { level: 2, name: /^Scheduled,/ }).waitFor();
      await shot("audit-history");
      await page.goBack();
      await critical.getByText("Likelihood 5 × impact 5 = risk 25").waitFor();

      // Withdraw the minor one: a dialog asks for the reason; too short is refused there.
      const minor = page.locator('li.finding[data-severity="MINOR"]');
      await minor.getByRole("button", { name: "Withdraw" }).click();
      const withdraw = page.getByRole("dialog", { name: "Withdraw this finding?" });
      await withdraw.getByLabel("Reason for withdrawing (at least 10 characters)").fill("dup");
      await withdraw.getByRole("button", { name: "Withdraw finding" }).click();
      await withdraw.locator(".field-error", { hasText: "at least 10 characters" }).waitFor();
      await shot("withdraw-dialog", { fullPage: false });
      await withdraw
        .getByLabel("Reason for withdrawing (at least 10 characters)")
        .fill("The drums were labelled; the labels faced the wall.");
      await withdraw.getByRole("button", { name: "Withdraw finding" }).click();
      await withdraw.waitFor({ state: "detached" });
      await minor.getByText("The drums were labelled; the labels faced the wall.").waitFor();
      await expect(minor.getAttribute("data-status")).resolves.toBe("WITHDRAWN");
      await expect(minor.getByRole("button", { name: "Withdraw" }).count()).resolves.toBe(0);
      await page.getByRole("heading", { name: "Findings", exact: true }).scrollIntoViewIfNeeded();
      await shot("finding-withdrawn", { fullPage: false });

      // Complete: the dialog says what happens; confirm.
      await page.getByRole("button", { name: "Complete audit" }).click();
      const complete = page.getByRole("dialog", { name: "Complete this audit?" });
      await complete.getByText("1 withdrawn finding(s) stay on record").waitFor();
      await shot("complete-dialog", { fullPage: false });
      await complete.getByRole("button", { name: "Yes, complete the audit" }).click();
      await page.locator(".page-head .badge", { hasText: "COMPLETED" }).waitFor();
      await expect(page.getByRole("button", { name: "Withdraw" }).count()).resolves.toBe(0);
      await page.getByRole("heading", { name: "Findings", exact: true }).scrollIntoViewIfNeeded();
      await shot("completed", { fullPage: false });
    });
  });

  it("the work queue's findings list filters live in the URL", async () => {
    await withPage("as-queue-filters", async ({ page, shot }) => {
      await logIn(page, "auditor@demo.esg");
      await page.goto("/queue");
      await page.getByRole("heading", { name: "Work queue" }).waitFor();
      const bar = page.getByRole("search", { name: "Filter findings" });
      // Overdue only by default; "Any" shows the new audit's finding too.
      await expect(bar.getByLabel("Overdue").inputValue()).resolves.toBe("yes");
      await bar.getByLabel("Overdue").selectOption("");
      await bar.getByLabel("Severity").selectOption("ZERO_TOLERANCE");
      await page.waitForURL(/severity=ZERO_TOLERANCE/);
      const list = page.getByRole("list", { name: "Findings, highest risk first" });
      await list.getByText("Fire exits of the ingot hall").waitFor();
      await bar.getByLabel("Words in the description").fill("ingot crates");
      await bar.getByRole("button", { name: "Search" }).click();
      await page.waitForURL(/q=ingot/);
      await page.getByText("1 in total").waitFor();
      await expect(list.locator("li").count()).resolves.toBe(1);
      await shot("findings-filtered");

      // A shared link opens the same list; the back button undoes the last filter.
      const shared = page.url();
      await page.goBack();
      await page.waitForURL((url) => !url.search.includes("q="));
      await expect(bar.getByLabel("Words in the description").inputValue()).resolves.toBe("");
      await page.goto(shared);
      await expect(
        page.getByRole("search", { name: "Filter findings" }).getByLabel("Severity").inputValue(),
      ).resolves.toBe("ZERO_TOLERANCE");
      await page
        .getByRole("list", { name: "Findings, highest risk first" })
        .getByText("Fire exits")
        .waitFor();

      // Withdrawn findings only when asked for.
      await page
        .getByRole("search", { name: "Filter findings" })
        .getByRole("button", { name: /Clear filters/ })
        .click();
      await bar.getByLabel("Overdue").selectOption("");
      await bar.getByLabel("Status").selectOption("WITHDRAWN");
      await page.getByText("Drums of solvent stored without labels.").waitFor();
      await shot("withdrawn-only");
    });
  });

  it("the supplier sees the withdrawn finding with its reason and filters its findings", async () => {
    await withPage("as-supplier", async ({ page, shot }) => {
      await logIn(page, "supplier@demo.esg");
      await page.getByRole("link", { name: "Audits & findings" }).click();
      await page.getByRole("heading", { name: "Audits and findings" }).waitFor();
      const bar = page.getByRole("search", { name: "Filter findings" });
      await bar.getByLabel("Severity").selectOption("ZERO_TOLERANCE");
      await page.waitForURL(/severity=ZERO_TOLERANCE/);
      await page.getByRole("link", { name: /Follow-up audit, completed/ }).waitFor();
      await shot("supplier-filtered");
      await bar.getByLabel("Severity").selectOption("");
      await bar.getByLabel("Status").selectOption("WITHDRAWN");
      await page
        .getByText("Withdrawn: The drums were labelled; the labels faced the wall.")
        .waitFor();
      await page.goto(auditUrl);
      const withdrawn = page.locator('li.finding[data-status="WITHDRAWN"]');
      await withdrawn.getByText("The drums were labelled; the labels faced the wall.").waitFor();
      // No corrective-action form for it.
      await expect(withdrawn.getByLabel("Root cause").count()).resolves.toBe(0);
      // Suppliers do not read the audit trail: no History links at all.
      await expect(page.getByRole("link", { name: /^History/ }).count()).resolves.toBe(0);
      await shot("supplier-audit");
    });
  });

  it("the admin schedules and filters the audits list by status, supplier and dates", async () => {
    await withPage("as-admin", async ({ page, shot }) => {
      await logIn(page, "admin@demo.esg");
      await page.getByRole("link", { name: "Audits", exact: true }).click();
      await page.getByRole("heading", { name: "Schedule an audit" }).waitFor();
      const bar = page.getByRole("search", { name: "Filter audits" });
      await bar.getByLabel("Status").selectOption("COMPLETED");
      await page.waitForURL(/status=COMPLETED/);
      const supplier = bar.getByLabel("Supplier");
      const sunrise = await supplier
        .locator("option", { hasText: "Sunrise Polysilicon" })
        .getAttribute("value");
      await supplier.selectOption(sunrise!);
      await page.getByRole("link", { name: "Sunrise Polysilicon Co.: Follow-up audit" }).waitFor();
      // Only the withdrawn finding was minor: the audit has no minor finding that counts.
      await bar.getByLabel("With a finding of severity").selectOption("MINOR");
      await page.waitForURL(/severity=MINOR/);
      await page
        .getByRole("link", { name: "Sunrise Polysilicon Co.: Follow-up audit" })
        .waitFor({ state: "detached" });
      await bar.getByLabel("With a finding of severity").selectOption("ZERO_TOLERANCE");
      await page.getByRole("link", { name: "Sunrise Polysilicon Co.: Follow-up audit" }).waitFor();
      await bar.getByLabel("Planned from").fill(inDays(30));
      await page.getByText("No audits match these filters.").waitFor();
      await shot("admin-filtered");
      await page.goBack();
      await page.getByRole("link", { name: "Sunrise Polysilicon Co.: Follow-up audit" }).waitFor();
    });
  });

  it("fits a 390 px phone: work queue, audit, supplier's findings, admin audits", async () => {
    await withPage(
      "as-phone-auditor",
      async ({ page, shot }) => {
        await logIn(page, "auditor@demo.esg");
        await page.goto("/queue");
        await page.getByRole("heading", { name: "Work queue" }).waitFor();
        await page.getByRole("search", { name: "Filter findings" }).waitFor();
        await expectNoPageOverflow(page);
        await shot("queue-phone");
        await page.goto(auditUrl);
        const withdrawn = page.locator('li.finding[data-status="WITHDRAWN"]');
        await withdrawn.waitFor();
        await expectNoPageOverflow(page);
        await withdrawn.scrollIntoViewIfNeeded();
        await shot("audit-phone", { fullPage: false });
      },
      PHONE,
    );
    await withPage(
      "as-phone-supplier",
      async ({ page, shot }) => {
        await logIn(page, "supplier@demo.esg");
        await page.goto("/audits");
        await page.getByRole("heading", { name: "Audits and findings" }).waitFor();
        await page.locator("table").first().waitFor();
        await expectNoPageOverflow(page);
        // The findings table scrolls inside a marked box rather than being cut off.
        await page.getByText("Scroll sideways to see every column").first().waitFor();
        await shot("supplier-phone");
      },
      PHONE,
    );
    await withPage(
      "as-phone-admin",
      async ({ page, shot }) => {
        await logIn(page, "admin@demo.esg");
        await page.goto("/admin/audits");
        await page.getByRole("search", { name: "Filter audits" }).waitFor();
        await page.locator("table").first().waitFor();
        await expectNoPageOverflow(page);
        await shot("admin-phone");
      },
      PHONE,
    );
  });
});
