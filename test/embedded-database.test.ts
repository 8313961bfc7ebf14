import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DEMO_PASSWORD } from "../src/demo/demo-seed";
import { gql, runPortal, startPortal } from "./support/portal-process";

// The embedded default as a newcomer runs it: its own PostgreSQL in DATA_DIR.
describe("embedded database (no DATABASE_URL)", () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), "esg-embedded-"));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("starts with demo data, refuses a second start on the same directory, and keeps data across a restart", async () => {
    const env = { DATA_DIR: dataDir };
    const first = await startPortal(env);
    try {
      expect(first.output()).toContain("admin@demo.esg");
      const ready = await fetch(`${first.url}/readyz`);
      expect(ready.status).toBe(200);

      const login = await gql(
        first.url,
        `mutation($p: String!) { login(email: "admin@demo.esg", password: $p) { token } }`,
        { p: DEMO_PASSWORD },
      );
      const token = login.body.data.login.token as string;
      const created = await gql(
        first.url,
        `mutation { createSupplier(input: { name: "Persistent Panels", country: "NL", contactEmail: "a@b.nl" }) { id } }`,
        undefined,
        token,
      );
      expect(created.body.errors).toBeUndefined();

      const second = runPortal(env);
      expect(await second.exited).toBe(1);
      expect(second.output()).toMatch(/DATA_DIR .* is in use/);

      expect(await first.stop("SIGTERM")).toBe(0);

      const restarted = await startPortal(env);
      try {
        // The token survives too: the signing secret is kept in DATA_DIR.
        const list = await gql(
          restarted.url,
          `{ suppliers(filter: { search: "Persistent" }) { totalCount } }`,
          undefined,
          token,
        );
        expect(list.body.data.suppliers.totalCount).toBe(1);
        expect(restarted.output()).not.toContain("initialising embedded PostgreSQL");
      } finally {
        expect(await restarted.stop("SIGINT")).toBe(0);
      }
    } finally {
      if (first.child.exitCode === null) await first.stop("SIGKILL");
    }
  }, 90_000);
});
