import type { GraphQLSchema } from "graphql";
import { GraphQLDateTime } from "graphql-scalars";
import { buildSchema } from "type-graphql";
import { AuditTrailResolver } from "../modules/audit-trail/audit-trail.resolver";
import { AuditItemResultResolver } from "../modules/audit/audit-item-result.resolver";
import { AuditResolver } from "../modules/audit/audit.resolver";
import { CorrectiveActionResolver } from "../modules/audit/corrective-action.resolver";
import { CorrectiveActionTransitionResolver } from "../modules/audit/corrective-action.resolver";
import { FindingResolver } from "../modules/audit/finding.resolver";
import { SupplierAuditsResolver } from "../modules/audit/supplier-audits.resolver";
import { ChecklistItemResolver, ChecklistResolver } from "../modules/checklist/checklist.resolver";
import { UserResolver } from "../modules/identity/user.resolver";
import { InvitationResolver } from "../modules/identity/invitation.resolver";
import { ApiTokenResolver, UserApiTokenResolver } from "../modules/identity/api-token.resolver";
import {
  PriorityAdjustmentResolver,
  RankingResolver,
} from "../modules/procurement/procurement.resolver";
import {
  ScoreSnapshotResolver,
  SupplierStandingResolver,
} from "../modules/procurement/supplier-standing.resolver";
import {
  AnswerResolver,
  SelfAssessmentResolver,
} from "../modules/self-assessment/self-assessment.resolver";
import { SupplierSelfAssessmentsResolver } from "../modules/self-assessment/supplier-self-assessments.resolver";
import { SupplierResolver } from "../modules/supplier/supplier.resolver";
import { MaterialCategoryResolver } from "../modules/supplier/material-category.resolver";
import { SearchResolver, SupplierSearchHitResolver } from "../modules/search/search.resolver";
import { SupplierStateEventsResolver } from "../modules/supplier/supplier-state-events.resolver";
import {
  SupplierPriorityFieldsResolver,
  SupplierPriorityResolver,
} from "../modules/procurement/supplier-priority.resolver";
import { SupplierImportResolver } from "../modules/supplier/supplier-import.resolver";
import { ImportRowErrorResolver } from "../graphql/import-row-error";
import { UserSupplierResolver } from "../modules/supplier/user-supplier.resolver";
import {
  SupplierSustainabilityResolver,
  SustainabilityVerificationResolver,
} from "../modules/supplier/supplier-sustainability.resolver";
import {
  CertificateResolver,
  SupplierCertificatesResolver,
} from "../modules/supplier/certificate.resolver";
import {
  SupplierThirdPartyResolver,
  ThirdPartyAssessmentResolver,
} from "../modules/third-party/third-party.resolver";
import { DocumentResolver, EvidenceDocumentResolver } from "../modules/document/document.resolver";
import {
  NotificationDeliveryResolver,
  NotificationResolver,
} from "../modules/notification/notification.resolver";
import { WebhookResolver } from "../modules/webhook/webhook.resolver";
import {
  ProtectedAreaFlagResolver,
  ProtectedAreaListResolver,
} from "../modules/protected-area/protected-area.resolver";
import { SUPPLY_CHAIN_RESOLVERS } from "../modules/supply-chain/supply-chain.resolver";
import {
  ScreeningHitResolver,
  ScreeningListResolver,
  ScreeningListVersionResolver,
  ScreeningRebuttalResolver,
} from "../modules/screening/screening.resolver";
import {
  ListExemptionResolver,
  RegulatoryListEntryResolver,
  RegulatoryListResolver,
  RegulatoryListVersionResolver,
} from "../modules/substance/regulatory-list.resolver";
import {
  SubstanceResolver,
  SubstanceTargetResolver,
} from "../modules/substance/substance.resolver";
import {
  MaterialDeclarationResolver,
  SupplierMaterialDeclarationsResolver,
} from "../modules/declaration/declaration.resolver";
import {
  RiskControlResolver,
  RiskEntryResolver,
  SubstitutionResolver,
} from "../modules/risk-register/risk-register.resolver";
import { RoleAuthChecker } from "../modules/identity/auth-checker";
import { validateArgument } from "../graphql/validation";
import {
  PurchaseRecordResolver,
  RecycledContentDeclarationResolver,
  RecycledContentTargetResolver,
  RecycledShareLineResolver,
  RecycledShareResolver,
} from "../modules/recycled-content/recycled-content.resolver";
import { RecycledContentFigureResolver } from "../modules/recycled-content/recycled-content-figure";
import { DASHBOARD_RESOLVERS } from "../modules/dashboard/dashboard.resolver";

export const RESOLVERS = [
  UserResolver,
  InvitationResolver,
  ApiTokenResolver,
  UserApiTokenResolver,
  UserSupplierResolver,
  SupplierResolver,
  MaterialCategoryResolver,
  SearchResolver,
  SupplierSearchHitResolver,
  SupplierStateEventsResolver,
  SupplierPriorityResolver,
  SupplierPriorityFieldsResolver,
  SupplierImportResolver,
  ImportRowErrorResolver,
  SupplierSustainabilityResolver,
  SustainabilityVerificationResolver,
  SupplierCertificatesResolver,
  CertificateResolver,
  SupplierThirdPartyResolver,
  ThirdPartyAssessmentResolver,
  AuditTrailResolver,
  SupplierStandingResolver,
  ScoreSnapshotResolver,
  RankingResolver,
  PriorityAdjustmentResolver,
  ChecklistResolver,
  ChecklistItemResolver,
  SelfAssessmentResolver,
  AnswerResolver,
  SupplierSelfAssessmentsResolver,
  AuditResolver,
  AuditItemResultResolver,
  SupplierAuditsResolver,
  FindingResolver,
  CorrectiveActionResolver,
  CorrectiveActionTransitionResolver,
  DocumentResolver,
  EvidenceDocumentResolver,
  SubstanceResolver,
  SubstanceTargetResolver,
  RegulatoryListResolver,
  RegulatoryListVersionResolver,
  RegulatoryListEntryResolver,
  ListExemptionResolver,
  PurchaseRecordResolver,
  RecycledContentDeclarationResolver,
  RecycledShareResolver,
  RecycledShareLineResolver,
  RecycledContentTargetResolver,
  RecycledContentFigureResolver,
  MaterialDeclarationResolver,
  SupplierMaterialDeclarationsResolver,
  RiskEntryResolver,
  RiskControlResolver,
  SubstitutionResolver,
  NotificationResolver,
  NotificationDeliveryResolver,
  WebhookResolver,
  ProtectedAreaListResolver,
  ProtectedAreaFlagResolver,
  ...SUPPLY_CHAIN_RESOLVERS,
  ScreeningListResolver,
  ScreeningListVersionResolver,
  ScreeningHitResolver,
  ScreeningRebuttalResolver,
  ...DASHBOARD_RESOLVERS,
] as const;

let cached: Promise<GraphQLSchema> | undefined;

/** The schema is pure code: built once per process and shared by every server instance. */
export function buildAppSchema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({
    resolvers: RESOLVERS,
    authChecker: RoleAuthChecker,
    authMode: "error",
    validateFn: validateArgument,
    scalarsMap: [{ type: Date, scalar: GraphQLDateTime }],
    emitSchemaFile: false,
  });
  return cached;
}
