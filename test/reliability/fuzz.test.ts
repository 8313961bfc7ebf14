import { buildAppSchema } from "../../src/app/schema";
import { checkInvariants } from "../../src/database/invariants";
import { checkStandings } from "../../src/modules/procurement/standing.check";
import { collectIds, runFuzz } from "../../scripts/reliability/fuzzer";
import { demoTokens, gql } from "../../scripts/reliability/harness";
import { postBody } from "../support/graphql-client";
import { startPortal, type PortalProcess } from "../support/portal-process";
import { createTestApp, type TestApp } from "../support/test-app";

/** The CI size of `npm run reliability:fuzz` (10 000 requests): 1 000 hostile requests. */
describe("hostile input", () => {
  let app: TestApp;
  let portal: PortalProcess;

  beforeAll(async () => {
    app = await createTestApp({ now: new Date() });
    portal = await startPortal({ DATABASE_URL: app.databaseUrl, SEED_DEMO: "true" }, 60_000);
  }, 90_000);
  afterAll(async () => {
    await portal?.stop();
    await app.close();
  });

  it("refuses what the fuzzer found, as client errors", async () => {
    const tokens = await demoTokens(portal.url);
    const raw = (body: unknown) =>
      postBody(portal.url, body, { authorization: `Bearer ${tokens.ADMIN}` });
    const codeOf = (r: { body: any }) => r.body.errors?.[0]?.extensions?.code as string;

    const syntax = await raw({ query: "{".repeat(50) });
    expect([syntax.status, codeOf(syntax)]).toEqual([400, "GRAPHQL_PARSE_FAILED"]);
    const tooLong = await raw({ query: `{ ${"a: __typename ".repeat(1500)} }` });
    expect([tooLong.status, codeOf(tooLong)]).toEqual([400, "GRAPHQL_PARSE_FAILED"]);
    expect(tooLong.body.errors[0].message).not.toMatch(/\d{3}/);
    const badHash = await raw({
      query: "{ me { id } }",
      extensions: { persistedQuery: { version: 1, sha256Hash: "x" } },
    });
    expect([badHash.status, codeOf(badHash)]).toEqual([400, "BAD_REQUEST"]);

    const notUuid = await raw({ query: `{ supplier(id: "1' OR '1'='1") { id } }` });
    expect(codeOf(notUuid)).toBe("BAD_USER_INPUT");
    expect(notUuid.body.errors[0].extensions.fields).toEqual([
      { path: "id", message: "must be an id (a UUID)" },
    ]);
    const nul = await raw({
      query: `mutation($e: String!) { login(email: $e, password: "x") { token } }`,
      variables: { e: "a\u0000@b.c" },
    });
    expect(codeOf(nul)).toBe("BAD_USER_INPUT");
    const longEmail = await raw({
      query: `mutation($e: String!) { login(email: $e, password: "x") { token } }`,
      variables: { e: `${"x".repeat(300)}@b.c` },
    });
    expect(codeOf(longEmail)).toBe("BAD_USER_INPUT");
  });

  it("answers 1 000 generated requests without a 5xx or INTERNAL_SERVER_ERROR, data intact", async () => {
    const tokens = await demoTokens(portal.url);
    const selves = await Promise.all(
      Object.values(tokens).map(
        async (t) => (await gql(portal.url, "{ me { id } }", {}, t)).body.data.me.id as string,
      ),
    );
    const ids = await collectIds(portal.url, tokens, selves);
    const report = await runFuzz({
      url: portal.url,
      schema: await buildAppSchema(),
      tokens,
      ids,
      count: 1000,
      seed: 20261127,
      concurrency: 4,
    });
    expect(report.requests).toBe(1000);
    expect(report.problems).toEqual([]);
    expect((await fetch(`${portal.url}/healthz`)).status).toBe(200);
    expect(portal.child.exitCode).toBeNull();
    expect((await checkStandings(app.dataSource, new Date())).differences).toEqual([]);
    expect(await checkInvariants(app.dataSource)).toEqual([]);
  }, 120_000);
});
