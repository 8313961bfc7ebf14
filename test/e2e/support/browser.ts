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

export interface PortalPage {
  context: BrowserContext;
  page: Page;
  /** Console errors and page errors (a CSP violation shows up here). */
  problems: string[];
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
  let counter = 0;
  return {
    context,
    page,
    problems,
    shot: async (name, options = {}) => {
      counter += 1;
      const file = path.join(
        SCREENSHOTS,
        `${prefix}-${String(counter).padStart(2, "0")}-${name}.png`,
      );
      // No hover tooltip over the charts in the picture.
      await page.mouse.move(0, 0);
      await page.screenshot({ path: file, fullPage: options.fullPage ?? true });
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
 * Runs one journey step in a fresh page: a screenshot named `failure` when it throws, and no
 * Content Security Policy violation allowed.
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
  } catch (error) {
    await p.shot("failure").catch(() => undefined);
    throw error;
  } finally {
    await p.close();
  }
}
