/*
 * The hazardous-substance reference data as the migration SubstanceReferenceData1796216308939
 * seeds it, frozen: plain values, no import from src. Reference data is never edited in place:
 * a new edition of a list is a new list version (an admin's import or createListVersion), a
 * renewed exemption a new exemption row, and a change here is a new migration with its own
 * frozen data.
 *
 * Every CAS number below passes the check digit (src/modules/substance/seed-data.spec.ts) and
 * every EC number its own; a number we were not sure of is left out rather than guessed.
 */

export interface SubstanceSeedV1 {
  cas: string | null;
  ec: string | null;
  name: string;
  /** Codes of SUBSTANCE_GROUPS_V1 the substance belongs to. */
  groups?: string[];
}

export interface EntrySeedV1 {
  /** One of `cas` (a substance of SUBSTANCES_V1) or `group` (a code of SUBSTANCE_GROUPS_V1). */
  cas?: string;
  group?: string;
  name: string;
  /** Percent by weight, as written in the regulation (a string: stored as `numeric` exactly). */
  thresholdPercent: string;
  basis: "HOMOGENEOUS_MATERIAL" | "ARTICLE";
  appliesTo: "ALL" | "PORTABLE_BATTERY";
  scope: string;
  dateOfInclusion?: string;
  reason?: string;
}

export interface ExemptionSeedV1 {
  code: string;
  text: string;
  cas: string | null;
  maxPercent: string | null;
  validFrom: string;
  expiresAt: string | null;
}

export interface ListSeedV1 {
  code: string;
  name: string;
  appliesByDefault: boolean;
  /** Material category codes (Foundation migration) the list applies to; all others: not. */
  categories: "ALL" | string[];
  version: { label: string; effectiveDate: string; source: string; entries: EntrySeedV1[] };
  exemptions: ExemptionSeedV1[];
}

export const SUBSTANCE_GROUPS_V1 = [
  { code: "PBB", name: "Polybrominated biphenyls (PBB)" },
  { code: "PBDE", name: "Polybrominated diphenyl ethers (PBDE)" },
] as const;

const LEAD = "7439-92-1";
const MERCURY = "7439-97-6";
const CADMIUM = "7440-43-9";
const CHROMIUM_VI = "18540-29-9";
const DEHP = "117-81-7";
const BBP = "85-68-7";
const DBP = "84-74-2";
const DIBP = "84-69-5";
const PVF = "24981-14-4";
const PVDF = "24937-79-9";

