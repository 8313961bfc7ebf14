import { Role } from "../src/shared/domain/role.enum";
import { makeSupplier, makeUser } from "./support/factories";
import { postBody as post } from "./support/graphql-client";
import { createTestApp, type TestApp } from "./support/test-app";

describe("HTTP server and query limits", () => {
  let app: TestApp;
  let url: string;
  let token: string;

  beforeAll(async () => {
    app = await createTestApp();
    const port = await app.server.listen(0, "127.0.0.1");
    url = `http://127.0.0.1:${port}`;
    await makeSupplier(app);
    token = (await makeUser(app, Role.ADMIN)).token;
  });
  afterAll(() => app.close());

  it("answers /healthz and /readyz", async () => {
    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok" });
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready" });
  });

  it("serves GraphQL with a bearer token and returns a request id", async () => {
    const result = await post(
      url,
      { query: "{ me { role } }" },
      { authorization: `Bearer ${token}`, "x-request-id": "trace-123" },
    );
    expect(result.status).toBe(200);
    expect(result.body.data.me.role).toBe("ADMIN");
    expect(result.headers.get("x-request-id")).toBe("trace-123");
    // An answer is never reused (no-store): no entity tag is computed over its body.
    expect(result.headers.get("cache-control")).toBe("no-store");
    expect(result.headers.get("etag")).toBeNull();
  });

  it("answers UNAUTHENTICATED without a token", async () => {
    const result = await post(url, { query: "{ me { role } }" });
    expect(result.body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
  });

  it("refuses a 25-level query before execution, without echoing the limit", async () => {
    const depth25 = `query { ${Array.from({ length: 25 }, () => "a: me { supplier {").join(" ")} id ${"} }".repeat(25)} }`;
    const result = await post(url, { query: depth25 }, { authorization: `Bearer ${token}` });
    expect(result.body.errors[0].extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(result.body.data).toBeUndefined();
    expect(JSON.stringify(result.body.errors)).not.toMatch(/\b10\b/);
  });

  it("counts depth in fields, not fragment spreads: fragments neither add levels nor hide them", async () => {
    // Seven field levels in four nested fragments: eleven when each spread counted as a level.
    const ten = `{ me { supplier { ...A } } }
      fragment A on Supplier { audits { supplier { ...B } } }
      fragment B on Supplier { audits { supplier { ...C } } }
      fragment C on Supplier { ...D }
      fragment D on Supplier { id }`;
    const accepted = await post(url, { query: ten }, { authorization: `Bearer ${token}` });
    expect(accepted.body.errors).toBeUndefined();
    // Twelve levels of single objects behind a spread: cheap, and still too deep.
    const deeper = `{ findings(first: 1) { edges { node { ...F } } } }
      fragment F on Finding { correctiveAction { finding { correctiveAction { finding {
        correctiveAction { finding { audit { supplier { id } } } } } } } } }`;
    const refused = await post(url, { query: deeper }, { authorization: `Bearer ${token}` });
    expect(refused.body.errors[0].extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("refuses 150 aliases and accepts 15", async () => {
    const many = `{ ${Array.from({ length: 150 }, (_, i) => `a${i}: me { id }`).join(" ")} }`;
    const refused = await post(url, { query: many }, { authorization: `Bearer ${token}` });
    expect(refused.body.errors[0].extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
    const fine = `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: me { id }`).join(" ")} }`;
    const accepted = await post(url, { query: fine }, { authorization: `Bearer ${token}` });
    expect(accepted.body.errors).toBeUndefined();
  });

  it("accepts an ordinary client query", async () => {
    const query = `{ suppliers(first: 100) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node {
      id name legalName country contactEmail version archived materialCategories { id code name }
      sites { id name country address } sustainability { renewableElectricityShare thirdPartyVerifiedMaterialShare
      recycledContentShare traceability sourcesFromProtectedArea } } } } }`;
    const result = await post(url, { query }, { authorization: `Bearer ${token}` });
    expect(result.body.errors).toBeUndefined();
  });

  it("refuses a body over the limit with 413 and no stack", async () => {
    const big = JSON.stringify({
      query: "{ me { id } }",
      variables: { pad: "x".repeat(1_200_000) },
    });
    const result = await post(url, big, { authorization: `Bearer ${token}` });
    expect(result.status).toBe(413);
    expect(JSON.stringify(result.body)).not.toMatch(/at .*\.js/);
  });

  it("keeps CSRF prevention on: a simple GET query without a preflight header is refused", async () => {
    const response = await fetch(`${url}/graphql?query=${encodeURIComponent("{ __typename }")}`);
    expect(response.status).toBe(400);
  });

  it("masks unexpected errors", async () => {
    const result = await post(url, "{not json", { authorization: `Bearer ${token}` });
    expect(result.status).toBe(400);
    expect(JSON.stringify(result.body)).not.toMatch(/SyntaxError|at .*\.js/);
  });

  it("allows introspection outside production", async () => {
    const result = await post(url, { query: "{ __schema { queryType { name } } }" });
    expect(result.body.data.__schema.queryType.name).toBe("Query");
  });
});

describe("production mode", () => {
  let app: TestApp;
  let url: string;
  beforeAll(async () => {
    app = await createTestApp({ env: { NODE_ENV: "production", JWT_SECRET: "p".repeat(40) } });
    url = `http://127.0.0.1:${await app.server.listen(0, "127.0.0.1")}`;
  });
  afterAll(() => app.close());

  it("turns introspection and field suggestions off", async () => {
    const introspection = await post(url, { query: "{ __schema { queryType { name } } }" });
    expect(introspection.body.errors[0].extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
    const typo = await post(url, { query: "{ supplers { totalCount } }" });
    expect(typo.body.errors[0].message).not.toMatch(/Did you mean/);
  });
});
