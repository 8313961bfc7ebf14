import { installUnitOfWork } from "../app/unit-of-work";
import type { Logger } from "pino";
import type { DataSource } from "typeorm";
import { createRequestContext } from "../app/request-context";
import type { RequestContext } from "../graphql/context";
import { createAdmin } from "../modules/identity/bootstrap";
import { createUser } from "../modules/identity/identity.service";
import { Role } from "../shared/domain/role.enum";
import { TokenService } from "../modules/identity/token";
import { User } from "../modules/identity/user.entity";
import { MaterialCategory } from "../modules/supplier/material-category.entity";
import { createSupplier } from "../modules/supplier/supplier.service";
import { Traceability } from "../shared/domain/sustainability.enums";
import { FixedClock, type Clock } from "../shared/clock";
import { addDays } from "../shared/time";
import {
  adjustPriority,
  revokePriorityAdjustment,
} from "../modules/procurement/adjustment.service";
import { recomputeWith } from "../modules/procurement/standing.service";
import { verifySustainability } from "../modules/supplier/sustainability.service";
import { seedThirdPartyDemo } from "./demo-third-party";
import { seedAuditDemo } from "./demo-audits";
import { seedSelfAssessmentDemo } from "./demo-self-assessments";
import { seedScreeningDemo } from "./demo-screening";
import { seedProtectedAreaDemo } from "./demo-protected-areas";
import { seedSupplyChainDemo } from "./demo-supply-chain";
import type { Locale } from "../shared/i18n/locale";

export const DEMO_PASSWORD = "demo-password-1";

/** How long ago the demo audits took place. */
const DEMO_HISTORY_DAYS = 120;

export interface DemoLogins {
  password: string;
  logins: { role: Role; email: string; locale?: Locale }[];
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
  // The seed goes through the services, so their touched suppliers must be recomputed too.
  installUnitOfWork();
  const logins: DemoLogins = {
    password: DEMO_PASSWORD,
    logins: [
      { role: Role.ADMIN, email: "admin@demo.esg" },
      { role: Role.PROCUREMENT, email: "buyer@demo.esg" },
      { role: Role.AUDITOR, email: "auditor@demo.esg" },
      { role: Role.SUPPLIER, email: "supplier@demo.esg" },
      { role: Role.SUPPLIER, email: "gongyingshang@demo.esg", locale: "zh-CN" },
    ],
  };
  if (await dataSource.manager.existsBy(User, { email: "admin@demo.esg" })) return logins;
  if ((await dataSource.manager.count(User)) > 0) return null; // a real installation: never mix demo data in

  const admin = await createAdmin(dataSource, boot, {
    email: "admin@demo.esg",
    password: DEMO_PASSWORD,
    name: "Ada Admin",
  });
  const services = {
    tokens: new TokenService("unused-for-seeding-unused-for-seeding", "1h"),
    loginPolicy: { maxFailures: 5, windowMinutes: 15 },
  };
  // The audit history happened four months ago, so deadlines have passed and adjustments expired.
  const past = new FixedClock(addDays(boot.clock.now(), -DEMO_HISTORY_DAYS));
  const contextOf = (user: User, clock: Clock): RequestContext =>
    createRequestContext({
      viewer: { userId: user.id, role: user.role, supplierId: user.supplierId, email: user.email },
      requestId: "demo-seed",
      dataSource,
      clock,
      logger,
      app: services,
    });
  const ctx = contextOf(admin, boot.clock);

  const categories = new Map(
    (await dataSource.manager.find(MaterialCategory)).map((category) => [
      category.code,
      category.id,
    ]),
  );
  const suppliers: Record<string, string> = {};
  for (const demo of SUPPLIERS) {
    const supplier = await createSupplier(ctx, {
      name: demo.name,
      country: demo.country,
      contactEmail: `esg@${demo.key}.example`,
      categoryIds: demo.categories.map((code) => categories.get(code)!).filter(Boolean),
      sites: demo.sites.map((site) => ({ ...site })),
      sustainability: { ...demo.sustainability },
    });
    suppliers[demo.key] = supplier.id;
  }

