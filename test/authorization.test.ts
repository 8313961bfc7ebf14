import { readdirSync } from "node:fs";
import path from "node:path";
import { buildAppSchema } from "../src/app/schema";
import { Role } from "../src/shared/domain/role.enum";
import { ANY_ROLE, isPublic } from "../src/shared/permissions";
import type { MatrixCase, MatrixFixture } from "./authorization/matrix";
import { OPERATION_PERMISSIONS } from "./authorization/permissions";
import { makeRoles, makeSupplier } from "./support/factories";
import { createTestApp, errorCodes, type TestApp } from "./support/test-app";

const REFUSED = new Set(["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND"]);
const ROLES = ANY_ROLE;

/** Every module's cases: `test/authorization/*.cases.ts`. */
function loadCases(): MatrixCase[] {
  const dir = path.join(__dirname, "authorization");
  return (
    readdirSync(dir)
      .filter((file) => file.endsWith(".cases.ts"))
      // Discovered, not imported by name, so a module cannot add cases that never run.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      .flatMap((file) => (require(path.join(dir, file)) as { CASES: MatrixCase[] }).CASES)
  );
}

const CASES = loadCases();
const baseName = (operation: string) => operation.split(" ")[0];

describe("authorization matrix: every operation x every role", () => {
  let app: TestApp;
  let fx: MatrixFixture;

  beforeAll(async () => {
    app = await createTestApp();
    const ownSupplier = await makeSupplier(app, { name: "Own Supplier" });
    const otherSupplier = await makeSupplier(app, { name: "Other Supplier" });
    const roles = await makeRoles(app, ownSupplier.id);
    fx = {
      app,
      ownSupplier,
      otherSupplier,
      users: {
        ADMIN: roles.admin,
        PROCUREMENT: roles.procurement,
        AUDITOR: roles.auditor,
        SUPPLIER: roles.supplier,
      },
    };
  });
  afterAll(() => app.close());

  it("has a rule for every query and mutation in the schema (a new operation needs one)", async () => {
    const schema = await buildAppSchema();
    const operations = [
      ...Object.keys(schema.getQueryType()!.getFields()).map((name) => `query ${name}`),
      ...Object.keys(schema.getMutationType()!.getFields()).map((name) => `mutation ${name}`),
    ].sort();
    const covered = new Set(CASES.map((c) => `${c.kind} ${baseName(c.operation)}`));
    expect(operations.filter((op) => !covered.has(op))).toEqual([]);
  });

  it("takes every case's allowed roles from the permission tables", () => {
    // A case may allow fewer roles than its operation's rule (ownership, field owners), never
    // more, and only with a note saying why; everything else is the table's entry as it is.
    const drift = CASES.flatMap((c) => {
      const rule = OPERATION_PERMISSIONS[baseName(c.operation)];
      if (!rule) return [`${c.operation}: no rule in a permission table`];
      const extra = c.allowed.filter((role) => !rule.includes(role));
      if (extra.length > 0) return [`${c.operation}: allows ${extra.join(", ")} beyond its rule`];
      if (c.allowed.length < rule.length && !c.note) return [`${c.operation}: narrower, no note`];
      return [];
    });
    expect(drift).toEqual([]);
  });

  it("exercises every operation's rule as it is in at least one case", () => {
    const same = (a: readonly Role[], b: readonly Role[]) =>
      a.length === b.length && a.every((role) => b.includes(role));
    const unexercised = Object.entries(OPERATION_PERMISSIONS)
      .filter(
        ([name, rule]) =>
          !CASES.some((c) => baseName(c.operation) === name && same(c.allowed, rule)),
      )
      .map(([name]) => name);
    expect(unexercised).toEqual([]);
  });

  it.each(CASES.map((c) => [c.operation, c] as const))(
    "%s: anonymous is refused",
    async (_name, c) => {
      const op = await c.prepare(fx, Role.ADMIN);
      const result = await app.exec(null, op.query, op.variables);
      if (isPublic(OPERATION_PERMISSIONS[baseName(c.operation)]) && c.operation !== "login") {
        // Another open door (acceptInvitation: the link is the credential): a domain answer.
        expect(errorCodes(result).filter((code) => REFUSED.has(code))).toEqual([]);
        expect(errorCodes(result)).not.toContain("INTERNAL_SERVER_ERROR");
        return;
      }
      // login is the one open door: it answers UNAUTHENTICATED for the wrong password instead.
      expect(errorCodes(result)).toEqual(["UNAUTHENTICATED"]);
      expect(Object.values(result.data ?? {}).filter((value) => value !== null)).toEqual([]);
    },
  );

  describe.each(ROLES.map((role) => [role] as const))("as %s", (role) => {
    it.each(CASES.map((c) => [c.operation, c] as const))("%s", async (_name, c) => {
      const op = await c.prepare(fx, role);
      const result = await app.exec(fx.users[role].token, op.query, op.variables);
      const codes = errorCodes(result);
      if (c.allowed.includes(role)) {
        // Allowed: any domain outcome (CONFLICT, BAD_USER_INPUT, ...) but never a refusal.
        if (baseName(c.operation) === "login") expect(codes).toEqual(["UNAUTHENTICATED"]);
        else expect(codes.filter((code) => REFUSED.has(code))).toEqual([]);
        expect(codes).not.toContain("INTERNAL_SERVER_ERROR");
      } else {
        expect(codes.length).toBeGreaterThan(0);
        expect(REFUSED.has(codes[0])).toBe(true);
        // A supplier never learns that another supplier's object exists.
        if (role === Role.SUPPLIER && c.note?.includes("NOT_FOUND"))
          expect(codes[0]).toBe("NOT_FOUND");
      }
    });
  });
});
