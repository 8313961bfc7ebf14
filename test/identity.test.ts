import { Role } from "../src/shared/domain/role.enum";
import { User } from "../src/modules/identity/user.entity";
import {
  makeRoles,
  makeSupplier,
  makeUser,
  TEST_PASSWORD,
  type TestUser,
} from "./support/factories";
import { createTestApp, errorCodes, type TestApp } from "./support/test-app";

const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token user { id email role } } }`;
const CREATE_USER = `mutation($i: CreateUserInput!) { createUser(input: $i) { id email role supplier { id } } }`;

describe("identity: users, log-in, tokens", () => {
  let app: TestApp;
  let admin: TestUser;
  let supplierId: string;

  beforeAll(async () => {
    app = await createTestApp();
    supplierId = (await makeSupplier(app)).id;
    ({ admin } = await makeRoles(app, supplierId));
  });
  afterAll(() => app.close());

  it("logs in case-insensitively and the token identifies the user", async () => {
    const { user } = await makeUser(app, Role.AUDITOR, { email: "auditor.one@example.com" });
    const result = await app.exec(null, LOGIN, {
      e: "  Auditor.One@Example.COM ",
      p: TEST_PASSWORD,
    });
    expect(result.errors).toBeUndefined();
    const { token } = result.data!.login;
    const me = await app.exec(token, `{ me { id role } }`);
    expect(me.data!.me).toEqual({ id: user.id, role: "AUDITOR" });
  });

  it("answers an unknown e-mail and a wrong password the same way", async () => {
    await makeUser(app, Role.AUDITOR, { email: "known@example.com" });
    const unknown = await app.exec(null, LOGIN, { e: "unknown@example.com", p: TEST_PASSWORD });
    const wrong = await app.exec(null, LOGIN, { e: "known@example.com", p: "not-the-password" });
    expect(errorCodes(unknown)).toEqual(["UNAUTHENTICATED"]);
    expect(errorCodes(wrong)).toEqual(["UNAUTHENTICATED"]);
    expect(unknown.errors![0].message).toBe(wrong.errors![0].message);
  });

  it("throttles after 5 failures in 15 minutes, even for the right password, until the window passes", async () => {
    await makeUser(app, Role.PROCUREMENT, { email: "throttled@example.com" });
    for (let i = 0; i < 5; i++) {
      expect(
        errorCodes(
          await app.exec(null, LOGIN, { e: "throttled@example.com", p: `wrong-${i}-password` }),
        ),
      ).toEqual(["UNAUTHENTICATED"]);
    }
    expect(
      errorCodes(await app.exec(null, LOGIN, { e: "throttled@example.com", p: TEST_PASSWORD })),
    ).toEqual(["TOO_MANY_REQUESTS"]);
    expect(
      errorCodes(await app.exec(null, LOGIN, { e: "THROTTLED@example.com", p: TEST_PASSWORD })),
    ).toEqual(["TOO_MANY_REQUESTS"]);
    app.clock.advanceDays(14 / (24 * 60)); // 14 minutes: still inside the window
    expect(
      errorCodes(await app.exec(null, LOGIN, { e: "throttled@example.com", p: TEST_PASSWORD })),
    ).toEqual(["TOO_MANY_REQUESTS"]);
    app.clock.advanceDays(2 / (24 * 60));
    const ok = await app.exec(null, LOGIN, { e: "throttled@example.com", p: TEST_PASSWORD });
    expect(ok.errors).toBeUndefined();
  });

  it("refuses a missing, malformed, forged or expired token", async () => {
    expect(errorCodes(await app.exec(null, `{ me { id } }`))).toEqual(["UNAUTHENTICATED"]);
    expect(errorCodes(await app.exec("garbage", `{ me { id } }`))).toEqual(["UNAUTHENTICATED"]);
    const forged = admin.token.slice(0, -4) + (admin.token.endsWith("AAAA") ? "BBBB" : "AAAA");
    expect(errorCodes(await app.exec(forged, `{ me { id } }`))).toEqual(["UNAUTHENTICATED"]);
  });

  it("stops a deactivated user's existing tokens at once", async () => {
    const buyer = await makeUser(app, Role.PROCUREMENT);
    expect((await app.exec(buyer.token, `{ me { id } }`)).errors).toBeUndefined();
    const off = await app.exec(
      admin.token,
      `mutation($id: ID!) { deactivateUser(id: $id) { active } }`,
      { id: buyer.user.id },
    );
    expect(off.data!.deactivateUser.active).toBe(false);
    expect(errorCodes(await app.exec(buyer.token, `{ me { id } }`))).toEqual(["UNAUTHENTICATED"]);
    const login = await app.exec(null, LOGIN, { e: buyer.user.email, p: TEST_PASSWORD });
    expect(errorCodes(login)).toEqual(["UNAUTHENTICATED"]);
  });

  it("creates users with a hashed password, unique e-mail and the supplier rule", async () => {
    const created = await app.exec(admin.token, CREATE_USER, {
      i: {
        email: "New.Buyer@Example.com",
        password: "a-long-password",
        role: "PROCUREMENT",
        name: "New Buyer",
      },
    });
    expect(created.data!.createUser).toMatchObject({
      email: "new.buyer@example.com",
      role: "PROCUREMENT",
      supplier: null,
    });
    const stored = await app.dataSource.manager.findOneByOrFail(User, {
      email: "new.buyer@example.com",
    });
    expect(stored.passwordHash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(stored.passwordHash).not.toContain("a-long-password");

    const duplicate = await app.exec(admin.token, CREATE_USER, {
      i: {
        email: "NEW.BUYER@example.com",
        password: "a-long-password",
        role: "AUDITOR",
        name: "Dup",
      },
    });
    expect(errorCodes(duplicate)).toEqual(["CONFLICT"]);

    const short = await app.exec(admin.token, CREATE_USER, {
      i: { email: "s@example.com", password: "short", role: "AUDITOR", name: "S" },
    });
    expect(errorCodes(short)).toEqual(["BAD_USER_INPUT"]);
    expect(short.errors![0].extensions!.fields).toEqual([
      { path: "input.password", message: "must be at least 10 characters" },
    ]);

    const noSupplier = await app.exec(admin.token, CREATE_USER, {
      i: { email: "sup@example.com", password: "a-long-password", role: "SUPPLIER", name: "S" },
    });
    expect(noSupplier.errors![0].extensions!.fields[0].path).toBe("input.supplierId");
    const staffWithSupplier = await app.exec(admin.token, CREATE_USER, {
      i: {
        email: "aud@example.com",
        password: "a-long-password",
        role: "AUDITOR",
        name: "A",
        supplierId,
      },
    });
    expect(staffWithSupplier.errors![0].extensions!.fields[0].path).toBe("input.supplierId");
    const supplierUser = await app.exec(admin.token, CREATE_USER, {
      i: {
        email: "sup@example.com",
        password: "a-long-password",
        role: "SUPPLIER",
        name: "S",
        supplierId,
      },
    });
    expect(supplierUser.data!.createUser.supplier).toEqual({ id: supplierId });
  });

  it("lists users for admins with cursor pagination", async () => {
    const page = await app.exec(
      admin.token,
      `{ users(first: 2) { totalCount edges { node { email } } pageInfo { hasNextPage endCursor } } }`,
    );
    const connection = page.data!.users;
    expect(connection.edges).toHaveLength(2);
    expect(connection.pageInfo.hasNextPage).toBe(true);
    const next = await app.exec(
      admin.token,
      `query($a: String) { users(first: 100, after: $a) { edges { node { email } } } }`,
      { a: connection.pageInfo.endCursor },
    );
    expect(next.data!.users.edges.length).toBe(connection.totalCount - 2);
  });
});