export const SUBSTANCES_V1: readonly SubstanceSeedV1[] = [
  // RoHS Annex II and battery Annex I
  { cas: LEAD, ec: "231-100-4", name: "Lead" },
  { cas: MERCURY, ec: "231-106-7", name: "Mercury" },
  { cas: CADMIUM, ec: "231-152-8", name: "Cadmium" },
  { cas: CHROMIUM_VI, ec: null, name: "Hexavalent chromium (Cr(VI))" },
  { cas: DEHP, ec: "204-211-0", name: "Bis(2-ethylhexyl) phthalate (DEHP)" },
  { cas: BBP, ec: "201-622-7", name: "Benzyl butyl phthalate (BBP)" },
  { cas: DBP, ec: "201-557-4", name: "Dibutyl phthalate (DBP)" },
  { cas: DIBP, ec: "201-553-2", name: "Diisobutyl phthalate (DIBP)" },
  // Members of the RoHS groups (a declaration names the congener; the group limit counts it)
  { cas: "13654-09-6", ec: null, name: "Decabromobiphenyl", groups: ["PBB"] },
  { cas: "36355-01-8", ec: null, name: "Hexabromobiphenyl", groups: ["PBB"] },
  {
    cas: "1163-19-5",
    ec: "214-604-9",
    name: "Bis(pentabromophenyl) ether (decabromodiphenyl ether, decaBDE)",
    groups: ["PBDE"],
  },
  { cas: "32534-81-9", ec: null, name: "Pentabromodiphenyl ether", groups: ["PBDE"] },
  { cas: "32536-52-0", ec: null, name: "Octabromodiphenyl ether", groups: ["PBDE"] },
  { cas: "40088-47-9", ec: null, name: "Tetrabromodiphenyl ether", groups: ["PBDE"] },
  // The policy's fluoropolymers (fluorine-free backsheets)
  { cas: PVF, ec: null, name: "Polyvinyl fluoride (PVF)" },
  { cas: PVDF, ec: null, name: "Polyvinylidene fluoride (PVDF)" },
  // REACH candidate list starter snapshot (below)
  { cas: "120-12-7", ec: "204-371-1", name: "Anthracene" },
  { cas: "101-77-9", ec: "202-974-4", name: "4,4'-Diaminodiphenylmethane (MDA)" },
  { cas: "7646-79-9", ec: "231-589-4", name: "Cobalt dichloride" },
  { cas: "1303-28-2", ec: "215-116-9", name: "Diarsenic pentaoxide" },
  { cas: "1327-53-3", ec: "215-481-4", name: "Diarsenic trioxide" },
  { cas: "10588-01-9", ec: "234-190-3", name: "Sodium dichromate" },
  { cas: "81-15-2", ec: "201-329-4", name: "5-tert-butyl-2,4,6-trinitro-m-xylene (musk xylene)" },
  { cas: "25637-99-4", ec: "247-148-4", name: "Hexabromocyclododecane (HBCDD)" },
  {
    cas: "85535-84-8",
    ec: "287-476-5",
    name: "Alkanes, C10-13, chloro (short chain chlorinated paraffins, SCCPs)",
  },
  { cas: "56-35-9", ec: "200-268-0", name: "Bis(tributyltin) oxide (TBTO)" },
  { cas: "7784-40-9", ec: "232-064-2", name: "Lead hydrogen arsenate" },
  { cas: "15606-95-8", ec: "427-700-2", name: "Triethyl arsenate" },
  { cas: "121-14-2", ec: "204-450-0", name: "2,4-Dinitrotoluene" },
  { cas: "7758-97-6", ec: "231-846-0", name: "Lead chromate" },
  { cas: "1344-37-2", ec: "215-693-7", name: "Lead sulfochromate yellow (C.I. Pigment Yellow 34)" },
  {
    cas: "12656-85-8",
    ec: "235-759-9",
    name: "Lead chromate molybdate sulphate red (C.I. Pigment Red 104)",
  },
  { cas: "115-96-8", ec: "204-118-5", name: "Tris(2-chloroethyl) phosphate (TCEP)" },
  { cas: "79-06-1", ec: "201-173-7", name: "Acrylamide" },
  { cas: "79-01-6", ec: "201-167-4", name: "Trichloroethylene" },
  { cas: "10043-35-3", ec: "233-139-2", name: "Boric acid" },
  { cas: "7789-09-5", ec: "232-143-1", name: "Ammonium dichromate" },
  { cas: "7778-50-9", ec: "231-906-6", name: "Potassium dichromate" },
  { cas: "7775-11-3", ec: "231-889-5", name: "Sodium chromate" },
  { cas: "7789-00-6", ec: "232-140-5", name: "Potassium chromate" },
  { cas: "1333-82-0", ec: "215-607-8", name: "Chromium trioxide" },
  { cas: "10124-43-3", ec: "233-334-2", name: "Cobalt(II) sulphate" },
  { cas: "109-86-4", ec: "203-713-7", name: "2-Methoxyethanol" },
  { cas: "110-80-5", ec: "203-804-1", name: "2-Ethoxyethanol" },
  { cas: "68-12-2", ec: "200-679-5", name: "N,N-Dimethylformamide (DMF)" },
  { cas: "1317-36-8", ec: "215-267-0", name: "Lead monoxide (lead oxide)" },
  { cas: "78-00-2", ec: "201-075-4", name: "Tetraethyllead" },
  { cas: "1306-19-0", ec: "215-146-2", name: "Cadmium oxide" },
  { cas: "335-67-1", ec: "206-397-9", name: "Pentadecafluorooctanoic acid (PFOA)" },
  { cas: "50-32-8", ec: "200-028-5", name: "Benzo[def]chrysene (benzo[a]pyrene)" },
  { cas: "80-05-7", ec: "201-245-8", name: "4,4'-Isopropylidenediphenol (bisphenol A)" },
  { cas: "355-46-4", ec: "206-587-1", name: "Perfluorohexane-1-sulphonic acid (PFHxS)" },
  { cas: "13560-89-9", ec: "236-948-9", name: "Dechlorane Plus" },
  { cas: "556-67-2", ec: "209-136-7", name: "Octamethylcyclotetrasiloxane (D4)" },
  { cas: "541-02-6", ec: "208-764-9", name: "Decamethylcyclopentasiloxane (D5)" },
  { cas: "540-97-6", ec: "208-762-8", name: "Dodecamethylcyclohexasiloxane (D6)" },
  { cas: "84-61-7", ec: "201-545-9", name: "Dicyclohexyl phthalate (DCHP)" },
];

