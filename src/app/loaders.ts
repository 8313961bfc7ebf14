import type { DataSource } from "typeorm";
import type { Loaders } from "../graphql/context";
import { auditLoaders } from "../modules/audit/audit.loaders";
import { checklistLoaders } from "../modules/checklist/checklist.loaders";
import { documentLoaders } from "../modules/document/document.loaders";
import { identityLoaders } from "../modules/identity/identity.loaders";
import { notificationLoaders } from "../modules/notification/notification.loaders";
import { selfAssessmentLoaders } from "../modules/self-assessment/self-assessment.loaders";
import {
  procurementLoaders,
  suppliersWithStandings,
} from "../modules/procurement/procurement.loaders";
import { supplierLoaders } from "../modules/supplier/supplier.loaders";
import { substanceLoaders } from "../modules/substance/substance.loaders";
import { declarationLoaders } from "../modules/declaration/declaration.loaders";
import { riskRegisterLoaders } from "../modules/risk-register/risk-register.loaders";
import { protectedAreaLoaders } from "../modules/protected-area/protected-area.loaders";
import { supplyChainLoaders } from "../modules/supply-chain/supply-chain.loaders";
import { screeningLoaders } from "../modules/screening/screening.loaders";
import { thirdPartyLoaders } from "../modules/third-party/third-party.loaders";

/**
 * Every module's loader factories. A module whose loaders are missing here fails the type check
 * in `createLoaders` (its `Loaders` entries would be unaccounted for).
 */
const GROUPS = [
  supplierLoaders,
  identityLoaders,
  procurementLoaders,
  checklistLoaders,
  selfAssessmentLoaders,
  auditLoaders,
  documentLoaders,
  substanceLoaders,
  notificationLoaders,
  declarationLoaders,
  riskRegisterLoaders,
  protectedAreaLoaders,
  supplyChainLoaders,
  screeningLoaders,
  thirdPartyLoaders,
  // Last, so it replaces the supplier module's own: a supplier and its standing (status,
  // score) in one statement instead of two.
  (dataSource: DataSource, loaders: Loaders) => ({
    supplier: suppliersWithStandings(dataSource, loaders.standing),
  }),
] as const;

type Built = UnionToIntersection<ReturnType<(typeof GROUPS)[number]>>;
type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (
  i: infer I,
) => void
  ? I
  : never;

/**
 * One request's loaders, made when first used: a request builds only the modules' loaders it
 * touches (a `{ __typename }` none), not all of them. The getters live on the prototype,
 * defined once from the first request's groups; the first use of a loader stores it on the
 * instance, so later uses are plain property reads.
 */
class RequestLoaders {
  readonly made: Array<Record<string, unknown> | undefined> = [];
  constructor(readonly dataSource: DataSource) {}
}
let prototypeReady = false;

function preparePrototype(dataSource: DataSource): void {
  GROUPS.forEach((group, index) => {
    // The keys of a group do not depend on the data source: read them once.
    const probe = group(dataSource, {} as Loaders) as Record<string, unknown>;
    for (const key of Object.keys(probe)) {
      const own = (target: RequestLoaders, value: unknown) =>
        Object.defineProperty(target, key, {
          value,
          writable: true,
          enumerable: true,
          configurable: true,
        });
      Object.defineProperty(RequestLoaders.prototype, key, {
        configurable: true,
        get(this: RequestLoaders) {
          const made = (this.made[index] ??= group(
            this.dataSource,
            this as unknown as Loaders,
          ) as Record<string, unknown>);
          own(this, made[key]);
          return made[key];
        },
        set(this: RequestLoaders, value: unknown) {
          own(this, value);
        },
      });
    }
  });
  prototypeReady = true;
}

/** Every module's DataLoaders, fresh for each request (never shared between users). */
export function createLoaders(dataSource: DataSource): Loaders {
  if (!prototypeReady) preparePrototype(dataSource);
  return new RequestLoaders(dataSource) as unknown as Built satisfies Loaders;
}
