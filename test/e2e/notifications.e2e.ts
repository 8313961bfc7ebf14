import type { AddressInfo } from "node:net";
import type { Page } from "playwright-core";
import { SMTPServer } from "smtp-server";
import {
  launchBrowser,
  logIn,
  type PortalPage,
  type Session,
  withPage as withPageIn,
} from "./support/browser";
import { api, apiLogin, startBuiltPortal, type BuiltPortal } from "./support/portal";

/**
 * Notifications in the browser: the auditor completes CellVolt's planned audit (through the API
 * with the auditor's token); CellVolt's supplier user sees the bell's unread count, opens the
 * notification and lands on the audit, and the count goes down; the open actions on the
 * supplier's overview link to the finding, which the audit page scrolls to and highlights; a
 * rejected plan's notification lands on the finding too; "mark all read" empties the bell; the
 * auditor's queue lists the plan to review; e-mail preferences are saved; the admin's outbox
 * shows a FAILED e-mail with the SMTP server's reply and sends it again.
 *
 * The portal runs with a local SMTP server (e-mails only go out with SMTP_URL), which refuses
 * procurement's mail until the admin resends it; `NOTIFY_MAX_ATTEMPTS=1` so a refusal is FAILED
 * at once, and no reminder scan, so the only notifications are the ones this test causes.
 */

const BUYER = "buyer@demo.esg";
const SUPPLIER = "cellvolt@demo.esg";

interface Smtp {
  url: string;
  received: string[];
  /** Addresses refused with 451 at RCPT TO. */
  refusing: Set<string>;
  stop(): Promise<void>;
}

