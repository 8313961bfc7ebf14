/**
 * Sentences the server composes from data when it answers: the admin dashboard's recent
 * imports, a material declaration's compliance (violations, what could not be evaluated) and a
 * risk entry's reasons for re-assessment (src/shared/i18n/sentences.ts). Each text here is the
 * English the API has always answered; values are data (names, codes, numbers) and stay.
 */
export const sentences = {
  // What an import brought in (the audit-trail action's kind).
  "import.kind.suppliers.imported": "Suppliers",
  "import.kind.users.imported": "Users",
  "import.kind.purchases.imported": "Purchases",
  "import.kind.screeningList.imported": "Screening list",
  "import.kind.regulatoryListVersion.imported": "Regulatory substance list",
  "import.kind.protected_area_list.imported": "Protected areas",
  "import.kind.material_declaration.imported": "Material declaration (IPC-1752A)",
  "import.kind.third_party_assessment.imported": "Third-party assessment result",
  // Its outcome.
  "import.rows_one": "{{count}} row",
  "import.rows_other": "{{count}} rows",
  "import.inserted": "{{count}} new",
  "import.updated": "{{count}} updated",
  "import.skipped": "{{count}} skipped",
  "import.partSeparator": ", ",
  "import.rowsOutcome": "{{rows}}: {{parts}}",
  "import.entries_one": "{{count}} entry",
  "import.entries_other": "{{count}} entries",
  "import.matches_one": "{{count}} match",
  "import.matches_other": "{{count}} matches",
  "import.screeningList": "Version {{number}}, {{entries}}: {{matches}} found, {{cleared}} cleared",
  "import.newSubstances_one": "{{count}} new substance",
  "import.newSubstances_other": "{{count}} new substances",
  "import.regulatoryList": "{{list}} {{label}}: {{entries}}, {{substances}}",
  "import.areas_one": "{{count}} area",
  "import.areas_other": "{{count}} areas",
  "import.protectedAreas": "{{name}} version {{version}}: {{areas}}",
  "import.materialDeclaration": "One declaration read from the file",
  "import.thirdPartyAssessment": "One result entered with its report",
  "import.other": "Imported",
  // A material declaration's compliance.
  "compliance.overLimitInMaterial":
    "{{substance}} ({{casNumbers}}) at {{measured}} in {{material}}, over {{list}} {{version}}'s {{allowed}}",
  "compliance.overLimitOfArticle":
    "{{substance}} ({{casNumbers}}) at {{measured}} of the article, over {{list}} {{version}}'s {{allowed}}",
  "compliance.declaredNotCompliant":
    "The supplier declares the part not compliant with {{list}} {{version}}",
  "compliance.exemptionNotOfList":
    "Compliance with {{list}} rests on exemption {{code}}, which is not one of the list's",
  "compliance.exemptionExpired":
    "Compliance with {{list}} rests on exemption {{code}}, which expired on {{day}}",
  "compliance.exemptionNotValid":
    "Compliance with {{list}} rests on exemption {{code}}, which is not valid on {{day}}",
  "compliance.noStatement":
    "the list applies to the category and the declaration has no statement for it",
  "compliance.noAmount": "neither a concentration (ppm) nor a mass with the material's mass",
  "compliance.articleMassNeeded":
    "the article's mass and every material's mass are needed for a per-article limit",
  // Why a risk entry wants re-assessing.
  "risk.listPublished":
    "{{code}} list version {{label}} was published on {{day}} after the last assessment and lists the substance",
  "risk.supplierAdded":
    "{{supplier}} became a supplier of {{category}} on {{day}}, after the last assessment",
  "risk.processChanged":
    "The process (application stage or site) was edited after the last assessment",
  // Written into records, so answered from the stored text (storedSentence).
  "substance.svhcSource": 'ECHA Candidate List export "{{file}}", imported {{day}}',
  "declaration.importedFileEvidence": "IPC-1752A file {{file}}",
} as const;
