/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** An amfori BSCI audit: the overall rating and the graded performance areas */
export type AmforiBsciResultInput = {
  overallGrade: AmforiGrade;
  performanceAreas?: Array<AmforiPerformanceAreaInput> | null | undefined;
};

/** amfori BSCI rating A-E */
export type AmforiGrade =
  | 'A'
  | 'B'
  | 'C'
  | 'D'
  | 'E';

export type AmforiPerformanceAreaInput = {
  grade: AmforiGrade;
  /** The performance area's number, 1-13 (Code of Conduct 2021) */
  number: number;
};

export type AnswerInput = {
  /** For YES_NO items */
  choice?: YesNoChoice | null | undefined;
  /** Omit to keep the saved comment; null or empty clears it */
  comment?: string | null | undefined;
  /** Replaces the answer's evidence; omit to keep it, null or [] clears it */
  evidence?: Array<EvidenceInput> | null | undefined;
  itemId: string | number;
  /** For NUMBER items */
  number?: number | null | undefined;
  /** For SCALE_0_4 items: 0-4 */
  scale?: number | null | undefined;
  /** For TEXT items: 1-10000 characters */
  text?: string | null | undefined;
};

export type AnswerType =
  | 'NUMBER'
  | 'SCALE_0_4'
  | 'TEXT'
  | 'YES_NO';

export type ApplicationStage =
  | 'DESIGN'
  | 'END_OF_LIFE'
  | 'PACKAGING'
  | 'PRODUCTION'
  | 'RAW_MATERIAL'
  | 'USE';

/** The kind of record a document is evidence for */
export type AttachmentKind =
  | 'CERTIFICATE'
  | 'CORRECTIVE_ACTION'
  | 'FINDING'
  | 'MATERIAL_DECLARATION'
  | 'PROTECTED_AREA_CLEARANCE'
  | 'RECYCLED_CONTENT_DECLARATION'
  | 'SCREENING_REBUTTAL'
  | 'SELF_ASSESSMENT'
  | 'SUPPLY_CHAIN_LINK'
  | 'SUSTAINABILITY_VERIFICATION'
  | 'THIRD_PARTY_ASSESSMENT';

export type AuditFilter = {
  /** With at least one finding (not withdrawn) in this area */
  findingArea?: EsgArea | null | undefined;
  /** With at least one finding (not withdrawn) of this severity */
  findingSeverity?: Severity | null | undefined;
  leadAuditorId?: string | number | null | undefined;
  /** Planned or in progress, with its planned day already past */
  overdue?: boolean | null | undefined;
  /** Planned on or after */
  plannedFrom?: string | null | undefined;
  /** Planned on or before */
  plannedTo?: string | null | undefined;
  status?: AuditStatus | null | undefined;
  /** Any of these statuses */
  statuses?: Array<AuditStatus> | null | undefined;
  supplierId?: string | number | null | undefined;
};

export type AuditStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'IN_PROGRESS'
  | 'PLANNED';

export type AuditType =
  | 'FOLLOW_UP'
  | 'INITIAL'
  | 'PERIODIC'
  | 'SPECIAL';

/** Where a value comes from: a valid verification, the supplier's word, or nothing */
export type Basis =
  | 'DECLARED'
  | 'NONE'
  | 'VERIFIED';

export type CertificateInput = {
  /** The certificate's scan: an upload (POST /documents) the caller may read */
  documentId?: string | number | null | undefined;
  /** The certification body */
  issuer: string;
  kind: CertificateType;
  /** The certificate's number */
  number?: string | null | undefined;
  /** The standard's name, required with kind OTHER (e.g. "IATF 16949") */
  otherType?: string | null | undefined;
  validFrom?: string | null | undefined;
  /** After validFrom */
  validUntil: string;
};

/** The standard a certificate attests; OTHER names it in otherType */
export type CertificateType =
  | 'ISO_9001'
  | 'ISO_14001'
  | 'ISO_45001'
  | 'ISO_50001'
  | 'OTHER'
  | 'SA8000'
  | 'SSI';

export type ChecklistItemInput = {
  answerType: AnswerType;
  area: EsgArea;
  /** Unique in the checklist, e.g. CFL-03; stored trimmed and in upper case */
  code: string;
  /** Default false */
  evidenceRequired?: boolean | null | undefined;
  /** The English guidance: what counts as evidence; default empty */
  guidance?: string | null | undefined;
  /** The English audit question (the English SAQ question too, until written in texts); required unless texts has en */
  question?: string | null | undefined;
  /** Texts per locale: each replaces its locale's text (all blank: removes it); locales not given keep theirs */
  texts?: Array<ChecklistItemTextInput> | null | undefined;
  /** 1-5, reflecting risk */
  weight: number;
  /** A non-conformance is a zero-tolerance breach; default false */
  zeroTolerance?: boolean | null | undefined;
};

/** What a checklist item says in one language */
export type ChecklistItemTextInput = {
  /** Asked by the auditor in the audit */
  auditQuestion?: string | null | undefined;
  guidance?: string | null | undefined;
  /** en or zh-CN */
  locale: string;
  /** Asked of the supplier in the SAQ */
  saqQuestion?: string | null | undefined;
};

/** A checklist's name in one language other than English */
export type ChecklistNameInput = {
  /** zh-CN (the English name is the checklist's name) */
  locale: string;
  /** Blank or null: removes that name */
  name?: string | null | undefined;
};

export type ChecklistStatus =
  | 'DRAFT'
  | 'PUBLISHED'
  | 'RETIRED';

export type ControlStatus =
  | 'IN_PLACE'
  | 'PLANNED'
  | 'VERIFIED';

export type ControlType =
  | 'END_TREATMENT'
  | 'PROCESS_MONITORING'
  | 'SOURCE_PREVENTION';

export type CorrectiveActionInput = {
  actions: string;
  /** Who at the supplier answers for the plan */
  owner: string;
  rootCause: string;
  targetDate: string;
};

export type CorrectiveActionStatus =
  | 'ACCEPTED'
  | 'IMPLEMENTED'
  | 'PROPOSED'
  | 'REJECTED'
  | 'VERIFIED';

export type CreateChecklistInput = {
  /** In the order they are asked */
  items: Array<ChecklistItemInput>;
  name: string;
  /** The name in other languages (zh-CN); default none */
  nameTranslations?: Array<ChecklistNameInput> | null | undefined;
  /** Locales every item must have text in before publishing; default [en] */
  requiredLocales?: Array<string> | null | undefined;
};

export type CreateMaterialCategoryInput = {
  code: string;
  name: string;
};

export type CreateRiskEntryInput = {
  /** The material category it is bought in */
  categoryId?: string | number | null | undefined;
  /** Frequency of exposure, 1-5 */
  exposure: number;
  /** Likelihood of occurrence, 1-5 */
  likelihood: number;
  /** Site or product line */
  location: string;
  note?: string | null | undefined;
  /** Severity of consequences, 1-5 */
  severity: number;
  stage: ApplicationStage;
  substanceId: string | number;
  /** The supplier it is bought from */
  supplierId?: string | number | null | undefined;
};

export type CreateSupplierInput = {
  /** Replaces the supplier's categories */
  categoryIds?: Array<string | number> | null | undefined;
  contactEmail: string;
  /** ISO 3166-1 alpha-2 */
  country: string;
  legalName?: string | null | undefined;
  name: string;
  registrationNumber?: string | null | undefined;
  /** Replaces the site list: sites with an id are kept and updated */
  sites?: Array<SiteInput> | null | undefined;
  sustainability?: SustainabilityInput | null | undefined;
};

export type CreateUserInput = {
  email: string;
  /** en or zh-CN: the user's language; unset, the browser's at their first log-in */
  locale?: string | null | undefined;
  name: string;
  /** At least 10 characters */
  password: string;
  role: Role;
  /** Required for SUPPLIER users, forbidden otherwise */
  supplierId?: string | number | null | undefined;
};

export type CustodyModel =
  | 'IDENTITY_PRESERVED'
  | 'MASS_BALANCE'
  | 'NONE'
  | 'SEGREGATED';

/** IPC-1752A: A, a statement per list; C, materials and substances; D, C with full disclosure */
export type DeclarationClass =
  | 'A'
  | 'C'
  | 'D';

export type DeclarationContentInput = {
  /** When declared; null: judged as of now */
  declaredAt?: string | null | undefined;
  /** Test reports */
  evidence?: Array<EvidenceInput> | null | undefined;
  /** Class C */
  materials?: Array<HomogeneousMaterialInput> | null | undefined;
  partName?: string | null | undefined;
  partNumber?: string | null | undefined;
  /** Class A */
  statements?: Array<ListStatementInput> | null | undefined;
  validUntil?: string | null | undefined;
};

export type DeclarationStatus =
  | 'ACCEPTED'
  | 'DRAFT'
  | 'REJECTED'
  | 'SUBMITTED';

export type DeclareRecycledContentInput = {
  categoryId: string | number;
  element: Element;
  /** Mass of the element per mass of the goods, (0-1] */
  elementFraction: number;
  /** A certificate, a mass balance... */
  evidence?: Array<EvidenceInput> | null | undefined;
  method: RecycledContentMethod;
  postConsumerFraction: number;
  preConsumerFraction: number;
  /** Recycled share of the element, = pre + post */
  recycledFraction: number;
  supplierId: string | number;
  /** First month covered, YYYY-MM */
  validFrom: string;
  /** Last month covered (inclusive), YYYY-MM */
  validTo: string;
};

export type DeclaredSubstanceInput = {
  cas: string;
  /** mg */
  massMg?: number | null | undefined;
  name?: string | null | undefined;
  /** ppm w/w; or give massMg */
  ppm?: number | null | undefined;
};

export type DeliveryStatus =
  | 'FAILED'
  | 'PENDING'
  | 'SENT'
  | 'SKIPPED';

export type EcoVadisMedal =
  | 'BRONZE'
  | 'GOLD'
  | 'NONE'
  | 'PLATINUM'
  | 'SILVER';

/** An EcoVadis scorecard: the overall score, the medal and the themes */
export type EcoVadisResultInput = {
  medal?: EcoVadisMedal | null | undefined;
  /** 0-100 */
  score: number;
  themes?: Array<EcoVadisThemeScoreInput> | null | undefined;
};

export type EcoVadisTheme =
  | 'ENVIRONMENT'
  | 'ETHICS'
  | 'LABOR_AND_HUMAN_RIGHTS'
  | 'SUSTAINABLE_PROCUREMENT';

export type EcoVadisThemeScoreInput = {
  /** 0-100 */
  score: number;
  theme: EcoVadisTheme;
};

/** A chemical element tracked for recycled content */
export type Element =
  | 'AL'
  | 'CO'
  | 'LI'
  | 'NI'
  | 'PB'
  | 'SI';

/** IMMEDIATE: one e-mail per notification; DAILY_DIGEST: one a day; OFF: in-app only */
export type EmailMode =
  | 'DAILY_DIGEST'
  | 'IMMEDIATE'
  | 'OFF';

/** ESG audit area */
export type EsgArea =
  | 'BUSINESS_ETHICS'
  | 'CHILD_AND_FORCED_LABOUR'
  | 'ENVIRONMENT'
  | 'FREEDOM_OF_ASSOCIATION'
  | 'HEALTH_AND_SAFETY'
  | 'MANAGEMENT_SYSTEM'
  | 'NON_DISCRIMINATION'
  | 'WAGES_AND_BENEFITS'
  | 'WORKING_HOURS';

export type EvidenceInput = {
  /** The id POST /documents answered; the document must be one you may read */
  documentId?: string | null | undefined;
  sha256?: string | null | undefined;
  title: string;
  url?: string | null | undefined;
};

export type FindingFilter = {
  area?: EsgArea | null | undefined;
  /** Open, needs a plan (not an OBSERVATION), and has none yet or a REJECTED one */
  awaitingCorrectiveAction?: boolean | null | undefined;
  /** Of an audit completed at or after */
  completedFrom?: string | null | undefined;
  /** Of an audit completed before */
  completedTo?: string | null | undefined;
  /** Open and past its due date */
  overdue?: boolean | null | undefined;
  severity?: Severity | null | undefined;
  status?: FindingStatus | null | undefined;
  supplierId?: string | number | null | undefined;
  /** Words that must all appear in the description (full-text, any order) */
  text?: string | null | undefined;
};

export type FindingInput = {
  area: EsgArea;
  description: string;
  evidence?: Array<EvidenceInput> | null | undefined;
  /** 1 (negligible) to 5 (severe) */
  impact: number;
  /** An item of the audit's checklist, in `area` */
  itemId?: string | number | null | undefined;
  /** 1 (rare) to 5 (almost certain) */
  likelihood: number;
  severity: Severity;
};

export type FindingStatus =
  | 'CLOSED'
  | 'OPEN'
  | 'WITHDRAWN';

export type Grade =
  | 'A'
  | 'B'
  | 'C'
  | 'D'
  | 'E';

/** A SPEC 7 rule that caps the grade below what the overall score gives */
export type GradeCapRule =
  | 'AREA_WITHOUT_SOURCE'
  | 'ZERO_TOLERANCE_FINDING';

export type HomogeneousMaterialInput = {
  exemptions?: Array<string> | null | undefined;
  /** mg */
  massMg?: number | null | undefined;
  name: string;
  substances: Array<DeclaredSubstanceInput>;
};

export type InvitationState =
  | 'ACCEPTED'
  | 'EXPIRED'
  | 'PENDING'
  | 'REVOKED';

export type ItemResult =
  | 'CONFORMS'
  | 'NONCONFORMS'
  | 'NOT_APPLICABLE'
  | 'PARTIAL';

export type ItemResultInput = {
  itemId: string | number;
  note?: string | null | undefined;
  result: ItemResult;
};

export type LinkEvidenceInput = {
  /** The id POST /documents answered */
  documentId: string | number;
  kind: LinkEvidenceKind;
  reference?: string | null | undefined;
  sha256?: string | null | undefined;
};

export type LinkEvidenceKind =
  | 'BILL_OF_LADING'
  | 'INVOICE'
  | 'OTHER'
  | 'PURCHASE_ORDER';

export type ListStatementInput = {
  compliant: boolean;
  exemptions?: Array<string> | null | undefined;
  list: string;
  listVersion?: string | null | undefined;
};

export type MaterialDeclarationInput = {
  categoryId: string | number;
  declarationClass: DeclarationClass;
  /** When declared; null: judged as of now */
  declaredAt?: string | null | undefined;
  /** Test reports */
  evidence?: Array<EvidenceInput> | null | undefined;
  /** Class C */
  materials?: Array<HomogeneousMaterialInput> | null | undefined;
  partName?: string | null | undefined;
  partNumber?: string | null | undefined;
  /** Class A */
  statements?: Array<ListStatementInput> | null | undefined;
  supplierId: string | number;
  validUntil?: string | null | undefined;
};

export type NotificationCategory =
  | 'AUDIT'
  | 'CERTIFICATE'
  | 'CORRECTIVE_ACTION'
  | 'DEADLINE'
  | 'PROCUREMENT'
  | 'SELF_ASSESSMENT';

export type NotificationCategoryPreferenceInput = {
  category: NotificationCategory;
  email: boolean;
};

/** What to change; categories not listed keep their setting */
export type NotificationPreferencesInput = {
  categories?: Array<NotificationCategoryPreferenceInput> | null | undefined;
  emailMode?: EmailMode | null | undefined;
};

export type OverdueCapStep =
  | 'IMPLEMENT'
  | 'PROPOSE';

export type PriorityAdjustmentInput = {
  /** Count it only in this material category's ranking */
  categoryId?: string | number | null | undefined;
  /** -30..+30 priority points */
  delta: number;
  /** Default 12 months ahead, at most 24 */
  expiresAt?: string | null | undefined;
  /** Why; at least 10 characters, kept in the history */
  reason: string;
  supplierId: string | number;
};

export type ProcurementStatus =
  | 'APPROVED'
  | 'BLOCKED'
  | 'CONDITIONAL'
  | 'SUSPENDED';

export type ProtectedAreaFileFormat =
  | 'CSV'
  | 'GEOJSON';

export type ProtectedAreaFlagState =
  | 'CLEARED'
  | 'OPEN'
  | 'WITHDRAWN';

export type ProtectedAreaFlagTarget =
  | 'NODE'
  | 'SITE';

export type ProtectedAreaShape =
  | 'POINT'
  | 'POLYGON';

export type RankingFilter = {
  /** Rank for this material category (its scoped adjustments count) */
  categoryId?: string | number | null | undefined;
  country?: string | null | undefined;
  /** This grade or better */
  minGrade?: Grade | null | undefined;
  /** Default APPROVED and CONDITIONAL; SUSPENDED only when asked; BLOCKED never */
  statuses?: Array<ProcurementStatus> | null | undefined;
};

export type RbaSection =
  | 'ENVIRONMENT'
  | 'ETHICS'
  | 'HEALTH_AND_SAFETY'
  | 'LABOR'
  | 'MANAGEMENT_SYSTEM';

export type RbaSectionScoreInput = {
  /** 0-200 */
  score: number;
  section: RbaSection;
};

/** An RBA Validated Audit: the total and, where the report has them, sections */
export type RbaVapResultInput = {
  /** 0-200 */
  score: number;
  sections?: Array<RbaSectionScoreInput> | null | undefined;
};

/** Chain-of-custody model of a recycled-content declaration */
export type RecycledContentMethod =
  | 'MASS_BALANCE'
  | 'SEGREGATED';

export type RegisterWebhookInput = {
  description?: string | null | undefined;
  events: Array<WebhookEvent>;
  /** https://... (http:// only to a loopback receiver) */
  url: string;
};

export type RenameChecklistInput = {
  /** The English name; default unchanged */
  name?: string | null | undefined;
  /** Each replaces its locale's name (blank: removes it); locales not given keep theirs */
  nameTranslations?: Array<ChecklistNameInput> | null | undefined;
};

/** The analysis: three factors, each an integer 1-5 */
export type RiskAnalysisInput = {
  /** Frequency of exposure, 1-5 */
  exposure: number;
  /** Likelihood of occurrence, 1-5 */
  likelihood: number;
  note?: string | null | undefined;
  /** Severity of consequences, 1-5 */
  severity: number;
};

export type RiskControlInput = {
  description: string;
  dueDate: string;
  owner: string;
  type: ControlType;
};

export type RiskLevel =
  | 'CRITICAL'
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

export type Role =
  | 'ADMIN'
  | 'AUDITOR'
  | 'PROCUREMENT'
  | 'SUPPLIER';

