import { ApolloArmor } from "@escape.tech/graphql-armor";
import { MAX_SEARCH_HITS } from "../modules/search/search.limits";
import {
  MAX_ALIASES_PER_ENTRY,
  MAX_REBUTTAL_EVIDENCE,
  MAX_REBUTTALS_PER_HIT_SHOWN,
  MAX_SCREENING_VERSIONS_SHOWN,
} from "../modules/screening/screening.limits";
import { MAX_ATTACHMENTS_SHOWN } from "../modules/document/document.limits";
import { MAX_FINDINGS_PER_AUDIT } from "../modules/audit/finding-limits";
import { MAX_CHECKLIST_ITEMS } from "../modules/checklist/checklist.inputs";
import { ESG_AREAS } from "../shared/domain/esg-area.enum";
import { LOCALES } from "../shared/i18n/locale";
import { MAX_EVIDENCE_ITEMS } from "../modules/evidence/evidence";
import { SUSTAINABILITY_ATTRIBUTES } from "../modules/scoring/effective-sustainability";
import { MAX_TARGET_SUBSTANCE_FLAGS } from "../modules/scoring/target-substance-flags";
import { MAX_EVIDENCE_PER_ANSWER } from "../modules/self-assessment/self-assessment.inputs";
import { MAX_OPEN_ACTIONS } from "../modules/notification/open-actions.service";
import { NOTIFICATION_CATEGORIES } from "../modules/notification/notification.enums";
import { MAX_CERTIFICATES_PER_SUPPLIER } from "../modules/supplier/certificate.limits";
import { MAX_THIRD_PARTY_ASSESSMENTS_PER_SUPPLIER } from "../modules/third-party/third-party.limits";
import { MAX_USER_IMPORT_ROWS } from "../modules/identity/user-import";
import { MAX_WEBHOOKS } from "../modules/webhook/webhook.limits";
import {
  MAX_AREA_LISTS,
  MAX_AREA_LIST_VERSIONS_SHOWN,
  MAX_CLEARANCE_EVIDENCE,
} from "../modules/protected-area/protected-area.limits";
import { WebhookEvent } from "../modules/webhook/webhook.enums";
import {
  MAX_LINK_EVIDENCE,
  MAX_LINKS_PER_MAP,
  MAX_MAPS_SHOWN,
  MAX_NODES_PER_MAP,
  MAX_TIER_SETS,
} from "../modules/supply-chain/supply-chain.limits";
import { API_TOKENS_LISTED, INVITATIONS_LISTED } from "../modules/identity/identity.limits";
import {
  MAX_CURRENT_TARGETS,
  MAX_DECLARATION_EVIDENCE,
  MAX_IMPORT_ERRORS,
  MAX_SHARE_LINES,
  MAX_SHARE_MONTHS,
} from "../modules/recycled-content/recycled-content.limits";
import {
  MAX_CATEGORIES,
  MAX_EXEMPTIONS_SHOWN,
  MAX_GROUPS_SHOWN,
  MAX_REPORTED_ERRORS,
  MAX_TARGETS,
  MAX_VERSIONS_SHOWN,
} from "../modules/substance/substance.limits";
import {
  MAX_COMPLIANCE_LINES,
  MAX_MATERIAL_DECLARATION_EVIDENCE,
  MAX_DECLARATIONS_PER_SUPPLIER_SHOWN,
  MAX_EXEMPTIONS_CLAIMED,
  MAX_MATERIALS,
  MAX_STATEMENTS,
  MAX_SUBSTANCES_PER_MATERIAL,
} from "../modules/declaration/declaration.limits";
import {
  MAX_ASSESSMENTS_SHOWN,
  MAX_CONTROLS_PER_ENTRY,
  MAX_REASSESSMENT_REASONS,
  RISK_HEAT_MAP_CELLS,
} from "../modules/risk-register/risk-register.limits";
import * as DASHBOARD from "../modules/dashboard/dashboard.limits";
import {
  MAX_VERIFICATION_EVIDENCE,
  VERIFICATION_HISTORY_LIMIT,
} from "../modules/supplier/sustainability.limits";

