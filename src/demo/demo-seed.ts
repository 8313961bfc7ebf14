import type { Logger } from "pino";
import type { DataSource } from "typeorm";
import { createRequestContext, type RequestContext } from "../graphql/context";
import { createAdmin } from "../modules/identity/bootstrap";
import { createUser } from "../modules/identity/identity.service";
import { Role } from "../modules/identity/role.enum";
import { TokenService } from "../modules/identity/token";
import { User } from "../modules/identity/user.entity";
import { MaterialCategory } from "../modules/supplier/material-category.entity";
import { createSupplier } from "../modules/supplier/supplier.service";
import { Traceability } from "../modules/supplier/traceability.enum";
import type { Clock } from "../shared/clock";

export const DEMO_PASSWORD = "demo-password-1";

export interface DemoLogins {
  password: string;
  logins: { role: Role; email: string }[];
}

const SUPPLIERS = [
  {
    key: "sunrise",
    name: "Sunrise Polysilicon Co.",
    country: "CN",
    categories: ["POLYSILICON", "WAFER"],
    sustainability: {
      renewableElectricityShare: 45,
      thirdPartyVerifiedMaterialShare: 60,
      recycledContentShare: 5,
      traceability: Traceability.TO_ORIGIN,
      sourcesFromProtectedArea: false,
    },
    sites: [{ name: "Leshan plant", country: "CN", address: "Leshan, Sichuan" }],
  },
  {
    key: "nordglass",
    name: "NordGlass Solar AB",
    country: "SE",
    categories: ["GLASS"],
    sustainability: {
      renewableElectricityShare: 95,
      thirdPartyVerifiedMaterialShare: 80,
      recycledContentShare: 30,
      traceability: Traceability.TIER1,
      sourcesFromProtectedArea: false,
    },
    sites: [{ name: "Gothenburg float line", country: "SE" }],
  },
  {
    key: "alframe",
    name: "Al-Frame Extrusions Sdn Bhd",
    country: "MY",
    categories: ["ALU_FRAME"],
    sustainability: {
      renewableElectricityShare: 20,
      thirdPartyVerifiedMaterialShare: 40,
      recycledContentShare: 55,
      traceability: Traceability.TIER1,
      sourcesFromProtectedArea: false,
    },
    sites: [{ name: "Penang extrusion", country: "MY" }],
  },
  {
    key: "cellvolt",
    name: "CellVolt Battery Materials GmbH",
    country: "DE",
    categories: ["LITHIUM", "BATTERY_CELL"],
    sustainability: {
      renewableElectricityShare: 70,
      thirdPartyVerifiedMaterialShare: 50,
      recycledContentShare: 12,
      traceability: Traceability.TO_ORIGIN,
      sourcesFromProtectedArea: false,
    },
    sites: [{ name: "Leipzig cathode plant", country: "DE" }],
  },
  {
    key: "andes",
    name: "Andes Lithium Brine S.A.",
    country: "CL",
    categories: ["LITHIUM"],
    sustainability: {
      renewableElectricityShare: 30,
      thirdPartyVerifiedMaterialShare: 10,
      recycledContentShare: 0,
      traceability: Traceability.NONE,
      sourcesFromProtectedArea: true,
    },
    sites: [{ name: "Salar operation", country: "CL" }],
  },
] as const;

/**
 * The demo data set for the embedded default: loaded through the real services, once, on an
 * empty database, so a newcomer can log in as every role.
 */
export async function seedDemo(
  dataSource: DataSource,
  boot: { clock: Clock; requestId: string },
  logger: Logger,
): Promise<DemoLogins | null> {
  const logins: DemoLogins = {
    password: DEMO_PASSWORD,
    logins: [
      { role: Role.ADMIN, email: "admin@demo.esg" },
      { role: Role.PROCUREMENT, email: "buyer@demo.esg" },
      { role: Role.AUDITOR, email: "auditor@demo.esg" },
      { role: Role.SUPPLIER, email: "supplier@demo.esg" },
    ],
  };
  if (await dataSource.manager.existsBy(User, { email: "admin@demo.esg" })) return logins;
  if ((await dataSource.manager.count(User)) > 0) return null; // a real installation: never mix demo data in

  const admin = await createAdmin(dataSource, boot, {
    email: "admin@demo.esg",
    password: DEMO_PASSWORD,
    name: "Ada Admin",
  });
  const ctx: RequestContext = createRequestContext({
    viewer: { userId: admin.id, role: Role.ADMIN, supplierId: null, email: admin.email },
    requestId: "demo-seed",
    dataSource,
    clock: boot.clock,
    logger,
    app: {
      tokens: new TokenService("unused-for-seeding-unused-for-seeding", "1h"),
      loginPolicy: { maxFailures: 5, windowMinutes: 15 },
    },
  });

  const categories = new Map(
    (await dataSource.manager.find(MaterialCategory)).map((category) => [
      category.code,
      category.id,
    ]),
  );
  const suppliers = new Map<string, string>();
  for (const demo of SUPPLIERS) {
    const supplier = await createSupplier(ctx, {
      name: demo.name,
      country: demo.country,
      contactEmail: `esg@${demo.key}.example`,
      categoryIds: demo.categories.map((code) => categories.get(code)!).filter(Boolean),
      sites: demo.sites.map((site) => ({ ...site })),
      sustainability: { ...demo.sustainability },
    });
    suppliers.set(demo.key, supplier.id);
  }

  await createUser(ctx, {
    email: "buyer@demo.esg",
    password: DEMO_PASSWORD,
    role: Role.PROCUREMENT,
    name: "Paula Procurement",
  });
  await createUser(ctx, {
    email: "auditor@demo.esg",
    password: DEMO_PASSWORD,
    role: Role.AUDITOR,
    name: "Arne Auditor",
  });
  await createUser(ctx, {
    email: "supplier@demo.esg",
    password: DEMO_PASSWORD,
    role: Role.SUPPLIER,
    name: "Sun Li (Sunrise)",
    supplierId: suppliers.get("sunrise"),
  });
  logger.info({ suppliers: suppliers.size }, "demo data loaded");
  return logins;
}