export type ScheduleAuditInput = {
  /** Third-party audit firm, if any */
  auditFirm?: string | null | undefined;
  /** A PUBLISHED checklist version */
  checklistId: string | number;
  /** An active AUDITOR user */
  leadAuditorId: string | number;
  plannedDate: string;
  /** One of the supplier's sites */
  siteId?: string | number | null | undefined;
  supplierId: string | number;
  type: AuditType;
};

/** What matched */
export type ScreeningHitField =
  | 'ALIAS'
  | 'NAME'
  | 'REGION';

export type ScreeningHitState =
  | 'CLEARED'
  | 'OPEN'
  | 'REBUTTED';

/** The restricted-entity list or the high-risk-region list */
export type ScreeningListKind =
  | 'HIGH_RISK_REGION'
  | 'RESTRICTED_ENTITY';

export type ScreeningRebuttalInput = {
  /** At least one uploaded document; links may be added */
  evidence: Array<EvidenceInput>;
  /** When it stops counting: at most 12 months ahead */
  expiresAt: string;
  hitId: string | number;
  /** Why the hit does not stand; at least 20 characters */
  reason: string;
};

export type ScreeningRebuttalState =
  | 'APPROVED'
  | 'EXPIRED'
  | 'PENDING'
  | 'REJECTED';

export type SelfAssessmentStatus =
  | 'DRAFT'
  | 'RETURNED'
  | 'REVIEWED'
  | 'SUBMITTED';

export type Severity =
  | 'MAJOR'
  | 'MINOR'
  | 'OBSERVATION'
  | 'ZERO_TOLERANCE';

export type SiteInput = {
  address?: string | null | undefined;
  /** ISO 3166-1 alpha-2 */
  country: string;
  /** Existing site to keep (update); omit to add */
  id?: string | number | null | undefined;
  /** WGS84 degrees, -90 to 90, with longitude; omitted: kept, null: cleared */
  latitude?: number | null | undefined;
  /** WGS84 degrees, -180 to 180, with latitude; omitted: kept, null: cleared */
  longitude?: number | null | undefined;
  name: string;
};

export type SmetaPillar =
  | 'BUSINESS_ETHICS'
  | 'ENVIRONMENT'
  | 'HEALTH_AND_SAFETY'
  | 'LABOUR_STANDARDS';

export type SmetaPillarInput = {
  /** Critical (business-critical) non-conformances */
  critical: number;
  major: number;
  minor: number;
  pillar: SmetaPillar;
};

/** A SMETA audit: the pillars it covered (2 or 4) with non-conformances by severity */
export type SmetaResultInput = {
  pillars: Array<SmetaPillarInput>;
};

/** An SSI ESG Standard assessment: the level per dimension (0 below threshold, 1-3) */
export type SsiResultInput = {
  environment: number;
  governanceAndBusinessEthics: number;
  humanAndLabourRights: number;
};

export type SubstitutionStatus =
  | 'ACCEPTED'
  | 'SUBMITTED';

export type SupplierFilter = {
  /** Only suppliers due for re-audit by then */
  auditDueBefore?: string | null | undefined;
  categoryId?: string | number | null | undefined;
  country?: string | null | undefined;
  includeArchived?: boolean | null | undefined;
  /** Part of the name or legal name */
  search?: string | null | undefined;
};

/** Which of a supplier's names or numbers matched a search */
export type SupplierMatchField =
  | 'EXTERNAL_ID'
  | 'LEGAL_NAME'
  | 'NAME'
  | 'REGISTRATION_NUMBER';

/** Who supplies whom: material flows from upstream to downstream */
export type SupplyChainLinkInput = {
  custody: CustodyModel;
  downstreamNodeId: string | number;
  evidence?: Array<LinkEvidenceInput>;
  upstreamNodeId: string | number;
};

export type SupplyChainLinkState =
  | 'DECLARED'
  | 'VERIFIED';

/** A link's custody and evidence; its ends stay (remove and add to move) */
export type SupplyChainLinkUpdateInput = {
  custody: CustodyModel;
  evidence: Array<LinkEvidenceInput>;
};

/** A party of the chain; every field is stored as given (a full write) */
export type SupplyChainNodeInput = {
  address?: string | null | undefined;
  /** ISO 3166-1 alpha-2 */
  country: string;
  latitude?: number | null | undefined;
  longitude?: number | null | undefined;
  name: string;
  /** ISO 3166-2 within the country, e.g. CN-XJ */
  region?: string | null | undefined;
  /** A tier of the map's tier set, below the root's */
  tierId: string | number;
};

export type SustainabilityInput = {
  recycledContentShare?: number | null | undefined;
  renewableElectricityShare?: number | null | undefined;
  sourcesFromProtectedArea?: boolean | null | undefined;
  thirdPartyVerifiedMaterialShare?: number | null | undefined;
  traceability?: Traceability | null | undefined;
};

/** The company's substance targets: ELIMINATE, or REDUCE and replace */
export type TargetKind =
  | 'ELIMINATE'
  | 'REDUCE';

/** Where a recycled-content target comes from */
export type TargetSource =
  | 'EU_2023_1542'
  | 'POLICY';

/** One scheme's result: give the block of `scheme` and no other */
export type ThirdPartyAssessmentInput = {
  amforiBsci?: AmforiBsciResultInput | null | undefined;
  /** The day of the assessment or audit; not in the future */
  assessedAt: string;
  assessor?: string | null | undefined;
  ecoVadis?: EcoVadisResultInput | null | undefined;
  rbaVap?: RbaVapResultInput | null | undefined;
  reference?: string | null | undefined;
  /** The scheme's report: an upload (POST /documents) the caller may read */
  reportDocumentId: string | number;
  scheme: ThirdPartyScheme;
  smeta?: SmetaResultInput | null | undefined;
  ssi?: SsiResultInput | null | undefined;
};

/** SMETA, RBA Validated Audit Process, amfori BSCI, EcoVadis, Solar Stewardship Initiative */
export type ThirdPartyScheme =
  | 'AMFORI_BSCI'
  | 'ECOVADIS'
  | 'RBA_VAP'
  | 'SMETA'
  | 'SSI';

export type Traceability =
  | 'NONE'
  | 'TIER1'
  | 'TO_ORIGIN';

export type UpdateMaterialCategoryInput = {
  name: string;
};

/** Omitted fields are kept */
export type UpdateRiskControlInput = {
  description?: string | null | undefined;
  dueDate?: string | null | undefined;
  owner?: string | null | undefined;
  status?: ControlStatus | null | undefined;
  type?: ControlType | null | undefined;
};

/** Omitted fields are kept; a changed stage or site makes it due */
export type UpdateRiskEntryInput = {
  categoryId?: string | number | null | undefined;
  location?: string | null | undefined;
  stage?: ApplicationStage | null | undefined;
  supplierId?: string | number | null | undefined;
};

export type UpdateSupplierInput = {
  /** Replaces the supplier's categories */
  categoryIds?: Array<string | number> | null | undefined;
  contactEmail?: string | null | undefined;
  /** ISO 3166-1 alpha-2 */
  country?: string | null | undefined;
  legalName?: string | null | undefined;
  name?: string | null | undefined;
  registrationNumber?: string | null | undefined;
  /** Replaces the site list: sites with an id are kept and updated */
  sites?: Array<SiteInput> | null | undefined;
  sustainability?: SustainabilityInput | null | undefined;
};

export type WebhookDeliveryStatus =
  | 'FAILED'
  | 'PENDING'
  | 'SENT';

/** An event a webhook receives: supplier.status_changed, audit.completed, finding.overdue */
export type WebhookEvent =
  | 'AUDIT_COMPLETED'
  | 'FINDING_OVERDUE'
  | 'SUPPLIER_STATUS_CHANGED';

export type YesNoChoice =
  | 'NO'
  | 'NOT_APPLICABLE'
  | 'YES';

export type ViewerFieldsFragment = { id: string, email: string, name: string, role: Role, locale: string, mustChangePassword: boolean, supplier: { id: string, name: string } | null };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string, name: string, role: Role, locale: string, mustChangePassword: boolean, supplier: { id: string, name: string } | null } };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { login: { token: string, user: { id: string, email: string, name: string, role: Role, locale: string, mustChangePassword: boolean, supplier: { id: string, name: string } | null } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type AcceptInvitationMutationVariables = Exact<{
  token: string;
  name: string;
  password: string;
}>;


export type AcceptInvitationMutation = { acceptInvitation: { token: string, user: { id: string, email: string, name: string, role: Role, locale: string, mustChangePassword: boolean, supplier: { id: string, name: string } | null } } };

export type SetLocaleMutationVariables = Exact<{
  locale: string;
}>;


export type SetLocaleMutation = { setLocale: { id: string, email: string, name: string, role: Role, locale: string, mustChangePassword: boolean, supplier: { id: string, name: string } | null } };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountQuery = { unreadNotificationCount: number };

export type OpenActionsQueryVariables = Exact<{ [key: string]: never; }>;


export type OpenActionsQuery = { openActions: Array<{ kind: string, title: string, dueDate: string | null, overdue: boolean, link: string }> };

export type RemoveUploadMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveUploadMutation = { removeDocument: boolean };

export type SupplierOverviewQueryVariables = Exact<{
  id: string | number;
}>;


export type SupplierOverviewQuery = { supplier: { id: string, name: string, status: ProcurementStatus, statusReasons: Array<string>, score: { overall: number, grade: Grade } | null } | null };

export type AllAuditsQueryVariables = Exact<{
  filter?: AuditFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type AllAuditsQuery = { audits: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: AuditStatus, type: AuditType, plannedDate: string, completedAt: string | null, supplier: { id: string, name: string }, leadAuditor: { name: string } } }> } };

export type AdminSupplierCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminSupplierCategoriesQuery = { materialCategories: Array<{ id: string, code: string, name: string }> };

export type CreateSupplierMutationVariables = Exact<{
  input: CreateSupplierInput;
}>;


export type CreateSupplierMutation = { createSupplier: { id: string, name: string } };

export type ApiTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiTokensQuery = { apiTokens: Array<{ id: string, name: string, role: Role, createdAt: string, expiresAt: string | null, lastUsedAt: string | null, revokedAt: string | null, createdBy: { id: string, name: string } | null }> };

export type CreateApiTokenMutationVariables = Exact<{
  name: string;
  role: Role;
  expiresAt?: string | null | undefined;
}>;


export type CreateApiTokenMutation = { createApiToken: { id: string, secret: string } };

export type RevokeApiTokenMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeApiTokenMutation = { revokeApiToken: boolean };

export type CategoriesPageQueryVariables = Exact<{ [key: string]: never; }>;


export type CategoriesPageQuery = { materialCategories: Array<{ id: string, code: string, name: string, version: number, supplierCount: number }>, supplyChainTierSets: Array<{ id: string, name: string, tiers: Array<{ id: string, name: string, position: number }>, categories: Array<{ categoryId: string, topTierId: string }> }>, regulatoryLists: Array<{ code: string, name: string, applicability: Array<{ applies: boolean, category: { id: string } }> }> };

export type CreateCategoryMutationVariables = Exact<{
  input: CreateMaterialCategoryInput;
}>;


export type CreateCategoryMutation = { createMaterialCategory: { id: string } };

export type RenameCategoryMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  input: UpdateMaterialCategoryInput;
}>;


export type RenameCategoryMutation = { updateMaterialCategory: { id: string, name: string, version: number } };

export type SetCategoryTiersMutationVariables = Exact<{
  categoryId: string | number;
  topTierId?: string | number | null | undefined;
}>;


export type SetCategoryTiersMutation = { setCategoryTierSet: { categoryId: string } | null };

export type SetCategoryListMutationVariables = Exact<{
  listCode: string;
  categoryId: string | number;
  applies: boolean;
}>;


export type SetCategoryListMutation = { setListApplicability: { code: string } };

export type ChecklistQueryVariables = Exact<{
  id: string | number;
}>;


export type ChecklistQuery = { checklist: { id: string, familyId: string, name: string, version: number, status: ChecklistStatus, revision: number, publishedAt: string | null, retiredAt: string | null, requiredLocales: Array<string>, englishName: string, nameTranslations: Array<{ locale: string, name: string }>, items: Array<{ id: string, code: string, area: EsgArea, question: string, guidance: string, textFallback: boolean, answerType: AnswerType, weight: number, zeroTolerance: boolean, evidenceRequired: boolean, order: number, texts: Array<{ locale: string, saqQuestion: string, auditQuestion: string, guidance: string }> }> } | null, checklists: Array<{ id: string, familyId: string, version: number, status: ChecklistStatus }> };

export type PublishChecklistMutationVariables = Exact<{
  id: string | number;
}>;


export type PublishChecklistMutation = { publishChecklist: { id: string, status: ChecklistStatus } };

export type ReviseChecklistMutationVariables = Exact<{
  id: string | number;
}>;


export type ReviseChecklistMutation = { reviseChecklist: { id: string, version: number } };

export type AddChecklistItemMutationVariables = Exact<{
  id: string | number;
  revision: number;
  input: ChecklistItemInput;
  position?: number | null | undefined;
}>;


export type AddChecklistItemMutation = { addChecklistItem: { id: string, revision: number } };

export type UpdateChecklistItemMutationVariables = Exact<{
  id: string | number;
  revision: number;
  input: ChecklistItemInput;
}>;


export type UpdateChecklistItemMutation = { updateChecklistItem: { id: string, revision: number } };

export type RemoveChecklistItemMutationVariables = Exact<{
  id: string | number;
  revision: number;
}>;


export type RemoveChecklistItemMutation = { removeChecklistItem: { id: string, revision: number } };

export type SetChecklistRequiredLocalesMutationVariables = Exact<{
  id: string | number;
  revision: number;
  locales: Array<string> | string;
}>;


export type SetChecklistRequiredLocalesMutation = { setChecklistRequiredLocales: { id: string, revision: number, requiredLocales: Array<string> } };

export type RenameChecklistMutationVariables = Exact<{
  id: string | number;
  revision: number;
  input: RenameChecklistInput;
}>;


export type RenameChecklistMutation = { renameChecklist: { id: string, revision: number } };

export type MoveChecklistItemMutationVariables = Exact<{
  id: string | number;
  revision: number;
  position: number;
}>;


export type MoveChecklistItemMutation = { moveChecklistItem: { id: string, revision: number } };

export type ChecklistsQueryVariables = Exact<{ [key: string]: never; }>;


export type ChecklistsQuery = { checklists: Array<{ id: string, familyId: string, name: string, version: number, status: ChecklistStatus, publishedAt: string | null, items: Array<{ id: string }> }> };

export type CreateChecklistMutationVariables = Exact<{
  input: CreateChecklistInput;
}>;


export type CreateChecklistMutation = { createChecklist: { id: string } };

export type ReviseChecklistFromListMutationVariables = Exact<{
  id: string | number;
}>;


export type ReviseChecklistFromListMutation = { reviseChecklist: { id: string, version: number } };

export type ImportSuppliersMutationVariables = Exact<{
  documentId: string | number;
  dryRun: boolean;
}>;


export type ImportSuppliersMutation = { importSuppliers: { rows: number, applied: boolean, inserted: number, updated: number, skipped: number, errors: Array<{ row: number, column: string | null, message: string }> } };

export type ImportUsersMutationVariables = Exact<{
  documentId: string | number;
  dryRun: boolean;
}>;


export type ImportUsersMutation = { importUsers: { report: { rows: number, applied: boolean, inserted: number, updated: number, skipped: number, errors: Array<{ row: number, column: string | null, message: string }> }, passwords: Array<{ email: string, oneTimePassword: string }> } };

export type NotificationOutboxQueryVariables = Exact<{
  status?: DeliveryStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type NotificationOutboxQuery = { notificationOutbox: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: DeliveryStatus, attempts: number, lastError: string | null, nextAttemptAt: string | null, sentAt: string | null, digestDay: string | null, subject: string | null, recipientEmail: string, notification: { id: string, kind: string, title: string, createdAt: string } | null, recipient: { id: string, name: string, email: string } | null } }> } };

export type ResendNotificationMutationVariables = Exact<{
  id: string | number;
}>;


export type ResendNotificationMutation = { resendNotification: { id: string, status: DeliveryStatus, attempts: number, nextAttemptAt: string | null, lastError: string | null, sentAt: string | null } };

export type UsersQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type UsersQuery = { users: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, email: string, name: string, role: Role, active: boolean, supplier: { id: string, name: string } | null } }> } };

export type SupplierOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SupplierOptionsQuery = { suppliers: { edges: Array<{ node: { id: string, name: string } }> } };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { id: string } };

export type DeactivateUserMutationVariables = Exact<{
  id: string | number;
}>;


export type DeactivateUserMutation = { deactivateUser: { id: string, active: boolean } };

export type ActivateUserMutationVariables = Exact<{
  id: string | number;
}>;


export type ActivateUserMutation = { activateUser: { id: string, active: boolean } };

export type ChangeUserRoleMutationVariables = Exact<{
  id: string | number;
  role: Role;
  supplierId?: string | number | null | undefined;
}>;


export type ChangeUserRoleMutation = { changeUserRole: { id: string, role: Role, supplier: { id: string, name: string } | null } };

export type ResetPasswordMutationVariables = Exact<{
  userId: string | number;
}>;


export type ResetPasswordMutation = { resetUserPassword: string };

export type WebhooksQueryVariables = Exact<{ [key: string]: never; }>;


export type WebhooksQuery = { webhooks: Array<{ id: string, url: string, description: string | null, events: Array<WebhookEvent>, createdAt: string, disabledAt: string | null }> };

export type RegisterWebhookMutationVariables = Exact<{
  input: RegisterWebhookInput;
}>;


export type RegisterWebhookMutation = { registerWebhook: { secret: string, webhook: { id: string, url: string } } };

export type DisableWebhookMutationVariables = Exact<{
  id: string | number;
}>;


export type DisableWebhookMutation = { disableWebhook: { id: string, disabledAt: string | null } };

export type WebhookDeliveriesQueryVariables = Exact<{
  webhookId: string | number;
  status?: WebhookDeliveryStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type WebhookDeliveriesQuery = { webhookDeliveries: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, event: WebhookEvent, eventKey: string, status: WebhookDeliveryStatus, attempts: number, lastStatusCode: number | null, lastError: string | null, nextAttemptAt: string | null, sentAt: string | null, createdAt: string } }> } };

export type RedeliverWebhookMutationVariables = Exact<{
  id: string | number;
}>;


export type RedeliverWebhookMutation = { redeliverWebhook: { id: string, status: WebhookDeliveryStatus, attempts: number, nextAttemptAt: string | null } };

export type FilterSuppliersQueryVariables = Exact<{ [key: string]: never; }>;


export type FilterSuppliersQuery = { suppliers: { edges: Array<{ node: { id: string, name: string } }> } };