/**
 * Query limits, refused before execution without echoing the numbers.
 *
 * `maxCost` is the list-aware cost of `query-cost.ts`: every field costs 1, and a list
 * multiplies the cost of what is asked of each element by its size (`first` for connections,
 * the cap of `LIST_CAPS` for plain lists), through every level. The heaviest real client query,
 * the supplier page, costs 125 945 at its worst (test/query-limits.test.ts measures every query
 * of the web app and the tests); the audit page with every panel 90 024. The reported attack
 * (`audit { findings { audit { findings { ... } } } }`, depth 10) costs 3.2 billion; two levels
 * of findings under findings already 8 million.
 */
export const QUERY_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxTokens: 2000,
  maxDirectives: 20,
  maxCost: 500_000,
  /** Fields, spreads and fragments the cost calculation visits (fragments are expanded). */
  maxCostNodes: 10_000,
} as const;

/**
 * The most elements a plain (non-connection) list field returns, as the cost calculation
 * assumes. Bounded at write time where the portal controls the growth (findings, checklist
 * items, evidence, sites, categories); lists that grow with time (a supplier's audits,
 * self-assessments, adjustments, a plan's history) are given a generous estimate, and the
 * response-size guard (`response-size.ts`) stops anything past it.
 * Connections (`*Connection`) are not listed: their size is `first`.
 */
