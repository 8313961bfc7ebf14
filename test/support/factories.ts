import { randomUUID } from "node:crypto";
import { hashPassword } from "../../src/modules/identity/password";
import { Role } from "../../src/shared/domain/role.enum";
import { User } from "../../src/modules/identity/user.entity";
import { MaterialCategory } from "../../src/modules/supplier/material-category.entity";
import { Supplier } from "../../src/modules/supplier/supplier.entity";
import { SustainabilityVerification } from "../../src/modules/supplier/sustainability-verification.entity";
import { Traceability } from "../../src/shared/domain/sustainability.enums";
import { recomputeWith } from "../../src/modules/procurement/standing.service";
import type { TestApp } from "./test-app";

export const TEST_PASSWORD = "correct-horse-battery";
let passwordHash: Promise<string> | undefined;

export interface TestUser {
  user: User;
  token: string;
}

/** A user inserted directly (hashing once per run), with a signed token. */
export async function makeUser(
  app: TestApp,
  role: Role,
  overrides: Partial<Pick<User, "email" | "name" | "supplierId" | "active">> = {},
): Promise<TestUser> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const user = app.dataSource.manager.create(User, {
    email: overrides.email ?? `${role.toLowerCase()}-${randomUUID().slice(0, 8)}@example.com`,
    name: overrides.name ?? `${role} user`,
    role,
    supplierId: overrides.supplierId ?? null,
    passwordHash: await passwordHash,
    active: overrides.active ?? true,
  });
  await app.dataSource.manager.insert(User, user);
  return { user, token: await app.server.services.tokens.sign(user.id) };
}

const verifiers = new WeakMap<TestApp, Promise<User>>();

/** One auditor per test app who signs the factory's verifications. */
function factoryVerifier(app: TestApp): Promise<User> {
  let verifier = verifiers.get(app);
  if (!verifier) {
    verifier = makeUser(app, Role.AUDITOR, { name: "Factory verifier" }).then((u) => u.user);
    verifiers.set(app, verifier);
  }
  return verifier;
}

/**
 * A supplier with declared sustainability values. By default an auditor has verified the same
 * values (so the hand-computed SPEC 8 numbers use them at full weight); `verified: false`
 * leaves them self-declared, counted discounted (SPEC 11).
 */
export async function makeSupplier(
  app: TestApp,
  overrides: Partial<Supplier> = {},
  options: { verified?: boolean } = {},
): Promise<Supplier> {
  const now = app.clock.now();
  const supplier = app.dataSource.manager.create(Supplier, {
    name: `Supplier ${randomUUID().slice(0, 8)}`,
    country: "DE",
    contactEmail: "esg@supplier.example",
    declared: {
      renewableElectricityShare: 50,
      thirdPartyVerifiedMaterialShare: 50,
      recycledContentShare: 10,
      traceability: Traceability.TIER1,
      sourcesFromProtectedArea: false,
    },
    sustainabilityDeclaredAt: now,
    ...overrides,
  });
  if (supplier.declared.sourcesFromProtectedArea) supplier.protectedAreaFlaggedAt ??= now;
  await app.dataSource.manager.insert(Supplier, supplier);
  if (options.verified ?? true) {
    await app.dataSource.manager.insert(SustainabilityVerification, {
      supplierId: supplier.id,
      ...supplier.declared,
      evidence: [{ title: "Factory evidence", url: "https://evidence.example/factory" }],
      note: null,
      verifiedById: (await factoryVerifier(app)).id,
      verifiedAt: now,
    });
  }
  await recompute(app, supplier.id);
  return supplier;
}

export async function categoryId(app: TestApp, code: string): Promise<string> {
  return (await app.dataSource.manager.findOneByOrFail(MaterialCategory, { code })).id;
}

/** One user of each role, the supplier user belonging to `supplierId`. */
export async function makeRoles(app: TestApp, supplierId: string) {
  return {
    admin: await makeUser(app, Role.ADMIN),
    procurement: await makeUser(app, Role.PROCUREMENT),
    auditor: await makeUser(app, Role.AUDITOR),
    supplier: await makeUser(app, Role.SUPPLIER, { supplierId }),
  };
}

/** Recomputes a supplier's standing as the services do after a change. */
export async function recompute(app: TestApp, supplierId: string): Promise<void> {
  await app.dataSource.transaction((manager) =>
    recomputeWith(manager, supplierId, "RECOMPUTE_ALL", app.clock.now()),
  );
}
