import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadConfig } from "../src/config/config";
import { DEMO_PASSWORD } from "../src/demo/demo-seed";
import { gql, startPortal } from "./support/portal-process";

const SECRET = { JWT_SECRET: randomBytes(32).toString("hex") };

describe("demo data in production", () => {
  it.each([
    [{}, true],
    [{ NODE_ENV: "production", ...SECRET }, false],
    [{ NODE_ENV: "production", ...SECRET, DATABASE_URL: "postgres://x@h/db" }, false],
    [{ NODE_ENV: "production", ...SECRET, SEED_DEMO: "true" }, true],
    [{ NODE_ENV: "production", ...SECRET, SEED_DEMO: "false" }, false],
    [{ DATABASE_URL: "postgres://x@h/db" }, false],
    [{ DATABASE_URL: "postgres://x@h/db", SEED_DEMO: "true" }, true],
  ])("loadConfig(%p).seedDemo is %s", (env, seedDemo) => {
    expect(loadConfig(env).seedDemo).toBe(seedDemo);
  });

  it("a production start on the embedded database loads no demo users and prints no demo log-ins", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "esg-production-"));
    const portal = await startPortal({
      NODE_ENV: "production",
      DATA_DIR: dataDir,
      ...SECRET,
      ADMIN_EMAIL: "root@example.com",
      ADMIN_PASSWORD: "Vx7-quartz-Lantern-93!",
    });
    try {
      expect(portal.output()).not.toMatch(/Demo log-ins|demo\.esg/);
      const demo = await gql(
        portal.url,
        `mutation($p: String!) { login(email: "admin@demo.esg", password: $p) { token } }`,
        { p: DEMO_PASSWORD },
      );
      expect(demo.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      const login = await gql(
        portal.url,
        `mutation { login(email: "root@example.com", password: "Vx7-quartz-Lantern-93!") { token } }`,
      );
      const token = login.body.data.login.token as string;
      const users = await gql(portal.url, `{ users(first: 100) { totalCount } }`, undefined, token);
      expect(users.body.data.users.totalCount).toBe(1);
      const suppliers = await gql(portal.url, `{ suppliers { totalCount } }`, undefined, token);
      expect(suppliers.body.data.suppliers.totalCount).toBe(0);
    } finally {
      await portal.stop("SIGTERM");
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 90_000);
});