export const LIST_CAPS: Readonly<Record<string, number>> = {
  // Checklist versions: a few families, a revision a year or so; an estimate.
  "Query.checklists": 20,
  "Query.materialCategories": 200,
  "Audit.findings": MAX_FINDINGS_PER_AUDIT,
  // One result per checklist item.
  "Audit.results": MAX_CHECKLIST_ITEMS,
  "Checklist.items": MAX_CHECKLIST_ITEMS,
  // One per locale the portal speaks.
  "Checklist.requiredLocales": LOCALES.length,
  "Checklist.nameTranslations": LOCALES.length,
  "ChecklistItem.texts": LOCALES.length,
  "SelfAssessment.answers": MAX_CHECKLIST_ITEMS,
  "SelfAssessment.areaScores": ESG_AREAS.length,
  "SupplierScore.areas": ESG_AREAS.length,
  "ScoreSnapshot.areas": ESG_AREAS.length,
  "Answer.evidence": MAX_EVIDENCE_PER_ANSWER,
  "Finding.evidence": MAX_EVIDENCE_ITEMS,
  "CorrectiveAction.implementationEvidence": MAX_EVIDENCE_ITEMS,
  // Each step needs the other party (propose, review, implement, verify): an estimate.
  "CorrectiveAction.history": 50,
  // About two audits a year for 25 years; an estimate.
  "Supplier.audits": 50,
  // One open at a time, a new one a year or so.
  "Supplier.selfAssessments": 20,
  "Supplier.priorityAdjustments": 50,
  // UpdateSupplierInput: categoryIds at most 50, sites at most 100.
  "Supplier.materialCategories": 50,
  "Supplier.sites": 100,
  "Supplier.statusReasons": 20,
  // The resolver lists the newest VERIFICATION_HISTORY_LIMIT.
  "Supplier.sustainabilityVerifications": VERIFICATION_HISTORY_LIMIT,
  "SustainabilityVerification.evidence": MAX_VERIFICATION_EVIDENCE,
  // Bounded at write time (addCertificate refuses past it).
  "Supplier.certificates": MAX_CERTIFICATES_PER_SUPPLIER,
  // The resolver lists the first MAX_MAPS_SHOWN.
  "Supplier.supplyChainMaps": MAX_MAPS_SHOWN,
  // Bounded at write time (importThirdPartyAssessment refuses past it); one row per area.
  "Supplier.thirdPartyAssessments": MAX_THIRD_PARTY_ASSESSMENTS_PER_SUPPLIER,
  "ThirdPartyAssessment.areaScores": ESG_AREAS.length,
  "Sustainability.basis": SUSTAINABILITY_ATTRIBUTES.length,
  // The resolver lists the first MAX_ATTACHMENTS_SHOWN.
  "Document.attachments": MAX_ATTACHMENTS_SHOWN,
  "RankedSupplier.adjustments": 50,
  // Explanation lines: a few per ESG area, plus components and adjustments.
  "RankedSupplier.explanation": 100,
  // Cut there when the row is stored (ELIMINATE first).
  "RankedSupplier.targetSubstances": MAX_TARGET_SUBSTANCE_FLAGS,
  "SupplierScore.explanation": 100,
  // Two SPEC 7 caps at most; the areas without a source are some of the nine.
  "SupplierScore.gradeCaps": 2,
  "GradeCap.areas": ESG_AREAS.length,
  // The supplier page's priority: the ranking row's own lines and adjustments (as RankedSupplier).
  "SupplierPriority.explanation": 100,
  "SupplierPriority.adjustments": 50,
  "ScoreSnapshot.explanation": 100,
  // Hazardous substances: three lists are seeded, an admin adds few if any; an estimate.
  "Query.regulatoryLists": 20,
  // The resolvers cut these lists there (setSubstanceTarget refuses past MAX_TARGETS).
  "RegulatoryList.versions": MAX_VERSIONS_SHOWN,
  "RegulatoryList.exemptions": MAX_EXEMPTIONS_SHOWN,
  "RegulatoryList.applicability": MAX_CATEGORIES,
  "Substance.groups": MAX_GROUPS_SHOWN,
  "Query.substanceTargets": MAX_TARGETS,
  "ListImportReport.errors": MAX_REPORTED_ERRORS,
  // Recycled content: the resolvers cut these lists there.
  "ImportReport.errors": MAX_IMPORT_ERRORS,
  // One password per new user of the file, which holds at most MAX_USER_IMPORT_ROWS.
  "UserImportResult.passwords": MAX_USER_IMPORT_ROWS,
  "RecycledShare.monthly": MAX_SHARE_MONTHS,
  "RecycledShare.lines": MAX_SHARE_LINES,
  "Query.recycledContentTargets": MAX_CURRENT_TARGETS,
  // The top lines and one for the rest.
  "RecycledContentFigure.lines": MAX_SHARE_LINES + 1,
  "RecycledContentFigure.targets": MAX_CURRENT_TARGETS,
  // Webhooks: the resolver lists at most MAX_WEBHOOKS; each names some of three events.
  "Query.webhooks": MAX_WEBHOOKS,
  // Protected areas: the resolvers cut the lists there; clearProtectedAreaFlag caps evidence.
  "Query.protectedAreaLists": MAX_AREA_LISTS,
  "ProtectedAreaList.versions": MAX_AREA_LIST_VERSIONS_SHOWN,
  "ProtectedAreaFlag.evidence": MAX_CLEARANCE_EVIDENCE,
  // Supply-chain maps: bounded at write time; tier sets are seeded, a handful of tiers each.
  "SupplyChainMap.nodes": MAX_NODES_PER_MAP,
  "SupplyChainMap.links": MAX_LINKS_PER_MAP,
  "SupplyChainLink.evidence": MAX_LINK_EVIDENCE,
  "Query.supplyChainTierSets": MAX_TIER_SETS,
  "SupplyChainTierSet.tiers": 20,
  "SupplyChainTierSet.categories": 50,
  "Webhook.events": Object.keys(WebhookEvent).length,
  "RecycledContentDeclaration.evidence": MAX_DECLARATION_EVIDENCE,
  // Material declarations: bounded at write time (the inputs and the IPC-1752A reader).
  "MaterialDeclaration.statements": MAX_STATEMENTS,
  "MaterialDeclaration.materials": MAX_MATERIALS,
  "MaterialDeclaration.evidence": MAX_MATERIAL_DECLARATION_EVIDENCE,
  "ListStatement.exemptions": MAX_EXEMPTIONS_CLAIMED,
  "HomogeneousMaterial.substances": MAX_SUBSTANCES_PER_MATERIAL,
  "HomogeneousMaterial.exemptions": MAX_EXEMPTIONS_CLAIMED,
  // An estimate: a violation per restricted substance and material is rare past a few.
  "DeclarationCompliance.violations": MAX_COMPLIANCE_LINES,
  // The substance violations among those.
  "MaterialDeclaration.violations": MAX_COMPLIANCE_LINES,
  "DeclarationCompliance.unevaluated": MAX_COMPLIANCE_LINES,
  "DeclarationCompliance.targetSubstances": MAX_COMPLIANCE_LINES,
  // The resolver cuts the list there.
  "Supplier.materialDeclarations": MAX_DECLARATIONS_PER_SUPPLIER_SHOWN,
  // Risk register: addRiskControl refuses past the cap; the resolvers cut the others there.
  "RiskEntry.controls": MAX_CONTROLS_PER_ENTRY,
  "RiskEntry.assessments": MAX_ASSESSMENTS_SHOWN,
  "RiskEntry.reassessmentReasons": MAX_REASSESSMENT_REASONS,
  // Always the 5 x 5 cells.
  "Query.riskHeatMap": RISK_HEAT_MAP_CELLS,
  // The resolver cuts the list there.
  "Query.openActions": MAX_OPEN_ACTIONS,
  "NotificationPreferences.categories": NOTIFICATION_CATEGORIES.length,
  // The resolvers cut the lists there.
  "Query.invitations": INVITATIONS_LISTED,
  "Query.apiTokens": API_TOKENS_LISTED,
  // Screening: always the two lists; the resolvers cut the others there (aliases and
  // evidence are bounded at write time).
  "Query.screeningLists": 2,
  "ScreeningList.versions": MAX_SCREENING_VERSIONS_SHOWN,
  "ScreeningListEntry.aliases": MAX_ALIASES_PER_ENTRY,
  "ScreeningListEntry.matchKeys": MAX_ALIASES_PER_ENTRY + 1,
  "ScreeningHit.rebuttals": MAX_REBUTTALS_PER_HIT_SHOWN,
  "ScreeningRebuttal.evidence": MAX_REBUTTAL_EVIDENCE,
  // Search: each kind is cut at `first`, at most MAX_SEARCH_HITS.
  "SearchResults.suppliers": MAX_SEARCH_HITS,
  "SearchResults.audits": MAX_SEARCH_HITS,
  "SearchResults.findings": MAX_SEARCH_HITS,
  // Dashboards: fixed-size grids (statuses x grades, areas x severities, roles, months) and lists
  // the queries cut there.
  "ProcurementDashboard.suppliersByStatusAndGrade": 4 * DASHBOARD.GRADE_BUCKETS,
  "ProcurementDashboard.gradesByCategory": DASHBOARD.MAX_DASHBOARD_CATEGORIES,
  "CategoryGrades.grades": DASHBOARD.GRADE_BUCKETS,
  "ProcurementDashboard.openFindings": ESG_AREAS.length * 4,
  "OverdueCaps.oldest": DASHBOARD.MAX_OVERDUE_CAPS_LISTED,
  "ProcurementDashboard.scoreTrend": DASHBOARD.SCORE_TREND_MONTHS,
  "ProcurementDashboard.topMovers": DASHBOARD.MAX_MOVERS,
  "AuditorDashboard.auditsByMonth": DASHBOARD.AUDIT_MONTHS,
  "AuditorDashboard.reauditsDue": DASHBOARD.MAX_REAUDITS_LISTED,
  "AuditorDashboard.capBacklog": DASHBOARD.CAP_AGE_BUCKETS.length,
  "AdminDashboard.usersByRole": 4,
  "AdminDashboard.checklistsInUse": DASHBOARD.MAX_CHECKLISTS_LISTED,
  "AdminDashboard.recentImports": DASHBOARD.MAX_RECENT_IMPORTS,
  "WebhookHealth.recentFailures": DASHBOARD.MAX_WEBHOOK_FAILURES_LISTED,
};

