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

/** Every module's DataLoaders, created fresh for each request (never shared between users). */
export function createLoaders(dataSource: DataSource): Loaders {
  const loaders: Loaders = {
    ...supplierLoaders(dataSource),
    ...identityLoaders(dataSource),
    ...procurementLoaders(dataSource),
    ...checklistLoaders(dataSource),
    ...selfAssessmentLoaders(dataSource),
    ...auditLoaders(dataSource),
    ...documentLoaders(dataSource),
    ...substanceLoaders(dataSource),
    ...notificationLoaders(dataSource),
    ...declarationLoaders(dataSource),
    ...riskRegisterLoaders(dataSource),
    ...protectedAreaLoaders(dataSource),
    ...supplyChainLoaders(dataSource),
    ...screeningLoaders(dataSource),
    ...thirdPartyLoaders(dataSource),
  };
  // One statement for a supplier and its standing (status, score) instead of two.
  loaders.supplier = suppliersWithStandings(dataSource, loaders.standing);
  return loaders;
}