async function startSmtp(): Promise<Smtp> {
  const received: string[] = [];
  const refusing = new Set<string>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (refusing.has(address.address.toLowerCase())) {
        callback(Object.assign(new Error("Mailbox busy, try again later"), { responseCode: 451 }));
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      stream.on("data", () => undefined);
      stream.on("end", () => {
        received.push(...session.envelope.rcptTo.map((rcpt) => rcpt.address));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    refusing,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function startPortalWithMail(smtpUrl: string): Promise<BuiltPortal> {
  return startBuiltPortal({
    env: {
      SMTP_URL: smtpUrl,
      MAIL_FROM: "ESG portal <portal@demo.esg>",
      NOTIFY_SEND_SECONDS: "1",
      NOTIFY_MAX_ATTEMPTS: "1",
      NOTIFY_SCAN_SECONDS: "0",
    },
  });
}

let smtp: Smtp;
let portal: BuiltPortal;
let session: Session;
const ids = { cellvolt: "", audit: "", finding: "", plan: "" };
const tokens = { admin: "", auditor: "", supplier: "" };

async function until<T>(what: string, probe: () => Promise<T | undefined>, ms = 20_000) {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function unreadOf(token: string): Promise<number> {
  const data = await api(portal.url, `query { unreadNotificationCount }`, {}, token);
  return data.unreadNotificationCount as number;
}

/** The bell's accessible label, e.g. "Notifications, 3 unread", once it has its count. */
async function bellCount(page: Page): Promise<number> {
  const bell = page.getByRole("link", { name: /^Notifications, \d+ unread$/ });
  await bell.waitFor();
  const label = (await bell.getAttribute("aria-label")) ?? "";
  return Number(/(\d+) unread/.exec(label)?.[1]);
}

async function waitForBell(page: Page, count: number) {
  await page.getByRole("link", { name: `Notifications, ${count} unread` }).waitFor();
}

/** The lead auditor starts the audit, records every result (HS-03 fails), a MAJOR finding, completes it. */
async function completeAuditAsAuditor() {
  const token = tokens.auditor;
  await api(
    portal.url,
    `mutation($id: ID!) { startAudit(id: $id) { id } }`,
    { id: ids.audit },
    token,
  );
  const { audit } = await api(
    portal.url,
    `query($id: ID!) { audit(id: $id) { checklist { items { id code } } } }`,
    { id: ids.audit },
    token,
  );
  const items = audit.checklist.items as { id: string; code: string }[];
  await api(
    portal.url,
    `mutation($a: ID!, $r: [ItemResultInput!]!) { recordItemResults(auditId: $a, results: $r) { id } }`,
    {
      a: ids.audit,
      r: items.map((item) =>
        item.code === "HS-03"
          ? { itemId: item.id, result: "NONCONFORMS", note: "Exits of the cathode hall blocked" }
          : { itemId: item.id, result: "CONFORMS" },
      ),
    },
    token,
  );
  const { recordFinding } = await api(
    portal.url,
    `mutation($a: ID!, $input: FindingInput!) { recordFinding(auditId: $a, input: $input) { id } }`,
    {
      a: ids.audit,
      input: {
        area: "HEALTH_AND_SAFETY",
        severity: "MAJOR",
        likelihood: 3,
        impact: 4,
        itemId: items.find((item) => item.code === "HS-03")!.id,
        description: "Emergency exits of the cathode hall blocked by pallets.",
      },
    },
    token,
  );
  ids.finding = recordFinding.id as string;
  await api(
    portal.url,
    `mutation($id: ID!) { completeAudit(id: $id) { id } }`,
    { id: ids.audit },
    token,
  );
}

/** The supplier proposes a corrective action plan for the finding; returns its id. */
async function proposePlan(rootCause: string): Promise<string> {
  const { proposeCorrectiveAction } = await api(
    portal.url,
    `mutation($f: ID!, $input: CorrectiveActionInput!) { proposeCorrectiveAction(findingId: $f, input: $input) { id } }`,
    {
      f: ids.finding,
      input: {
        rootCause,
        actions: "Mark the escape routes, move the pallet storage, check the routes daily.",
        owner: "Plant manager",
        targetDate: new Date(Date.now() + 20 * 86_400_000).toISOString(),
      },
    },
    tokens.supplier,
  );
  return proposeCorrectiveAction.id as string;
}

beforeAll(async () => {
  smtp = await startSmtp();
  // Procurement's e-mail is refused until the admin resends it (the last test).
  smtp.refusing.add(BUYER);
  portal = await startPortalWithMail(smtp.url);
  session = await launchBrowser();
  tokens.admin = await apiLogin(portal.url, "admin@demo.esg");
  tokens.auditor = await apiLogin(portal.url, "auditor@demo.esg");
  const suppliers = await api(
    portal.url,
    `query { suppliers(first: 100) { edges { node { id name } } } }`,
    {},
    tokens.admin,
  );
  ids.cellvolt = suppliers.suppliers.edges.find((e: any) => e.node.name.startsWith("CellVolt")).node
    .id as string;
  const audits = await api(
    portal.url,
    `query($s: ID!) { audits(filter: { supplierId: $s, status: PLANNED }) { edges { node { id } } } }`,
    { s: ids.cellvolt },
    tokens.admin,
  );
  ids.audit = audits.audits.edges[0].node.id as string;
  // CellVolt has no supplier user in the demo; one must exist before the audit completes.
  await api(
    portal.url,
    `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
    {
      input: {
        email: SUPPLIER,
        name: "Clara Volt (CellVolt)",
        password: "demo-password-1",
        role: "SUPPLIER",
        supplierId: ids.cellvolt,
      },
    },
    tokens.admin,
  );
  tokens.supplier = await apiLogin(portal.url, SUPPLIER);
}, 120_000);

afterAll(async () => {
  await session?.close();
  await portal?.stop();
  await smtp?.stop();
});

const withPage = (prefix: string, run: (p: PortalPage) => Promise<void>) =>
  withPageIn(session, portal.url, prefix, run);

describe("notifications, open actions and the outbox", () => {
  it("the supplier sees the bell count after the audit completes, opens it and the count goes down; open actions lead to the finding", async () => {
    expect(await unreadOf(tokens.supplier)).toBe(0);
    await completeAuditAsAuditor();
    const unread = await unreadOf(tokens.supplier);
    expect(unread).toBeGreaterThanOrEqual(1);

    await withPage("n-supplier-bell", async ({ page, shot }) => {
      await logIn(page, SUPPLIER);
      expect(await bellCount(page)).toBe(unread);
      await expect(page.locator(".bell .bell-count").textContent()).resolves.toBe(String(unread));
      await shot("bell", { fullPage: false });

      await page.getByRole("link", { name: /^Notifications, / }).click();
      await page.waitForURL("**/notifications");
      await page.getByRole("heading", { name: "Notifications", exact: true }).waitFor();
      const completed = page.locator('li.notification[data-kind="audit.completed"]');
      await expect(completed.getAttribute("data-unread")).resolves.toBe("true");
      await expect(completed.getAttribute("class")).resolves.toContain("unread");
      await shot("inbox");

      await completed.getByRole("link").click();
      await page.waitForURL(`**/audits/${ids.audit}`);
      await page.locator(`#finding-${ids.finding}`).waitFor();
      await waitForBell(page, unread - 1);
      expect(await unreadOf(tokens.supplier)).toBe(unread - 1);
      await shot("audit-from-notification");

      // The overview's open actions come from `openActions`: the plan to propose, with its due date.
      await page.getByRole("link", { name: "ESG audit portal" }).click();
      const actions = page.getByTestId("open-actions");
      const propose = actions.locator('li[data-kind="CAP_TO_PROPOSE"]');
      await propose.waitFor();
      await expect(propose.textContent()).resolves.toMatch(/due \d{4}-\d{2}-\d{2}/);
      await expect(actions.locator("h2").textContent()).resolves.toMatch(/· [1-9]\d* open/);
      const plansLine = page.locator("ul.links li", {
        has: page.getByRole("link", { name: /Completed audits/ }),
      });
      await expect(plansLine.textContent()).resolves.toMatch(/— [1-9]\d* open/);
      await shot("overview-open-actions");

      await propose.getByRole("link").click();
      await page.waitForURL(`**/audits/${ids.audit}#finding-${ids.finding}`);
      const finding = page.locator(`#finding-${ids.finding}`);
      await page.locator(`#finding-${ids.finding}[data-highlighted="true"]`).waitFor();
      await expect(finding.isVisible()).resolves.toBe(true);
      // Focused, so the keyboard goes on from the finding.
      await expect(
        page.evaluate("document.activeElement && document.activeElement.id"),
      ).resolves.toBe(`finding-${ids.finding}`);
      const box = await finding.boundingBox();
      expect(box).not.toBeNull();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y).toBeLessThan(900);
      await shot("finding-highlighted", { fullPage: false });
    });
  });

  it("a rejected plan's notification lands on the finding, highlighted; mark all read empties the bell", async () => {
    ids.plan = await proposePlan("Pallets stored in the escape route during a stock peak.");

    // The auditor's queue lists the plan to review among its open actions.
    await withPage("n-auditor-queue", async ({ page, shot }) => {
      await logIn(page, "auditor@demo.esg");
      // The dashboard is the home page now: open the page this step starts from.
      await page.goto("/queue");
      await page.getByRole("heading", { name: "Work queue" }).waitFor();
      const review = page.getByTestId("open-actions").locator('li[data-kind="CAP_TO_REVIEW"]');
      await review.waitFor();
      await expect(review.getByRole("link").getAttribute("href")).resolves.toBe(
        `/audits/${ids.audit}#finding-${ids.finding}`,
      );
      await shot("queue-open-actions");
    });

    await api(
      portal.url,
      `mutation($id: ID!, $c: String) { reviewCorrectiveAction(id: $id, accept: false, comment: $c) { id } }`,
      { id: ids.plan, c: "Moving the pallets is not enough: name who checks the routes daily." },
      tokens.auditor,
    );
    // A second plan, accepted: two unread, so "mark all read" has one left to mark.
    const second = await proposePlan("Pallets stored in the escape route; no daily route check.");
    await api(
      portal.url,
      `mutation($id: ID!) { reviewCorrectiveAction(id: $id, accept: true) { id } }`,
      { id: second },
      tokens.auditor,
    );
    const unread = await unreadOf(tokens.supplier);
    expect(unread).toBeGreaterThanOrEqual(2);

    await withPage("n-supplier-finding", async ({ page, shot }) => {
      await logIn(page, SUPPLIER);
      await waitForBell(page, unread);
      await page.getByRole("link", { name: /^Notifications, / }).click();
      await page.getByLabel("Unread only").check();
      const rejected = page.locator('li.notification[data-kind="cap.rejected"]');
      await rejected.waitFor();
      await page
        .locator('li.notification[data-unread="false"]')
        .first()
        .waitFor({ state: "detached" });
      await shot("inbox-unread-only");

      await rejected.getByRole("link").click();
      await page.waitForURL(`**/audits/${ids.audit}#finding-${ids.finding}`);
      const finding = page.locator(`#finding-${ids.finding}`);
      await page.locator(`#finding-${ids.finding}[data-highlighted="true"]`).waitFor();
      await expect(finding.isVisible()).resolves.toBe(true);
      await waitForBell(page, unread - 1);
      await shot("finding-from-notification", { fullPage: false });

      await page.getByRole("link", { name: /^Notifications, / }).click();
      await page.getByRole("button", { name: "Mark all read" }).click();
      await waitForBell(page, 0);
      await expect(page.locator(".bell .bell-count").count()).resolves.toBe(0);
      expect(await unreadOf(tokens.supplier)).toBe(0);
      // The bell and the list reload separately: wait for the list, then check it still lists them.
      await page
        .locator('li.notification[data-unread="true"]')
        .first()
        .waitFor({ state: "detached" });
      await expect(page.locator('li.notification[data-unread="false"]').count()).resolves.toBe(
        await page.locator("li.notification").count(),
      );
      expect(await page.locator("li.notification").count()).toBeGreaterThanOrEqual(unread);
      await shot("all-read");
    });
  });

  it("the admin's outbox shows the refused e-mail with the server's reply and resends it", async () => {
    // Procurement's audit.completed e-mail was refused once: FAILED (one attempt allowed).
    await until("a FAILED delivery", async () => {
      const data = await api(
        portal.url,
        `query { notificationOutbox(status: FAILED) { totalCount } }`,
        {},
        tokens.admin,
      );
      return data.notificationOutbox.totalCount > 0 ? true : undefined;
    });
    await until("a SENT delivery", async () =>
      smtp.received.includes(SUPPLIER) ? true : undefined,
    );

    await withPage("n-admin-outbox", async ({ page, shot }) => {
      await logIn(page, "admin@demo.esg");
      await page.getByRole("link", { name: "E-mail outbox" }).click();
      await page.getByRole("heading", { name: "E-mail outbox" }).waitFor();
      await page.locator("table.outbox tbody tr").first().waitFor();
      await shot("outbox");

      await page.getByLabel("Status").selectOption("FAILED");
      const failed = page.locator('table.outbox tbody tr[data-status="FAILED"]', {
        hasText: BUYER,
      });
      await failed.first().waitFor();
      // The filtered page replaces the whole list.
      await page
        .locator('table.outbox tbody tr:not([data-status="FAILED"])')
        .first()
        .waitFor({ state: "detached" });
      await expect(failed.first().locator(".last-error").textContent()).resolves.toContain("451");
      await expect(failed.first().locator("td.num").textContent()).resolves.toBe("1");
      await shot("outbox-failed");

      smtp.refusing.delete(BUYER);
      const id = (await failed.first().getAttribute("data-id"))!;
      await failed
        .first()
        .getByRole("button", { name: /^Resend/ })
        .click();
      await page.getByText(`Queued again for ${BUYER}`).waitFor();
      await until("the resent e-mail", async () =>
        smtp.received.includes(BUYER) ? true : undefined,
      );
      await page.getByLabel("Status").selectOption("SENT");
      await page.locator(`table.outbox tbody tr[data-id="${id}"][data-status="SENT"]`).waitFor();
      await shot("outbox-resent");
    });
  });

  it("the supplier saves its e-mail preferences", async () => {
    await withPage("n-preferences", async ({ page, shot }) => {
      await logIn(page, SUPPLIER);
      await page.getByRole("link", { name: /^Notifications, / }).click();
      await page.getByRole("link", { name: "E-mail preferences" }).click();
      await page.waitForURL("**/me#notification-preferences");
      const form = page.getByRole("form", { name: "E-mail preferences" });
      await form.getByLabel("E-mail", { exact: true }).selectOption("DAILY_DIGEST");
      await form.getByRole("switch", { name: "Certificates" }).uncheck();
      await form.getByRole("button", { name: "Save preferences" }).click();
      await form.getByText("Preferences saved.").waitFor();
      await shot("preferences");
      const { notificationPreferences } = await api(
        portal.url,
        `query { notificationPreferences { emailMode categories { category email } } }`,
        {},
        tokens.supplier,
      );
      expect(notificationPreferences.emailMode).toBe("DAILY_DIGEST");
      const off = (notificationPreferences.categories as { category: string; email: boolean }[])
        .filter((row) => !row.email)
        .map((row) => row.category);
      expect(off).toEqual(["CERTIFICATE"]);

      // Read back after a reload: the form shows what was saved.
      await page.reload();
      await expect(
        page
          .getByRole("form", { name: "E-mail preferences" })
          .getByLabel("E-mail", { exact: true })
          .inputValue(),
      ).resolves.toBe("DAILY_DIGEST");
    });
  });
});
