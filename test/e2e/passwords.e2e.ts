import {
  launchBrowser,
  logIn,
  type PortalPage,
  type Session,
  withPage as withPageIn,
} from "./support/browser";
import { post, type ErrorExtensions } from "../support/graphql-client";
import { apiLogin, startBuiltPortal, type BuiltPortal } from "./support/portal";

/**
 * Passwords in the browser: an admin resets a demo user's password and sees the one-time
 * password once; the user logs in with it, is held on the change-password page, is told under
 * the field what is wrong with a weak new password, changes it, logs out, and every token the
 * user had along the way is dead (checked through the API).
 */

let portal: BuiltPortal;
let session: Session;

const TOKEN_KEY = "esg-portal-token";
const ME = `{ me { email mustChangePassword } }`;

/** A GraphQL call that returns errors instead of throwing on them. */
async function call(query: string, token: string | null, variables: Record<string, unknown> = {}) {
  const result = await post<any, ErrorExtensions>(portal.url, query, variables, {
    token: token ?? undefined,
  });
  return result.body;
}
const codes = (body: { errors?: { extensions?: { code?: string } }[] }) =>
  (body.errors ?? []).map((e) => e.extensions?.code);

beforeAll(async () => {
  portal = await startBuiltPortal();
  session = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await session?.close();
  await portal?.stop();
});

const withPage = (prefix: string, run: (p: PortalPage) => Promise<void>) =>
  withPageIn(session, portal.url, prefix, run);

const tokenIn = (p: PortalPage) =>
  p.page.evaluate<string | null>(`sessionStorage.getItem(${JSON.stringify(TOKEN_KEY)})`);

describe("passwords: reset by an admin, forced change, log-out", () => {
  let oneTime = "";
  let beforeReset = "";

  it("an admin resets the auditor's password and sees the one-time password once", async () => {
    beforeReset = await apiLogin(portal.url, "auditor@demo.esg");
    expect(codes(await call(ME, beforeReset))).toEqual([]);

    await withPage("passwords-admin", async ({ page, shot }) => {
      await logIn(page, "admin@demo.esg");
      // Every role has the change-password page in the top bar.
      await page.getByRole("link", { name: "Change password" }).waitFor();
      await page.getByRole("link", { name: "Users" }).click();
      await page.getByRole("button", { name: "Reset password of Arne Auditor" }).click();
      const notice = page.getByRole("status", { name: "One-time password" });
      await notice.waitFor();
      oneTime = (await notice.locator("code.one-time-password").textContent()) ?? "";
      expect(oneTime).toMatch(/^[2-9a-zA-Z]{5}(-[2-9a-zA-Z]{5}){3}$/);
      await expect(notice.textContent()).resolves.toMatch(/Copy it now.*shown only this once/);
      await notice.getByRole("button", { name: "Copy" }).waitFor();
      await shot("one-time-password");
      await notice.getByRole("button", { name: "Done" }).click();
      await notice.waitFor({ state: "detached" });
    });
    // The reset ended the auditor's earlier token.
    expect(codes(await call(ME, beforeReset))).toEqual(["UNAUTHENTICATED"]);
  });

  it("the auditor logs in with it, must change it first, gets field errors, changes it and logs out", async () => {
    await withPage("passwords-auditor", async (p) => {
      const { page, shot } = p;
      await logIn(page, "auditor@demo.esg", oneTime);
      await page.waitForURL("**/change-password");
      await page.getByRole("heading", { name: "Change password" }).waitFor();
      await page.getByText("An administrator reset your password").waitFor();
      // Nothing else: no navigation, and other pages lead back here.
      expect(await page.getByRole("navigation", { name: "Main" }).count()).toBe(0);
      await page.goto("/queue");
      await page.waitForURL("**/change-password");
      const pending = await tokenIn(p);
      expect((await call(ME, pending)).data.me).toEqual({
        email: "auditor@demo.esg",
        mustChangePassword: true,
      });
      const refused = await call(`{ suppliers(first: 1) { totalCount } }`, pending);
      expect(codes(refused)).toEqual(["FORBIDDEN"]);
      expect(refused.errors![0].message).toMatch(/change your password first/);

      const form = page.getByRole("form", { name: "Change password" });
      const fill = async (current: string, next: string, repeat = next) => {
        await form.getByLabel("One-time password", { exact: true }).fill(current);
        await form.getByLabel("New password", { exact: true }).fill(next);
        await form.getByLabel("Repeat the new password", { exact: true }).fill(repeat);
        await form.getByRole("button", { name: "Change password" }).click();
      };
      const newPasswordField = form.locator(".field", {
        has: page.getByLabel("New password", { exact: true }),
      });

      await fill(oneTime, "short-pw");
      await newPasswordField
        .locator(".field-error", { hasText: "must be at least 10 characters" })
        .waitFor();
      await shot("too-short");

      await fill(oneTime, "Auditor-river-2026");
      await newPasswordField
        .locator(".field-error", { hasText: "must not contain your e-mail name" })
        .waitFor();
      await shot("contains-email-name");

      await fill(oneTime, "tidal-basin-lantern-7", "tidal-basin-lantern-8");
      await form.locator(".field-error", { hasText: "does not match the new password" }).waitFor();

      await fill(oneTime, "tidal-basin-lantern-7");
      // In: the full portal with the auditor's pages.
      await page.getByRole("link", { name: "Work queue" }).first().waitFor();
      expect(page.url()).not.toContain("/change-password");
      await shot("changed");
      // The one-time password's token died with the change; the app logged in again.
      expect(codes(await call(ME, pending))).toEqual(["UNAUTHENTICATED"]);
      const current = await tokenIn(p);
      expect(current).not.toBe(pending);
      expect((await call(ME, current)).data.me.mustChangePassword).toBe(false);

      await page.getByRole("button", { name: "Log out" }).click();
      await page.waitForURL("**/login");
      expect(await tokenIn(p)).toBeNull();
      // Logged out on the server, not only forgotten by the browser.
      expect(codes(await call(ME, current))).toEqual(["UNAUTHENTICATED"]);
    });

    const login = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`;
    expect(codes(await call(login, null, { e: "auditor@demo.esg", p: oneTime }))).toEqual([
      "UNAUTHENTICATED",
    ]);
    const fresh = await call(login, null, { e: "auditor@demo.esg", p: "tidal-basin-lantern-7" });
    expect(codes(await call(ME, fresh.data.login.token as string))).toEqual([]);
  });

  it("a user changes the password from the top bar (no reset involved)", async () => {
    await withPage("passwords-buyer", async ({ page }) => {
      await logIn(page, "buyer@demo.esg");
      await page.getByRole("link", { name: "Change password" }).click();
      const form = page.getByRole("form", { name: "Change password" });
      await form.getByLabel("Current password", { exact: true }).fill("wrong-password-1");
      await form.getByLabel("New password", { exact: true }).fill("harbour-light-green-3");
      await form
        .getByLabel("Repeat the new password", { exact: true })
        .fill("harbour-light-green-3");
      await form.getByRole("button", { name: "Change password" }).click();
      await form.locator(".field-error", { hasText: "is not your current password" }).waitFor();
      await form.getByLabel("Current password", { exact: true }).fill("demo-password-1");
      await form.getByRole("button", { name: "Change password" }).click();
      await page.getByText("Password changed.").waitFor();
      await page.getByRole("button", { name: "Log out" }).waitFor();
    });
    const login = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`;
    expect(
      codes(await call(login, null, { e: "buyer@demo.esg", p: "harbour-light-green-3" })),
    ).toEqual([]);
  });
});
