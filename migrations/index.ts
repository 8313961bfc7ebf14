// Every migration, in order. `npm run migration:generate -- <Name>` appends here.
import { NotifiedEvents1796318818726 } from "./1796318818726-NotifiedEvents";
import { ChecklistNameTranslations1796310216840 } from "./1796310216840-ChecklistNameTranslations";
import { ChecklistItemTexts1796306816166 } from "./1796306816166-ChecklistItemTexts";
import { UserLocale1796306401769 } from "./1796306401769-UserLocale";
import { AdminSearch1796294855560 } from "./1796294855560-AdminSearch";
import { RankingPageVersion1796295356601 } from "./1796295356601-RankingPageVersion";
import { FindingEditWithdraw1796294783782 } from "./1796294783782-FindingEditWithdraw";
import { ChecklistRevision1796294717105 } from "./1796294717105-ChecklistRevision";
import { ProtectedAreas1796283514714 } from "./1796283514714-ProtectedAreas";
import { Screening1796283636575 } from "./1796283636575-Screening";
import { ViewerChangeNotify1796285280063 } from "./1796285280063-ViewerChangeNotify";
import { ThirdPartyAssessments1796283523114 } from "./1796283523114-ThirdPartyAssessments";
import { InvitationEmails1796283166273 } from "./1796283166273-InvitationEmails";
import { SupplyChainMaps1796283086876 } from "./1796283086876-SupplyChainMaps";
import { RecycledContentCategoryMonth1796238067745 } from "./1796238067745-RecycledContentCategoryMonth";
import { Webhooks1796237362046 } from "./1796237362046-Webhooks";
import { InvitationsApiTokens1796237200725 } from "./1796237200725-InvitationsApiTokens";
import { SupplierExternalId1796237018395 } from "./1796237018395-SupplierExternalId";
import { RecycledContentMonth1796236568252 } from "./1796236568252-RecycledContentMonth";
import { DeclarationClassD1796236551515 } from "./1796236551515-DeclarationClassD";
import { RankingTargetSubstances1796236532236 } from "./1796236532236-RankingTargetSubstances";
import { RegisterTriggersAndExemptionExpiry1796236404617 } from "./1796236404617-RegisterTriggersAndExemptionExpiry";
import { SubstanceRiskRegister1796219899505 } from "./1796219899505-SubstanceRiskRegister";
import { RecycledContent1796218937797 } from "./1796218937797-RecycledContent";
import { MaterialDeclarations1796218676221 } from "./1796218676221-MaterialDeclarations";
import { Notifications1796216566748 } from "./1796216566748-Notifications";
import { SubstanceReferenceData1796216308939 } from "./1796216308939-SubstanceReferenceData";
import { SupplierCertificates1796214764829 } from "./1796214764829-SupplierCertificates";
import { DocumentStore1796214466757 } from "./1796214466757-DocumentStore";
import { CorrectiveActionHistorySequence1796195854224 } from "./1796195854224-CorrectiveActionHistorySequence";
import { TokensAndPasswords1796192900786 } from "./1796192900786-TokensAndPasswords";
import { SustainabilityVerification1796192844109 } from "./1796192844109-SustainabilityVerification";
import { RankingEntryIndexes1795806312542 } from "./1795806312542-RankingEntryIndexes";
import { IdempotencyAndSigningSecret1795804575132 } from "./1795804575132-IdempotencyAndSigningSecret";
import { ScoresAndPriorities1795803894941 } from "./1795803894941-ScoresAndPriorities";
import { AuditEventSequence1795803660773 } from "./1795803660773-AuditEventSequence";
import { AuditsFindingsCorrectiveActions1795803357582 } from "./1795803357582-AuditsFindingsCorrectiveActions";
import { ChecklistsAndSelfAssessments1795803355053 } from "./1795803355053-ChecklistsAndSelfAssessments";
import { Foundation1795803023273 } from "./1795803023273-Foundation";
export const MIGRATIONS: Function[] = [
  Foundation1795803023273,
  ChecklistsAndSelfAssessments1795803355053,
  AuditsFindingsCorrectiveActions1795803357582,
  AuditEventSequence1795803660773,
  ScoresAndPriorities1795803894941,
  IdempotencyAndSigningSecret1795804575132,
  RankingEntryIndexes1795806312542,
  SustainabilityVerification1796192844109,
  TokensAndPasswords1796192900786,
  CorrectiveActionHistorySequence1796195854224,
  DocumentStore1796214466757,
  SupplierCertificates1796214764829,
  SubstanceReferenceData1796216308939,
  Notifications1796216566748,
  MaterialDeclarations1796218676221,
  RecycledContent1796218937797,
  SubstanceRiskRegister1796219899505,
  RegisterTriggersAndExemptionExpiry1796236404617,
  RankingTargetSubstances1796236532236,
  DeclarationClassD1796236551515,
  RecycledContentMonth1796236568252,
  SupplierExternalId1796237018395,
  InvitationsApiTokens1796237200725,
  Webhooks1796237362046,
  RecycledContentCategoryMonth1796238067745,
  SupplyChainMaps1796283086876,
  InvitationEmails1796283166273,
  ThirdPartyAssessments1796283523114,
  ViewerChangeNotify1796285280063,
  Screening1796283636575,
  ProtectedAreas1796283514714,
  ChecklistRevision1796294717105,
  FindingEditWithdraw1796294783782,
  AdminSearch1796294855560,
  RankingPageVersion1796295356601,
  UserLocale1796306401769,
  ChecklistItemTexts1796306816166,
  ChecklistNameTranslations1796310216840,
  NotifiedEvents1796318818726,
];