const PER_MATERIAL = "per homogeneous material";
const rohs = (cas: string | null, group: string | null, name: string, threshold: string) => ({
  ...(cas ? { cas } : { group: group! }),
  name,
  thresholdPercent: threshold,
  basis: "HOMOGENEOUS_MATERIAL" as const,
  appliesTo: "ALL" as const,
  scope: PER_MATERIAL,
});

const CARCINOGENIC = "Carcinogenic (Article 57a)";
const REPRO = "Toxic for reproduction (Article 57c)";
const CARC_REPRO = "Carcinogenic (Article 57a); toxic for reproduction (Article 57c)";
const CMR =
  "Carcinogenic (Article 57a); mutagenic (Article 57b); toxic for reproduction (Article 57c)";
const CARC_MUT = "Carcinogenic (Article 57a); mutagenic (Article 57b)";
const PBT = "PBT (Article 57d)";
const VPVB = "vPvB (Article 57e)";
const PBT_VPVB = "PBT (Article 57d); vPvB (Article 57e)";

/** [CAS, date of inclusion, reason at inclusion] of the candidate list starter snapshot. */
const SVHC_STARTER: readonly [string, string, string][] = [
  ["120-12-7", "2008-10-28", PBT],
  ["101-77-9", "2008-10-28", CARCINOGENIC],
  [DBP, "2008-10-28", REPRO],
  ["7646-79-9", "2008-10-28", CARCINOGENIC],
  ["1303-28-2", "2008-10-28", CARCINOGENIC],
  ["1327-53-3", "2008-10-28", CARCINOGENIC],
  ["10588-01-9", "2008-10-28", CMR],
  ["81-15-2", "2008-10-28", VPVB],
  [DEHP, "2008-10-28", REPRO],
  ["25637-99-4", "2008-10-28", PBT],
  ["85535-84-8", "2008-10-28", PBT_VPVB],
  ["56-35-9", "2008-10-28", PBT],
  ["7784-40-9", "2008-10-28", CARC_REPRO],
  ["15606-95-8", "2008-10-28", CARCINOGENIC],
  [BBP, "2008-10-28", REPRO],
  ["121-14-2", "2010-01-13", CARCINOGENIC],
  [DIBP, "2010-01-13", REPRO],
  ["7758-97-6", "2010-01-13", CARC_REPRO],
  ["1344-37-2", "2010-01-13", CARC_REPRO],
  ["12656-85-8", "2010-01-13", CARC_REPRO],
  ["115-96-8", "2010-01-13", REPRO],
  ["79-06-1", "2010-03-30", CARC_MUT],
  ["79-01-6", "2010-06-18", CARCINOGENIC],
  ["10043-35-3", "2010-06-18", REPRO],
  ["7789-09-5", "2010-06-18", CMR],
  ["7778-50-9", "2010-06-18", CMR],
  ["7775-11-3", "2010-06-18", CMR],
  ["7789-00-6", "2010-06-18", CARC_MUT],
  ["1333-82-0", "2010-12-15", CARC_MUT],
  ["10124-43-3", "2010-12-15", CARC_REPRO],
  ["109-86-4", "2010-12-15", REPRO],
  ["110-80-5", "2010-12-15", REPRO],
  ["1163-19-5", "2012-12-19", PBT_VPVB],
  ["68-12-2", "2012-12-19", REPRO],
  ["1317-36-8", "2012-12-19", REPRO],
  ["78-00-2", "2012-12-19", REPRO],
  [CADMIUM, "2013-06-20", CARCINOGENIC],
  ["1306-19-0", "2013-06-20", CARCINOGENIC],
  ["335-67-1", "2013-06-20", "Toxic for reproduction (Article 57c); PBT (Article 57d)"],
  ["50-32-8", "2016-06-20", CMR + "; PBT (Article 57d); vPvB (Article 57e)"],
  ["80-05-7", "2017-01-12", REPRO],
  ["355-46-4", "2017-07-07", VPVB],
  ["13560-89-9", "2018-01-15", VPVB],
  [LEAD, "2018-06-27", REPRO],
  ["556-67-2", "2018-06-27", PBT_VPVB],
  ["541-02-6", "2018-06-27", VPVB],
  ["540-97-6", "2018-06-27", VPVB],
  ["84-61-7", "2018-06-27", REPRO],
];

