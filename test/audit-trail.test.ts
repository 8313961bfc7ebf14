import { Role } from "../src/shared/domain/role.enum";
import { makeRoles, makeSupplier, makeUser, type TestUser } from "./support/factories";
import { createTestApp, errorCodes, type TestApp } from "./support/test-app";

describe("audit trail", () => {
  let app: TestApp;
  let admin: TestUser;
  let auditor: TestUser;

  beforeAll(async () => {
    app = await createTestApp();
    const home = await makeSupplier(app);
    ({ admin, auditor } = await makeRoles(app, home.id));
  });
  afterAll(() => app.close());

  it("records actor, role, before/after and request id for every change, newest first", async () => {
    const created = await app.exec(
      admin.token,
      `mutation { createSupplier(input: { name: "Trail Co", country: "DE", contactEmail: "t@x.de" }) { id } }`,
    );
    const id = created.data!.createSupplier.id;
    await app.exec(
      admin.token,
      `mutation($id: ID!) { updateSupplier(id: $id, expectedVersion: 1, input: { name: "Trail Co 2" }) { id } }`,
      { id },
    );
    await app.exec(admin.token, `mutation($id: ID!) { archiveSupplier(id: $id) { id } }`, { id });

    const trail = await app.exec(
      auditor.token,
      `query($id: ID!) { auditTrail(entityType: "Supplier", entityId: $id) {
      totalCount edges { node { action role actor { id } changes requestId at } } } }`,
      { id },
    );
    expect(trail.errors).toBeUndefined();
    const events = trail.data!.auditTrail.edges.map((e: { node: unknown }) => e.node);
    expect(events.map((e: { action: string }) => e.action)).toEqual([
      "supplier.archived",
      "supplier.updated",
      "supplier.created",
    ]);
    expect(events[1]).toMatchObject({
      role: "ADMIN",
      actor: { id: admin.user.id },
      changes: { name: { before: "Trail Co", after: "Trail Co 2" } },
    });
    expect(events[1].requestId).toEqual(expect.any(String));
  });

  it("writes nothing when the mutation fails", async () => {
    const before = await app.dataSource.query(`SELECT count(*)::int AS n FROM audit_event`);
    await app.exec(
      admin.token,
      `mutation { createSupplier(input: { name: "Bad", country: "DE", contactEmail: "t@x.de", categoryIds: ["00000000-0000-4000-8000-000000000000"] }) { id } }`,
    );
    const after = await app.dataSource.query(`SELECT count(*)::int AS n FROM audit_event`);
    expect(after[0].n).toBe(before[0].n);
  });

  it.each([
    ["UPDATE", `UPDATE audit_event SET action = 'tampered'`],
    ["DELETE", `DELETE FROM audit_event`],
    ["TRUNCATE", `TRUNCATE audit_event`],
  ])("the database refuses %s, even for the table owner", async (_op, sql) => {
    await makeUser(app, Role.AUDITOR); // ensure at least one row exists
    await app.exec(
      admin.token,
      `mutation { createSupplier(input: { name: "Row", country: "DE", contactEmail: "t@x.de" }) { id } }`,
    );
    const count = await app.dataSource.query(`SELECT count(*)::int AS n FROM audit_event`);
    await expect(app.dataSource.query(sql)).rejects.toThrow(/append-only/);
    expect((await app.dataSource.query(`SELECT count(*)::int AS n FROM audit_event`))[0].n).toBe(
      count[0].n,
    );
    expect(
      (
        await app.dataSource.query(
          `SELECT count(*)::int AS n FROM audit_event WHERE action = 'tampered'`,
        )
      )[0].n,
    ).toBe(0);
  });

  it("refuses the trail to procurement and suppliers", async () => {
    const buyer = await makeUser(app, Role.PROCUREMENT);
    const result = await app.exec(
      buyer.token,
      `{ auditTrail(entityType: "Supplier", entityId: "5b0a6c1e-8d8e-4f57-9a54-3f1f1b9c0000") { totalCount } }`,
    );
    expect(errorCodes(result)).toEqual(["FORBIDDEN"]);
  });
});
