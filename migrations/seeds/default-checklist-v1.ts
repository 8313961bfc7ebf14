/*
 * The default checklist as the migration ChecklistsAndSelfAssessments1795803355053 publishes it
 * (version 1), frozen: plain values, no import from src, so editing the live seed
 * (src/modules/checklist/default-checklist.ts) or an enum never rewrites what this migration
 * did. A changed checklist is a new version (reviseChecklist), or a new migration with its own
 * frozen data.
 */

/** One item of the default checklist, before it is stored as part of a checklist version. */
export interface ChecklistItemSeedV1 {
  /** Unique within the checklist; prefix per area (MS, CFL, ND, WB, WH, HS, ENV, BE, FOA). */
  code: string;
  area: string;
  question: string;
  /** What the auditor looks for and what evidence counts. */
  guidance: string;
  answerType: string;
  /** Integer 1..5 reflecting risk. */
  weight: number;
  /** A non-conformance here is a zero-tolerance breach (SPEC section 4). */
  zeroTolerance: boolean;
  evidenceRequired: boolean;
}

export const DEFAULT_CHECKLIST_V1_NAME = "Supplier ESG audit checklist";

/** Stable id shared by every version of the default checklist, so code and demo data can find it. */
export const DEFAULT_CHECKLIST_V1_FAMILY_ID = "6f1c0e2a-4b7d-4c1e-9a57-0e5d2c9b1a01";

/**
 * The default supplier ESG audit checklist, in audit order. Written from the supplier ESG
 * policy in the spirit of the ILO core conventions, the RBA Code of Conduct, SA8000,
 * ISO 45001 and ISO 14001. YES_NO questions are phrased so that YES is the compliant answer.
 */
