import { Checklist } from "../modules/checklist/checklist.entity";
import { ChecklistItem } from "../modules/checklist/checklist-item.entity";
import { ChecklistItemText } from "../modules/checklist/checklist-item-text.entity";
import { Answer } from "../modules/self-assessment/answer.entity";
import { SelfAssessment } from "../modules/self-assessment/self-assessment.entity";
import { Audit } from "../modules/audit/audit.entity";
import { AuditItemResult } from "../modules/audit/audit-item-result.entity";
import { CorrectiveAction } from "../modules/audit/corrective-action.entity";
import { CorrectiveActionTransition } from "../modules/audit/corrective-action-transition.entity";
import { Finding } from "../modules/audit/finding.entity";
import { PriorityAdjustment } from "../modules/procurement/priority-adjustment.entity";
import { RankingEntry } from "../modules/procurement/ranking-entry.entity";
import { ScoreSnapshot } from "../modules/procurement/score-snapshot.entity";
import { SupplierStanding } from "../modules/procurement/supplier-standing.entity";
import { AuditEvent } from "../modules/audit-trail/audit-event.entity";
import { LoginFailure } from "../modules/identity/login-failure.entity";
import { RevokedToken } from "../modules/identity/revoked-token.entity";
import { SigningSecret } from "../modules/identity/signing-secret.entity";
import { IdempotencyKey } from "../modules/idempotency/idempotency-key.entity";
import { User } from "../modules/identity/user.entity";
import { Invitation } from "../modules/identity/invitation.entity";
import { ProtectedAreaList } from "../modules/protected-area/protected-area-list.entity";
import { ProtectedAreaListVersion } from "../modules/protected-area/protected-area-list-version.entity";
import { ProtectedArea } from "../modules/protected-area/protected-area.entity";
import { ProtectedAreaFlag } from "../modules/protected-area/protected-area-flag.entity";
import { ApiToken } from "../modules/identity/api-token.entity";
import { MaterialCategory } from "../modules/supplier/material-category.entity";
import { SupplierCategory } from "../modules/supplier/supplier-category.entity";
import { SupplierSite } from "../modules/supplier/supplier-site.entity";
import { Supplier } from "../modules/supplier/supplier.entity";
import { Document } from "../modules/document/document.entity";
import { DocumentAttachment } from "../modules/document/document-attachment.entity";
import { DocumentChunk } from "../modules/document/document-chunk.entity";
import { SustainabilityVerification } from "../modules/supplier/sustainability-verification.entity";
import { Certificate } from "../modules/supplier/certificate.entity";
import { ThirdPartyAssessment } from "../modules/third-party/third-party.entity";
import { Substance } from "../modules/substance/substance.entity";
import { SubstanceGroup, SubstanceGroupMember } from "../modules/substance/substance-group.entity";
import { RegulatoryList } from "../modules/substance/regulatory-list.entity";
import { RegulatoryListVersion } from "../modules/substance/regulatory-list-version.entity";
import { RegulatoryListEntry } from "../modules/substance/regulatory-list-entry.entity";
import { ListExemption } from "../modules/substance/list-exemption.entity";
import { ListExemptionExpiry } from "../modules/substance/list-exemption-expiry.entity";
import { CategorySupplierAddition } from "../modules/risk-register/category-supplier-addition.entity";
import { ListCategoryApplicability } from "../modules/substance/list-category-applicability.entity";
import { SubstanceTarget } from "../modules/substance/substance-target.entity";
import { PurchaseRecord } from "../modules/recycled-content/purchase-record.entity";
import { RecycledContentDeclaration } from "../modules/recycled-content/recycled-content-declaration.entity";
import { RecycledContentTarget } from "../modules/recycled-content/recycled-content-target.entity";
import { RecycledContentMonth } from "../modules/recycled-content/recycled-content-month.entity";
import { RecycledContentCategoryMonth } from "../modules/recycled-content/recycled-content-category-month.entity";
import { MaterialDeclaration } from "../modules/declaration/material-declaration.entity";
import { RiskEntry } from "../modules/risk-register/risk-entry.entity";
import { RiskAssessment } from "../modules/risk-register/risk-assessment.entity";
import { RiskControl } from "../modules/risk-register/risk-control.entity";
import { Notification } from "../modules/notification/notification.entity";
import { NotificationDelivery } from "../modules/notification/notification-delivery.entity";
import { NotifiedEvent } from "../modules/notification/notification-event.entity";
import { Webhook } from "../modules/webhook/webhook.entity";
import { WebhookDelivery } from "../modules/webhook/webhook-delivery.entity";
import { NotificationPreference } from "../modules/notification/notification-preference.entity";
import { SupplyChainTierSet } from "../modules/supply-chain/tier-set.entity";
import { SupplyChainTier } from "../modules/supply-chain/tier.entity";
import { CategoryTierSet } from "../modules/supply-chain/category-tier-set.entity";
import { SupplyChainMap } from "../modules/supply-chain/supply-chain-map.entity";
import { SupplyChainNode } from "../modules/supply-chain/supply-chain-node.entity";
import { SupplyChainLink } from "../modules/supply-chain/supply-chain-link.entity";
import { ScreeningListVersion } from "../modules/screening/screening-list-version.entity";
import { ScreeningListEntry } from "../modules/screening/screening-list-entry.entity";
import { ScreeningHit } from "../modules/screening/screening-hit.entity";
import { ScreeningRebuttal } from "../modules/screening/screening-rebuttal.entity";

/** Every entity, listed once; migrations must agree with these (test/migrations.test.ts). */
export const ENTITIES = [
  MaterialCategory,
  Supplier,
  SupplierSite,
  SupplierCategory,
  SustainabilityVerification,
  Certificate,
  ThirdPartyAssessment,
  User,
  Invitation,
  ApiToken,
  LoginFailure,
  RevokedToken,
  AuditEvent,
  Checklist,
  ChecklistItem,
  ChecklistItemText,
  SelfAssessment,
  Answer,
  Audit,
  AuditItemResult,
  Finding,
  CorrectiveAction,
  CorrectiveActionTransition,
  SupplierStanding,
  ScoreSnapshot,
  PriorityAdjustment,
  RankingEntry,
  IdempotencyKey,
  Document,
  DocumentChunk,
  DocumentAttachment,
  SigningSecret,
  Substance,
  SubstanceGroup,
  SubstanceGroupMember,
  RegulatoryList,
  RegulatoryListVersion,
  RegulatoryListEntry,
  ListExemption,
  ListExemptionExpiry,
  ListCategoryApplicability,
  SubstanceTarget,
  PurchaseRecord,
  RecycledContentDeclaration,
  RecycledContentTarget,
  RecycledContentMonth,
  RecycledContentCategoryMonth,
  MaterialDeclaration,
  RiskEntry,
  RiskAssessment,
  RiskControl,
  CategorySupplierAddition,
  Notification,
  NotificationDelivery,
  NotifiedEvent,
  NotificationPreference,
  Webhook,
  WebhookDelivery,
  ProtectedAreaList,
  ProtectedAreaListVersion,
  ProtectedArea,
  ProtectedAreaFlag,
  SupplyChainTierSet,
  SupplyChainTier,
  CategoryTierSet,
  SupplyChainMap,
  SupplyChainNode,
  SupplyChainLink,
  ScreeningListVersion,
  ScreeningListEntry,
  ScreeningHit,
  ScreeningRebuttal,
];
