import { Role } from "../../src/shared/domain/role.enum";
import { TEST_PASSWORD, makeUser } from "../support/factories";
import { post } from "../support/http-client";
import { startPortal } from "../support/portal-process";
import { createTestApp, type TestApp } from "../support/test-app";

const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`;

describe("graceful shutdown under load", () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp({ now: new Date() });
  });
  afterAll(() => app.close());

  it("finishes in-flight requests after SIGTERM and refuses new ones cleanly", async () => {
    const email = (await makeUser(app, Role.PROCUREMENT)).user.email;
    const portal = await startPortal({ DATABASE_URL: app.databaseUrl, SEED_DEMO: "false" });
    try {
      // Log-ins of one e-mail run one at a time (scrypt, ~100 ms each): a queue of work in flight.
      const inFlight = Array.from({ length: 12 }, () =>
        post(portal.url, LOGIN, { e: email, p: TEST_PASSWORD }),
      );
      await new Promise((resolve) => setTimeout(resolve, 250));
      portal.child.kill("SIGTERM");
      await new Promise((resolve) => setTimeout(resolve, 100));
      const late = await Promise.allSettled(
        Array.from({ length: 5 }, () => post(portal.url, "{ __typename }")),
      );

      const results = await Promise.all(inFlight);
      expect(results.map((r) => r.status)).toEqual(results.map(() => 200));
      expect(results.every((r) => typeof r.body.data?.login?.token === "string")).toBe(true);
      for (const outcome of late) {
        // Either the listener is closed (connection refused) or a kept-alive socket gets a 503.
        if (outcome.status === "fulfilled") {
          expect(outcome.value.status).toBe(503);
          expect(outcome.value.body.errors?.[0].extensions.code).toBe("SERVICE_UNAVAILABLE");
        } else {
          expect(String((outcome.reason as Error).cause ?? outcome.reason)).toMatch(
            /ECONNREFUSED|ECONNRESET|other side closed|SocketError/,
          );
        }
      }
      expect(await portal.exited).toBe(0);
      expect(portal.output()).toContain("stopped cleanly");
    } finally {
      if (portal.child.exitCode === null) portal.child.kill("SIGKILL");
    }
  }, 60_000);
});