export type StartAuditMutationVariables = Exact<{
  id: string | number;
}>;


export type StartAuditMutation = { startAudit: { id: string, status: AuditStatus } };

export type CompleteAuditMutationVariables = Exact<{
  id: string | number;
}>;


export type CompleteAuditMutation = { completeAudit: { id: string, status: AuditStatus } };

export type WithdrawFindingMutationVariables = Exact<{
  id: string | number;
  reason: string;
  expectedVersion?: number | null | undefined;
}>;


export type WithdrawFindingMutation = { withdrawFinding: { id: string, status: FindingStatus, version: number } };

export type CancelAuditMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type CancelAuditMutation = { cancelAudit: { id: string, status: AuditStatus } };

export type ProposeCorrectiveActionMutationVariables = Exact<{
  findingId: string | number;
  input: CorrectiveActionInput;
}>;


export type ProposeCorrectiveActionMutation = { proposeCorrectiveAction: { id: string, status: CorrectiveActionStatus } };

export type MarkCorrectiveActionImplementedMutationVariables = Exact<{
  id: string | number;
  evidence: Array<EvidenceInput> | EvidenceInput;
}>;


export type MarkCorrectiveActionImplementedMutation = { markCorrectiveActionImplemented: { id: string, status: CorrectiveActionStatus } };

export type ReviewCapMutationVariables = Exact<{
  id: string | number;
  accept: boolean;
  comment?: string | null | undefined;
}>;


export type ReviewCapMutation = { reviewCorrectiveAction: { id: string, status: CorrectiveActionStatus } };

export type VerifyCapMutationVariables = Exact<{
  id: string | number;
  effective: boolean;
  comment?: string | null | undefined;
}>;


export type VerifyCapMutation = { verifyCorrectiveAction: { id: string, status: CorrectiveActionStatus } };

export type RecordFindingMutationVariables = Exact<{
  auditId: string | number;
  input: FindingInput;
}>;


export type RecordFindingMutation = { recordFinding: { id: string, riskScore: number, riskLevel: RiskLevel } };

export type EditFindingMutationVariables = Exact<{
  id: string | number;
  input: FindingInput;
  expectedVersion?: number | null | undefined;
}>;


export type EditFindingMutation = { editFinding: { id: string, version: number, riskScore: number, riskLevel: RiskLevel } };

export type RecordItemResultsMutationVariables = Exact<{
  auditId: string | number;
  results: Array<ItemResultInput> | ItemResultInput;
}>;


export type RecordItemResultsMutation = { recordItemResults: { id: string } };

export type ScheduleOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ScheduleOptionsQuery = { suppliers: { edges: Array<{ node: { id: string, name: string, sites: Array<{ id: string, name: string }> } }> }, checklists: Array<{ id: string, name: string, version: number }> };

export type ScheduleAuditorsQueryVariables = Exact<{ [key: string]: never; }>;


export type ScheduleAuditorsQuery = { users: { edges: Array<{ node: { id: string, name: string, role: Role, active: boolean } }> } };

export type ScheduleAuditMutationVariables = Exact<{
  input: ScheduleAuditInput;
}>;


export type ScheduleAuditMutation = { scheduleAudit: { id: string, plannedDate: string, supplier: { name: string } } };

export type AuditQueryVariables = Exact<{
  id: string | number;
}>;


export type AuditQuery = { audit: { id: string, status: AuditStatus, type: AuditType, plannedDate: string, startedAt: string | null, completedAt: string | null, cancelReason: string | null, auditFirm: string | null, supplier: { id: string, name: string }, site: { name: string } | null, leadAuditor: { id: string, name: string }, checklist: { id: string, name: string, version: number, items: Array<{ id: string, code: string, area: EsgArea, question: string, guidance: string, zeroTolerance: boolean, order: number }> }, results: Array<{ result: ItemResult, note: string | null, item: { id: string } }>, findings: Array<{ id: string, area: EsgArea, severity: Severity, likelihood: number, impact: number, riskScore: number, riskLevel: RiskLevel, status: FindingStatus, version: number, withdrawnAt: string | null, withdrawalReason: string | null, description: string, capDueDate: string | null, dueDate: string | null, overdue: boolean, repeat: boolean, item: { id: string, code: string } | null, evidence: Array<{ title: string, url: string | null, documentId: string | null, sha256: string | null, document: { id: string, filename: string, size: number, downloadUrl: string } | null }>, correctiveAction: { id: string, status: CorrectiveActionStatus, rootCause: string, actions: string, owner: string, targetDate: string, implementationEvidence: Array<{ title: string, url: string | null, documentId: string | null, sha256: string | null, document: { id: string, filename: string, size: number, downloadUrl: string } | null }>, history: Array<{ toStatus: CorrectiveActionStatus, comment: string | null, at: string, actor: { name: string } | null }> } | null }> } | null };

export type AuditQueueQueryVariables = Exact<{
  filter?: AuditFilter | null | undefined;
}>;


export type AuditQueueQuery = { audits: { totalCount: number, edges: Array<{ node: { id: string, status: AuditStatus, type: AuditType, plannedDate: string, supplier: { id: string, name: string }, leadAuditor: { id: string, name: string } } }> } };

export type CapsToReviewQueryVariables = Exact<{ [key: string]: never; }>;


export type CapsToReviewQuery = { findings: { edges: Array<{ node: { id: string, severity: Severity, riskLevel: RiskLevel, audit: { id: string, leadAuditor: { id: string }, supplier: { name: string } }, correctiveAction: { id: string, status: CorrectiveActionStatus } | null } }> } };

export type QueueFindingsQueryVariables = Exact<{
  filter?: FindingFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type QueueFindingsQuery = { findings: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, area: EsgArea, severity: Severity, riskScore: number, riskLevel: RiskLevel, status: FindingStatus, overdue: boolean, dueDate: string | null, description: string, audit: { id: string, completedAt: string | null, supplier: { id: string, name: string } } } }> } };

export type AdminDashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminDashboardQuery = { adminDashboard: { asOf: string, usersByRole: Array<{ role: Role, active: number, inactive: number }>, checklistsInUse: Array<{ checklistId: string, name: string, version: number, publishedAt: string | null, selfAssessments: number, audits: number }>, recentImports: Array<{ id: string, kind: string, at: string, actorName: string | null, outcome: string }>, outbox: { pending: number, failed: number, sent: number, skipped: number }, webhooks: { pending: number, failed: number, sent: number, failedLast7Days: number, recentFailures: Array<{ deliveryId: string, webhookId: string, url: string, event: WebhookEvent, attempts: number, lastStatusCode: number | null, lastError: string | null, createdAt: string }> } } };

export type AuditorDashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditorDashboardQuery = { auditorDashboard: { asOf: string, reauditWindowDays: number, reauditsDueCount: number, reauditsOverdue: number, auditsByMonth: Array<{ month: string, planned: number, completed: number }>, reauditsDue: Array<{ supplierId: string, supplierName: string, country: string, grade: Grade | null, status: ProcurementStatus, dueDate: string, plannedAuditId: string | null, plannedAuditDate: string | null }>, capBacklog: Array<{ minDays: number, maxDays: number | null, awaitingSupplier: number, awaitingAuditor: number, total: number }> } };

export type ProcurementDashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type ProcurementDashboardQuery = { procurementDashboard: { asOf: string, supplierCount: number, moverWindowDays: number, suppliersByStatusAndGrade: Array<{ status: ProcurementStatus, grade: Grade | null, count: number }>, gradesByCategory: Array<{ categoryId: string, code: string, name: string, suppliers: number, grades: Array<{ grade: Grade | null, count: number }> }>, openFindings: Array<{ area: EsgArea, severity: Severity, count: number }>, overdueCaps: { total: number, notProposed: number, notImplemented: number, oldest: Array<{ findingId: string, auditId: string, supplierId: string, supplierName: string, area: EsgArea, severity: Severity, step: OverdueCapStep, deadline: string, daysOverdue: number }> }, scoreTrend: Array<{ month: string, suppliers: number, mean: number | null, median: number | null }>, topMovers: Array<{ supplierId: string, supplierName: string, scoreBefore: number, gradeBefore: Grade, scoreNow: number, gradeNow: Grade, change: number }> } };

export type DeclarationFormListsQueryVariables = Exact<{ [key: string]: never; }>;


export type DeclarationFormListsQuery = { regulatoryLists: Array<{ code: string, name: string, appliesByDefault: boolean, currentVersion: { label: string } | null, exemptions: Array<{ code: string, text: string, expired: boolean }>, applicability: Array<{ applies: boolean, category: { id: string } }> }> };

export type DeclarationFormCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type DeclarationFormCategoriesQuery = { materialCategories: Array<{ id: string, name: string }> };

export type DeclarationFormSuppliersQueryVariables = Exact<{ [key: string]: never; }>;


export type DeclarationFormSuppliersQuery = { suppliers: { edges: Array<{ node: { id: string, name: string } }> } };

export type CreateMaterialDeclarationMutationVariables = Exact<{
  input: MaterialDeclarationInput;
}>;


export type CreateMaterialDeclarationMutation = { createMaterialDeclaration: { id: string } };

export type UpdateMaterialDeclarationMutationVariables = Exact<{
  id: string | number;
  input: DeclarationContentInput;
  expectedVersion: number;
}>;


export type UpdateMaterialDeclarationMutation = { updateMaterialDeclaration: { id: string, version: number } };

export type MaterialDeclarationQueryVariables = Exact<{
  id: string | number;
}>;


export type MaterialDeclarationQuery = { materialDeclaration: { id: string, version: number, status: DeclarationStatus, declarationClass: DeclarationClass, partNumber: string, partName: string | null, declaredAt: string | null, validUntil: string, submittedAt: string | null, reviewedAt: string | null, rejectReason: string | null, supplier: { id: string, name: string }, category: { id: string, name: string }, statements: Array<{ list: string, listVersion: string | null, compliant: boolean, exemptions: Array<string> }>, materials: Array<{ name: string, massMg: number | null, exemptions: Array<string>, substances: Array<{ cas: string, name: string | null, ppm: number | null, massMg: number | null }> }>, compliance: { compliant: boolean, evaluatedAt: string, violations: Array<{ cas: string | null, substanceName: string | null, list: string, listVersion: string, measuredPercent: number | null, allowedPercent: number | null, material: string | null, message: string }>, unevaluated: Array<{ cas: string | null, list: string, listVersion: string, material: string | null, reason: string }>, targetSubstances: Array<{ cas: string, name: string, kind: TargetKind, material: string }> }, violations: Array<{ casNumber: string, listName: string, listVersion: string, material: string | null, measuredPpm: number, limitPpm: number }>, evidence: Array<{ title: string, url: string | null, documentId: string | null, sha256: string | null, document: { id: string, filename: string, size: number, downloadUrl: string } | null }> } };

export type SubmitMaterialDeclarationMutationVariables = Exact<{
  id: string | number;
  expectedVersion?: number | null | undefined;
}>;


export type SubmitMaterialDeclarationMutation = { submitMaterialDeclaration: { id: string, status: DeclarationStatus } };

export type ReviewMaterialDeclarationMutationVariables = Exact<{
  id: string | number;
  accept: boolean;
  reason?: string | null | undefined;
}>;


export type ReviewMaterialDeclarationMutation = { reviewMaterialDeclaration: { id: string, status: DeclarationStatus } };

export type MaterialDeclarationsQueryVariables = Exact<{
  status?: DeclarationStatus | null | undefined;
  after?: string | null | undefined;
}>;


export type MaterialDeclarationsQuery = { materialDeclarations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: DeclarationStatus, partNumber: string, partName: string | null, validUntil: string, supplier: { id: string, name: string }, category: { id: string, name: string }, compliance: { compliant: boolean, violations: Array<{ message: string }> } } }> } };

export type DeclarationCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type DeclarationCategoriesQuery = { materialCategories: Array<{ id: string, code: string, name: string }> };

export type ImportIpc1752aMutationVariables = Exact<{
  supplierId: string | number;
  categoryId: string | number;
  documentId: string | number;
}>;


export type ImportIpc1752aMutation = { importIpc1752a: { id: string } };

export type DocumentsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  supplierId?: string | number | null | undefined;
}>;


export type DocumentsQuery = { documents: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, filename: string, title: string | null, contentType: string, size: number, uploadedAt: string, downloadUrl: string, removable: boolean, uploadedBy: { id: string, name: string }, attachments: Array<{ kind: AttachmentKind, subjectId: string, supplierId: string, attachedAt: string }> } }> } };

export type FindingAuditQueryVariables = Exact<{
  id: string | number;
}>;


export type FindingAuditQuery = { finding: { id: string, audit: { id: string, supplier: { name: string } } } | null };

export type RemoveDocumentMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveDocumentMutation = { removeDocument: boolean };

export type UpdateRiskEntryMutationVariables = Exact<{
  id: string | number;
  input: UpdateRiskEntryInput;
  expectedVersion: number;
}>;


export type UpdateRiskEntryMutation = { updateRiskEntry: { id: string, version: number } };

export type AssessRiskEntryMutationVariables = Exact<{
  id: string | number;
  input: RiskAnalysisInput;
}>;


export type AssessRiskEntryMutation = { assessRiskEntry: { id: string, priority: number, riskScore: number, riskLevel: RiskLevel } };

export type AddRiskControlMutationVariables = Exact<{
  entryId: string | number;
  input: RiskControlInput;
}>;


export type AddRiskControlMutation = { addRiskControl: { id: string } };

export type UpdateRiskControlMutationVariables = Exact<{
  id: string | number;
  input: UpdateRiskControlInput;
}>;


export type UpdateRiskControlMutation = { updateRiskControl: { id: string, status: ControlStatus } };

export type RiskRegisterQueryVariables = Exact<{
  stage?: ApplicationStage | null | undefined;
  categoryId?: string | number | null | undefined;
  due?: boolean | null | undefined;
  after?: string | null | undefined;
}>;


export type RiskRegisterQuery = { riskRegister: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, version: number, stage: ApplicationStage, location: string, likelihood: number, exposure: number, severity: number, riskScore: number, riskLevel: RiskLevel, priority: number, lastAssessedAt: string, reassessmentDue: boolean, reassessmentReasons: Array<string>, substance: { id: string, name: string, cas: string | null }, category: { id: string, code: string, name: string } | null, supplier: { id: string, name: string } | null, controls: Array<{ id: string, type: ControlType, description: string, owner: string, dueDate: string, status: ControlStatus, overdue: boolean }> } }> }, riskHeatMap: Array<{ likelihood: number, severity: number, riskScore: number, riskLevel: RiskLevel, count: number }>, riskRegisterCoverage: { categoriesTotal: number, categoriesAssessed: number, share: number } };

export type RiskRegisterOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type RiskRegisterOptionsQuery = { materialCategories: Array<{ id: string, code: string, name: string }>, suppliers: { edges: Array<{ node: { id: string, name: string } }> } };

export type RiskSubstanceByCasQueryVariables = Exact<{
  cas: string;
}>;


export type RiskSubstanceByCasQuery = { substance: { id: string, name: string } | null };

export type CreateRiskEntryMutationVariables = Exact<{
  input: CreateRiskEntryInput;
}>;


export type CreateRiskEntryMutation = { createRiskEntry: { id: string } };

export type SubstitutionLinesQueryVariables = Exact<{
  status: SubstitutionStatus;
  categoryId?: string | number | null | undefined;
  after?: string | null | undefined;
}>;


export type SubstitutionLinesQuery = { substitution: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { declarationId: string, status: SubstitutionStatus, partNumber: string, partName: string | null, material: string, cas: string, substanceName: string, targetKind: TargetKind, ppm: number | null, validUntil: string, expired: boolean, category: { id: string, code: string, name: string }, supplier: { id: string, name: string } } }> } };

export type SubstitutionCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type SubstitutionCategoriesQuery = { materialCategories: Array<{ id: string, name: string }> };

export type AuditTrailPageQueryVariables = Exact<{
  entityType: string;
  entityId: string | number;
  after?: string | null | undefined;
}>;


export type AuditTrailPageQuery = { auditTrail: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, action: string, at: string, role: Role | null, changes: unknown, actor: { id: string, name: string, email: string } | null } }> } };

export type NotificationsQueryVariables = Exact<{
  unreadOnly?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type NotificationsQuery = { notifications: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: string, category: NotificationCategory, title: string, body: string, link: string | null, createdAt: string, readAt: string | null } }> } };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids?: Array<string | number> | string | number | null | undefined;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: number };

export type NotificationPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationPreferencesQuery = { notificationPreferences: { emailMode: EmailMode, categories: Array<{ category: NotificationCategory, email: boolean }> } };

export type UpdateNotificationPreferencesMutationVariables = Exact<{
  input: NotificationPreferencesInput;
}>;


export type UpdateNotificationPreferencesMutation = { updateNotificationPreferences: { emailMode: EmailMode, categories: Array<{ category: NotificationCategory, email: boolean }> } };

export type AdjustmentRowFragment = { id: string, delta: number, reason: string, active: boolean, createdAt: string, expiresAt: string | null, revokedAt: string | null, revokeReason: string | null, category: { id: string, name: string } | null, createdBy: { name: string } };

export type AdjustPriorityMutationVariables = Exact<{
  input: PriorityAdjustmentInput;
}>;


export type AdjustPriorityMutation = { adjustPriority: { id: string } };

export type RevokePriorityAdjustmentMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RevokePriorityAdjustmentMutation = { revokePriorityAdjustment: { id: string } };

export type RankingCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type RankingCategoriesQuery = { materialCategories: Array<{ id: string, code: string, name: string }> };

export type RankingsQueryVariables = Exact<{
  filter?: RankingFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type RankingsQuery = { supplierRankings: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { rank: number, priorityScore: number, esgScore: number, grade: Grade, status: ProcurementStatus, supplier: { id: string, name: string, country: string, statusReasons: Array<string> }, adjustments: Array<{ id: string, delta: number }>, explanation: Array<{ label: string, points: number }>, targetSubstances: Array<{ substanceName: string, cas: string, kind: TargetKind, material: string, declarationId: string, partNumber: string, partName: string | null }> } }> } };

export type PurchasesQueryVariables = Exact<{
  categoryId?: string | number | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type PurchasesQuery = { purchases: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, period: string, quantityKg: number, reference: string | null, voidedAt: string | null, voidReason: string | null, supplier: { id: string, name: string } | null, category: { id: string, name: string } | null } }> } };

export type PurchaseCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type PurchaseCategoriesQuery = { materialCategories: Array<{ id: string, code: string, name: string }> };

export type ImportPurchasesMutationVariables = Exact<{
  documentId: string | number;
  dryRun: boolean;
}>;