  await createUser(ctx, {
    email: "buyer@demo.esg",
    password: DEMO_PASSWORD,
    role: Role.PROCUREMENT,
    name: "Paula Procurement",
  });
  const auditor = await createUser(ctx, {
    email: "auditor@demo.esg",
    password: DEMO_PASSWORD,
    role: Role.AUDITOR,
    name: "Arne Auditor",
  });
  const supplierUser = await createUser(ctx, {
    email: "supplier@demo.esg",
    password: DEMO_PASSWORD,
    role: Role.SUPPLIER,
    name: "Sun Li (Sunrise)",
    supplierId: suppliers.sunrise,
  });
  // The same supplier's EHS manager reads the portal in Chinese: SAQ, audit, findings, e-mails.
  await createUser(ctx, {
    email: "gongyingshang@demo.esg",
    password: DEMO_PASSWORD,
    role: Role.SUPPLIER,
    name: "王芳 (Sunrise EHS)",
    supplierId: suppliers.sunrise,
    locale: "zh-CN",
  });
  const buyer = await dataSource.manager.findOneByOrFail(User, { email: "buyer@demo.esg" });

  await seedAuditDemo(
    contextOf(admin, past),
    contextOf(auditor, past),
    contextOf(supplierUser, past),
    suppliers,
  );
  await seedAdjustmentDemo(
    contextOf(buyer, past),
    contextOf(buyer, boot.clock),
    suppliers,
    categories,
  );
  await seedSelfAssessmentDemo(ctx, contextOf(supplierUser, boot.clock), suppliers);
  await seedVerificationDemo(contextOf(auditor, past), suppliers);
  await seedThirdPartyDemo(contextOf(auditor, boot.clock), suppliers);
  await seedProtectedAreaDemo(ctx, suppliers);
  await seedSupplyChainDemo(ctx, contextOf(auditor, boot.clock), suppliers, categories);
  await seedScreeningDemo(ctx, contextOf(buyer, boot.clock), suppliers, categories);
  // Parts of the story happened in the past: bring every standing to today.
  for (const id of Object.values(suppliers)) {
    await dataSource.transaction((manager) =>
      recomputeWith(manager, id, "TIME_PASSED", boot.clock.now()),
    );
  }
  logger.info({ suppliers: Object.keys(suppliers).length }, "demo data loaded");
  return logins;
}

/**
 * SPEC 11: NordGlass and Al-Frame had their declarations checked at the audit (NordGlass's
 * recycled share came out lower than declared); Sunrise and CellVolt have only their own word,
 * which counts discounted; Andes declared protected-area sourcing and stays BLOCKED.
 */
async function seedVerificationDemo(
  auditorCtx: RequestContext,
  suppliers: Record<string, string>,
): Promise<void> {
  await verifySustainability(
    auditorCtx,
    suppliers.nordglass,
    {
      renewableElectricityShare: 95,
      thirdPartyVerifiedMaterialShare: 80,
      recycledContentShare: 25,
      traceability: Traceability.TIER1,
      sourcesFromProtectedArea: false,
    },
    [
      {
        title: "Guarantees of origin 2026, Vattenfall",
        url: "https://evidence.example/nordglass/go-2026.pdf",
      },
      {
        title: "Cullet purchase records Q1-Q2 (mass balance)",
        url: "https://evidence.example/nordglass/cullet.xlsx",
      },
    ],
    "Recycled cullet share recalculated from purchase records: 25 %, not the 30 % declared.",
  );
  await verifySustainability(
    auditorCtx,
    suppliers.alframe,
    {
      renewableElectricityShare: 20,
      thirdPartyVerifiedMaterialShare: 40,
      recycledContentShare: 55,
      traceability: Traceability.TIER1,
      sourcesFromProtectedArea: false,
    },
    [
      {
        title: "ASI Chain of Custody certificate",
        url: "https://evidence.example/alframe/asi-coc.pdf",
      },
    ],
    undefined,
  );
}

/** Active, expired and revoked priority adjustments, so the ranking shows all three. */
async function seedAdjustmentDemo(
  pastCtx: RequestContext,
  ctx: RequestContext,
  suppliers: Record<string, string>,
  categories: Map<string, string>,
): Promise<void> {
  await adjustPriority(ctx, {
    supplierId: suppliers.nordglass,
    delta: 10,
    reason: "Only EU float-glass line with verified low-carbon furnaces",
    categoryId: categories.get("GLASS"),
  });
  await adjustPriority(pastCtx, {
    supplierId: suppliers.sunrise,
    delta: 8,
    reason: "Dual-sourcing bonus during the 2026 polysilicon shortage",
    expiresAt: addDays(pastCtx.clock.now(), 60),
  });
  const revoked = await adjustPriority(ctx, {
    supplierId: suppliers.cellvolt,
    delta: -12,
    reason: "Late cathode deliveries in the first quarter",
  });
  await revokePriorityAdjustment(ctx, revoked.id, "Deliveries back on schedule since May");
}