export const DEFAULT_CHECKLIST_V1_ITEMS: readonly ChecklistItemSeedV1[] = [
  // Management system
  {
    code: "MS-01",
    area: "MANAGEMENT_SYSTEM",
    question:
      "Does the supplier have a written ESG policy, approved by top management, covering labour, " +
      "health and safety, environment and business ethics?",
    guidance:
      "Look for a signed and dated policy that references applicable law and the buyer's " +
      "supplier code of conduct and is reviewed at least every three years. Check that it is " +
      "posted in the workplace in the workers' languages and explained to new hires.",
    answerType: "YES_NO",
    weight: 4,
    zeroTolerance: false,
    evidenceRequired: true,
  },
  {
    code: "MS-02",
    area: "MANAGEMENT_SYSTEM",
    question:
      "To what extent has the supplier assigned ESG responsibilities, set objectives and " +
      "reviewed performance through internal audits and management review?",
    guidance:
      "Expect a named senior manager accountable for ESG, measurable objectives, internal audits " +
      "at least annually and corrective actions tracked to closure. " +
      "Scale: 0 = absent, 4 = fully implemented and reviewed.",
    answerType: "SCALE_0_4",
    weight: 3,
    zeroTolerance: false,
    evidenceRequired: false,
  },
  {
    code: "MS-03",
    area: "MANAGEMENT_SYSTEM",
    question:
      "To what extent does the supplier identify applicable legal requirements and assess its " +
      "labour, health and safety, environmental and ethics risks?",
    guidance:
      "Review the register of legal and customer requirements and the ESG risk assessment: both " +
      "should be site-specific, updated when laws or operations change, and linked to controls. " +
      "Scale: 0 = absent, 4 = fully implemented and reviewed.",
    answerType: "SCALE_0_4",
    weight: 4,
    zeroTolerance: false,
    evidenceRequired: false,
  },
  {
    code: "MS-04",
    area: "MANAGEMENT_SYSTEM",
    question:
      "To what extent does the supplier pass ESG requirements on to its own suppliers, labour " +
      "agencies and subcontractors and monitor their compliance?",
    guidance:
      "Look for a supplier code of conduct included in contracts, risk-based screening of " +
      "sub-tier suppliers, self-assessments or audits of high-risk ones, and follow-up of " +
      "findings. Scale: 0 = absent, 4 = fully implemented and reviewed.",
    answerType: "SCALE_0_4",
    weight: 3,
    zeroTolerance: false,
    evidenceRequired: false,
  },
  {
    code: "MS-05",
    area: "MANAGEMENT_SYSTEM",
    question:
      "Can the supplier trace its key raw materials (e.g. polysilicon, wafers, aluminium, " +
      "lithium, cobalt, graphite) to their origin?",
    guidance:
      "Sample recent shipments and follow the chain-of-custody documents (bills of materials, " +
      "supplier declarations, invoices, mill or smelter certificates) back to the " +
      "metallurgical-grade silicon producer or the mine. The origin data must show no sourcing " +
      "from protected biodiversity areas or from regions or programmes linked to state-imposed " +
      "forced labour.",
    answerType: "YES_NO",
    weight: 4,
    zeroTolerance: false,
    evidenceRequired: true,
  },

  // Child and forced labour
  {
    code: "CFL-01",
    area: "CHILD_AND_FORCED_LABOUR",
    question:
      "Are all workers at or above the highest of the legal minimum working age, the age of " +
      "completing compulsory education, and 15?",
    guidance:
      "Cross-check the personnel list, age-verification records and observation on the floor, " +
      "including contractors, agency workers, apprentices and student interns. Any worker below " +
      "the minimum age is a zero-tolerance breach requiring remediation in the child's best " +
      "interest.",
    answerType: "YES_NO",
    weight: 5,
    zeroTolerance: true,
    evidenceRequired: false,
  },
  {
    code: "CFL-02",
    area: "CHILD_AND_FORCED_LABOUR",
    question:
      "Does the supplier verify every new worker's age against an original, government-issued " +
      "identity document before hiring?",
    guidance:
      "Look for a written age-verification procedure, copies of identity documents in personnel " +
      "files (originals returned to the worker) and a check that the photo matches the person. " +
      "Where forged documents are a known risk, expect secondary checks such as interviews or " +
      "verification with the issuing authority.",
    answerType: "YES_NO",
    weight: 4,
    zeroTolerance: false,
    evidenceRequired: true,
  },
  {
    code: "CFL-03",
    area: "CHILD_AND_FORCED_LABOUR",
    question:
      "Are juvenile workers (under 18) protected from hazardous work, night shifts and overtime?",
    guidance:
      "Check the juvenile-worker register, job assignments, time records and health checks for " +
      "workers under 18, including student interns. Juveniles must not handle hazardous " +
      "chemicals, operate dangerous machinery, lift heavy loads, or work nights or overtime; " +
      "answer not applicable only if no workers under 18 are employed.",
    answerType: "YES_NO",
    weight: 4,
    zeroTolerance: false,
    evidenceRequired: false,
  },
  {
    code: "CFL-04",
    area: "CHILD_AND_FORCED_LABOUR",
    question:
      "Is all work voluntary, with no forced, bonded, indentured, trafficked or involuntary " +
      "prison labour, and are workers free to resign with reasonable notice?",
    guidance:
      "Interview workers in private and check contracts, resignation records and final pay for " +
      "penalties, withheld wages or deposits. Treat workers placed through state-imposed " +
      "labour-transfer programmes as forced labour. Any indicator of forced labour is a " +
      "zero-tolerance breach.",
    answerType: "YES_NO",
    weight: 5,
    zeroTolerance: true,
    evidenceRequired: false,
  },
  {
    code: "CFL-05",
    area: "CHILD_AND_FORCED_LABOUR",
    question:
      "Are workers free of any recruitment fees or related costs, whether charged by the " +
      "supplier, a labour agency or a broker?",
    guidance:
      "Ask workers, especially migrant and agency workers, what they paid to get the job (fees, " +
      "travel, medical checks, deposits, loans) and review agency contracts and reimbursement " +
      "records. Fees paid by workers must be repaid in full; debt bondage is a zero-tolerance " +
      "breach.",
    answerType: "YES_NO",
    weight: 5,
    zeroTolerance: true,
    evidenceRequired: false,
  },
  {
    code: "CFL-06",
    area: "CHILD_AND_FORCED_LABOUR",
    question:
      "Do workers keep their own passports and identity documents, and can they move freely, " +
      "including leaving the site and dormitories outside working hours?",
    guidance:
      "Confirm that the employer, agencies and dormitory managers hold no original identity or " +
      "travel documents beyond brief legally required processing, and that exits and dormitories " +
      "are not locked or guarded to restrict movement. Voluntary safekeeping is acceptable only " +
      "if workers can retrieve their documents at any time without asking permission.",
    answerType: "YES_NO",
    weight: 5,
    zeroTolerance: true,
    evidenceRequired: false,
  },

  // Non-discrimination
  {
    code: "ND-01",
    area: "NON_DISCRIMINATION",
    question:
      "To what extent has the supplier implemented a written anti-discrimination and " +
      "anti-harassment policy?",
    guidance:
      "The policy should cover sexual harassment and discrimination by gender, age, ethnicity, " +
      "national origin, religion, disability, pregnancy, marital status, sexual orientation and " +
      "union membership; look for communication to workers, supervisor training and case " +
      "records. Scale: 0 = absent, 4 = fully implemented and reviewed.",
    answerType: "SCALE_0_4",
    weight: 3,
    zeroTolerance: false,
    evidenceRequired: true,
  },
  {
    code: "ND-02",
    area: "NON_DISCRIMINATION",
    question:
      "Are recruitment, pay, promotion, training and dismissal decisions free of discrimination, " +
      "with no pregnancy tests or discriminatory medical tests?",
    guidance:
      "Review job advertisements, application forms and pay and promotion data by gender and " +
      "other groups, and interview workers. Pregnancy tests, contraception requirements and HIV " +
      "or hepatitis B screening as a condition of employment are non-conformances.",
    answerType: "YES_NO",
    weight: 4,
    zeroTolerance: false,
    evidenceRequired: false,
  },
  {
    code: "ND-03",
    area: "NON_DISCRIMINATION",
    question:
      "Describe the grievance mechanism available to workers: channels, anonymity, who handles " +
      "complaints and typical response times.",
    guidance:
      "Note whether workers know and trust the mechanism, whether agency and contract workers " +
      "can use it, and how many grievances were raised in the last 12 months and how they were " +
      "resolved. Confirm there is a route that bypasses direct supervisors.",
    answerType: "TEXT",
    weight: 3,
    zeroTolerance: false,
    evidenceRequired: false,
  },
  {
    code: "ND-04",
    area: "NON_DISCRIMINATION",
    question:
      "Are workers free from harsh or inhumane treatment, including physical punishment, verbal " +
      "abuse, sexual harassment and intimidation?",
    guidance:
      "Interview workers privately and review the written disciplinary procedure and " +
      "disciplinary records. Fines or wage deductions used as discipline and public humiliation " +
      "are also non-conformances.",
    answerType: "YES_NO",
    weight: 4,
    zeroTolerance: false,
    evidenceRequired: false,
  },

  // Wages and benefits
  {
    code: "WB-01",
    area: "WAGES_AND_BENEFITS",
    question: "Are all workers paid at least the legal minimum wage for standard working hours?",
    guidance:
      "Sample payroll and time records for at least three months of the last 12, including " +
      "probationary, piece-rate, apprentice, agency and student workers. Compare with the " +
      "applicable local minimum wage and check that wages are paid in full and on time.",
    answerType: "YES_NO",
    weight: 5,
    zeroTolerance: false,
    evidenceRequired: true,
  },
  {
    code: "WB-02",
    area: "WAGES_AND_BENEFITS",
    question: "Is all overtime paid at the legally required premium rate?",
    guidance:
      "Reconcile time records with payroll for the same sample, including weekend and " +
      "public-holiday overtime, and check that the premium is calculated on the correct base " +
      "wage. Look for signs of double bookkeeping, such as gate records that do not match " +
      "attendance records.",
    answerType: "YES_NO",
    weight: 4,
    zeroTolerance: false,
    evidenceRequired: true,
  },
  {
    code: "WB-03",
    area: "WAGES_AND_BENEFITS",
    question:
      "Does every worker receive an understandable payslip for each pay period showing hours " +
      "worked, pay rates, overtime, bonuses and deductions?",
    guidance:
      "Check sample payslips against payroll and ask workers whether they understand them. " +
      "Deductions must be lawful and agreed by the worker in writing; deductions as a " +
      "disciplinary measure are not allowed.",
    answerType: "YES_NO",
    weight: 3,
    zeroTolerance: false,
    evidenceRequired: false,
  },
  {
    code: "WB-04",
    area: "WAGES_AND_BENEFITS",
    question: "Share of workers enrolled in all legally mandated social insurance schemes (%)",
    guidance:
      "Compare social insurance payment records with the headcount, including agency and " +
      "probationary workers, for pension, medical, work-injury, unemployment and maternity " +
      "insurance. Anything below 100% is a gap unless a legal exemption is documented.",
    answerType: "NUMBER",
    weight: 3,
    zeroTolerance: false,
    evidenceRequired: false,
  },

  // Working hours
  {
    code: "WH-01",
    area: "WORKING_HOURS",
    question:
      "Do weekly working hours, including overtime, stay within 60 hours or the legal limit, " +
      "whichever is lower?",
    guidance:
      "Review time records for a sample of workers across peak and low seasons in the last 12 " +
      "months and compare them with production records, gate logs and worker interviews. " +
      "Exceptions are acceptable only in documented emergencies.",
    answerType: "YES_NO",
    weight: 4,
    zeroTolerance: false,
    evidenceRequired: true,
  },
  {
    code: "WH-02",
    area: "WORKING_HOURS",
    question: "Maximum weekly hours worked by any worker in the last 12 months",
    guidance:
      "Report the highest weekly total, including overtime, found in the time records for any " +
      "worker, agency workers included. A value above 60 is a non-conformance with WH-01 unless " +
      "it was caused by a documented emergency.",
    answerType: "NUMBER",
    weight: 3,
    zeroTolerance: false,
    evidenceRequired: false,
  },
  {
    code: "WH-03",
    area: "WORKING_HOURS",
    question: "Do all workers receive at least one day off in every seven days?",
    guidance:
      "Check time records for runs of consecutive working days, especially during peak " +
      "production and around public holidays. More than six consecutive working days is a " +
      "non-conformance except in documented emergencies.",
    answerType: "YES_NO",
    weight: 4,
    zeroTolerance: false,
    evidenceRequired: false,
  },
  {
    code: "WH-04",
    area: "WORKING_HOURS",
    question: "Is overtime voluntary, with workers able to refuse it without penalty?",
    guidance:
      "Ask workers how overtime is requested and what happens when they decline, and check for " +
      "written overtime consent where the law requires it. Production targets that cannot be met " +
      "in standard hours make overtime effectively compulsory.",
    answerType: "YES_NO",
    weight: 3,
    zeroTolerance: false,
    evidenceRequired: false,
  },

  // Health and safety
  {
    code: "HS-01",
    area: "HEALTH_AND_SAFETY",
    question:
      "To what extent does the supplier assess occupational health and safety risks for all " +
      "tasks and workplaces and control them using the hierarchy of controls?",
    guidance:
      "Look for a current, documented risk assessment covering machinery, electrical work, work " +
      "at height, confined spaces, ergonomics, noise and chemicals, with controls, owners and " +
      "review dates, in line with ISO 45001. Scale: 0 = absent, 4 = fully implemented and " +
      "reviewed.",
    answerType: "SCALE_0_4",
    weight: 4,
    zeroTolerance: false,
    evidenceRequired: true,
  },
  {
    code: "HS-02",
    area: "HEALTH_AND_SAFETY",
    question:
      "Is the site, including dormitories, free of any condition posing an imminent danger " +
      "to life?",
    guidance:
      "Walk the site for locked or blocked emergency exits, missing machine guarding or " +
      "lock-out/tag-out, exposed live electrical parts, unprotected work at height, unsafe " +
      "storage of flammable or toxic gases such as silane, and structural damage. Any such " +
      "condition is a zero-tolerance breach and the activity must be stopped immediately.",
    answerType: "YES_NO",
    weight: 5,
    zeroTolerance: true,
    evidenceRequired: false,
  },
  {
    code: "HS-03",
    area: "HEALTH_AND_SAFETY",
    question:
      "Are fire prevention and emergency arrangements in place, with unobstructed exits, working " +
      "alarms and extinguishers, and evacuation drills at least annually for all shifts?",
    guidance:
      "Check the fire safety certificate or inspection report, maintenance records for alarms, " +
      "sprinklers and extinguishers, and drill records covering every shift and the dormitories. " +
      "Exits must be marked, lit, unlocked and open in the direction of escape.",
    answerType: "YES_NO",
    weight: 5,
    zeroTolerance: false,
    evidenceRequired: true,
  },
  {
    code: "HS-04",
    area: "HEALTH_AND_SAFETY",
    question:
      "Is suitable personal protective equipment provided free of charge, and are workers " +
      "trained in and observed using it correctly?",
    guidance:
      "Compare the PPE issued with the hazards in the risk assessment, e.g. cut-resistant gloves " +
      "for glass handling, chemical protection in cell wet processing, hearing protection and " +
      "arc-flash protection for battery and electrical testing. Check training records and " +
      "observe use on the floor.",
    answerType: "YES_NO",
    weight: 4,
    zeroTolerance: false,
    evidenceRequired: false,
  },
  {
    code: "HS-05",
    area: "HEALTH_AND_SAFETY",
    question: "To what extent are hazardous chemicals stored, handled and used safely?",
    guidance:
      "Look for a chemical inventory, safety data sheets in the workers' language, labelled " +
      "containers, secondary containment, ventilation and gas detection, eyewash stations and " +
      "trained handlers, with particular care for hydrofluoric acid, silane and battery " +
      "electrolyte. Scale: 0 = absent, 4 = fully implemented and reviewed.",
    answerType: "SCALE_0_4",
    weight: 4,
    zeroTolerance: false,
    evidenceRequired: false,
  },
  {
    code: "HS-06",
    area: "HEALTH_AND_SAFETY",
    question: "Lost-time injury frequency rate (LTIFR) over the last 12 months",
    guidance:
      "Calculate as the number of lost-time injuries x 1,000,000 / total hours worked, including " +
      "agency and contractor workers on site. Cross-check the injury log with first-aid, clinic " +
      "and insurance records for under-reporting.",
    answerType: "NUMBER",
    weight: 3,
    zeroTolerance: false,
    evidenceRequired: false,
  },

  // Environment
  {
    code: "ENV-01",
    area: "ENVIRONMENT",
    question:
      "Does the supplier hold all required, valid environmental permits and comply with their " +
      "conditions?",
    guidance:
      "Check the environmental impact assessment approval and the permits for wastewater " +
      "discharge, air emissions and hazardous waste, including expiry dates and permitted " +
      "capacity against actual output. Review monitoring reports and any penalties imposed by " +
      "authorities in the last three years.",
    answerType: "YES_NO",
    weight: 5,
    zeroTolerance: false,
    evidenceRequired: true,
  },
  {
    code: "ENV-02",
    area: "ENVIRONMENT",
    question:
      "To what extent does the supplier measure its energy use and greenhouse gas emissions and " +
      "manage them against reduction targets?",
    guidance:
      "Look for an annual Scope 1 and 2 inventory (and relevant Scope 3) following the GHG " +
      "Protocol or ISO 14064-1, ideally third-party verified, with energy-efficiency measures " +
      "and time-bound targets. Scale: 0 = absent, 4 = fully implemented and reviewed.",
    answerType: "SCALE_0_4",
    weight: 3,
    zeroTolerance: false,
    evidenceRequired: false,
  },
  {
    code: "ENV-03",
    area: "ENVIRONMENT",
    question: "Share of electricity from renewable sources in the last 12 months (%)",
    guidance:
      "Count on-site generation and renewable electricity backed by power purchase agreements, " +
      "green tariffs or energy attribute certificates (e.g. I-RECs) cancelled in the supplier's " +
      "name. Ask for the electricity bills and certificates behind the figure.",
    answerType: "NUMBER",
    weight: 2,
    zeroTolerance: false,
    evidenceRequired: false,
  },
  {
    code: "ENV-04",
    area: "ENVIRONMENT",
    question:
      "Are waste and wastewater managed lawfully, with hazardous waste sent only to licensed " +
      "contractors and effluent treated to meet discharge limits?",
    guidance:
      "Check waste segregation and storage areas, transfer manifests and contractor licences, " +
      "and wastewater treatment logs and monitoring results, e.g. for fluoride, nitrogen and " +
      "heavy metals. Look for bypass pipes, unlabelled drums and signs of soil or stormwater " +
      "contamination.",
    answerType: "YES_NO",
    weight: 4,
    zeroTolerance: false,
    evidenceRequired: true,
  },
  {
    code: "ENV-05",
    area: "ENVIRONMENT",
    question:
      "To what extent does the supplier manage hazardous substances by identifying, analysing, " +
      "assessing and controlling their risks?",
    guidance:
      "Identify: an inventory with CAS numbers checked against RoHS, REACH SVHC and customer " +
      "restricted lists. Analyse likelihood, exposure and severity, assess each substance on a " +
      "likelihood x severity matrix, and control by substitution, engineering controls and " +
      "monitoring. Scale: 0 = absent, 4 = fully implemented and reviewed.",
    answerType: "SCALE_0_4",
    weight: 4,
    zeroTolerance: false,
    evidenceRequired: true,
  },

  // Business ethics
  {
    code: "BE-01",
    area: "BUSINESS_ETHICS",
    question:
      "Is the supplier free of any bribery, kickbacks, facilitation payments or other improper " +
      "advantages, including any attempt to influence the audit?",
    guidance:
      "Review payments to officials, agents and customers' staff, and stay alert to gifts, money " +
      "or favours offered to the audit team. Any evidence of bribery or corruption, including an " +
      "attempt to bribe an auditor, is a zero-tolerance breach.",
    answerType: "YES_NO",
    weight: 5,
    zeroTolerance: true,
    evidenceRequired: false,
  },
  {
    code: "BE-02",
    area: "BUSINESS_ETHICS",
    question:
      "Does the supplier have an anti-bribery and corruption policy supported by a gifts and " +
      "hospitality register and conflict-of-interest declarations?",
    guidance:
      "Check that the policy is approved by management, covers facilitation payments and third " +
      "parties, and is trained to staff in purchasing, sales and customs roles. Sample the gifts " +
      "register and the conflict-of-interest declarations for completeness.",
    answerType: "YES_NO",
    weight: 4,
    zeroTolerance: false,
    evidenceRequired: true,
  },
  {
    code: "BE-03",
    area: "BUSINESS_ETHICS",
    question:
      "To what extent does the supplier operate a confidential whistle-blowing channel that " +
      "protects reporters from retaliation?",
    guidance:
      "Look for a channel open to workers, suppliers and other third parties that accepts " +
      "anonymous reports, with independent investigation, a written non-retaliation commitment " +
      "and records of cases and outcomes. Scale: 0 = absent, 4 = fully implemented and reviewed.",
    answerType: "SCALE_0_4",
    weight: 3,
    zeroTolerance: false,
    evidenceRequired: false,
  },

  // Freedom of association
  {
    code: "FOA-01",
    area: "FREEDOM_OF_ASSOCIATION",
    question:
      "Are workers free to form and join trade unions of their choice or, where the law " +
      "restricts this, to elect their own representatives freely?",
    guidance:
      "Interview workers and representatives and review election records: representatives must " +
      "be chosen by workers, not appointed by management, and management must not interfere in " +
      "union or committee activities.",
    answerType: "YES_NO",
    weight: 4,
    zeroTolerance: false,
    evidenceRequired: false,
  },
  {
    code: "FOA-02",
    area: "FREEDOM_OF_ASSOCIATION",
    question:
      "Describe how workers are represented and how collective bargaining takes place at the site.",
    guidance:
      "Note the type of body (trade union, works council or workers' committee), how and when " +
      "representatives were elected, the share of workers covered by a collective agreement, how " +
      "often it meets management and what was agreed in the last 12 months.",
    answerType: "TEXT",
    weight: 3,
    zeroTolerance: false,
    evidenceRequired: false,
  },
  {
    code: "FOA-03",
    area: "FREEDOM_OF_ASSOCIATION",
    question:
      "Are workers and their representatives free from retaliation, intimidation, blacklisting " +
      "or dismissal for union activity or for raising concerns?",
    guidance:
      "Review dismissal and disciplinary records for worker representatives and for workers who " +
      "raised grievances, and interview them privately. Representatives should have access to " +
      "the workplace and paid time for their duties.",
    answerType: "YES_NO",
    weight: 4,
    zeroTolerance: false,
    evidenceRequired: false,
  },
];