export type ImportPurchasesMutation = { importPurchases: { rows: number, applied: boolean, inserted: number, skipped: number, errors: Array<{ row: number, column: string | null, message: string }> } };

export type VoidPurchaseMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type VoidPurchaseMutation = { voidPurchase: { id: string, voidedAt: string | null, voidReason: string | null } };

export type RecycledDashboardQueryVariables = Exact<{
  element: Element;
  year?: number | null | undefined;
}>;


export type RecycledDashboardQuery = { recycledContentShare: { element: Element, from: string, to: string, share: number | null, verifiedShare: number | null, declaredShare: number | null, preConsumerShare: number | null, postConsumerShare: number | null, coverage: number | null, purchasedKg: number, elementKg: number, recycledKg: number, countedRecycledKg: number, linesTotal: number, monthly: Array<{ month: string, share: number | null, coverage: number | null, elementKg: number }>, lines: Array<{ basis: Basis, purchasedKg: number, elementKg: number, recycledKg: number, countedRecycledKg: number, supplier: { id: string, name: string }, category: { id: string, name: string } }> }, recycledContentTargets: Array<{ current: number | null, gap: number | null, projection: number | null, onTrack: boolean | null, target: { id: string, source: TargetSource, share: number, dueDate: string, note: string | null } }> };

export type RecycledContentDeclarationsQueryVariables = Exact<{
  element?: Element | null | undefined;
  after?: string | null | undefined;
}>;


export type RecycledContentDeclarationsQuery = { recycledContentDeclarations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, element: Element, validFrom: string, validTo: string, elementFraction: number, recycledFraction: number, preConsumerFraction: number, postConsumerFraction: number, method: RecycledContentMethod, declaredAt: string, verified: boolean, verifiedAt: string | null, verificationNote: string | null, supplier: { id: string, name: string } | null, category: { id: string, name: string } | null, evidence: Array<{ title: string, url: string | null, documentId: string | null, document: { id: string, filename: string, size: number, downloadUrl: string } | null }> } }> } };

export type RecycledDeclarationCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type RecycledDeclarationCategoriesQuery = { materialCategories: Array<{ id: string, code: string, name: string }> };

export type DeclareRecycledContentMutationVariables = Exact<{
  input: DeclareRecycledContentInput;
}>;


export type DeclareRecycledContentMutation = { declareRecycledContent: { id: string } };

export type VerifyRecycledContentMutationVariables = Exact<{
  id: string | number;
  note?: string | null | undefined;
}>;


export type VerifyRecycledContentMutation = { verifyRecycledContent: { id: string, verified: boolean, verifiedAt: string | null, verificationNote: string | null } };

export type MySaqsQueryVariables = Exact<{
  id: string | number;
}>;


export type MySaqsQuery = { supplier: { id: string, selfAssessments: Array<{ id: string, reference: string, status: SelfAssessmentStatus, completion: number, createdAt: string, submittedAt: string | null, reviewedAt: string | null, returnReason: string | null, checklist: { id: string, name: string, version: number } }> } | null, checklists: Array<{ id: string, name: string, version: number }> };

export type StartSelfAssessmentMutationVariables = Exact<{
  supplierId: string | number;
  checklistId: string | number;
}>;


export type StartSelfAssessmentMutation = { startSelfAssessment: { id: string } };

export type SelfAssessmentQueryVariables = Exact<{
  id: string | number;
}>;


export type SelfAssessmentQuery = { selfAssessment: { id: string, reference: string, status: SelfAssessmentStatus, completion: number, version: number, returnReason: string | null, createdAt: string, submittedAt: string | null, reviewedAt: string | null, supplier: { id: string, name: string }, checklist: { id: string, name: string, version: number, items: Array<{ id: string, code: string, area: EsgArea, saqQuestion: string, guidance: string, answerType: AnswerType, evidenceRequired: boolean, zeroTolerance: boolean, order: number }> }, answers: Array<{ choice: YesNoChoice | null, scale: number | null, number: number | null, text: string | null, comment: string | null, item: { id: string }, evidence: Array<{ title: string, url: string | null, documentId: string | null, sha256: string | null, document: { id: string, filename: string, size: number, downloadUrl: string } | null }> }>, areaScores: Array<{ area: EsgArea, score: number }> } | null };

export type SaveAnswersMutationVariables = Exact<{
  id: string | number;
  v?: number | null | undefined;
  answers: Array<AnswerInput> | AnswerInput;
}>;


export type SaveAnswersMutation = { saveAnswers: { id: string, version: number, completion: number, status: SelfAssessmentStatus } };

export type SubmitSelfAssessmentMutationVariables = Exact<{
  id: string | number;
}>;


export type SubmitSelfAssessmentMutation = { submitSelfAssessment: { id: string, status: SelfAssessmentStatus, version: number } };

export type ReturnSelfAssessmentMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type ReturnSelfAssessmentMutation = { returnSelfAssessment: { id: string, status: SelfAssessmentStatus } };

export type ReviewSelfAssessmentMutationVariables = Exact<{
  id: string | number;
}>;


export type ReviewSelfAssessmentMutation = { reviewSelfAssessment: { id: string, status: SelfAssessmentStatus } };

export type SaqsToReviewQueryVariables = Exact<{ [key: string]: never; }>;


export type SaqsToReviewQuery = { suppliers: { edges: Array<{ node: { id: string, name: string, selfAssessments: Array<{ id: string, reference: string, status: SelfAssessmentStatus, createdAt: string, submittedAt: string | null, checklist: { name: string, version: number } }> } }> } };

export type GlobalSearchQueryVariables = Exact<{
  query: string;
  first?: number | null | undefined;
}>;


export type GlobalSearchQuery = { search: { query: string, moreSuppliers: boolean, moreAudits: boolean, moreFindings: boolean, suppliers: Array<{ supplierId: string, matchedOn: SupplierMatchField, matchedText: string, supplier: { id: string, name: string, country: string, archived: boolean } }>, audits: Array<{ id: string, status: AuditStatus, type: AuditType, plannedDate: string, completedAt: string | null, auditFirm: string | null, supplier: { id: string, name: string } }>, findings: Array<{ id: string, description: string, severity: Severity, status: FindingStatus, area: EsgArea, audit: { id: string, supplier: { id: string, name: string } } }> } };

export type CertificatesPanelFragment = { id: string, certificates: Array<{ id: string, kind: CertificateType, type: string, issuer: string, number: string | null, validFrom: string | null, validUntil: string, expired: boolean, expiresSoon: boolean, verified: boolean, verifiedAt: string | null, verificationNote: string | null, addedAt: string, verifiedBy: { name: string } | null, addedBy: { name: string }, document: { id: string, filename: string, size: number, downloadUrl: string } | null }> };

export type AddCertificateMutationVariables = Exact<{
  supplierId: string | number;
  input: CertificateInput;
}>;


export type AddCertificateMutation = { addCertificate: { id: string } };

export type VerifyCertificateMutationVariables = Exact<{
  id: string | number;
  note?: string | null | undefined;
}>;


export type VerifyCertificateMutation = { verifyCertificate: { id: string, verified: boolean } };

export type InvitationsQueryVariables = Exact<{
  supplierId: string | number;
}>;


export type InvitationsQuery = { invitations: Array<{ id: string, email: string, state: InvitationState, sentAt: string, expiresAt: string, acceptedAt: string | null, revokedAt: string | null, emailed: boolean, createdAt: string, createdBy: { id: string, name: string } | null }> };

export type InviteSupplierUserMutationVariables = Exact<{
  supplierId: string | number;
  email: string;
}>;


export type InviteSupplierUserMutation = { inviteSupplierUser: { id: string, email: string, expiresAt: string, link: string | null } };

export type ResendInvitationMutationVariables = Exact<{
  id: string | number;
}>;


export type ResendInvitationMutation = { resendInvitation: { id: string, email: string, expiresAt: string, link: string | null } };

export type RevokeInvitationMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeInvitationMutation = { revokeInvitation: { id: string, state: InvitationState } };

export type MyAuditsQueryVariables = Exact<{
  id: string | number;
}>;


export type MyAuditsQuery = { supplier: { id: string, audits: Array<{ id: string, status: AuditStatus, type: AuditType, plannedDate: string, completedAt: string | null, findings: Array<{ id: string, area: EsgArea, severity: Severity, riskLevel: RiskLevel, riskScore: number, status: FindingStatus, description: string, withdrawalReason: string | null, overdue: boolean, dueDate: string | null, capDueDate: string | null, correctiveAction: { id: string, status: CorrectiveActionStatus } | null }> }> } | null };

export type SupplierPriorityQueryVariables = Exact<{
  id: string | number;
  categoryId?: string | number | null | undefined;
}>;


export type SupplierPriorityQuery = { supplier: { id: string, priority: { categoryId: string | null, priorityScore: number, rank: number | null, status: ProcurementStatus, explanation: Array<{ label: string, points: number }>, terms: Array<{ label: string }>, adjustments: Array<{ id: string, delta: number, reason: string, createdAt: string, expiresAt: string | null, category: { name: string } | null, createdBy: { name: string } }> } | null } | null };

export type ProfileFormFragment = { id: string, name: string, legalName: string | null, registrationNumber: string | null, country: string, contactEmail: string, version: number, sites: Array<{ id: string, name: string, country: string, address: string | null, latitude: number | null, longitude: number | null }>, materialCategories: Array<{ id: string, code: string, name: string }>, declaredSustainability: { renewableElectricityShare: number, thirdPartyVerifiedMaterialShare: number, recycledContentShare: number, traceability: Traceability, sourcesFromProtectedArea: boolean } | null };

export type ProfileCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type ProfileCategoriesQuery = { materialCategories: Array<{ id: string, code: string, name: string }> };

export type UpdateSupplierMutationVariables = Exact<{
  id: string | number;
  v: number;
  input: UpdateSupplierInput;
}>;


export type UpdateSupplierMutation = { updateSupplier: { id: string, version: number, sites: Array<{ id: string, name: string, country: string, address: string | null, latitude: number | null, longitude: number | null }> } };

export type SupplierPageQueryVariables = Exact<{
  id: string | number;
  procurement: boolean;
  staff?: boolean | null | undefined;
}>;


export type SupplierPageQuery = { supplier: { id: string, name: string, legalName: string | null, registrationNumber: string | null, country: string, contactEmail: string, version: number, archived: boolean, archivedAt: string | null, blockedByAdmin: boolean, status: ProcurementStatus, statusReasons: Array<string>, nextAuditDue: string, sustainabilityVerified: boolean, sustainabilityVerifiedAt: string | null, sustainabilityVerifiedUntil: string | null, statusRules: Array<string>, adminBlock?: { at: string, byName: string | null, reason: string | null } | null, archiveChange?: { at: string, byName: string | null } | null, materialDeclarations: Array<{ id: string, partNumber: string, partName: string | null }>, supplyChainMaps: Array<{ category: { id: string, name: string } }>, materialCategories: Array<{ id: string, code: string, name: string }>, sites: Array<{ id: string, name: string, country: string, address: string | null, latitude: number | null, longitude: number | null }>, score: { overall: number, grade: Grade, gradeFromScore: Grade, expired: boolean, computedAt: string, gradeCaps: Array<{ rule: GradeCapRule, grade: Grade, count: number, areas: Array<EsgArea>, reason: string }>, areas: Array<{ area: EsgArea, score: number, source: string }>, explanation: Array<{ label: string, points: number }> } | null, scoreHistory: { totalCount: number, edges: Array<{ node: { id: string, overall: number, grade: Grade, computedAt: string, cause: string } }> }, selfAssessments: Array<{ id: string, reference: string, status: SelfAssessmentStatus, completion: number, createdAt: string, submittedAt: string | null, reviewedAt: string | null, checklist: { name: string, version: number } }>, audits: Array<{ id: string, status: AuditStatus, type: AuditType, plannedDate: string, completedAt: string | null, findings: Array<{ id: string, area: EsgArea, severity: Severity, riskLevel: RiskLevel, riskScore: number, status: FindingStatus, overdue: boolean, dueDate: string | null, repeat: boolean, correctiveAction: { id: string, status: CorrectiveActionStatus } | null }> }>, priorityAdjustments?: Array<{ id: string, delta: number, reason: string, active: boolean, createdAt: string, expiresAt: string | null, revokedAt: string | null, revokeReason: string | null, category: { id: string, name: string } | null, createdBy: { name: string } }>, declaredSustainability: { renewableElectricityShare: number, thirdPartyVerifiedMaterialShare: number, recycledContentShare: number, traceability: Traceability, sourcesFromProtectedArea: boolean } | null, sustainability: { renewableElectricityShare: number, thirdPartyVerifiedMaterialShare: number, recycledContentShare: number, traceability: Traceability, sourcesFromProtectedArea: boolean, basis: Array<{ attribute: string, basis: Basis }> }, verifiedSustainability: { renewableElectricityShare: number, thirdPartyVerifiedMaterialShare: number, recycledContentShare: number, traceability: Traceability, sourcesFromProtectedArea: boolean } | null, sustainabilityVerifications: Array<{ id: string, verifiedAt: string, validUntil: string, note: string | null, renewableElectricityShare: number, thirdPartyVerifiedMaterialShare: number, recycledContentShare: number, traceability: Traceability, sourcesFromProtectedArea: boolean, evidence: Array<{ title: string, url: string | null, documentId: string | null, sha256: string | null, document: { id: string, filename: string, size: number, downloadUrl: string } | null }>, verifiedBy: { name: string } }>, certificates: Array<{ id: string, kind: CertificateType, type: string, issuer: string, number: string | null, validFrom: string | null, validUntil: string, expired: boolean, expiresSoon: boolean, verified: boolean, verifiedAt: string | null, verificationNote: string | null, addedAt: string, verifiedBy: { name: string } | null, addedBy: { name: string }, document: { id: string, filename: string, size: number, downloadUrl: string } | null }>, thirdPartyAssessments: Array<{ id: string, scheme: ThirdPartyScheme, schemeName: string, assessedAt: string, validUntil: string, expired: boolean, reference: string | null, assessor: string | null, importedAt: string, withdrawnAt: string | null, withdrawReason: string | null, importedBy: { name: string }, withdrawnBy: { name: string } | null, areaScores: Array<{ area: EsgArea, score: number, basis: string }>, reportDocument: { id: string, filename: string, size: number, downloadUrl: string } | null }> } | null };

export type BlockSupplierMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type BlockSupplierMutation = { blockSupplier: { id: string } };

export type UnblockSupplierMutationVariables = Exact<{
  id: string | number;
}>;


export type UnblockSupplierMutation = { unblockSupplier: { id: string } };

export type ArchiveSupplierMutationVariables = Exact<{
  id: string | number;
}>;


export type ArchiveSupplierMutation = { archiveSupplier: { id: string } };

export type SuppliersQueryVariables = Exact<{
  filter?: SupplierFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SuppliersQuery = { suppliers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, country: string, status: ProcurementStatus, nextAuditDue: string, archived: boolean, score: { grade: Grade, overall: number } | null } }> } };

export type SustainabilityPanelFragment = { id: string, sustainabilityVerified: boolean, sustainabilityVerifiedAt: string | null, sustainabilityVerifiedUntil: string | null, sustainability: { renewableElectricityShare: number, thirdPartyVerifiedMaterialShare: number, recycledContentShare: number, traceability: Traceability, sourcesFromProtectedArea: boolean, basis: Array<{ attribute: string, basis: Basis }> }, declaredSustainability: { renewableElectricityShare: number, thirdPartyVerifiedMaterialShare: number, recycledContentShare: number, traceability: Traceability, sourcesFromProtectedArea: boolean } | null, verifiedSustainability: { renewableElectricityShare: number, thirdPartyVerifiedMaterialShare: number, recycledContentShare: number, traceability: Traceability, sourcesFromProtectedArea: boolean } | null, sustainabilityVerifications: Array<{ id: string, verifiedAt: string, validUntil: string, note: string | null, renewableElectricityShare: number, thirdPartyVerifiedMaterialShare: number, recycledContentShare: number, traceability: Traceability, sourcesFromProtectedArea: boolean, evidence: Array<{ title: string, url: string | null, documentId: string | null, sha256: string | null, document: { id: string, filename: string, size: number, downloadUrl: string } | null }>, verifiedBy: { name: string } }> };

export type VerifySustainabilityMutationVariables = Exact<{
  id: string | number;
  input: SustainabilityInput;
  evidence: Array<EvidenceInput> | EvidenceInput;
  note?: string | null | undefined;
}>;


export type VerifySustainabilityMutation = { verifySustainability: { id: string, status: ProcurementStatus } };

export type ThirdPartyPanelFragment = { id: string, thirdPartyAssessments: Array<{ id: string, scheme: ThirdPartyScheme, schemeName: string, assessedAt: string, validUntil: string, expired: boolean, reference: string | null, assessor: string | null, importedAt: string, withdrawnAt: string | null, withdrawReason: string | null, importedBy: { name: string }, withdrawnBy: { name: string } | null, areaScores: Array<{ area: EsgArea, score: number, basis: string }>, reportDocument: { id: string, filename: string, size: number, downloadUrl: string } | null }> };

export type ImportThirdPartyAssessmentMutationVariables = Exact<{
  supplierId: string | number;
  input: ThirdPartyAssessmentInput;
}>;


export type ImportThirdPartyAssessmentMutation = { importThirdPartyAssessment: { id: string } };

export type WithdrawThirdPartyAssessmentMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type WithdrawThirdPartyAssessmentMutation = { withdrawThirdPartyAssessment: { id: string, withdrawnAt: string | null } };

export type ProtectedAreaListsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProtectedAreaListsQuery = { protectedAreaLists: Array<{ id: string, name: string, versions: Array<{ id: string, version: number, format: ProtectedAreaFileFormat, areaCount: number, sourceFilename: string, importedAt: string }> }> };

export type ProtectedAreasPageQueryVariables = Exact<{
  state?: ProtectedAreaFlagState | null | undefined;
  after?: string | null | undefined;
}>;


export type ProtectedAreasPageQuery = { protectedAreaFlags: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, state: ProtectedAreaFlagState, target: ProtectedAreaFlagTarget, targetName: string, distanceKm: number, latitude: number, longitude: number, flaggedAt: string, clearedAt: string | null, clearanceNote: string | null, clearedBy: { name: string } | null, evidence: Array<{ title: string, url: string | null, documentId: string | null, document: { id: string, filename: string, size: number, downloadUrl: string } | null }>, area: { name: string, designation: string | null, shape: ProtectedAreaShape }, list: { name: string }, supplier: { id: string, name: string } } }> } };

export type ImportProtectedAreasMutationVariables = Exact<{
  listName: string;
  documentId: string | number;
  dryRun: boolean;
}>;