const nameOfCas = (cas: string): string => {
  const found = SUBSTANCES_V1.find((s) => s.cas === cas);
  if (!found) throw new Error(`seed: no substance ${cas}`);
  return found.name;
};

export const LISTS_V1: readonly ListSeedV1[] = [
  {
    code: "ROHS",
    name: "EU RoHS: Directive 2011/65/EU Annex II (restricted substances in electrical and electronic equipment)",
    appliesByDefault: false,
    // SPEC 11: electrical and electronic parts. PV panels installed by professionals at a
    // defined location are outside RoHS (Article 2(4)(i)); inverters and batteries are not.
    categories: ["JUNCTION_BOX", "BATTERY_CELL"],
    version: {
      label: "2011/65/EU + (EU) 2015/863",
      // The four phthalates of 2015/863 apply from 22 July 2019.
      effectiveDate: "2019-07-22T00:00:00Z",
      source:
        "Directive 2011/65/EU Annex II as amended by Commission Delegated Directive (EU) 2015/863; " +
        "complete (10 restrictions), maximum concentrations by weight in homogeneous materials",
      entries: [
        rohs(LEAD, null, "Lead (0.1 %)", "0.1"),
        rohs(MERCURY, null, "Mercury (0.1 %)", "0.1"),
        rohs(CADMIUM, null, "Cadmium (0.01 %)", "0.01"),
        rohs(CHROMIUM_VI, null, "Hexavalent chromium (0.1 %)", "0.1"),
        rohs(null, "PBB", "Polybrominated biphenyls (PBB) (0.1 %)", "0.1"),
        rohs(null, "PBDE", "Polybrominated diphenyl ethers (PBDE) (0.1 %)", "0.1"),
        rohs(DEHP, null, "Bis(2-ethylhexyl) phthalate (DEHP) (0.1 %)", "0.1"),
        rohs(BBP, null, "Butyl benzyl phthalate (BBP) (0.1 %)", "0.1"),
        rohs(DBP, null, "Dibutyl phthalate (DBP) (0.1 %)", "0.1"),
        rohs(DIBP, null, "Diisobutyl phthalate (DIBP) (0.1 %)", "0.1"),
      ],
    },
    // A few Annex III exemptions, for categories 1-7 and 10. Their 21 July 2021 expiry
    // (Delegated Directives (EU) 2018/740 and 2018/741) was held open by renewal applications
    // (Article 5(5)); the renewals the Commission adopted on 8 September 2025 set the expiry
    // below. Check the Official Journal before relying on a date: a renewal is a new row.
    exemptions: [
      {
        code: "6(c)",
        text: "Copper alloy containing up to 4 % lead by weight",
        cas: LEAD,
        maxPercent: "4",
        validFrom: "2013-01-03",
        expiresAt: "2027-06-30",
      },
      {
        code: "7(a)",
        text: "Lead in high melting temperature type solders (i.e. lead-based alloys containing 85 % by weight or more lead)",
        cas: LEAD,
        maxPercent: null,
        validFrom: "2013-01-03",
        expiresAt: "2027-06-30",
      },
      {
        code: "7(c)-I",
        text: "Electrical and electronic components containing lead in a glass or ceramic other than dielectric ceramic in capacitors, e.g. piezoelectronic devices, or in a glass or ceramic matrix compound",
        cas: LEAD,
        maxPercent: null,
        validFrom: "2013-01-03",
        expiresAt: "2027-06-30",
      },
      {
        code: "7(c)-II",
        text: "Lead in dielectric ceramic in capacitors for a rated voltage of 125 V AC or 250 V DC or higher",
        cas: LEAD,
        maxPercent: null,
        validFrom: "2013-01-03",
        expiresAt: "2027-12-31",
      },
    ],
  },
  {
    code: "REACH_SVHC",
    name: "REACH Candidate List of substances of very high concern for authorisation (Regulation (EC) No 1907/2006, Article 59)",
    appliesByDefault: true,
    categories: "ALL",
    version: {
      label: "Starter snapshot 2018-06-27 (selection)",
      effectiveDate: "2018-06-27T00:00:00Z",
      source:
        "ECHA Candidate List: a starter selection of 48 entries included between 2008-10-28 and " +
        "2018-06-27, with their dates of inclusion and the reason at inclusion; not the full list. " +
        "Import the current ECHA export (importSvhcList) to replace it. Article 7(2) / 33: 0.1 % w/w per article",
      entries: SVHC_STARTER.map(([cas, date, reason]) => ({
        cas,
        name: nameOfCas(cas),
        thresholdPercent: "0.1",
        basis: "ARTICLE" as const,
        appliesTo: "ALL" as const,
        scope: "per article",
        dateOfInclusion: date,
        reason,
      })),
    },
    exemptions: [],
  },
  {
    code: "BATTERY_ANNEX_I",
    name: "EU Batteries Regulation (EU) 2023/1542 Annex I (restrictions on hazardous substances)",
    appliesByDefault: false,
    categories: ["BATTERY_CELL", "LITHIUM"],
    version: {
      label: "(EU) 2023/1542 Annex I",
      // Entry 3 (lead in portable batteries) applies from 18 August 2024.
      effectiveDate: "2024-08-18T00:00:00Z",
      source:
        "Regulation (EU) 2023/1542 Annex I, complete (3 restrictions), by weight of the battery, " +
        "whether or not incorporated into appliances",
      entries: [
        {
          cas: MERCURY,
          name: "Mercury (expressed as mercury metal), 0.0005 % by weight",
          thresholdPercent: "0.0005",
          basis: "ARTICLE",
          appliesTo: "ALL",
          scope: "all batteries, per battery",
        },
        {
          cas: CADMIUM,
          name: "Cadmium (expressed as cadmium metal), 0.002 % by weight",
          thresholdPercent: "0.002",
          basis: "ARTICLE",
          appliesTo: "PORTABLE_BATTERY",
          scope: "portable batteries only, per battery",
        },
        {
          cas: LEAD,
          name: "Lead (expressed as lead metal), 0.01 % by weight",
          thresholdPercent: "0.01",
          basis: "ARTICLE",
          appliesTo: "PORTABLE_BATTERY",
          scope: "portable batteries only, per battery (from 18 August 2024)",
        },
      ],
    },
    exemptions: [
      {
        code: "3-zinc-air-button",
        text: "Annex I entry 3: the lead restriction does not apply to portable zinc-air button cells until 18 August 2028",
        cas: LEAD,
        maxPercent: null,
        validFrom: "2024-08-18",
        expiresAt: "2028-08-17",
      },
    ],
  },
];

/** The policy's targets: eliminate mercury, cadmium and fluorine; reduce or replace lead and DEHP. */
export const TARGETS_V1 = [
  {
    cas: MERCURY,
    kind: "ELIMINATE",
    note: "Policy: eliminate mercury across the product life cycle",
  },
  {
    cas: CADMIUM,
    kind: "ELIMINATE",
    note: "Policy: eliminate cadmium across the product life cycle",
  },
  { cas: PVF, kind: "ELIMINATE", note: "Policy: eliminate fluorine; fluorine-free backsheets" },
  { cas: PVDF, kind: "ELIMINATE", note: "Policy: eliminate fluorine; fluorine-free backsheets" },
  {
    cas: LEAD,
    kind: "REDUCE",
    note: "Policy: reduce or replace lead; lead-free ribbons and solders",
  },
  {
    cas: DEHP,
    kind: "REDUCE",
    note: "Policy: reduce or replace DEHP (plasticiser in cables and films)",
  },
] as const;