/** A list field missing from LIST_CAPS (test/query-limits.test.ts fails on one). */
export const UNKNOWN_LIST_CAP = 100;

/**
 * Armor's depth, alias and directive limits, and graphql-js' token limit. Armor's own cost limit
 * is off: it counts each field once whatever the list sizes, so a depth-10 query over 40
 * findings passed it and took the heap to 4 GB; `queryCostPlugin` replaces it.
 */
export function queryProtection(options: { production: boolean }) {
  const armor = new ApolloArmor({
    // Depth counts fields: a fragment spread is not a level (else a client's shared fragments
    // are refused long before the data is deep), and the fragment's own fields still count.
    maxDepth: {
      n: QUERY_LIMITS.maxDepth,
      exposeLimits: false,
      ignoreIntrospection: true,
      flattenFragments: true,
    },
    maxAliases: { n: QUERY_LIMITS.maxAliases, exposeLimits: false },
    // Armor's token limit re-parses in a plugin hook, so every syntax error became an HTTP 500;
    // graphql-js' own parser limit (parseOptions below) fails the ordinary way, with a 400.
    maxTokens: { enabled: false },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives, exposeLimits: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: options.production },
  });
  return { ...armor.protect(), parseOptions: { maxTokens: QUERY_LIMITS.maxTokens } };
}