export type ImportProtectedAreasMutation = { importProtectedAreas: { rows: number, applied: boolean, inserted: number, errors: Array<{ row: number, column: string | null, message: string }> } };

export type ClearProtectedAreaFlagMutationVariables = Exact<{
  id: string | number;
  note: string;
  evidence: Array<EvidenceInput> | EvidenceInput;
}>;


export type ClearProtectedAreaFlagMutation = { clearProtectedAreaFlag: { id: string, state: ProtectedAreaFlagState } };

export type ScreeningListsQueryVariables = Exact<{ [key: string]: never; }>;


export type ScreeningListsQuery = { screeningLists: Array<{ kind: ScreeningListKind, currentVersion: { id: string, number: number } | null, versions: Array<{ id: string, number: number, entryCount: number, importedAt: string, sourceFilename: string, importedBy: { name: string } | null }> }> };

export type ScreeningHitsPageQueryVariables = Exact<{
  state?: ScreeningHitState | null | undefined;
  after?: string | null | undefined;
}>;


export type ScreeningHitsPageQuery = { screeningHits: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, state: ScreeningHitState, kind: ScreeningListKind, field: ScreeningHitField, matchedValue: string, nodeName: string, explanation: string, foundAt: string, node: { id: string, mapId: string, categoryId: string } | null, supplier: { id: string, name: string } | null, listVersion: { number: number }, rebuttals: Array<{ id: string, state: ScreeningRebuttalState, reason: string, expiresAt: string, recordedAt: string, decidedAt: string | null, decisionNote: string | null, recordedBy: { id: string, name: string } | null, decidedBy: { name: string } | null, evidence: Array<{ title: string, url: string | null, documentId: string | null, document: { id: string, filename: string, size: number, downloadUrl: string } | null }> }> } }> } };

export type ImportScreeningListMutationVariables = Exact<{
  kind: ScreeningListKind;
  documentId: string | number;
  dryRun: boolean;
}>;


export type ImportScreeningListMutation = { importScreeningList: { hitsFound: number, hitsKept: number, hitsCleared: number, version: { number: number } | null, report: { rows: number, applied: boolean, errors: Array<{ row: number, column: string | null, message: string }> } } };

export type RecordScreeningRebuttalMutationVariables = Exact<{
  input: ScreeningRebuttalInput;
}>;


export type RecordScreeningRebuttalMutation = { recordScreeningRebuttal: { id: string, state: ScreeningRebuttalState } };

export type ApproveScreeningRebuttalMutationVariables = Exact<{
  id: string | number;
  note?: string | null | undefined;
}>;


export type ApproveScreeningRebuttalMutation = { approveScreeningRebuttal: { id: string, state: ScreeningRebuttalState } };

export type RejectScreeningRebuttalMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RejectScreeningRebuttalMutation = { rejectScreeningRebuttal: { id: string, state: ScreeningRebuttalState } };

export type SupplyChainCardTierSetsQueryVariables = Exact<{ [key: string]: never; }>;


export type SupplyChainCardTierSetsQuery = { supplyChainTierSets: Array<{ id: string, name: string, categories: Array<{ categoryId: string }> }> };

export type SupplyChainCardMapsQueryVariables = Exact<{
  supplierId: string | number;
}>;


export type SupplyChainCardMapsQuery = { supplier: { id: string, supplyChainMaps: Array<{ id: string, category: { id: string }, traceability: { level: Traceability, coverage: number } }> } | null };

export type SupplyChainMapPageQueryVariables = Exact<{
  supplierId: string | number;
  categoryId: string | number;
}>;


export type SupplyChainMapPageQuery = { supplier: { id: string, name: string, archived: boolean, materialCategories: Array<{ id: string, code: string, name: string }>, supplyChain: { id: string, version: number, updatedAt: string, coverage: number, category: { id: string, name: string }, traceability: { level: Traceability, declaredLevel: Traceability, basis: Basis, coverage: number, explanation: string, originTier: string, pathCount: number, originPathCount: number, verifiedPathCount: number }, tierSet: { id: string, name: string, tiers: Array<{ id: string, code: string, name: string, position: number }> }, nodes: Array<{ id: string, name: string, isRoot: boolean, tierId: string, country: string, region: string | null, address: string | null, latitude: number | null, longitude: number | null, tier: { id: string, name: string, position: number } }>, links: Array<{ id: string, upstreamNodeId: string, downstreamNodeId: string, custody: CustodyModel, state: SupplyChainLinkState, verifiedAt: string | null, verificationNote: string | null, verifiedBy: { name: string } | null, evidence: Array<{ documentId: string, kind: LinkEvidenceKind, reference: string | null, sha256: string, document: { id: string, filename: string, size: number, downloadUrl: string } | null }> }> } | null } | null };

export type SupplyChainMapHitsQueryVariables = Exact<{
  supplierId: string | number;
}>;


export type SupplyChainMapHitsQuery = { screeningHits: { edges: Array<{ node: { id: string, state: ScreeningHitState, kind: ScreeningListKind, explanation: string, node: { id: string } | null } }> } };

export type SupplyChainMapFlagsQueryVariables = Exact<{
  supplierId: string | number;
}>;


export type SupplyChainMapFlagsQuery = { protectedAreaFlags: { edges: Array<{ node: { id: string, state: ProtectedAreaFlagState, nodeId: string | null, distanceKm: number, area: { name: string } } }> } };

export type CreateSupplyChainMapMutationVariables = Exact<{
  supplierId: string | number;
  categoryId: string | number;
}>;


export type CreateSupplyChainMapMutation = { createSupplyChainMap: { id: string, version: number } };

export type AddSupplyChainNodeMutationVariables = Exact<{
  mapId: string | number;
  expectedVersion: number;
  input: SupplyChainNodeInput;
}>;


export type AddSupplyChainNodeMutation = { addSupplyChainNode: { id: string, version: number } };

export type UpdateSupplyChainNodeMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  input: SupplyChainNodeInput;
}>;


export type UpdateSupplyChainNodeMutation = { updateSupplyChainNode: { id: string, version: number } };

export type RemoveSupplyChainNodeMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
}>;


export type RemoveSupplyChainNodeMutation = { removeSupplyChainNode: { id: string, version: number } };

export type AddSupplyChainLinkMutationVariables = Exact<{
  mapId: string | number;
  expectedVersion: number;
  input: SupplyChainLinkInput;
}>;


export type AddSupplyChainLinkMutation = { addSupplyChainLink: { id: string, version: number } };

export type UpdateSupplyChainLinkMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  input: SupplyChainLinkUpdateInput;
}>;


export type UpdateSupplyChainLinkMutation = { updateSupplyChainLink: { id: string, version: number } };

export type RemoveSupplyChainLinkMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
}>;


export type RemoveSupplyChainLinkMutation = { removeSupplyChainLink: { id: string, version: number } };

export type VerifySupplyChainLinkMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  evidence: Array<LinkEvidenceInput> | LinkEvidenceInput;
  note?: string | null | undefined;
}>;


export type VerifySupplyChainLinkMutation = { verifySupplyChainLink: { id: string, version: number } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ViewerFieldsFragmentDoc = new TypedDocumentString(`
    fragment ViewerFields on User {
  id
  email
  name
  role
  locale
  mustChangePassword
  supplier {
    id
    name
  }
}
    `, {"fragmentName":"ViewerFields"}) as unknown as TypedDocumentString<ViewerFieldsFragment, unknown>;
export const AdjustmentRowFragmentDoc = new TypedDocumentString(`
    fragment AdjustmentRow on PriorityAdjustment {
  id
  delta
  reason
  active
  createdAt
  expiresAt
  revokedAt
  revokeReason
  category {
    id
    name
  }
  createdBy {
    name
  }
}
    `, {"fragmentName":"AdjustmentRow"}) as unknown as TypedDocumentString<AdjustmentRowFragment, unknown>;
export const CertificatesPanelFragmentDoc = new TypedDocumentString(`
    fragment CertificatesPanel on Supplier {
  id
  certificates {
    id
    kind
    type
    issuer
    number
    validFrom
    validUntil
    expired
    expiresSoon
    verified
    verifiedAt
    verifiedBy {
      name
    }
    verificationNote
    addedAt
    addedBy {
      name
    }
    document {
      id
      filename
      size
      downloadUrl
    }
  }
}
    `, {"fragmentName":"CertificatesPanel"}) as unknown as TypedDocumentString<CertificatesPanelFragment, unknown>;
export const ProfileFormFragmentDoc = new TypedDocumentString(`
    fragment ProfileForm on Supplier {
  id
  name
  legalName
  registrationNumber
  country
  contactEmail
  version
  sites {
    id
    name
    country
    address
    latitude
    longitude
  }
  materialCategories {
    id
    code
    name
  }
  declaredSustainability {
    renewableElectricityShare
    thirdPartyVerifiedMaterialShare
    recycledContentShare
    traceability
    sourcesFromProtectedArea
  }
}
    `, {"fragmentName":"ProfileForm"}) as unknown as TypedDocumentString<ProfileFormFragment, unknown>;
export const SustainabilityPanelFragmentDoc = new TypedDocumentString(`
    fragment SustainabilityPanel on Supplier {
  id
  sustainability {
    renewableElectricityShare
    thirdPartyVerifiedMaterialShare
    recycledContentShare
    traceability
    sourcesFromProtectedArea
    basis {
      attribute
      basis
    }
  }
  declaredSustainability {
    renewableElectricityShare
    thirdPartyVerifiedMaterialShare
    recycledContentShare
    traceability
    sourcesFromProtectedArea
  }
  verifiedSustainability {
    renewableElectricityShare
    thirdPartyVerifiedMaterialShare
    recycledContentShare
    traceability
    sourcesFromProtectedArea
  }
  sustainabilityVerified
  sustainabilityVerifiedAt
  sustainabilityVerifiedUntil
  sustainabilityVerifications {
    id
    verifiedAt
    validUntil
    note
    renewableElectricityShare
    thirdPartyVerifiedMaterialShare
    recycledContentShare
    traceability
    sourcesFromProtectedArea
    evidence {
      title
      url
      documentId
      sha256
      document {
        id
        filename
        size
        downloadUrl
      }
    }
    verifiedBy {
      name
    }
  }
}
    `, {"fragmentName":"SustainabilityPanel"}) as unknown as TypedDocumentString<SustainabilityPanelFragment, unknown>;
export const ThirdPartyPanelFragmentDoc = new TypedDocumentString(`
    fragment ThirdPartyPanel on Supplier {
  id
  thirdPartyAssessments {
    id
    scheme
    schemeName
    assessedAt
    validUntil
    expired
    reference
    assessor
    importedAt
    importedBy {
      name
    }
    withdrawnAt
    withdrawReason
    withdrawnBy {
      name
    }
    areaScores {
      area
      score
      basis
    }
    reportDocument {
      id
      filename
      size
      downloadUrl
    }
  }
}
    `, {"fragmentName":"ThirdPartyPanel"}) as unknown as TypedDocumentString<ThirdPartyPanelFragment, unknown>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    ...ViewerFields
  }
}
    fragment ViewerFields on User {
  id
  email
  name
  role
  locale
  mustChangePassword
  supplier {
    id
    name
  }
}`) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
    user {
      ...ViewerFields
    }
  }
}
    fragment ViewerFields on User {
  id
  email
  name
  role
  locale
  mustChangePassword
  supplier {
    id
    name
  }
}`) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const AcceptInvitationDocument = new TypedDocumentString(`
    mutation AcceptInvitation($token: String!, $name: String!, $password: String!) {
  acceptInvitation(token: $token, name: $name, password: $password) {
    token
    user {
      ...ViewerFields
    }
  }
}
    fragment ViewerFields on User {
  id
  email
  name
  role
  locale
  mustChangePassword
  supplier {
    id
    name
  }
}`) as unknown as TypedDocumentString<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const SetLocaleDocument = new TypedDocumentString(`
    mutation SetLocale($locale: String!) {
  setLocale(locale: $locale) {
    ...ViewerFields
  }
}
    fragment ViewerFields on User {
  id
  email
  name
  role
  locale
  mustChangePassword
  supplier {
    id
    name
  }
}`) as unknown as TypedDocumentString<SetLocaleMutation, SetLocaleMutationVariables>;
export const UnreadNotificationCountDocument = new TypedDocumentString(`
    query UnreadNotificationCount {
  unreadNotificationCount
}
    `) as unknown as TypedDocumentString<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const OpenActionsDocument = new TypedDocumentString(`
    query OpenActions {
  openActions {
    kind
    title
    dueDate
    overdue
    link
  }
}
    `) as unknown as TypedDocumentString<OpenActionsQuery, OpenActionsQueryVariables>;
export const RemoveUploadDocument = new TypedDocumentString(`
    mutation RemoveUpload($id: ID!) {
  removeDocument(id: $id)
}
    `) as unknown as TypedDocumentString<RemoveUploadMutation, RemoveUploadMutationVariables>;
export const SupplierOverviewDocument = new TypedDocumentString(`
    query SupplierOverview($id: ID!) {
  supplier(id: $id) {
    id
    name
    status
    statusReasons
    score {
      overall
      grade
    }
  }
}
    `) as unknown as TypedDocumentString<SupplierOverviewQuery, SupplierOverviewQueryVariables>;
