import { Role } from "../src/shared/domain/role.enum";
import { makeSupplier, makeUser, TEST_PASSWORD, type TestUser } from "./support/factories";
import { codesOf, loginOver, post } from "./support/graphql-client";
import { createTestApp, type TestApp } from "./support/test-app";

const CHANGE = `mutation($id: ID!, $role: Role!, $supplierId: ID) {
  changeUserRole(id: $id, role: $role, supplierId: $supplierId) { id role supplier { id } } }`;
const ME = `{ me { id role supplier { id } } }`;
const TRAIL = `query($id: ID!) { auditTrail(entityType: "User", entityId: $id, first: 5) {
  edges { node { action actor { id } role changes } } } }`;

/** changeUserRole over HTTP: the rules, the tokens ending, the trail and the last admin. */
describe("changing a user's role", () => {
  let app: TestApp;
  let url: string;
  let admin: TestUser;
  let supplierId: string;

  const fields = (result: Awaited<ReturnType<typeof post>>) =>
    (
      (result.body.errors?.[0]?.extensions as { fields?: { path: string }[] } | undefined)
        ?.fields ?? []
    ).map((f: { path: string }) => f.path);
  const roleOf = async (id: string) =>
    (
      (await app.dataSource.query(`SELECT role, supplier_id FROM app_user WHERE id = $1`, [
        id,
      ])) as { role: string; supplier_id: string | null }[]
    )[0];

  beforeAll(async () => {
    app = await createTestApp();
    url = `http://127.0.0.1:${await app.server.listen(0, "127.0.0.1")}`;
    admin = await makeUser(app, Role.ADMIN);
    supplierId = (await makeSupplier(app)).id;
  });
  afterAll(() => app.close());

  it("moves a user to another role, ends their tokens at once and records who did it", async () => {
    const buyer = await makeUser(app, Role.PROCUREMENT, { email: "buyer.role@example.com" });
    // A request first, so the holder of the token is in the viewer cache.
    expect((await post(url, ME, {}, { token: buyer.token })).body.data.me.role).toBe("PROCUREMENT");
    const changed = await post(
      url,
      CHANGE,
      { id: buyer.user.id, role: "AUDITOR" },
      {
        token: admin.token,
      },
    );
    expect(changed.body.errors).toBeUndefined();
    expect(changed.body.data.changeUserRole).toEqual({
      id: buyer.user.id,
      role: "AUDITOR",
      supplier: null,
    });
    // The old token stood for PROCUREMENT: refused on the very next request.
    expect(codesOf(await post(url, ME, {}, { token: buyer.token }))).toEqual(["UNAUTHENTICATED"]);
    const fresh = await loginOver(url, "buyer.role@example.com", TEST_PASSWORD);
    expect((await post(url, ME, {}, { token: fresh })).body.data.me.role).toBe("AUDITOR");

    const trail = await post(url, TRAIL, { id: buyer.user.id }, { token: admin.token });
    expect(trail.body.data.auditTrail.edges[0].node).toEqual({
      action: "user.role_changed",
      actor: { id: admin.user.id },
      role: "ADMIN",
      changes: { role: { before: "PROCUREMENT", after: "AUDITOR" } },
    });
  });

  it("gives a supplier user its supplier and takes it away again", async () => {
    const auditor = await makeUser(app, Role.AUDITOR);
    const toSupplier = await post(
      url,
      CHANGE,
      { id: auditor.user.id, role: "SUPPLIER", supplierId },
      { token: admin.token },
    );
    expect(toSupplier.body.data.changeUserRole).toMatchObject({
      role: "SUPPLIER",
      supplier: { id: supplierId },
    });
    const back = await post(
      url,
      CHANGE,
      { id: auditor.user.id, role: "PROCUREMENT" },
      {
        token: admin.token,
      },
    );
    expect(back.body.data.changeUserRole).toMatchObject({ role: "PROCUREMENT", supplier: null });
    const trail = await post(url, TRAIL, { id: auditor.user.id }, { token: admin.token });
    expect(trail.body.data.auditTrail.edges[0].node.changes).toEqual({
      role: { before: "SUPPLIER", after: "PROCUREMENT" },
      supplierId: { before: supplierId, after: null },
    });
  });

  it.each([
    ["SUPPLIER without a supplier", { role: "SUPPLIER" }, "supplierId"],
    ["a supplier for another role", { role: "AUDITOR", supplierId: "SUPPLIER" }, "supplierId"],
    [
      "an unknown supplier",
      { role: "SUPPLIER", supplierId: "00000000-0000-4000-8000-000000000000" },
      "supplierId",
    ],
    ["a malformed supplier id", { role: "SUPPLIER", supplierId: "not-an-id" }, "supplierId"],
    ["the role the user has", { role: "PROCUREMENT" }, "role"],
  ])("refuses %s at its field and changes nothing", async (_, args, path) => {
    const target = await makeUser(app, Role.PROCUREMENT);
    const variables = {
      id: target.user.id,
      ...args,
      ...("supplierId" in args && args.supplierId === "SUPPLIER" ? { supplierId } : {}),
    };
    const result = await post(url, CHANGE, variables, { token: admin.token });
    expect(codesOf(result)).toEqual(["BAD_USER_INPUT"]);
    expect(fields(result)).toEqual([path]);
    expect(await roleOf(target.user.id)).toEqual({ role: "PROCUREMENT", supplier_id: null });
    // Nothing changed: the user's token still works.
    expect((await post(url, ME, {}, { token: target.token })).body.data.me.role).toBe(
      "PROCUREMENT",
    );
  });

  it("refuses an admin's own role, an API token's service user and an unknown user", async () => {
    const own = await post(
      url,
      CHANGE,
      { id: admin.user.id, role: "AUDITOR" },
      {
        token: admin.token,
      },
    );
    expect(codesOf(own)).toEqual(["CONFLICT"]);
    expect(own.body.errors![0].message).toBe("You cannot change your own role");
    expect((await roleOf(admin.user.id)).role).toBe("ADMIN");

    const token = await post(
      url,
      `mutation { createApiToken(name: "ERP", role: PROCUREMENT) { id } }`,
      {},
      { token: admin.token },
    );
    const [service] = (await app.dataSource.query(`SELECT user_id FROM api_token WHERE id = $1`, [
      token.body.data.createApiToken.id,
    ])) as { user_id: string }[];
    const serviceChange = await post(
      url,
      CHANGE,
      { id: service.user_id, role: "ADMIN" },
      {
        token: admin.token,
      },
    );
    expect(codesOf(serviceChange)).toEqual(["CONFLICT"]);
    expect((await roleOf(service.user_id)).role).toBe("PROCUREMENT");

    const missing = await post(
      url,
      CHANGE,
      { id: "00000000-0000-4000-8000-000000000000", role: "AUDITOR" },
      { token: admin.token },
    );
    expect(codesOf(missing)).toEqual(["NOT_FOUND"]);
    const malformed = await post(
      url,
      CHANGE,
      { id: "nope", role: "AUDITOR" },
      {
        token: admin.token,
      },
    );
    expect(codesOf(malformed)).toEqual(["BAD_USER_INPUT"]);
  });

  describe("the last active admin", () => {
    let first: TestUser;
    let second: TestUser;

    beforeEach(async () => {
      // Only these two (people) are active admins.
      await app.dataSource.query(`UPDATE app_user SET active = false WHERE role = 'ADMIN'`);
      first = await makeUser(app, Role.ADMIN);
      second = await makeUser(app, Role.ADMIN);
    });
    afterAll(() =>
      app.dataSource.query(`UPDATE app_user SET active = true WHERE id = $1`, [admin.user.id]),
    );

    it.each([1, 2, 3])(
      "cannot be demoted when two admins demote each other at the same moment (round %i)",
      async () => {
        const [one, two] = await Promise.all([
          post(url, CHANGE, { id: second.user.id, role: "AUDITOR" }, { token: first.token }),
          post(url, CHANGE, { id: first.user.id, role: "AUDITOR" }, { token: second.token }),
        ]);
        const outcomes = [codesOf(one), codesOf(two)].map((codes) => codes[0] ?? "OK");
        // One goes through. The other's token may have ended already (UNAUTHENTICATED), or its
        // check, waiting on the locked admin rows, sees the first one's result (CONFLICT).
        expect(outcomes.filter((outcome) => outcome === "OK")).toHaveLength(1);
        const lost = outcomes.find((outcome) => outcome !== "OK");
        expect(["CONFLICT", "UNAUTHENTICATED"]).toContain(lost);
        const loser = codesOf(one).length > 0 ? one : two;
        if (lost === "CONFLICT") expect(loser.body.errors![0].message).toMatch(/last active admin/);
        const roles = [await roleOf(first.user.id), await roleOf(second.user.id)];
        expect(roles.map((r) => r.role).sort()).toEqual(["ADMIN", "AUDITOR"]);
      },
    );
  });
});
