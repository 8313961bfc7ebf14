import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

export const SCREENSHOTS = path.join(__dirname, "..", "..", "..", "test-results", "e2e");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export interface Session {
  browser: Browser;
  userDataDir: string;
  close(): Promise<void>;
}

// The functions given to page.evaluate run in the browser; this tsconfig has no DOM types.
declare const window: object, document: unknown;
type Document = unknown;

/** Debian's chromium, headless, nothing fetched but the portal. */
export async function launchBrowser(): Promise<Session> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "esg-e2e-chromium-"));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-dev-shm-usage",
    ],
  });
  return {
    browser,
    userDataDir,
    close: async () => {
      await browser.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The accessibility check of every `shot()`: on unless E2E_AXE=0. axe-core's own script is
 * evaluated over the DevTools protocol (not a <script> tag, which the portal's CSP would refuse).
 */
export const AXE_ON = process.env.E2E_AXE !== "0";
let axeSource: string | undefined;

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
  url: string;
}

/** Serious and critical axe-core violations on the page as it is now. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const source = (axeSource ??= fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8"));
  const url = page.url();
  // A string evaluated over the protocol is not the page's eval(), so the CSP lets it run.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(source);
  const found = await page.evaluate(async () => {
    const w = window as unknown as { axe?: unknown };
    type Result = {
      violations: { id: string; impact?: string; help: string; nodes: { target: unknown[] }[] }[];
    };
    const axe = w.axe as { run(context: Document, options: object): Promise<Result> };
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? "",
      help: v.help,
      targets: v.nodes.map((node) => node.target.map(String).join(" ")),
    }));
  });
  return found
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ ...v, url }));
}

export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map(
      (v) =>
        `${v.id} (${v.impact}) on ${v.url}: ${v.help}\n    ${v.targets.slice(0, 8).join("\n    ")}` +
        (v.targets.length > 8 ? `\n    … ${v.targets.length - 8} more` : ""),
    )
    .join("\n");
}

export interface PortalPage {
  context: BrowserContext;
  page: Page;
  /** Console errors and page errors (a CSP violation shows up here). */
  problems: string[];
  /** Serious and critical axe-core violations found by the shots so far (one per rule and page). */
  violations: AxeViolation[];
  shot(name: string, options?: { fullPage?: boolean }): Promise<void>;
  close(): Promise<void>;
}

export async function openPage(
  session: Session,
  baseURL: string,
  prefix: string,
  viewport = { width: 1280, height: 900 },
): Promise<PortalPage> {
  const context = await session.browser.newContext({ baseURL, viewport, acceptDownloads: true });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(error.message));
  const violations: AxeViolation[] = [];
  let counter = 0;
  return {
    context,
    page,
    problems,
    violations,
    shot: async (name, options = {}) => {
      counter += 1;
      const file = path.join(
        SCREENSHOTS,
        `${prefix}-${String(counter).padStart(2, "0")}-${name}.png`,
      );
      // No hover tooltip over the charts in the picture.
      await page.mouse.move(0, 0);
      await page.screenshot({ path: file, fullPage: options.fullPage ?? true });
      if (AXE_ON && name !== "failure") {
        for (const v of await axeViolations(page)) {
          const same = violations.find((seen) => seen.id === v.id && seen.url === v.url);
          if (!same) violations.push(v);
          else same.targets = [...new Set([...same.targets, ...v.targets])];
        }
      }
    },
    close: () => context.close(),
  };
}

/** Logs out and waits until the portal has ended the token and shows the log-in page. */
export async function logOut(page: Page) {
  await page.getByRole("button", { name: "Log out" }).click();
  await page.waitForURL("**/login");
}

export async function logIn(page: Page, email: string, password = "demo-password-1") {
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Log in" }).click();
  await page.getByRole("button", { name: "Log out" }).waitFor();
}

/**
 * Runs one journey step in a fresh page: a screenshot named `failure` when it throws, no
 * Content Security Policy violation allowed, and no serious or critical axe-core violation on
 * any page a `shot()` pictured.
 */
export async function withPage(
  session: Session,
  baseURL: string,
  prefix: string,
  run: (p: PortalPage) => Promise<void>,
  viewport?: { width: number; height: number },
) {
  const p = await openPage(session, baseURL, prefix, viewport);
  try {
    await run(p);
    expect(p.problems.filter((text) => /Content Security Policy|Refused to/i.test(text))).toEqual(
      [],
    );
    if (p.violations.length > 0) {
      throw new Error(
        `Accessibility (axe-core, serious or critical) in ${prefix}:\n${describeViolations(p.violations)}`,
      );
    }
  } catch (error) {
    await p.shot("failure").catch(() => undefined);
    throw error;
  } finally {
    await p.close();
  }
}