export const AllAuditsDocument = new TypedDocumentString(`
    query AllAudits($filter: AuditFilter, $after: String) {
  audits(filter: $filter, first: 20, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        status
        type
        plannedDate
        completedAt
        supplier {
          id
          name
        }
        leadAuditor {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AllAuditsQuery, AllAuditsQueryVariables>;
export const AdminSupplierCategoriesDocument = new TypedDocumentString(`
    query AdminSupplierCategories {
  materialCategories {
    id
    code
    name
  }
}
    `) as unknown as TypedDocumentString<AdminSupplierCategoriesQuery, AdminSupplierCategoriesQueryVariables>;
export const CreateSupplierDocument = new TypedDocumentString(`
    mutation CreateSupplier($input: CreateSupplierInput!) {
  createSupplier(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<CreateSupplierMutation, CreateSupplierMutationVariables>;
export const ApiTokensDocument = new TypedDocumentString(`
    query ApiTokens {
  apiTokens {
    id
    name
    role
    createdAt
    createdBy {
      id
      name
    }
    expiresAt
    lastUsedAt
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<ApiTokensQuery, ApiTokensQueryVariables>;
export const CreateApiTokenDocument = new TypedDocumentString(`
    mutation CreateApiToken($name: String!, $role: Role!, $expiresAt: DateTime) {
  createApiToken(name: $name, role: $role, expiresAt: $expiresAt) {
    id
    secret
  }
}
    `) as unknown as TypedDocumentString<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = new TypedDocumentString(`
    mutation RevokeApiToken($id: ID!) {
  revokeApiToken(id: $id)
}
    `) as unknown as TypedDocumentString<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const CategoriesPageDocument = new TypedDocumentString(`
    query CategoriesPage {
  materialCategories {
    id
    code
    name
    version
    supplierCount
  }
  supplyChainTierSets {
    id
    name
    tiers {
      id
      name
      position
    }
    categories {
      categoryId
      topTierId
    }
  }
  regulatoryLists {
    code
    name
    applicability {
      applies
      category {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CategoriesPageQuery, CategoriesPageQueryVariables>;
export const CreateCategoryDocument = new TypedDocumentString(`
    mutation CreateCategory($input: CreateMaterialCategoryInput!) {
  createMaterialCategory(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateCategoryMutation, CreateCategoryMutationVariables>;
export const RenameCategoryDocument = new TypedDocumentString(`
    mutation RenameCategory($id: ID!, $expectedVersion: Int!, $input: UpdateMaterialCategoryInput!) {
  updateMaterialCategory(
    id: $id
    expectedVersion: $expectedVersion
    input: $input
  ) {
    id
    name
    version
  }
}
    `) as unknown as TypedDocumentString<RenameCategoryMutation, RenameCategoryMutationVariables>;
export const SetCategoryTiersDocument = new TypedDocumentString(`
    mutation SetCategoryTiers($categoryId: ID!, $topTierId: ID) {
  setCategoryTierSet(categoryId: $categoryId, topTierId: $topTierId) {
    categoryId
  }
}
    `) as unknown as TypedDocumentString<SetCategoryTiersMutation, SetCategoryTiersMutationVariables>;
export const SetCategoryListDocument = new TypedDocumentString(`
    mutation SetCategoryList($listCode: String!, $categoryId: ID!, $applies: Boolean!) {
  setListApplicability(
    listCode: $listCode
    categoryId: $categoryId
    applies: $applies
  ) {
    code
  }
}
    `) as unknown as TypedDocumentString<SetCategoryListMutation, SetCategoryListMutationVariables>;
export const ChecklistDocument = new TypedDocumentString(`
    query Checklist($id: ID!) {
  checklist(id: $id) {
    id
    familyId
    name
    englishName: name(locale: "en")
    nameTranslations {
      locale
      name
    }
    version
    status
    revision
    publishedAt
    retiredAt
    requiredLocales
    items {
      id
      code
      area
      question
      guidance
      textFallback
      answerType
      weight
      zeroTolerance
      evidenceRequired
      order
      texts {
        locale
        saqQuestion
        auditQuestion
        guidance
      }
    }
  }
  checklists {
    id
    familyId
    version
    status
  }
}
    `) as unknown as TypedDocumentString<ChecklistQuery, ChecklistQueryVariables>;
export const PublishChecklistDocument = new TypedDocumentString(`
    mutation PublishChecklist($id: ID!) {
  publishChecklist(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<PublishChecklistMutation, PublishChecklistMutationVariables>;
export const ReviseChecklistDocument = new TypedDocumentString(`
    mutation ReviseChecklist($id: ID!) {
  reviseChecklist(id: $id) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<ReviseChecklistMutation, ReviseChecklistMutationVariables>;
export const AddChecklistItemDocument = new TypedDocumentString(`
    mutation AddChecklistItem($id: ID!, $revision: Int!, $input: ChecklistItemInput!, $position: Int) {
  addChecklistItem(
    checklistId: $id
    expectedRevision: $revision
    input: $input
    position: $position
  ) {
    id
    revision
  }
}
    `) as unknown as TypedDocumentString<AddChecklistItemMutation, AddChecklistItemMutationVariables>;
export const UpdateChecklistItemDocument = new TypedDocumentString(`
    mutation UpdateChecklistItem($id: ID!, $revision: Int!, $input: ChecklistItemInput!) {
  updateChecklistItem(id: $id, expectedRevision: $revision, input: $input) {
    id
    revision
  }
}
    `) as unknown as TypedDocumentString<UpdateChecklistItemMutation, UpdateChecklistItemMutationVariables>;
export const RemoveChecklistItemDocument = new TypedDocumentString(`
    mutation RemoveChecklistItem($id: ID!, $revision: Int!) {
  removeChecklistItem(id: $id, expectedRevision: $revision) {
    id
    revision
  }
}
    `) as unknown as TypedDocumentString<RemoveChecklistItemMutation, RemoveChecklistItemMutationVariables>;
export const SetChecklistRequiredLocalesDocument = new TypedDocumentString(`
    mutation SetChecklistRequiredLocales($id: ID!, $revision: Int!, $locales: [String!]!) {
  setChecklistRequiredLocales(
    id: $id
    expectedRevision: $revision
    requiredLocales: $locales
  ) {
    id
    revision
    requiredLocales
  }
}
    `) as unknown as TypedDocumentString<SetChecklistRequiredLocalesMutation, SetChecklistRequiredLocalesMutationVariables>;
export const RenameChecklistDocument = new TypedDocumentString(`
    mutation RenameChecklist($id: ID!, $revision: Int!, $input: RenameChecklistInput!) {
  renameChecklist(id: $id, expectedRevision: $revision, input: $input) {
    id
    revision
  }
}
    `) as unknown as TypedDocumentString<RenameChecklistMutation, RenameChecklistMutationVariables>;
export const MoveChecklistItemDocument = new TypedDocumentString(`
    mutation MoveChecklistItem($id: ID!, $revision: Int!, $position: Int!) {
  moveChecklistItem(id: $id, expectedRevision: $revision, position: $position) {
    id
    revision
  }
}
    `) as unknown as TypedDocumentString<MoveChecklistItemMutation, MoveChecklistItemMutationVariables>;
export const ChecklistsDocument = new TypedDocumentString(`
    query Checklists {
  checklists {
    id
    familyId
    name
    version
    status
    publishedAt
    items {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ChecklistsQuery, ChecklistsQueryVariables>;
export const CreateChecklistDocument = new TypedDocumentString(`
    mutation CreateChecklist($input: CreateChecklistInput!) {
  createChecklist(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateChecklistMutation, CreateChecklistMutationVariables>;
export const ReviseChecklistFromListDocument = new TypedDocumentString(`
    mutation ReviseChecklistFromList($id: ID!) {
  reviseChecklist(id: $id) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<ReviseChecklistFromListMutation, ReviseChecklistFromListMutationVariables>;
export const ImportSuppliersDocument = new TypedDocumentString(`
    mutation ImportSuppliers($documentId: ID!, $dryRun: Boolean!) {
  importSuppliers(documentId: $documentId, dryRun: $dryRun) {
    rows
    applied
    inserted
    updated
    skipped
    errors {
      row
      column
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ImportSuppliersMutation, ImportSuppliersMutationVariables>;
export const ImportUsersDocument = new TypedDocumentString(`
    mutation ImportUsers($documentId: ID!, $dryRun: Boolean!) {
  importUsers(documentId: $documentId, dryRun: $dryRun) {
    report {
      rows
      applied
      inserted
      updated
      skipped
      errors {
        row
        column
        message
      }
    }
    passwords {
      email
      oneTimePassword
    }
  }
}
    `) as unknown as TypedDocumentString<ImportUsersMutation, ImportUsersMutationVariables>;
export const NotificationOutboxDocument = new TypedDocumentString(`
    query NotificationOutbox($status: DeliveryStatus, $first: Int, $after: String) {
  notificationOutbox(status: $status, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        status
        attempts
        lastError
        nextAttemptAt
        sentAt
        digestDay
        subject
        recipientEmail
        notification {
          id
          kind
          title
          createdAt
        }
        recipient {
          id
          name
          email
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NotificationOutboxQuery, NotificationOutboxQueryVariables>;
export const ResendNotificationDocument = new TypedDocumentString(`
    mutation ResendNotification($id: ID!) {
  resendNotification(id: $id) {
    id
    status
    attempts
    nextAttemptAt
    lastError
    sentAt
  }
}
    `) as unknown as TypedDocumentString<ResendNotificationMutation, ResendNotificationMutationVariables>;
export const UsersDocument = new TypedDocumentString(`
    query Users($after: String) {
  users(first: 20, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        email
        name
        role
        active
        supplier {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UsersQuery, UsersQueryVariables>;
export const SupplierOptionsDocument = new TypedDocumentString(`
    query SupplierOptions {
  suppliers(first: 100) {
    edges {
      node {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SupplierOptionsQuery, SupplierOptionsQueryVariables>;
export const CreateUserDocument = new TypedDocumentString(`
    mutation CreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateUserMutation, CreateUserMutationVariables>;
export const DeactivateUserDocument = new TypedDocumentString(`
    mutation DeactivateUser($id: ID!) {
  deactivateUser(id: $id) {
    id
    active
  }
}
    `) as unknown as TypedDocumentString<DeactivateUserMutation, DeactivateUserMutationVariables>;
export const ActivateUserDocument = new TypedDocumentString(`
    mutation ActivateUser($id: ID!) {
  activateUser(id: $id) {
    id
    active
  }
}
    `) as unknown as TypedDocumentString<ActivateUserMutation, ActivateUserMutationVariables>;
export const ChangeUserRoleDocument = new TypedDocumentString(`
    mutation ChangeUserRole($id: ID!, $role: Role!, $supplierId: ID) {
  changeUserRole(id: $id, role: $role, supplierId: $supplierId) {
    id
    role
    supplier {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ChangeUserRoleMutation, ChangeUserRoleMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($userId: ID!) {
  resetUserPassword(userId: $userId)
}
    `) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const WebhooksDocument = new TypedDocumentString(`
    query Webhooks {
  webhooks {
    id
    url
    description
    events
    createdAt
    disabledAt
  }
}
    `) as unknown as TypedDocumentString<WebhooksQuery, WebhooksQueryVariables>;
export const RegisterWebhookDocument = new TypedDocumentString(`
    mutation RegisterWebhook($input: RegisterWebhookInput!) {
  registerWebhook(input: $input) {
    secret
    webhook {
      id
      url
    }
  }
}
    `) as unknown as TypedDocumentString<RegisterWebhookMutation, RegisterWebhookMutationVariables>;
export const DisableWebhookDocument = new TypedDocumentString(`
    mutation DisableWebhook($id: ID!) {
  disableWebhook(id: $id) {
    id
    disabledAt
  }
}
    `) as unknown as TypedDocumentString<DisableWebhookMutation, DisableWebhookMutationVariables>;
export const WebhookDeliveriesDocument = new TypedDocumentString(`
    query WebhookDeliveries($webhookId: ID!, $status: WebhookDeliveryStatus, $first: Int, $after: String) {
  webhookDeliveries(
    webhookId: $webhookId
    status: $status
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        event
        eventKey
        status
        attempts
        lastStatusCode
        lastError
        nextAttemptAt
        sentAt
        createdAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>;
export const RedeliverWebhookDocument = new TypedDocumentString(`
    mutation RedeliverWebhook($id: ID!) {
  redeliverWebhook(id: $id) {
    id
    status
    attempts
    nextAttemptAt
  }
}
    `) as unknown as TypedDocumentString<RedeliverWebhookMutation, RedeliverWebhookMutationVariables>;
export const FilterSuppliersDocument = new TypedDocumentString(`
    query FilterSuppliers {
  suppliers(first: 100) {
    edges {
      node {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FilterSuppliersQuery, FilterSuppliersQueryVariables>;
export const StartAuditDocument = new TypedDocumentString(`
    mutation StartAudit($id: ID!) {
  startAudit(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<StartAuditMutation, StartAuditMutationVariables>;
export const CompleteAuditDocument = new TypedDocumentString(`
    mutation CompleteAudit($id: ID!) {
  completeAudit(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CompleteAuditMutation, CompleteAuditMutationVariables>;
export const WithdrawFindingDocument = new TypedDocumentString(`
    mutation WithdrawFinding($id: ID!, $reason: String!, $expectedVersion: Int) {
  withdrawFinding(id: $id, reason: $reason, expectedVersion: $expectedVersion) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<WithdrawFindingMutation, WithdrawFindingMutationVariables>;
export const CancelAuditDocument = new TypedDocumentString(`
    mutation CancelAudit($id: ID!, $reason: String!) {
  cancelAudit(id: $id, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CancelAuditMutation, CancelAuditMutationVariables>;
export const ProposeCorrectiveActionDocument = new TypedDocumentString(`
    mutation ProposeCorrectiveAction($findingId: ID!, $input: CorrectiveActionInput!) {
  proposeCorrectiveAction(findingId: $findingId, input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ProposeCorrectiveActionMutation, ProposeCorrectiveActionMutationVariables>;
export const MarkCorrectiveActionImplementedDocument = new TypedDocumentString(`
    mutation MarkCorrectiveActionImplemented($id: ID!, $evidence: [EvidenceInput!]!) {
  markCorrectiveActionImplemented(id: $id, evidence: $evidence) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<MarkCorrectiveActionImplementedMutation, MarkCorrectiveActionImplementedMutationVariables>;
export const ReviewCapDocument = new TypedDocumentString(`
    mutation ReviewCap($id: ID!, $accept: Boolean!, $comment: String) {
  reviewCorrectiveAction(id: $id, accept: $accept, comment: $comment) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ReviewCapMutation, ReviewCapMutationVariables>;
export const VerifyCapDocument = new TypedDocumentString(`
    mutation VerifyCap($id: ID!, $effective: Boolean!, $comment: String) {
  verifyCorrectiveAction(id: $id, effective: $effective, comment: $comment) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<VerifyCapMutation, VerifyCapMutationVariables>;
export const RecordFindingDocument = new TypedDocumentString(`
    mutation RecordFinding($auditId: ID!, $input: FindingInput!) {
  recordFinding(auditId: $auditId, input: $input) {
    id
    riskScore
    riskLevel
  }
}
    `) as unknown as TypedDocumentString<RecordFindingMutation, RecordFindingMutationVariables>;
export const EditFindingDocument = new TypedDocumentString(`
    mutation EditFinding($id: ID!, $input: FindingInput!, $expectedVersion: Int) {
  editFinding(id: $id, input: $input, expectedVersion: $expectedVersion) {
    id
    version
    riskScore
    riskLevel
  }
}
    `) as unknown as TypedDocumentString<EditFindingMutation, EditFindingMutationVariables>;
export const RecordItemResultsDocument = new TypedDocumentString(`
    mutation RecordItemResults($auditId: ID!, $results: [ItemResultInput!]!) {
  recordItemResults(auditId: $auditId, results: $results) {
    id
  }
}
    `) as unknown as TypedDocumentString<RecordItemResultsMutation, RecordItemResultsMutationVariables>;
export const ScheduleOptionsDocument = new TypedDocumentString(`
    query ScheduleOptions {
  suppliers(first: 100) {
    edges {
      node {
        id
        name
        sites {
          id
          name
        }
      }
    }
  }
  checklists(status: PUBLISHED) {
    id
    name
    version
  }
}
    `) as unknown as TypedDocumentString<ScheduleOptionsQuery, ScheduleOptionsQueryVariables>;
export const ScheduleAuditorsDocument = new TypedDocumentString(`
    query ScheduleAuditors {
  users(first: 100) {
    edges {
      node {
        id
        name
        role
        active
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ScheduleAuditorsQuery, ScheduleAuditorsQueryVariables>;
export const ScheduleAuditDocument = new TypedDocumentString(`
    mutation ScheduleAudit($input: ScheduleAuditInput!) {
  scheduleAudit(input: $input) {
    id
    plannedDate
    supplier {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ScheduleAuditMutation, ScheduleAuditMutationVariables>;
export const AuditDocument = new TypedDocumentString(`
    query Audit($id: ID!) {
  audit(id: $id) {
    id
    status
    type
    plannedDate
    startedAt
    completedAt
    cancelReason
    auditFirm
    supplier {
      id
      name
    }
    site {
      name
    }
    leadAuditor {
      id
      name
    }
    checklist {
      id
      name
      version
      items {
        id
        code
        area
        question
        guidance
        zeroTolerance
        order
      }
    }
    results {
      item {
        id
      }
      result
      note
    }
    findings {
      id
      area
      item {
        id
        code
      }
      severity
      likelihood
      impact
      riskScore
      riskLevel
      status
      version
      withdrawnAt
      withdrawalReason
      description
      capDueDate
      dueDate
      overdue
      repeat
      evidence {
        title
        url
        documentId
        sha256
        document {
          id
          filename
          size
          downloadUrl
        }
      }
      correctiveAction {
        id
        status
        rootCause
        actions
        owner
        targetDate
        implementationEvidence {
          title
          url
          documentId
          sha256
          document {
            id
            filename
            size
            downloadUrl
          }
        }
        history {
          toStatus
          comment
          at
          actor {
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuditQuery, AuditQueryVariables>;
export const AuditQueueDocument = new TypedDocumentString(`
    query AuditQueue($filter: AuditFilter) {
  audits(filter: $filter, first: 50) {
    totalCount
    edges {
      node {
        id
        status
        type
        plannedDate
        supplier {
          id
          name
        }
        leadAuditor {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuditQueueQuery, AuditQueueQueryVariables>;
export const CapsToReviewDocument = new TypedDocumentString(`
    query CapsToReview {
  findings(filter: {status: OPEN}, first: 100) {
    edges {
      node {
        id
        severity
        riskLevel
        audit {
          id
          leadAuditor {
            id
          }
          supplier {
            name
          }
        }
        correctiveAction {
          id
          status
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CapsToReviewQuery, CapsToReviewQueryVariables>;
export const QueueFindingsDocument = new TypedDocumentString(`
    query QueueFindings($filter: FindingFilter, $after: String) {
  findings(filter: $filter, first: 10, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        area
        severity
        riskScore
        riskLevel
        status
        overdue
        dueDate
        description
        audit {
          id
          completedAt
          supplier {
            id
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QueueFindingsQuery, QueueFindingsQueryVariables>;
export const AdminDashboardDocument = new TypedDocumentString(`
    query AdminDashboard {
  adminDashboard {
    asOf
    usersByRole {
      role
      active
      inactive
    }
    checklistsInUse {
      checklistId
      name
      version
      publishedAt
      selfAssessments
      audits
    }
    recentImports {
      id
      kind
      at
      actorName
      outcome
    }
    outbox {
      pending
      failed
      sent
      skipped
    }
    webhooks {
      pending
      failed
      sent
      failedLast7Days
      recentFailures {
        deliveryId
        webhookId
        url
        event
        attempts
        lastStatusCode
        lastError
        createdAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminDashboardQuery, AdminDashboardQueryVariables>;
export const AuditorDashboardDocument = new TypedDocumentString(`
    query AuditorDashboard {
  auditorDashboard {
    asOf
    reauditWindowDays
    auditsByMonth {
      month
      planned
      completed
    }
    reauditsDue {
      supplierId
      supplierName
      country
      grade
      status
      dueDate
      plannedAuditId
      plannedAuditDate
    }
    reauditsDueCount
    reauditsOverdue
    capBacklog {
      minDays
      maxDays
      awaitingSupplier
      awaitingAuditor
      total
    }
  }
}
    `) as unknown as TypedDocumentString<AuditorDashboardQuery, AuditorDashboardQueryVariables>;
export const ProcurementDashboardDocument = new TypedDocumentString(`
    query ProcurementDashboard {
  procurementDashboard {
    asOf
    supplierCount
    moverWindowDays
    suppliersByStatusAndGrade {
      status
      grade
      count
    }
    gradesByCategory {
      categoryId
      code
      name
      suppliers
      grades {
        grade
        count
      }
    }
    openFindings {
      area
      severity
      count
    }
    overdueCaps {
      total
      notProposed
      notImplemented
      oldest {
        findingId
        auditId
        supplierId
        supplierName
        area
        severity
        step
        deadline
        daysOverdue
      }
    }
    scoreTrend {
      month
      suppliers
      mean
      median
    }
    topMovers {
      supplierId
      supplierName
      scoreBefore
      gradeBefore
      scoreNow
      gradeNow
      change
    }
  }
}
    `) as unknown as TypedDocumentString<ProcurementDashboardQuery, ProcurementDashboardQueryVariables>;
export const DeclarationFormListsDocument = new TypedDocumentString(`
    query DeclarationFormLists {
  regulatoryLists {
    code
    name
    appliesByDefault
    currentVersion {
      label
    }
    exemptions {
      code
      text
      expired
    }
    applicability {
      applies
      category {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DeclarationFormListsQuery, DeclarationFormListsQueryVariables>;
export const DeclarationFormCategoriesDocument = new TypedDocumentString(`
    query DeclarationFormCategories {
  materialCategories {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<DeclarationFormCategoriesQuery, DeclarationFormCategoriesQueryVariables>;
export const DeclarationFormSuppliersDocument = new TypedDocumentString(`
    query DeclarationFormSuppliers {
  suppliers(first: 100) {
    edges {
      node {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DeclarationFormSuppliersQuery, DeclarationFormSuppliersQueryVariables>;
export const CreateMaterialDeclarationDocument = new TypedDocumentString(`
    mutation CreateMaterialDeclaration($input: MaterialDeclarationInput!) {
  createMaterialDeclaration(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateMaterialDeclarationMutation, CreateMaterialDeclarationMutationVariables>;
export const UpdateMaterialDeclarationDocument = new TypedDocumentString(`
    mutation UpdateMaterialDeclaration($id: ID!, $input: DeclarationContentInput!, $expectedVersion: Int!) {
  updateMaterialDeclaration(
    id: $id
    input: $input
    expectedVersion: $expectedVersion
  ) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<UpdateMaterialDeclarationMutation, UpdateMaterialDeclarationMutationVariables>;
export const MaterialDeclarationDocument = new TypedDocumentString(`
    query MaterialDeclaration($id: ID!) {
  materialDeclaration(id: $id) {
    id
    version
    status
    declarationClass
    partNumber
    partName
    declaredAt
    validUntil
    submittedAt
    reviewedAt
    rejectReason
    supplier {
      id
      name
    }
    category {
      id
      name
    }
    statements {
      list
      listVersion
      compliant
      exemptions
    }
    materials {
      name
      massMg
      exemptions
      substances {
        cas
        name
        ppm
        massMg
      }
    }
    compliance {
      compliant
      evaluatedAt
      violations {
        cas
        substanceName
        list
        listVersion
        measuredPercent
        allowedPercent
        material
        message
      }
      unevaluated {
        cas
        list
        listVersion
        material
        reason
      }
      targetSubstances {
        cas
        name
        kind
        material
      }
    }
    violations {
      casNumber
      listName
      listVersion
      material
      measuredPpm
      limitPpm
    }
    evidence {
      title
      url
      documentId
      sha256
      document {
        id
        filename
        size
        downloadUrl
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MaterialDeclarationQuery, MaterialDeclarationQueryVariables>;
export const SubmitMaterialDeclarationDocument = new TypedDocumentString(`
    mutation SubmitMaterialDeclaration($id: ID!, $expectedVersion: Int) {
  submitMaterialDeclaration(id: $id, expectedVersion: $expectedVersion) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<SubmitMaterialDeclarationMutation, SubmitMaterialDeclarationMutationVariables>;
export const ReviewMaterialDeclarationDocument = new TypedDocumentString(`
    mutation ReviewMaterialDeclaration($id: ID!, $accept: Boolean!, $reason: String) {
  reviewMaterialDeclaration(id: $id, accept: $accept, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ReviewMaterialDeclarationMutation, ReviewMaterialDeclarationMutationVariables>;
export const MaterialDeclarationsDocument = new TypedDocumentString(`
    query MaterialDeclarations($status: DeclarationStatus, $after: String) {
  materialDeclarations(status: $status, first: 20, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        status
        partNumber
        partName
        validUntil
        supplier {
          id
          name
        }
        category {
          id
          name
        }
        compliance {
          compliant
          violations {
            message
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MaterialDeclarationsQuery, MaterialDeclarationsQueryVariables>;
export const DeclarationCategoriesDocument = new TypedDocumentString(`
    query DeclarationCategories {
  materialCategories {
    id
    code
    name
  }
}
    `) as unknown as TypedDocumentString<DeclarationCategoriesQuery, DeclarationCategoriesQueryVariables>;
export const ImportIpc1752aDocument = new TypedDocumentString(`
    mutation ImportIpc1752a($supplierId: ID!, $categoryId: ID!, $documentId: ID!) {
  importIpc1752a(
    supplierId: $supplierId
    categoryId: $categoryId
    documentId: $documentId
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<ImportIpc1752aMutation, ImportIpc1752aMutationVariables>;
export const DocumentsDocument = new TypedDocumentString(`
    query Documents($first: Int, $after: String, $supplierId: ID) {
  documents(first: $first, after: $after, supplierId: $supplierId) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        filename
        title
        contentType
        size
        uploadedAt
        downloadUrl
        removable
        uploadedBy {
          id
          name
        }
        attachments {
          kind
          subjectId
          supplierId
          attachedAt
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DocumentsQuery, DocumentsQueryVariables>;
export const FindingAuditDocument = new TypedDocumentString(`
    query FindingAudit($id: ID!) {
  finding(id: $id) {
    id
    audit {
      id
      supplier {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FindingAuditQuery, FindingAuditQueryVariables>;
export const RemoveDocumentDocument = new TypedDocumentString(`
    mutation RemoveDocument($id: ID!) {
  removeDocument(id: $id)
}
    `) as unknown as TypedDocumentString<RemoveDocumentMutation, RemoveDocumentMutationVariables>;
export const UpdateRiskEntryDocument = new TypedDocumentString(`
    mutation UpdateRiskEntry($id: ID!, $input: UpdateRiskEntryInput!, $expectedVersion: Int!) {
  updateRiskEntry(id: $id, input: $input, expectedVersion: $expectedVersion) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<UpdateRiskEntryMutation, UpdateRiskEntryMutationVariables>;
export const AssessRiskEntryDocument = new TypedDocumentString(`
    mutation AssessRiskEntry($id: ID!, $input: RiskAnalysisInput!) {
  assessRiskEntry(id: $id, input: $input) {
    id
    priority
    riskScore
    riskLevel
  }
}
    `) as unknown as TypedDocumentString<AssessRiskEntryMutation, AssessRiskEntryMutationVariables>;
export const AddRiskControlDocument = new TypedDocumentString(`
    mutation AddRiskControl($entryId: ID!, $input: RiskControlInput!) {
  addRiskControl(entryId: $entryId, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddRiskControlMutation, AddRiskControlMutationVariables>;
export const UpdateRiskControlDocument = new TypedDocumentString(`
    mutation UpdateRiskControl($id: ID!, $input: UpdateRiskControlInput!) {
  updateRiskControl(id: $id, input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<UpdateRiskControlMutation, UpdateRiskControlMutationVariables>;
export const RiskRegisterDocument = new TypedDocumentString(`
    query RiskRegister($stage: ApplicationStage, $categoryId: ID, $due: Boolean, $after: String) {
  riskRegister(
    stage: $stage
    categoryId: $categoryId
    reassessmentDue: $due
    first: 20
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        version
        stage
        location
        likelihood
        exposure
        severity
        riskScore
        riskLevel
        priority
        lastAssessedAt
        reassessmentDue
        reassessmentReasons
        substance {
          id
          name
          cas
        }
        category {
          id
          code
          name
        }
        supplier {
          id
          name
        }
        controls {
          id
          type
          description
          owner
          dueDate
          status
          overdue
        }
      }
    }
  }
  riskHeatMap(stage: $stage, categoryId: $categoryId, reassessmentDue: $due) {
    likelihood
    severity
    riskScore
    riskLevel
    count
  }
  riskRegisterCoverage {
    categoriesTotal
    categoriesAssessed
    share
  }
}
    `) as unknown as TypedDocumentString<RiskRegisterQuery, RiskRegisterQueryVariables>;
export const RiskRegisterOptionsDocument = new TypedDocumentString(`
    query RiskRegisterOptions {
  materialCategories {
    id
    code
    name
  }
  suppliers(first: 100) {
    edges {
      node {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RiskRegisterOptionsQuery, RiskRegisterOptionsQueryVariables>;
export const RiskSubstanceByCasDocument = new TypedDocumentString(`
    query RiskSubstanceByCas($cas: String!) {
  substance(cas: $cas) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<RiskSubstanceByCasQuery, RiskSubstanceByCasQueryVariables>;
export const CreateRiskEntryDocument = new TypedDocumentString(`
    mutation CreateRiskEntry($input: CreateRiskEntryInput!) {
  createRiskEntry(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateRiskEntryMutation, CreateRiskEntryMutationVariables>;
export const SubstitutionLinesDocument = new TypedDocumentString(`
    query SubstitutionLines($status: SubstitutionStatus!, $categoryId: ID, $after: String) {
  substitution(
    status: $status
    categoryId: $categoryId
    first: 100
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        declarationId
        status
        partNumber
        partName
        material
        cas
        substanceName
        targetKind
        ppm
        validUntil
        expired
        category {
          id
          code
          name
        }
        supplier {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SubstitutionLinesQuery, SubstitutionLinesQueryVariables>;
export const SubstitutionCategoriesDocument = new TypedDocumentString(`
    query SubstitutionCategories {
  materialCategories {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<SubstitutionCategoriesQuery, SubstitutionCategoriesQueryVariables>;
export const AuditTrailPageDocument = new TypedDocumentString(`
    query AuditTrailPage($entityType: String!, $entityId: ID!, $after: String) {
  auditTrail(
    entityType: $entityType
    entityId: $entityId
    first: 20
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        action
        at
        role
        changes
        actor {
          id
          name
          email
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuditTrailPageQuery, AuditTrailPageQueryVariables>;
export const NotificationsDocument = new TypedDocumentString(`
    query Notifications($unreadOnly: Boolean, $first: Int, $after: String) {
  notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        kind
        category
        title
        body
        link
        createdAt
        readAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NotificationsQuery, NotificationsQueryVariables>;
export const MarkNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkNotificationsRead($ids: [ID!]) {
  markNotificationsRead(ids: $ids)
}
    `) as unknown as TypedDocumentString<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const NotificationPreferencesDocument = new TypedDocumentString(`
    query NotificationPreferences {
  notificationPreferences {
    emailMode
    categories {
      category
      email
    }
  }
}
    `) as unknown as TypedDocumentString<NotificationPreferencesQuery, NotificationPreferencesQueryVariables>;
export const UpdateNotificationPreferencesDocument = new TypedDocumentString(`
    mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {
  updateNotificationPreferences(input: $input) {
    emailMode
    categories {
      category
      email
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateNotificationPreferencesMutation, UpdateNotificationPreferencesMutationVariables>;
export const AdjustPriorityDocument = new TypedDocumentString(`
    mutation AdjustPriority($input: PriorityAdjustmentInput!) {
  adjustPriority(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdjustPriorityMutation, AdjustPriorityMutationVariables>;
export const RevokePriorityAdjustmentDocument = new TypedDocumentString(`
    mutation RevokePriorityAdjustment($id: ID!, $reason: String!) {
  revokePriorityAdjustment(id: $id, reason: $reason) {
    id
  }
}
    `) as unknown as TypedDocumentString<RevokePriorityAdjustmentMutation, RevokePriorityAdjustmentMutationVariables>;
export const RankingCategoriesDocument = new TypedDocumentString(`
    query RankingCategories {
  materialCategories {
    id
    code
    name
  }
}
    `) as unknown as TypedDocumentString<RankingCategoriesQuery, RankingCategoriesQueryVariables>;
export const RankingsDocument = new TypedDocumentString(`
    query Rankings($filter: RankingFilter, $first: Int, $after: String) {
  supplierRankings(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        rank
        priorityScore
        esgScore
        grade
        status
        supplier {
          id
          name
          country
          statusReasons
        }
        adjustments {
          id
          delta
        }
        explanation {
          label
          points
        }
        targetSubstances {
          substanceName
          cas
          kind
          material
          declarationId
          partNumber
          partName
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RankingsQuery, RankingsQueryVariables>;
export const PurchasesDocument = new TypedDocumentString(`
    query Purchases($categoryId: ID, $from: String, $to: String, $after: String) {
  purchases(
    categoryId: $categoryId
    from: $from
    to: $to
    first: 20
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        period
        quantityKg
        reference
        voidedAt
        voidReason
        supplier {
          id
          name
        }
        category {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PurchasesQuery, PurchasesQueryVariables>;
export const PurchaseCategoriesDocument = new TypedDocumentString(`
    query PurchaseCategories {
  materialCategories {
    id
    code
    name
  }
}
    `) as unknown as TypedDocumentString<PurchaseCategoriesQuery, PurchaseCategoriesQueryVariables>;
export const ImportPurchasesDocument = new TypedDocumentString(`
    mutation ImportPurchases($documentId: ID!, $dryRun: Boolean!) {
  importPurchases(documentId: $documentId, dryRun: $dryRun) {
    rows
    applied
    inserted
    skipped
    errors {
      row
      column
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ImportPurchasesMutation, ImportPurchasesMutationVariables>;
export const VoidPurchaseDocument = new TypedDocumentString(`
    mutation VoidPurchase($id: ID!, $reason: String!) {
  voidPurchase(id: $id, reason: $reason) {
    id
    voidedAt
    voidReason
  }
}
    `) as unknown as TypedDocumentString<VoidPurchaseMutation, VoidPurchaseMutationVariables>;
export const RecycledDashboardDocument = new TypedDocumentString(`
    query RecycledDashboard($element: Element!, $year: Int) {
  recycledContentShare(element: $element, year: $year) {
    element
    from
    to
    share
    verifiedShare
    declaredShare
    preConsumerShare
    postConsumerShare
    coverage
    purchasedKg
    elementKg
    recycledKg
    countedRecycledKg
    linesTotal
    monthly {
      month
      share
      coverage
      elementKg
    }
    lines {
      supplier {
        id
        name
      }
      category {
        id
        name
      }
      basis
      purchasedKg
      elementKg
      recycledKg
      countedRecycledKg
    }
  }
  recycledContentTargets(element: $element) {
    target {
      id
      source
      share
      dueDate
      note
    }
    current
    gap
    projection
    onTrack
  }
}
    `) as unknown as TypedDocumentString<RecycledDashboardQuery, RecycledDashboardQueryVariables>;
export const RecycledContentDeclarationsDocument = new TypedDocumentString(`
    query RecycledContentDeclarations($element: Element, $after: String) {
  recycledContentDeclarations(element: $element, first: 20, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        element
        validFrom
        validTo
        elementFraction
        recycledFraction
        preConsumerFraction
        postConsumerFraction
        method
        declaredAt
        verified
        verifiedAt
        verificationNote
        supplier {
          id
          name
        }
        category {
          id
          name
        }
        evidence {
          title
          url
          documentId
          document {
            id
            filename
            size
            downloadUrl
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RecycledContentDeclarationsQuery, RecycledContentDeclarationsQueryVariables>;
export const RecycledDeclarationCategoriesDocument = new TypedDocumentString(`
    query RecycledDeclarationCategories {
  materialCategories {
    id
    code
    name
  }
}
    `) as unknown as TypedDocumentString<RecycledDeclarationCategoriesQuery, RecycledDeclarationCategoriesQueryVariables>;
export const DeclareRecycledContentDocument = new TypedDocumentString(`
    mutation DeclareRecycledContent($input: DeclareRecycledContentInput!) {
  declareRecycledContent(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeclareRecycledContentMutation, DeclareRecycledContentMutationVariables>;
export const VerifyRecycledContentDocument = new TypedDocumentString(`
    mutation VerifyRecycledContent($id: ID!, $note: String) {
  verifyRecycledContent(id: $id, note: $note) {
    id
    verified
    verifiedAt
    verificationNote
  }
}
    `) as unknown as TypedDocumentString<VerifyRecycledContentMutation, VerifyRecycledContentMutationVariables>;
export const MySaqsDocument = new TypedDocumentString(`
    query MySaqs($id: ID!) {
  supplier(id: $id) {
    id
    selfAssessments {
      id
      reference
      status
      completion
      createdAt
      submittedAt
      reviewedAt
      returnReason
      checklist {
        id
        name
        version
      }
    }
  }
  checklists(status: PUBLISHED) {
    id
    name
    version
  }
}
    `) as unknown as TypedDocumentString<MySaqsQuery, MySaqsQueryVariables>;
export const StartSelfAssessmentDocument = new TypedDocumentString(`
    mutation StartSelfAssessment($supplierId: ID!, $checklistId: ID!) {
  startSelfAssessment(supplierId: $supplierId, checklistId: $checklistId) {
    id
  }
}
    `) as unknown as TypedDocumentString<StartSelfAssessmentMutation, StartSelfAssessmentMutationVariables>;
export const SelfAssessmentDocument = new TypedDocumentString(`
    query SelfAssessment($id: ID!) {
  selfAssessment(id: $id) {
    id
    reference
    status
    completion
    version
    returnReason
    createdAt
    submittedAt
    reviewedAt
    supplier {
      id
      name
    }
    checklist {
      id
      name
      version
      items {
        id
        code
        area
        saqQuestion
        guidance
        answerType
        evidenceRequired
        zeroTolerance
        order
      }
    }
    answers {
      item {
        id
      }
      choice
      scale
      number
      text
      comment
      evidence {
        title
        url
        documentId
        sha256
        document {
          id
          filename
          size
          downloadUrl
        }
      }
    }
    areaScores {
      area
      score
    }
  }
}
    `) as unknown as TypedDocumentString<SelfAssessmentQuery, SelfAssessmentQueryVariables>;
export const SaveAnswersDocument = new TypedDocumentString(`
    mutation SaveAnswers($id: ID!, $v: Int, $answers: [AnswerInput!]!) {
  saveAnswers(selfAssessmentId: $id, expectedVersion: $v, answers: $answers) {
    id
    version
    completion
    status
  }
}
    `) as unknown as TypedDocumentString<SaveAnswersMutation, SaveAnswersMutationVariables>;
export const SubmitSelfAssessmentDocument = new TypedDocumentString(`
    mutation SubmitSelfAssessment($id: ID!) {
  submitSelfAssessment(id: $id) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<SubmitSelfAssessmentMutation, SubmitSelfAssessmentMutationVariables>;
export const ReturnSelfAssessmentDocument = new TypedDocumentString(`
    mutation ReturnSelfAssessment($id: ID!, $reason: String!) {
  returnSelfAssessment(id: $id, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ReturnSelfAssessmentMutation, ReturnSelfAssessmentMutationVariables>;
export const ReviewSelfAssessmentDocument = new TypedDocumentString(`
    mutation ReviewSelfAssessment($id: ID!) {
  reviewSelfAssessment(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ReviewSelfAssessmentMutation, ReviewSelfAssessmentMutationVariables>;
export const SaqsToReviewDocument = new TypedDocumentString(`
    query SaqsToReview {
  suppliers(first: 100) {
    edges {
      node {
        id
        name
        selfAssessments {
          id
          reference
          status
          createdAt
          submittedAt
          checklist {
            name
            version
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SaqsToReviewQuery, SaqsToReviewQueryVariables>;
export const GlobalSearchDocument = new TypedDocumentString(`
    query GlobalSearch($query: String!, $first: Int) {
  search(query: $query, first: $first) {
    query
    suppliers {
      supplierId
      matchedOn
      matchedText
      supplier {
        id
        name
        country
        archived
      }
    }
    moreSuppliers
    audits {
      id
      status
      type
      plannedDate
      completedAt
      auditFirm
      supplier {
        id
        name
      }
    }
    moreAudits
    findings {
      id
      description
      severity
      status
      area
      audit {
        id
        supplier {
          id
          name
        }
      }
    }
    moreFindings
  }
}
    `) as unknown as TypedDocumentString<GlobalSearchQuery, GlobalSearchQueryVariables>;
export const AddCertificateDocument = new TypedDocumentString(`
    mutation AddCertificate($supplierId: ID!, $input: CertificateInput!) {
  addCertificate(supplierId: $supplierId, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddCertificateMutation, AddCertificateMutationVariables>;
export const VerifyCertificateDocument = new TypedDocumentString(`
    mutation VerifyCertificate($id: ID!, $note: String) {
  verifyCertificate(id: $id, note: $note) {
    id
    verified
  }
}
    `) as unknown as TypedDocumentString<VerifyCertificateMutation, VerifyCertificateMutationVariables>;
export const InvitationsDocument = new TypedDocumentString(`
    query Invitations($supplierId: ID!) {
  invitations(supplierId: $supplierId) {
    id
    email
    state
    sentAt
    expiresAt
    acceptedAt
    revokedAt
    emailed
    createdAt
    createdBy {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<InvitationsQuery, InvitationsQueryVariables>;
export const InviteSupplierUserDocument = new TypedDocumentString(`
    mutation InviteSupplierUser($supplierId: ID!, $email: String!) {
  inviteSupplierUser(supplierId: $supplierId, email: $email) {
    id
    email
    expiresAt
    link
  }
}
    `) as unknown as TypedDocumentString<InviteSupplierUserMutation, InviteSupplierUserMutationVariables>;
export const ResendInvitationDocument = new TypedDocumentString(`
    mutation ResendInvitation($id: ID!) {
  resendInvitation(id: $id) {
    id
    email
    expiresAt
    link
  }
}
    `) as unknown as TypedDocumentString<ResendInvitationMutation, ResendInvitationMutationVariables>;
export const RevokeInvitationDocument = new TypedDocumentString(`
    mutation RevokeInvitation($id: ID!) {
  revokeInvitation(id: $id) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<RevokeInvitationMutation, RevokeInvitationMutationVariables>;
export const MyAuditsDocument = new TypedDocumentString(`
    query MyAudits($id: ID!) {
  supplier(id: $id) {
    id
    audits {
      id
      status
      type
      plannedDate
      completedAt
      findings {
        id
        area
        severity
        riskLevel
        riskScore
        status
        description
        withdrawalReason
        overdue
        dueDate
        capDueDate
        correctiveAction {
          id
          status
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyAuditsQuery, MyAuditsQueryVariables>;
export const SupplierPriorityDocument = new TypedDocumentString(`
    query SupplierPriority($id: ID!, $categoryId: ID) {
  supplier(id: $id) {
    id
    priority(categoryId: $categoryId) {
      categoryId
      priorityScore
      rank
      status
      explanation {
        label
        points
      }
      terms: explanation(locale: "en") {
        label
      }
      adjustments {
        id
        delta
        reason
        createdAt
        expiresAt
        category {
          name
        }
        createdBy {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SupplierPriorityQuery, SupplierPriorityQueryVariables>;
export const ProfileCategoriesDocument = new TypedDocumentString(`
    query ProfileCategories {
  materialCategories {
    id
    code
    name
  }
}
    `) as unknown as TypedDocumentString<ProfileCategoriesQuery, ProfileCategoriesQueryVariables>;
export const UpdateSupplierDocument = new TypedDocumentString(`
    mutation UpdateSupplier($id: ID!, $v: Int!, $input: UpdateSupplierInput!) {
  updateSupplier(id: $id, expectedVersion: $v, input: $input) {
    id
    version
    sites {
      id
      name
      country
      address
      latitude
      longitude
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateSupplierMutation, UpdateSupplierMutationVariables>;
export const SupplierPageDocument = new TypedDocumentString(`
    query SupplierPage($id: ID!, $procurement: Boolean!, $staff: Boolean = false) {
  supplier(id: $id) {
    id
    name
    legalName
    registrationNumber
    country
    contactEmail
    version
    archived
    archivedAt
    blockedByAdmin
    adminBlock @include(if: $staff) {
      at
      byName
      reason
    }
    archiveChange @include(if: $staff) {
      at
      byName
    }
    status
    statusReasons
    statusRules: statusReasons(locale: "en")
    materialDeclarations {
      id
      partNumber
      partName
    }
    supplyChainMaps {
      category {
        id
        name
      }
    }
    nextAuditDue
    materialCategories {
      id
      code
      name
    }
    sites {
      id
      name
      country
      address
    }
    ...ProfileForm
    ...SustainabilityPanel
    ...CertificatesPanel
    ...ThirdPartyPanel
    score {
      overall
      grade
      gradeFromScore
      gradeCaps {
        rule
        grade
        count
        areas
        reason
      }
      expired
      computedAt
      areas {
        area
        score
        source
      }
      explanation {
        label
        points
      }
    }
    scoreHistory(first: 100) {
      totalCount
      edges {
        node {
          id
          overall
          grade
          computedAt
          cause
        }
      }
    }
    selfAssessments {
      id
      reference
      status
      completion
      createdAt
      submittedAt
      reviewedAt
      checklist {
        name
        version
      }
    }
    audits {
      id
      status
      type
      plannedDate
      completedAt
      findings {
        id
        area
        severity
        riskLevel
        riskScore
        status
        overdue
        dueDate
        repeat
        correctiveAction {
          id
          status
        }
      }
    }
    priorityAdjustments @include(if: $procurement) {
      ...AdjustmentRow
    }
  }
}
    fragment AdjustmentRow on PriorityAdjustment {
  id
  delta
  reason
  active
  createdAt
  expiresAt
  revokedAt
  revokeReason
  category {
    id
    name
  }
  createdBy {
    name
  }
}
fragment CertificatesPanel on Supplier {
  id
  certificates {
    id
    kind
    type
    issuer
    number
    validFrom
    validUntil
    expired
    expiresSoon
    verified
    verifiedAt
    verifiedBy {
      name
    }
    verificationNote
    addedAt
    addedBy {
      name
    }
    document {
      id
      filename
      size
      downloadUrl
    }
  }
}
fragment ProfileForm on Supplier {
  id
  name
  legalName
  registrationNumber
  country
  contactEmail
  version
  sites {
    id
    name
    country
    address
    latitude
    longitude
  }
  materialCategories {
    id
    code
    name
  }
  declaredSustainability {
    renewableElectricityShare
    thirdPartyVerifiedMaterialShare
    recycledContentShare
    traceability
    sourcesFromProtectedArea
  }
}
fragment SustainabilityPanel on Supplier {
  id
  sustainability {
    renewableElectricityShare
    thirdPartyVerifiedMaterialShare
    recycledContentShare
    traceability
    sourcesFromProtectedArea
    basis {
      attribute
      basis
    }
  }
  declaredSustainability {
    renewableElectricityShare
    thirdPartyVerifiedMaterialShare
    recycledContentShare
    traceability
    sourcesFromProtectedArea
  }
  verifiedSustainability {
    renewableElectricityShare
    thirdPartyVerifiedMaterialShare
    recycledContentShare
    traceability
    sourcesFromProtectedArea
  }
  sustainabilityVerified
  sustainabilityVerifiedAt
  sustainabilityVerifiedUntil
  sustainabilityVerifications {
    id
    verifiedAt
    validUntil
    note
    renewableElectricityShare
    thirdPartyVerifiedMaterialShare
    recycledContentShare
    traceability
    sourcesFromProtectedArea
    evidence {
      title
      url
      documentId
      sha256
      document {
        id
        filename
        size
        downloadUrl
      }
    }
    verifiedBy {
      name
    }
  }
}
fragment ThirdPartyPanel on Supplier {
  id
  thirdPartyAssessments {
    id
    scheme
    schemeName
    assessedAt
    validUntil
    expired
    reference
    assessor
    importedAt
    importedBy {
      name
    }
    withdrawnAt
    withdrawReason
    withdrawnBy {
      name
    }
    areaScores {
      area
      score
      basis
    }
    reportDocument {
      id
      filename
      size
      downloadUrl
    }
  }
}`) as unknown as TypedDocumentString<SupplierPageQuery, SupplierPageQueryVariables>;
export const BlockSupplierDocument = new TypedDocumentString(`
    mutation BlockSupplier($id: ID!, $reason: String!) {
  blockSupplier(id: $id, reason: $reason) {
    id
  }
}
    `) as unknown as TypedDocumentString<BlockSupplierMutation, BlockSupplierMutationVariables>;
export const UnblockSupplierDocument = new TypedDocumentString(`
    mutation UnblockSupplier($id: ID!) {
  unblockSupplier(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<UnblockSupplierMutation, UnblockSupplierMutationVariables>;
export const ArchiveSupplierDocument = new TypedDocumentString(`
    mutation ArchiveSupplier($id: ID!) {
  archiveSupplier(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ArchiveSupplierMutation, ArchiveSupplierMutationVariables>;
export const SuppliersDocument = new TypedDocumentString(`
    query Suppliers($filter: SupplierFilter, $first: Int, $after: String) {
  suppliers(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        name
        country
        status
        nextAuditDue
        archived
        score {
          grade
          overall
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SuppliersQuery, SuppliersQueryVariables>;
export const VerifySustainabilityDocument = new TypedDocumentString(`
    mutation VerifySustainability($id: ID!, $input: SustainabilityInput!, $evidence: [EvidenceInput!]!, $note: String) {
  verifySustainability(
    supplierId: $id
    input: $input
    evidence: $evidence
    note: $note
  ) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<VerifySustainabilityMutation, VerifySustainabilityMutationVariables>;
export const ImportThirdPartyAssessmentDocument = new TypedDocumentString(`
    mutation ImportThirdPartyAssessment($supplierId: ID!, $input: ThirdPartyAssessmentInput!) {
  importThirdPartyAssessment(supplierId: $supplierId, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ImportThirdPartyAssessmentMutation, ImportThirdPartyAssessmentMutationVariables>;
export const WithdrawThirdPartyAssessmentDocument = new TypedDocumentString(`
    mutation WithdrawThirdPartyAssessment($id: ID!, $reason: String!) {
  withdrawThirdPartyAssessment(id: $id, reason: $reason) {
    id
    withdrawnAt
  }
}
    `) as unknown as TypedDocumentString<WithdrawThirdPartyAssessmentMutation, WithdrawThirdPartyAssessmentMutationVariables>;
export const ProtectedAreaListsDocument = new TypedDocumentString(`
    query ProtectedAreaLists {
  protectedAreaLists {
    id
    name
    versions {
      id
      version
      format
      areaCount
      sourceFilename
      importedAt
    }
  }
}
    `) as unknown as TypedDocumentString<ProtectedAreaListsQuery, ProtectedAreaListsQueryVariables>;
export const ProtectedAreasPageDocument = new TypedDocumentString(`
    query ProtectedAreasPage($state: ProtectedAreaFlagState, $after: String) {
  protectedAreaFlags(state: $state, first: 20, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        state
        target
        targetName
        distanceKm
        latitude
        longitude
        flaggedAt
        clearedAt
        clearanceNote
        clearedBy {
          name
        }
        evidence {
          title
          url
          documentId
          document {
            id
            filename
            size
            downloadUrl
          }
        }
        area {
          name
          designation
          shape
        }
        list {
          name
        }
        supplier {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProtectedAreasPageQuery, ProtectedAreasPageQueryVariables>;
export const ImportProtectedAreasDocument = new TypedDocumentString(`
    mutation ImportProtectedAreas($listName: String!, $documentId: ID!, $dryRun: Boolean!) {
  importProtectedAreas(
    listName: $listName
    documentId: $documentId
    dryRun: $dryRun
  ) {
    rows
    applied
    inserted
    errors {
      row
      column
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ImportProtectedAreasMutation, ImportProtectedAreasMutationVariables>;
export const ClearProtectedAreaFlagDocument = new TypedDocumentString(`
    mutation ClearProtectedAreaFlag($id: ID!, $note: String!, $evidence: [EvidenceInput!]!) {
  clearProtectedAreaFlag(id: $id, note: $note, evidence: $evidence) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<ClearProtectedAreaFlagMutation, ClearProtectedAreaFlagMutationVariables>;
export const ScreeningListsDocument = new TypedDocumentString(`
    query ScreeningLists {
  screeningLists {
    kind
    currentVersion {
      id
      number
    }
    versions {
      id
      number
      entryCount
      importedAt
      sourceFilename
      importedBy {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ScreeningListsQuery, ScreeningListsQueryVariables>;
export const ScreeningHitsPageDocument = new TypedDocumentString(`
    query ScreeningHitsPage($state: ScreeningHitState, $after: String) {
  screeningHits(state: $state, first: 20, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        state
        kind
        field
        matchedValue
        nodeName
        explanation
        foundAt
        node {
          id
          mapId
          categoryId
        }
        supplier {
          id
          name
        }
        listVersion {
          number
        }
        rebuttals {
          id
          state
          reason
          expiresAt
          recordedAt
          recordedBy {
            id
            name
          }
          decidedAt
          decidedBy {
            name
          }
          decisionNote
          evidence {
            title
            url
            documentId
            document {
              id
              filename
              size
              downloadUrl
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ScreeningHitsPageQuery, ScreeningHitsPageQueryVariables>;
export const ImportScreeningListDocument = new TypedDocumentString(`
    mutation ImportScreeningList($kind: ScreeningListKind!, $documentId: ID!, $dryRun: Boolean!) {
  importScreeningList(kind: $kind, documentId: $documentId, dryRun: $dryRun) {
    hitsFound
    hitsKept
    hitsCleared
    version {
      number
    }
    report {
      rows
      applied
      errors {
        row
        column
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ImportScreeningListMutation, ImportScreeningListMutationVariables>;
export const RecordScreeningRebuttalDocument = new TypedDocumentString(`
    mutation RecordScreeningRebuttal($input: ScreeningRebuttalInput!) {
  recordScreeningRebuttal(input: $input) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<RecordScreeningRebuttalMutation, RecordScreeningRebuttalMutationVariables>;
export const ApproveScreeningRebuttalDocument = new TypedDocumentString(`
    mutation ApproveScreeningRebuttal($id: ID!, $note: String) {
  approveScreeningRebuttal(id: $id, note: $note) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<ApproveScreeningRebuttalMutation, ApproveScreeningRebuttalMutationVariables>;
export const RejectScreeningRebuttalDocument = new TypedDocumentString(`
    mutation RejectScreeningRebuttal($id: ID!, $reason: String!) {
  rejectScreeningRebuttal(id: $id, reason: $reason) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<RejectScreeningRebuttalMutation, RejectScreeningRebuttalMutationVariables>;
export const SupplyChainCardTierSetsDocument = new TypedDocumentString(`
    query SupplyChainCardTierSets {
  supplyChainTierSets {
    id
    name
    categories {
      categoryId
    }
  }
}
    `) as unknown as TypedDocumentString<SupplyChainCardTierSetsQuery, SupplyChainCardTierSetsQueryVariables>;
export const SupplyChainCardMapsDocument = new TypedDocumentString(`
    query SupplyChainCardMaps($supplierId: ID!) {
  supplier(id: $supplierId) {
    id
    supplyChainMaps {
      id
      category {
        id
      }
      traceability {
        level
        coverage
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SupplyChainCardMapsQuery, SupplyChainCardMapsQueryVariables>;
export const SupplyChainMapPageDocument = new TypedDocumentString(`
    query SupplyChainMapPage($supplierId: ID!, $categoryId: ID!) {
  supplier(id: $supplierId) {
    id
    name
    archived
    materialCategories {
      id
      code
      name
    }
    supplyChain(categoryId: $categoryId) {
      id
      version
      updatedAt
      coverage
      category {
        id
        name
      }
      traceability {
        level
        declaredLevel
        basis
        coverage
        explanation
        originTier
        pathCount
        originPathCount
        verifiedPathCount
      }
      tierSet {
        id
        name
        tiers {
          id
          code
          name
          position
        }
      }
      nodes {
        id
        name
        isRoot
        tierId
        tier {
          id
          name
          position
        }
        country
        region
        address
        latitude
        longitude
      }
      links {
        id
        upstreamNodeId
        downstreamNodeId
        custody
        state
        verifiedAt
        verifiedBy {
          name
        }
        verificationNote
        evidence {
          documentId
          kind
          reference
          sha256
          document {
            id
            filename
            size
            downloadUrl
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SupplyChainMapPageQuery, SupplyChainMapPageQueryVariables>;
export const SupplyChainMapHitsDocument = new TypedDocumentString(`
    query SupplyChainMapHits($supplierId: ID!) {
  screeningHits(supplierId: $supplierId, state: OPEN, first: 100) {
    edges {
      node {
        id
        state
        kind
        explanation
        node {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SupplyChainMapHitsQuery, SupplyChainMapHitsQueryVariables>;
export const SupplyChainMapFlagsDocument = new TypedDocumentString(`
    query SupplyChainMapFlags($supplierId: ID!) {
  protectedAreaFlags(supplierId: $supplierId, state: OPEN, first: 100) {
    edges {
      node {
        id
        state
        nodeId
        distanceKm
        area {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SupplyChainMapFlagsQuery, SupplyChainMapFlagsQueryVariables>;
export const CreateSupplyChainMapDocument = new TypedDocumentString(`
    mutation CreateSupplyChainMap($supplierId: ID!, $categoryId: ID!) {
  createSupplyChainMap(supplierId: $supplierId, categoryId: $categoryId) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<CreateSupplyChainMapMutation, CreateSupplyChainMapMutationVariables>;
export const AddSupplyChainNodeDocument = new TypedDocumentString(`
    mutation AddSupplyChainNode($mapId: ID!, $expectedVersion: Int!, $input: SupplyChainNodeInput!) {
  addSupplyChainNode(
    mapId: $mapId
    expectedVersion: $expectedVersion
    input: $input
  ) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<AddSupplyChainNodeMutation, AddSupplyChainNodeMutationVariables>;
export const UpdateSupplyChainNodeDocument = new TypedDocumentString(`
    mutation UpdateSupplyChainNode($id: ID!, $expectedVersion: Int!, $input: SupplyChainNodeInput!) {
  updateSupplyChainNode(id: $id, expectedVersion: $expectedVersion, input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<UpdateSupplyChainNodeMutation, UpdateSupplyChainNodeMutationVariables>;
export const RemoveSupplyChainNodeDocument = new TypedDocumentString(`
    mutation RemoveSupplyChainNode($id: ID!, $expectedVersion: Int!) {
  removeSupplyChainNode(id: $id, expectedVersion: $expectedVersion) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<RemoveSupplyChainNodeMutation, RemoveSupplyChainNodeMutationVariables>;
export const AddSupplyChainLinkDocument = new TypedDocumentString(`
    mutation AddSupplyChainLink($mapId: ID!, $expectedVersion: Int!, $input: SupplyChainLinkInput!) {
  addSupplyChainLink(
    mapId: $mapId
    expectedVersion: $expectedVersion
    input: $input
  ) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<AddSupplyChainLinkMutation, AddSupplyChainLinkMutationVariables>;
export const UpdateSupplyChainLinkDocument = new TypedDocumentString(`
    mutation UpdateSupplyChainLink($id: ID!, $expectedVersion: Int!, $input: SupplyChainLinkUpdateInput!) {
  updateSupplyChainLink(id: $id, expectedVersion: $expectedVersion, input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<UpdateSupplyChainLinkMutation, UpdateSupplyChainLinkMutationVariables>;
export const RemoveSupplyChainLinkDocument = new TypedDocumentString(`
    mutation RemoveSupplyChainLink($id: ID!, $expectedVersion: Int!) {
  removeSupplyChainLink(id: $id, expectedVersion: $expectedVersion) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<RemoveSupplyChainLinkMutation, RemoveSupplyChainLinkMutationVariables>;
export const VerifySupplyChainLinkDocument = new TypedDocumentString(`
    mutation VerifySupplyChainLink($id: ID!, $expectedVersion: Int!, $evidence: [LinkEvidenceInput!]!, $note: String) {
  verifySupplyChainLink(
    id: $id
    expectedVersion: $expectedVersion
    evidence: $evidence
    note: $note
  ) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<VerifySupplyChainLinkMutation, VerifySupplyChainLinkMutationVariables>;