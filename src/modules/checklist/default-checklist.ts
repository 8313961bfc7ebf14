import { AnswerType } from "../../shared/domain/checklist.enums";
import { EsgArea } from "../../shared/domain/esg-area.enum";
import type { Locale } from "../../shared/i18n/locale";

/** What one item says in one language. */
export interface ChecklistItemTextSeed {
  /** Asked of the supplier in its self-assessment ("Do you ...?", "贵公司是否……？"). */
  saqQuestion: string;
  /** Asked by the auditor on site ("Does the supplier ...?"). */
  auditQuestion: string;
  /** What the auditor looks for and what evidence counts. */
  guidance: string;
}

/** One item of the default checklist, before it is stored as part of a checklist version. */
export interface ChecklistItemSeed {
  /** Unique within the checklist; prefix per area (MS, CFL, ND, WB, WH, HS, ENV, BE, FOA). */
  code: string;
  area: EsgArea;
  answerType: AnswerType;
  /** Integer 1..5 reflecting risk. */
  weight: number;
  /** A non-conformance here is a zero-tolerance breach (SPEC section 4). */
  zeroTolerance: boolean;
  evidenceRequired: boolean;
  /** Every locale: the default checklist is published in English and Chinese. */
  text: Record<Locale, ChecklistItemTextSeed>;
}

export const DEFAULT_CHECKLIST_NAME = "Supplier ESG audit checklist";

/** The default checklist's name in every locale (English is DEFAULT_CHECKLIST_NAME). */
export const DEFAULT_CHECKLIST_NAMES: Readonly<Record<Locale, string>> = {
  en: DEFAULT_CHECKLIST_NAME,
  "zh-CN": "供应商 ESG 审核检查表",
};

/** Stable id shared by every version of the default checklist, so code and demo data can find it. */
export const DEFAULT_CHECKLIST_FAMILY_ID = "6f1c0e2a-4b7d-4c1e-9a57-0e5d2c9b1a01";

/** The languages a version of the default checklist must be complete in before it is published. */
export const DEFAULT_CHECKLIST_REQUIRED_LOCALES: readonly Locale[] = ["en", "zh-CN"];

/**
 * The default supplier ESG audit checklist, in audit order. Written from the supplier ESG
 * policy in the spirit of the ILO core conventions, the RBA Code of Conduct, SA8000,
 * ISO 45001 and ISO 14001. YES_NO questions are phrased so that YES is the compliant answer.
 * The Chinese text uses the policy's own terms (童工, 强迫劳动, 最低工资, 职业健康安全 ...);
 * the migration ChecklistItemTexts stores a frozen copy of it on version 1.
 */
export const DEFAULT_CHECKLIST_ITEMS: readonly ChecklistItemSeed[] = [
  // Management system
  {
    code: "MS-01",
    area: EsgArea.MANAGEMENT_SYSTEM,
    answerType: AnswerType.YES_NO,
    weight: 4,
    zeroTolerance: false,
    evidenceRequired: true,
    text: {
      en: {
        saqQuestion:
          "Do you have a written ESG policy, approved by your top management, covering labour, " +
          "health and safety, environment and business ethics?",
        auditQuestion:
          "Does the supplier have a written ESG policy, approved by top management, covering " +
          "labour, health and safety, environment and business ethics?",
        guidance:
          "Look for a signed and dated policy that references applicable law and the buyer's " +
          "supplier code of conduct and is reviewed at least every three years. Check that it is " +
          "posted in the workplace in the workers' languages and explained to new hires.",
      },
      "zh-CN": {
        saqQuestion:
          "贵公司是否制定了经最高管理层批准的书面ESG政策，涵盖劳工、健康与安全、" +
          "环境及商业道德？",
        auditQuestion:
          "供应商是否制定了经最高管理层批准的书面ESG政策，涵盖劳工、健康与安全、" +
          "环境及商业道德？",
        guidance:
          "查看经签署并注明日期的政策文件，确认其引用了适用的法律法规及采购方的供应商行为准则，" +
          "且至少每三年评审一次。确认政策已以工人使用的语言在工作场所张贴，" +
          "并在新员工入职时进行讲解。",
      },
    },
  },
  {
    code: "MS-02",
    area: EsgArea.MANAGEMENT_SYSTEM,
    answerType: AnswerType.SCALE_0_4,
    weight: 3,
    zeroTolerance: false,
    evidenceRequired: false,
    text: {
      en: {
        saqQuestion:
          "To what extent have you assigned ESG responsibilities, set objectives and reviewed " +
          "performance through internal audits and management review?",
        auditQuestion:
          "To what extent has the supplier assigned ESG responsibilities, set objectives and " +
          "reviewed performance through internal audits and management review?",
        guidance:
          "Expect a named senior manager accountable for ESG, measurable objectives, internal " +
          "audits at least annually and corrective actions tracked to closure. Scale: 0 = absent, 4 " +
          "= fully implemented and reviewed.",
      },
      "zh-CN": {
        saqQuestion:
          "贵公司在多大程度上明确了ESG职责、设定了目标，并通过内部审核和管理评审来评价绩效？",
        auditQuestion:
          "供应商在多大程度上明确了ESG职责、设定了目标，并通过内部审核和管理评审来评价绩效？",
        guidance:
          "应有指定的高层管理人员对ESG负责，设定可衡量的目标，至少每年开展一次内部审核，" +
          "并跟踪纠正措施直至关闭。评分：0 = 未建立，4 = 全面实施并定期评审。",
      },
    },
  },
  {
    code: "MS-03",
    area: EsgArea.MANAGEMENT_SYSTEM,
    answerType: AnswerType.SCALE_0_4,
    weight: 4,
    zeroTolerance: false,
    evidenceRequired: false,
    text: {
      en: {
        saqQuestion:
          "To what extent do you identify the legal requirements that apply to you and assess your " +
          "labour, health and safety, environmental and ethics risks?",
        auditQuestion:
          "To what extent does the supplier identify applicable legal requirements and assess its " +
          "labour, health and safety, environmental and ethics risks?",
        guidance:
          "Review the register of legal and customer requirements and the ESG risk assessment: both " +
          "should be site-specific, updated when laws or operations change, and linked to controls. " +
          "Scale: 0 = absent, 4 = fully implemented and reviewed.",
      },
      "zh-CN": {
        saqQuestion:
          "贵公司在多大程度上识别了适用的法律法规要求，并评估了劳工、健康与安全、" +
          "环境及商业道德方面的风险？",
        auditQuestion:
          "供应商在多大程度上识别了适用的法律法规要求，并评估了劳工、健康与安全、" +
          "环境及商业道德方面的风险？",
        guidance:
          "查阅法律法规及客户要求清单和ESG风险评估：二者均应针对本厂区，" +
          "在法律法规或运营发生变化时及时更新，并与相应的控制措施相关联。评分：0 = 未建立，" +
          "4 = 全面实施并定期评审。",
      },
    },
  },
  {
    code: "MS-04",
    area: EsgArea.MANAGEMENT_SYSTEM,
    answerType: AnswerType.SCALE_0_4,
    weight: 3,
    zeroTolerance: false,
    evidenceRequired: false,
    text: {
      en: {
        saqQuestion:
          "To what extent do you pass ESG requirements on to your own suppliers, labour agencies " +
          "and subcontractors and monitor their compliance?",
        auditQuestion:
          "To what extent does the supplier pass ESG requirements on to its own suppliers, labour " +
          "agencies and subcontractors and monitor their compliance?",
        guidance:
          "Look for a supplier code of conduct included in contracts, risk-based screening of " +
          "sub-tier suppliers, self-assessments or audits of high-risk ones, and follow-up of " +
          "findings. Scale: 0 = absent, 4 = fully implemented and reviewed.",
      },
      "zh-CN": {
        saqQuestion:
          "贵公司在多大程度上将ESG要求传递给自身的供应商、劳务派遣机构和分包商，" +
          "并监督其合规情况？",
        auditQuestion:
          "供应商在多大程度上将ESG要求传递给其自身的供应商、劳务派遣机构和分包商，" +
          "并监督其合规情况？",
        guidance:
          "查看合同中是否纳入供应商行为准则，是否基于风险对次级供应商进行筛查，" +
          "是否对高风险供应商开展自评或审核，以及是否跟进发现项的整改。评分：0 = 未建立，" +
          "4 = 全面实施并定期评审。",
      },
    },
  },
  {
    code: "MS-05",
    area: EsgArea.MANAGEMENT_SYSTEM,
    answerType: AnswerType.YES_NO,
    weight: 4,
    zeroTolerance: false,
    evidenceRequired: true,
    text: {
      en: {
        saqQuestion:
          "Can you trace your key raw materials (e.g. polysilicon, wafers, aluminium, lithium, " +
          "cobalt, graphite) to their origin?",
        auditQuestion:
          "Can the supplier trace its key raw materials (e.g. polysilicon, wafers, aluminium, " +
          "lithium, cobalt, graphite) to their origin?",
        guidance:
          "Sample recent shipments and follow the chain-of-custody documents (bills of materials, " +
          "supplier declarations, invoices, mill or smelter certificates) back to the " +
          "metallurgical-grade silicon producer or the mine. The origin data must show no sourcing " +
          "from protected biodiversity areas or from regions or programmes linked to state-imposed " +
          "forced labour.",
      },
      "zh-CN": {
        saqQuestion: "贵公司能否将关键原材料（如多晶硅、硅片、铝、锂、钴、石墨）追溯至原产地？",
        auditQuestion: "供应商能否将其关键原材料（如多晶硅、硅片、铝、锂、钴、石墨）追溯至原产地？",
        guidance:
          "抽查近期发货批次，沿产销监管链文件（物料清单、供应商声明、发票、工厂或冶炼厂证书）" +
          "追溯至工业硅生产商或矿山。来源数据须证明未从生物多样性保护区采购，" +
          "也未从与国家强加的强迫劳动相关的地区或项目采购。",
      },
    },
  },

  // Child and forced labour
  {
    code: "CFL-01",
    area: EsgArea.CHILD_AND_FORCED_LABOUR,
    answerType: AnswerType.YES_NO,
    weight: 5,
    zeroTolerance: true,
    evidenceRequired: false,
    text: {
      en: {
        saqQuestion:
          "Are all your workers at or above the highest of the legal minimum working age, the age " +
          "of completing compulsory education, and 15?",
        auditQuestion:
          "Are all workers at or above the highest of the legal minimum working age, the age of " +
          "completing compulsory education, and 15?",
        guidance:
          "Cross-check the personnel list, age-verification records and observation on the floor, " +
          "including contractors, agency workers, apprentices and student interns. Any worker below " +
          "the minimum age is a zero-tolerance breach requiring remediation in the child's best " +
          "interest.",
      },
      "zh-CN": {
        saqQuestion:
          "贵公司所有工人的年龄是否均不低于以下三者中的最高者：法定最低就业年龄、" +
          "完成义务教育的年龄、15周岁？",
        auditQuestion:
          "供应商所有工人的年龄是否均不低于以下三者中的最高者：法定最低就业年龄、" +
          "完成义务教育的年龄、15周岁？",
        guidance:
          "交叉核对员工花名册、年龄核查记录和现场观察情况，范围包括承包商人员、劳务派遣工、" +
          "学徒和学生实习生。任何工人低于最低就业年龄即构成使用童工，属零容忍违规，" +
          "须本着儿童最大利益原则进行补救。",
      },
    },
  },
  {
    code: "CFL-02",
    area: EsgArea.CHILD_AND_FORCED_LABOUR,
    answerType: AnswerType.YES_NO,
    weight: 4,
    zeroTolerance: false,
    evidenceRequired: true,
    text: {
      en: {
        saqQuestion:
          "Do you verify every new worker's age against an original, government-issued identity " +
          "document before hiring?",
        auditQuestion:
          "Does the supplier verify every new worker's age against an original, government-issued " +
          "identity document before hiring?",
        guidance:
          "Look for a written age-verification procedure, copies of identity documents in personnel " +
          "files (originals returned to the worker) and a check that the photo matches the person. " +
          "Where forged documents are a known risk, expect secondary checks such as interviews or " +
          "verification with the issuing authority.",
      },
      "zh-CN": {
        saqQuestion: "贵公司在录用前是否查验每位新员工由政府签发的身份证件原件，以核实其年龄？",
        auditQuestion: "供应商在录用前是否查验每位新员工由政府签发的身份证件原件，以核实其年龄？",
        guidance:
          "查看书面的年龄核查程序、人事档案中的身份证件复印件（原件已归还本人），" +
          "并核实证件照片与本人相符。在已知存在伪造证件风险的情况下，" +
          "应有面谈或向发证机关核实等二次核查措施。",
      },
    },
  },
  {
    code: "CFL-03",
    area: EsgArea.CHILD_AND_FORCED_LABOUR,
    answerType: AnswerType.YES_NO,
    weight: 4,
    zeroTolerance: false,
    evidenceRequired: false,
    text: {
      en: {
        saqQuestion:
          "Are your juvenile workers (under 18) protected from hazardous work, night shifts and " +
          "overtime?",
        auditQuestion:
          "Are juvenile workers (under 18) protected from hazardous work, night shifts and " +
          "overtime?",
        guidance:
          "Check the juvenile-worker register, job assignments, time records and health checks for " +
          "workers under 18, including student interns. Juveniles must not handle hazardous " +
          "chemicals, operate dangerous machinery, lift heavy loads, or work nights or overtime; " +
          "answer not applicable only if no workers under 18 are employed.",
      },
      "zh-CN": {
        saqQuestion: "贵公司是否确保未成年工（未满18周岁）不从事有害作业、不上夜班、不加班？",
        auditQuestion: "供应商是否确保未成年工（未满18周岁）不从事有害作业、不上夜班、不加班？",
        guidance:
          "检查未满18周岁工人（包括学生实习生）的未成年工登记册、岗位安排、" +
          "考勤记录和健康检查记录。未成年工不得接触危险化学品、操作危险机械或搬运重物，" +
          "不得上夜班或加班；仅在未雇用任何未满18周岁的工人时方可回答“不适用”。",
      },
    },
  },
  {
    code: "CFL-04",
    area: EsgArea.CHILD_AND_FORCED_LABOUR,
    answerType: AnswerType.YES_NO,
    weight: 5,
    zeroTolerance: true,
    evidenceRequired: false,
    text: {
      en: {
        saqQuestion:
          "Is all work at your site voluntary, with no forced, bonded, indentured, trafficked or " +
          "involuntary prison labour, and are your workers free to resign with reasonable notice?",
        auditQuestion:
          "Is all work voluntary, with no forced, bonded, indentured, trafficked or involuntary " +
          "prison labour, and are workers free to resign with reasonable notice?",
        guidance:
          "Interview workers in private and check contracts, resignation records and final pay for " +
          "penalties, withheld wages or deposits. Treat workers placed through state-imposed " +
          "labour-transfer programmes as forced labour. Any indicator of forced labour is a " +
          "zero-tolerance breach.",
      },
      "zh-CN": {
        saqQuestion:
          "贵公司的所有工作是否均出于自愿，不存在任何强迫劳动、抵债劳动、契约劳役、" +
          "人口贩运或非自愿的监狱劳动，且工人可在合理的提前通知后自由辞职？",
        auditQuestion:
          "供应商的所有工作是否均出于自愿，不存在任何强迫劳动、抵债劳动、契约劳役、" +
          "人口贩运或非自愿的监狱劳动，且工人可在合理的提前通知后自由辞职？",
        guidance:
          "在私密环境中访谈工人，检查劳动合同、离职记录和离职结算工资，确认不存在罚款、" +
          "克扣工资或收取押金的情况。通过国家强制性劳动力转移项目安置的工人应视为强迫劳动。" +
          "发现任何强迫劳动迹象即属零容忍违规。",
      },
    },
  },
  {
    code: "CFL-05",
    area: EsgArea.CHILD_AND_FORCED_LABOUR,
    answerType: AnswerType.YES_NO,
    weight: 5,
    zeroTolerance: true,
    evidenceRequired: false,
    text: {
      en: {
        saqQuestion:
          "Are your workers free of any recruitment fees or related costs, whether charged by you, " +
          "a labour agency or a broker?",
        auditQuestion:
          "Are workers free of any recruitment fees or related costs, whether charged by the " +
          "supplier, a labour agency or a broker?",
        guidance:
          "Ask workers, especially migrant and agency workers, what they paid to get the job (fees, " +
          "travel, medical checks, deposits, loans) and review agency contracts and reimbursement " +
          "records. Fees paid by workers must be repaid in full; debt bondage is a zero-tolerance " +
          "breach.",
      },
      "zh-CN": {
        saqQuestion:
          "贵公司的工人是否无需承担任何招聘费用或相关费用（无论由贵公司、" +
          "劳务派遣机构还是中介收取）？",
        auditQuestion:
          "供应商的工人是否无需承担任何招聘费用或相关费用（无论由供应商、" +
          "劳务派遣机构还是中介收取）？",
        guidance:
          "询问工人（尤其是外来务工人员和劳务派遣工）为获得工作支付过哪些费用（中介费、路费、" +
          "体检费、押金、借款），并查阅劳务派遣协议和费用报销记录。工人已支付的费用须全额退还；" +
          "债务劳役属零容忍违规。",
      },
    },
  },
  {
    code: "CFL-06",
    area: EsgArea.CHILD_AND_FORCED_LABOUR,
    answerType: AnswerType.YES_NO,
    weight: 5,
    zeroTolerance: true,
    evidenceRequired: false,
    text: {
      en: {
        saqQuestion:
          "Do your workers keep their own passports and identity documents, and can they move " +
          "freely, including leaving the site and dormitories outside working hours?",
        auditQuestion:
          "Do workers keep their own passports and identity documents, and can they move freely, " +
          "including leaving the site and dormitories outside working hours?",
        guidance:
          "Confirm that the employer, agencies and dormitory managers hold no original identity or " +
          "travel documents beyond brief legally required processing, and that exits and " +
          "dormitories are not locked or guarded to restrict movement. Voluntary safekeeping is " +
          "acceptable only if workers can retrieve their documents at any time without asking " +
          "permission.",
      },
      "zh-CN": {
        saqQuestion:
          "贵公司的工人是否自行保管护照和身份证件，" +
          "并可自由行动（包括在工作时间以外离开厂区和宿舍）？",
        auditQuestion:
          "供应商的工人是否自行保管护照和身份证件，" +
          "并可自由行动（包括在工作时间以外离开厂区和宿舍）？",
        guidance:
          "确认雇主、劳务派遣机构和宿舍管理人员除法律规定的短暂办理手续外，" +
          "未扣押任何身份证件或旅行证件原件，且厂区出口和宿舍未上锁或派人看守以限制人身自由。" +
          "仅当工人可随时取回证件且无需申请批准时，自愿委托保管方可接受。",
      },
    },
  },

  // Non-discrimination
  {
    code: "ND-01",
    area: EsgArea.NON_DISCRIMINATION,
    answerType: AnswerType.SCALE_0_4,
    weight: 3,
    zeroTolerance: false,
    evidenceRequired: true,
    text: {
      en: {
        saqQuestion:
          "To what extent have you implemented a written anti-discrimination and anti-harassment " +
          "policy?",
        auditQuestion:
          "To what extent has the supplier implemented a written anti-discrimination and " +
          "anti-harassment policy?",
        guidance:
          "The policy should cover sexual harassment and discrimination by gender, age, ethnicity, " +
          "national origin, religion, disability, pregnancy, marital status, sexual orientation and " +
          "union membership; look for communication to workers, supervisor training and case " +
          "records. Scale: 0 = absent, 4 = fully implemented and reviewed.",
      },
      "zh-CN": {
        saqQuestion: "贵公司在多大程度上落实了书面的反歧视和反骚扰政策？",
        auditQuestion: "供应商在多大程度上落实了书面的反歧视和反骚扰政策？",
        guidance:
          "政策应涵盖性骚扰，以及基于性别、年龄、民族、国籍、宗教、残疾、怀孕、婚姻状况、" +
          "性取向和工会会员身份的歧视；查看向工人的宣导、对主管的培训以及个案记录。评分：" +
          "0 = 未建立，4 = 全面实施并定期评审。",
      },
    },
  },
  {
    code: "ND-02",
    area: EsgArea.NON_DISCRIMINATION,
    answerType: AnswerType.YES_NO,
    weight: 4,
    zeroTolerance: false,
    evidenceRequired: false,
    text: {
      en: {
        saqQuestion:
          "Are your recruitment, pay, promotion, training and dismissal decisions free of " +
          "discrimination, with no pregnancy tests or discriminatory medical tests?",
        auditQuestion:
          "Are recruitment, pay, promotion, training and dismissal decisions free of " +
          "discrimination, with no pregnancy tests or discriminatory medical tests?",
        guidance:
          "Review job advertisements, application forms and pay and promotion data by gender and " +
          "other groups, and interview workers. Pregnancy tests, contraception requirements and HIV " +
          "or hepatitis B screening as a condition of employment are non-conformances.",
      },
      "zh-CN": {
        saqQuestion:
          "贵公司在招聘、薪酬、晋升、培训和解雇方面的决定是否不存在歧视，" +
          "且不进行妊娠检测或带有歧视性的体检？",
        auditQuestion:
          "供应商在招聘、薪酬、晋升、培训和解雇方面的决定是否不存在歧视，" +
          "且不进行妊娠检测或带有歧视性的体检？",
        guidance:
          "查阅招聘广告、求职登记表，以及按性别和其他群体划分的薪酬和晋升数据，并访谈工人。" +
          "将妊娠检测、避孕要求以及艾滋病或乙肝筛查作为录用条件均属不符合项。",
      },
    },
  },
  {
    code: "ND-03",
    area: EsgArea.NON_DISCRIMINATION,
    answerType: AnswerType.TEXT,
    weight: 3,
    zeroTolerance: false,
    evidenceRequired: false,
    text: {
      en: {
        saqQuestion:
          "Describe the grievance mechanism available to your workers: channels, anonymity, who " +
          "handles complaints and typical response times.",
        auditQuestion:
          "Describe the grievance mechanism available to workers: channels, anonymity, who handles " +
          "complaints and typical response times.",
        guidance:
          "Note whether workers know and trust the mechanism, whether agency and contract workers " +
          "can use it, and how many grievances were raised in the last 12 months and how they were " +
          "resolved. Confirm there is a route that bypasses direct supervisors.",
      },
      "zh-CN": {
        saqQuestion:
          "请描述贵公司为工人提供的申诉机制：申诉渠道、能否匿名、" +
          "由谁处理投诉以及通常的答复时间。",
        auditQuestion:
          "请描述供应商为工人提供的申诉机制：申诉渠道、能否匿名、" +
          "由谁处理投诉以及通常的答复时间。",
        guidance:
          "记录工人是否了解并信任该机制、劳务派遣工和合同工能否使用，" +
          "以及过去12个月内提出的申诉数量和处理结果。确认存在绕过直接主管的申诉途径。",
      },
    },
  },
  {
    code: "ND-04",
    area: EsgArea.NON_DISCRIMINATION,
    answerType: AnswerType.YES_NO,
    weight: 4,
    zeroTolerance: false,
    evidenceRequired: false,
    text: {
      en: {
        saqQuestion:
          "Are your workers free from harsh or inhumane treatment, including physical punishment, " +
          "verbal abuse, sexual harassment and intimidation?",
        auditQuestion:
          "Are workers free from harsh or inhumane treatment, including physical punishment, verbal " +
          "abuse, sexual harassment and intimidation?",
        guidance:
          "Interview workers privately and review the written disciplinary procedure and " +
          "disciplinary records. Fines or wage deductions used as discipline and public humiliation " +
          "are also non-conformances.",
      },
      "zh-CN": {
        saqQuestion: "贵公司的工人是否免受严苛或不人道的对待，包括体罚、辱骂、性骚扰和恐吓？",
        auditQuestion: "供应商的工人是否免受严苛或不人道的对待，包括体罚、辱骂、性骚扰和恐吓？",
        guidance:
          "在私密环境中访谈工人，查阅书面的纪律处分程序和处分记录。" +
          "以罚款或扣工资作为纪律处分手段，以及当众羞辱，同样属于不符合项。",
      },
    },
  },

  // Wages and benefits
  {
    code: "WB-01",
    area: EsgArea.WAGES_AND_BENEFITS,
    answerType: AnswerType.YES_NO,
    weight: 5,
    zeroTolerance: false,
    evidenceRequired: true,
    text: {
      en: {
        saqQuestion:
          "Are all your workers paid at least the legal minimum wage for standard working hours?",
        auditQuestion:
          "Are all workers paid at least the legal minimum wage for standard working hours?",
        guidance:
          "Sample payroll and time records for at least three months of the last 12, including " +
          "probationary, piece-rate, apprentice, agency and student workers. Compare with the " +
          "applicable local minimum wage and check that wages are paid in full and on time.",
      },
      "zh-CN": {
        saqQuestion: "贵公司所有工人在标准工作时间内的工资是否均不低于法定最低工资？",
        auditQuestion: "供应商所有工人在标准工作时间内的工资是否均不低于法定最低工资？",
        guidance:
          "抽取过去12个月中至少三个月的工资表和考勤记录，范围包括试用期员工、计件工、学徒、" +
          "劳务派遣工和学生工。与当地适用的最低工资标准进行比较，并确认工资足额、按时发放。",
      },
    },
  },
  {
    code: "WB-02",
    area: EsgArea.WAGES_AND_BENEFITS,
    answerType: AnswerType.YES_NO,
    weight: 4,
    zeroTolerance: false,
    evidenceRequired: true,
    text: {
      en: {
        saqQuestion: "Do you pay all overtime at the legally required premium rate?",
        auditQuestion: "Is all overtime paid at the legally required premium rate?",
        guidance:
          "Reconcile time records with payroll for the same sample, including weekend and " +
          "public-holiday overtime, and check that the premium is calculated on the correct base " +
          "wage. Look for signs of double bookkeeping, such as gate records that do not match " +
          "attendance records.",
      },
      "zh-CN": {
        saqQuestion: "贵公司是否按法定标准足额支付所有加班工资？",
        auditQuestion: "供应商是否按法定标准足额支付所有加班工资？",
        guidance:
          "以同一抽样核对考勤记录与工资表，包括休息日和法定节假日加班，" +
          "并检查加班工资是否以正确的工资基数计算。注意是否存在两套账的迹象，" +
          "例如门禁记录与考勤记录不一致。",
      },
    },
  },
  {
    code: "WB-03",
    area: EsgArea.WAGES_AND_BENEFITS,
    answerType: AnswerType.YES_NO,
    weight: 3,
    zeroTolerance: false,
    evidenceRequired: false,
    text: {
      en: {
        saqQuestion:
          "Do you give every worker an understandable payslip for each pay period showing hours " +
          "worked, pay rates, overtime, bonuses and deductions?",
        auditQuestion:
          "Does every worker receive an understandable payslip for each pay period showing hours " +
          "worked, pay rates, overtime, bonuses and deductions?",
        guidance:
          "Check sample payslips against payroll and ask workers whether they understand them. " +
          "Deductions must be lawful and agreed by the worker in writing; deductions as a " +
          "disciplinary measure are not allowed.",
      },
      "zh-CN": {
        saqQuestion:
          "贵公司是否在每个发薪周期向每位工人提供清晰易懂的工资条，列明工作时数、工资标准、" +
          "加班费、奖金和扣款？",
        auditQuestion:
          "供应商是否在每个发薪周期向每位工人提供清晰易懂的工资条，列明工作时数、工资标准、" +
          "加班费、奖金和扣款？",
        guidance:
          "将抽样工资条与工资表进行核对，并询问工人是否看得懂。扣款须合法并经工人书面同意；" +
          "不得以扣款作为纪律处分手段。",
      },
    },
  },
  {
    code: "WB-04",
    area: EsgArea.WAGES_AND_BENEFITS,
    answerType: AnswerType.NUMBER,
    weight: 3,
    zeroTolerance: false,
    evidenceRequired: false,
    text: {
      en: {
        saqQuestion:
          "What share of your workers are enrolled in all legally mandated social insurance schemes " +
          "(%)?",
        auditQuestion:
          "Share of workers enrolled in all legally mandated social insurance schemes (%)",
        guidance:
          "Compare social insurance payment records with the headcount, including agency and " +
          "probationary workers, for pension, medical, work-injury, unemployment and maternity " +
          "insurance. Anything below 100% is a gap unless a legal exemption is documented.",
      },
      "zh-CN": {
        saqQuestion: "贵公司参加全部法定社会保险的工人比例是多少（%）？",
        auditQuestion: "参加全部法定社会保险的工人比例（%）",
        guidance:
          "将社会保险缴费记录与在册人数进行比较（包括劳务派遣工和试用期员工），涵盖养老、医疗、" +
          "工伤、失业和生育保险。低于100%即存在差距，除非有书面的法定豁免依据。",
      },
    },
  },

  // Working hours
  {
    code: "WH-01",
    area: EsgArea.WORKING_HOURS,
    answerType: AnswerType.YES_NO,
    weight: 4,
    zeroTolerance: false,
    evidenceRequired: true,
    text: {
      en: {
        saqQuestion:
          "Do your workers' weekly working hours, including overtime, stay within 60 hours or the " +
          "legal limit, whichever is lower?",
        auditQuestion:
          "Do weekly working hours, including overtime, stay within 60 hours or the legal limit, " +
          "whichever is lower?",
        guidance:
          "Review time records for a sample of workers across peak and low seasons in the last 12 " +
          "months and compare them with production records, gate logs and worker interviews. " +
          "Exceptions are acceptable only in documented emergencies.",
      },
      "zh-CN": {
        saqQuestion:
          "贵公司工人每周的工作时间（含加班）是否不超过60小时或法定上限（以较低者为准）？",
        auditQuestion:
          "供应商工人每周的工作时间（含加班）是否不超过60小时或法定上限（以较低者为准）？",
        guidance:
          "抽查过去12个月内旺季和淡季的工人考勤记录，并与生产记录、" +
          "门禁记录和工人访谈进行比对。仅在有书面记录的紧急情况下方可例外。",
      },
    },
  },
  {
    code: "WH-02",
    area: EsgArea.WORKING_HOURS,
    answerType: AnswerType.NUMBER,
    weight: 3,
    zeroTolerance: false,
    evidenceRequired: false,
    text: {
      en: {
        saqQuestion:
          "What were the maximum weekly hours worked by any of your workers in the last 12 months?",
        auditQuestion: "Maximum weekly hours worked by any worker in the last 12 months",
        guidance:
          "Report the highest weekly total, including overtime, found in the time records for any " +
          "worker, agency workers included. A value above 60 is a non-conformance with WH-01 unless " +
          "it was caused by a documented emergency.",
      },
      "zh-CN": {
        saqQuestion: "过去12个月内，贵公司任一工人的最高周工作时数是多少？",
        auditQuestion: "过去12个月内任一工人的最高周工作时数",
        guidance:
          "填报考勤记录中任一工人（包括劳务派遣工）的最高周工作总时数（含加班）。" +
          "超过60小时即构成WH-01的不符合项，除非系有书面记录的紧急情况所致。",
      },
    },
  },
  {
    code: "WH-03",
    area: EsgArea.WORKING_HOURS,
    answerType: AnswerType.YES_NO,
    weight: 4,
    zeroTolerance: false,
    evidenceRequired: false,
    text: {
      en: {
        saqQuestion: "Do all your workers receive at least one day off in every seven days?",
        auditQuestion: "Do all workers receive at least one day off in every seven days?",
        guidance:
          "Check time records for runs of consecutive working days, especially during peak " +
          "production and around public holidays. More than six consecutive working days is a " +
          "non-conformance except in documented emergencies.",
      },
      "zh-CN": {
        saqQuestion: "贵公司所有工人是否每七天至少休息一天？",
        auditQuestion: "供应商所有工人是否每七天至少休息一天？",
        guidance:
          "检查考勤记录中的连续工作天数，尤其是生产旺季和法定节假日前后。" +
          "连续工作超过六天即属不符合项，有书面记录的紧急情况除外。",
      },
    },
  },
  {
    code: "WH-04",
    area: EsgArea.WORKING_HOURS,
    answerType: AnswerType.YES_NO,
    weight: 3,
    zeroTolerance: false,
    evidenceRequired: false,
    text: {
      en: {
        saqQuestion:
          "Is overtime at your site voluntary, with workers able to refuse it without penalty?",
        auditQuestion: "Is overtime voluntary, with workers able to refuse it without penalty?",
        guidance:
          "Ask workers how overtime is requested and what happens when they decline, and check for " +
          "written overtime consent where the law requires it. Production targets that cannot be " +
          "met in standard hours make overtime effectively compulsory.",
      },
      "zh-CN": {
        saqQuestion: "贵公司的加班是否出于自愿，工人拒绝加班不会受到任何处罚？",
        auditQuestion: "供应商的加班是否出于自愿，工人拒绝加班不会受到任何处罚？",
        guidance:
          "询问工人加班如何安排、拒绝加班会有什么后果；在法律有要求时，检查书面的加班同意书。" +
          "若生产指标在标准工时内无法完成，加班实际上即为强制性的。",
      },
    },
  },

  // Health and safety
  {
    code: "HS-01",
    area: EsgArea.HEALTH_AND_SAFETY,
    answerType: AnswerType.SCALE_0_4,
    weight: 4,
    zeroTolerance: false,
    evidenceRequired: true,
    text: {
      en: {
        saqQuestion:
          "To what extent do you assess occupational health and safety risks for all tasks and " +
          "workplaces and control them using the hierarchy of controls?",
        auditQuestion:
          "To what extent does the supplier assess occupational health and safety risks for all " +
          "tasks and workplaces and control them using the hierarchy of controls?",
        guidance:
          "Look for a current, documented risk assessment covering machinery, electrical work, work " +
          "at height, confined spaces, ergonomics, noise and chemicals, with controls, owners and " +
          "review dates, in line with ISO 45001. Scale: 0 = absent, 4 = fully implemented and " +
          "reviewed.",
      },
      "zh-CN": {
        saqQuestion:
          "贵公司在多大程度上对所有作业和工作场所开展职业健康安全风险评估，" +
          "并按照控制层级原则加以控制？",
        auditQuestion:
          "供应商在多大程度上对所有作业和工作场所开展职业健康安全风险评估，" +
          "并按照控制层级原则加以控制？",
        guidance:
          "查看现行有效的书面风险评估，应涵盖机械、电气作业、高处作业、有限空间、人机工效、" +
          "噪声和化学品，并明确控制措施、责任人和评审日期，符合ISO 45001的要求。评分：" +
          "0 = 未建立，4 = 全面实施并定期评审。",
      },
    },
  },
  {
    code: "HS-02",
    area: EsgArea.HEALTH_AND_SAFETY,
    answerType: AnswerType.YES_NO,
    weight: 5,
    zeroTolerance: true,
    evidenceRequired: false,
    text: {
      en: {
        saqQuestion:
          "Is your site, including dormitories, free of any condition posing an imminent danger to " +
          "life?",
        auditQuestion:
          "Is the site, including dormitories, free of any condition posing an imminent danger to " +
          "life?",
        guidance:
          "Walk the site for locked or blocked emergency exits, missing machine guarding or " +
          "lock-out/tag-out, exposed live electrical parts, unprotected work at height, unsafe " +
          "storage of flammable or toxic gases such as silane, and structural damage. Any such " +
          "condition is a zero-tolerance breach and the activity must be stopped immediately.",
      },
      "zh-CN": {
        saqQuestion: "贵公司厂区（包括宿舍）是否不存在任何可能立即危及生命的状况？",
        auditQuestion: "供应商厂区（包括宿舍）是否不存在任何可能立即危及生命的状况？",
        guidance:
          "巡查厂区，检查是否存在以下情况：紧急出口上锁或堵塞、机械防护或上锁挂牌缺失、" +
          "带电部件裸露、高处作业无防护、硅烷等易燃或有毒气体储存不当，以及建筑结构损坏。" +
          "任何此类状况均属零容忍违规，须立即停止相关作业。",
      },
    },
  },
  {
    code: "HS-03",
    area: EsgArea.HEALTH_AND_SAFETY,
    answerType: AnswerType.YES_NO,
    weight: 5,
    zeroTolerance: false,
    evidenceRequired: true,
    text: {
      en: {
        saqQuestion:
          "Do you have fire prevention and emergency arrangements in place, with unobstructed " +
          "exits, working alarms and extinguishers, and evacuation drills at least annually for all " +
          "shifts?",
        auditQuestion:
          "Are fire prevention and emergency arrangements in place, with unobstructed exits, " +
          "working alarms and extinguishers, and evacuation drills at least annually for all " +
          "shifts?",
        guidance:
          "Check the fire safety certificate or inspection report, maintenance records for alarms, " +
          "sprinklers and extinguishers, and drill records covering every shift and the " +
          "dormitories. Exits must be marked, lit, unlocked and open in the direction of escape.",
      },
      "zh-CN": {
        saqQuestion:
          "贵公司是否落实了消防和应急措施，包括疏散通道畅通、报警装置和灭火器完好有效，" +
          "并至少每年为所有班次组织一次疏散演练？",
        auditQuestion:
          "供应商是否落实了消防和应急措施，包括疏散通道畅通、报警装置和灭火器完好有效，" +
          "并至少每年为所有班次组织一次疏散演练？",
        guidance:
          "检查消防验收或消防检查文件，火灾报警系统、喷淋系统和灭火器的维护保养记录，" +
          "以及覆盖所有班次和宿舍的演练记录。安全出口须有标识和照明，不得上锁，" +
          "且门应朝疏散方向开启。",
      },
    },
  },
  {
    code: "HS-04",
    area: EsgArea.HEALTH_AND_SAFETY,
    answerType: AnswerType.YES_NO,
    weight: 4,
    zeroTolerance: false,
    evidenceRequired: false,
    text: {
      en: {
        saqQuestion:
          "Do you provide suitable personal protective equipment free of charge, and are your " +
          "workers trained in and observed using it correctly?",
        auditQuestion:
          "Is suitable personal protective equipment provided free of charge, and are workers " +
          "trained in and observed using it correctly?",
        guidance:
          "Compare the PPE issued with the hazards in the risk assessment, e.g. cut-resistant " +
          "gloves for glass handling, chemical protection in cell wet processing, hearing " +
          "protection and arc-flash protection for battery and electrical testing. Check training " +
          "records and observe use on the floor.",
      },
      "zh-CN": {
        saqQuestion:
          "贵公司是否免费提供合适的个人防护装备，工人是否接受过相关培训并在现场正确使用？",
        auditQuestion:
          "供应商是否免费提供合适的个人防护装备，工人是否接受过相关培训，" +
          "且现场观察到其正确使用？",
        guidance:
          "将发放的个人防护装备与风险评估中识别的危害进行比对，例如玻璃搬运用防割手套、" +
          "电池片湿法工序用化学防护用品、电池和电气测试用听力防护及防电弧装备。检查培训记录，" +
          "并在现场观察使用情况。",
      },
    },
  },
  {
    code: "HS-05",
    area: EsgArea.HEALTH_AND_SAFETY,
    answerType: AnswerType.SCALE_0_4,
    weight: 4,
    zeroTolerance: false,
    evidenceRequired: false,
    text: {
      en: {
        saqQuestion: "To what extent do you store, handle and use hazardous chemicals safely?",
        auditQuestion: "To what extent are hazardous chemicals stored, handled and used safely?",
        guidance:
          "Look for a chemical inventory, safety data sheets in the workers' language, labelled " +
          "containers, secondary containment, ventilation and gas detection, eyewash stations and " +
          "trained handlers, with particular care for hydrofluoric acid, silane and battery " +
          "electrolyte. Scale: 0 = absent, 4 = fully implemented and reviewed.",
      },
      "zh-CN": {
        saqQuestion: "贵公司在多大程度上确保危险化学品的储存、搬运和使用安全？",
        auditQuestion: "供应商在多大程度上确保危险化学品的储存、搬运和使用安全？",
        guidance:
          "查看化学品清单、以工人所用语言编写的安全技术说明书（SDS）、容器标签、二次围堵、" +
          "通风和气体检测、洗眼器以及经过培训的操作人员，尤其关注氢氟酸、硅烷和电池电解液。" +
          "评分：0 = 未建立，4 = 全面实施并定期评审。",
      },
    },
  },
  {
    code: "HS-06",
    area: EsgArea.HEALTH_AND_SAFETY,
    answerType: AnswerType.NUMBER,
    weight: 3,
    zeroTolerance: false,
    evidenceRequired: false,
    text: {
      en: {
        saqQuestion:
          "What was your lost-time injury frequency rate (LTIFR) over the last 12 months?",
        auditQuestion: "Lost-time injury frequency rate (LTIFR) over the last 12 months",
        guidance:
          "Calculate as the number of lost-time injuries x 1,000,000 / total hours worked, " +
          "including agency and contractor workers on site. Cross-check the injury log with " +
          "first-aid, clinic and insurance records for under-reporting.",
      },
      "zh-CN": {
        saqQuestion: "过去12个月内，贵公司的损工事故频率（LTIFR）是多少？",
        auditQuestion: "过去12个月的损工事故频率（LTIFR）",
        guidance:
          "计算方法：损工事故次数 × 1,000,000 / 总工时，" +
          "包括在厂区工作的劳务派遣工和承包商人员。将工伤记录与急救、医务室和保险记录交叉核对，" +
          "排查漏报情况。",
      },
    },
  },

  // Environment
  {
    code: "ENV-01",
    area: EsgArea.ENVIRONMENT,
    answerType: AnswerType.YES_NO,
    weight: 5,
    zeroTolerance: false,
    evidenceRequired: true,
    text: {
      en: {
        saqQuestion:
          "Do you hold all required, valid environmental permits and comply with their conditions?",
        auditQuestion:
          "Does the supplier hold all required, valid environmental permits and comply with their " +
          "conditions?",
        guidance:
          "Check the environmental impact assessment approval and the permits for wastewater " +
          "discharge, air emissions and hazardous waste, including expiry dates and permitted " +
          "capacity against actual output. Review monitoring reports and any penalties imposed by " +
          "authorities in the last three years.",
      },
      "zh-CN": {
        saqQuestion: "贵公司是否持有所有必需且有效的环保许可，并遵守其规定的条件？",
        auditQuestion: "供应商是否持有所有必需且有效的环保许可，并遵守其规定的条件？",
        guidance:
          "检查环境影响评价批复，以及废水排放、废气排放和危险废物的相关许可（如排污许可证），" +
          "包括有效期以及许可产能与实际产量的对比。查阅监测报告，" +
          "以及过去三年内主管部门作出的任何处罚。",
      },
    },
  },
  {
    code: "ENV-02",
    area: EsgArea.ENVIRONMENT,
    answerType: AnswerType.SCALE_0_4,
    weight: 3,
    zeroTolerance: false,
    evidenceRequired: false,
    text: {
      en: {
        saqQuestion:
          "To what extent do you measure your energy use and greenhouse gas emissions and manage " +
          "them against reduction targets?",
        auditQuestion:
          "To what extent does the supplier measure its energy use and greenhouse gas emissions and " +
          "manage them against reduction targets?",
        guidance:
          "Look for an annual Scope 1 and 2 inventory (and relevant Scope 3) following the GHG " +
          "Protocol or ISO 14064-1, ideally third-party verified, with energy-efficiency measures " +
          "and time-bound targets. Scale: 0 = absent, 4 = fully implemented and reviewed.",
      },
      "zh-CN": {
        saqQuestion: "贵公司在多大程度上计量能源消耗和温室气体排放，并对照减排目标进行管理？",
        auditQuestion: "供应商在多大程度上计量能源消耗和温室气体排放，并对照减排目标进行管理？",
        guidance:
          "查看按照《温室气体核算体系》（GHG Protocol）" +
          "或ISO 14064-1编制的年度范围一和范围二（及相关的范围三）排放清单，" +
          "最好经过第三方核查，并有节能措施和有时限的目标。评分：0 = 未建立，" +
          "4 = 全面实施并定期评审。",
      },
    },
  },
  {
    code: "ENV-03",
    area: EsgArea.ENVIRONMENT,
    answerType: AnswerType.NUMBER,
    weight: 2,
    zeroTolerance: false,
    evidenceRequired: false,
    text: {
      en: {
        saqQuestion:
          "What share of your electricity came from renewable sources in the last 12 months (%)?",
        auditQuestion: "Share of electricity from renewable sources in the last 12 months (%)",
        guidance:
          "Count on-site generation and renewable electricity backed by power purchase agreements, " +
          "green tariffs or energy attribute certificates (e.g. I-RECs) cancelled in the supplier's " +
          "name. Ask for the electricity bills and certificates behind the figure.",
      },
      "zh-CN": {
        saqQuestion: "过去12个月内，贵公司用电中可再生能源电力的比例是多少（%）？",
        auditQuestion: "过去12个月可再生能源电力占用电量的比例（%）",
        guidance:
          "计入厂内自发电，以及有购电协议、" +
          "绿色电价或以供应商名义注销的能源属性证书（如I-REC）支持的可再生电力。" +
          "索取该数据所依据的电费单和证书。",
      },
    },
  },
  {
    code: "ENV-04",
    area: EsgArea.ENVIRONMENT,
    answerType: AnswerType.YES_NO,
    weight: 4,
    zeroTolerance: false,
    evidenceRequired: true,
    text: {
      en: {
        saqQuestion:
          "Do you manage waste and wastewater lawfully, sending hazardous waste only to licensed " +
          "contractors and treating effluent to meet discharge limits?",
        auditQuestion:
          "Are waste and wastewater managed lawfully, with hazardous waste sent only to licensed " +
          "contractors and effluent treated to meet discharge limits?",
        guidance:
          "Check waste segregation and storage areas, transfer manifests and contractor licences, " +
          "and wastewater treatment logs and monitoring results, e.g. for fluoride, nitrogen and " +
          "heavy metals. Look for bypass pipes, unlabelled drums and signs of soil or stormwater " +
          "contamination.",
      },
      "zh-CN": {
        saqQuestion:
          "贵公司是否依法管理废物和废水，仅将危险废物交由持证单位处置，" +
          "并确保废水经处理后达标排放？",
        auditQuestion:
          "供应商是否依法管理废物和废水，仅将危险废物交由持证单位处置，" +
          "并确保废水经处理后达标排放？",
        guidance:
          "检查废物分类和贮存区域、危险废物转移联单和处置单位资质，" +
          "以及污水处理运行记录和监测结果（如氟化物、氮和重金属）。注意是否存在暗管、" +
          "无标识的桶装物以及土壤或雨水受污染的迹象。",
      },
    },
  },
  {
    code: "ENV-05",
    area: EsgArea.ENVIRONMENT,
    answerType: AnswerType.SCALE_0_4,
    weight: 4,
    zeroTolerance: false,
    evidenceRequired: true,
    text: {
      en: {
        saqQuestion:
          "To what extent do you manage hazardous substances by identifying, analysing, assessing " +
          "and controlling their risks?",
        auditQuestion:
          "To what extent does the supplier manage hazardous substances by identifying, analysing, " +
          "assessing and controlling their risks?",
        guidance:
          "Identify: an inventory with CAS numbers checked against RoHS, REACH SVHC and customer " +
          "restricted lists. Analyse likelihood, exposure and severity, assess each substance on a " +
          "likelihood x severity matrix, and control by substitution, engineering controls and " +
          "monitoring. Scale: 0 = absent, 4 = fully implemented and reviewed.",
      },
      "zh-CN": {
        saqQuestion: "贵公司在多大程度上通过识别、分析、评估和控制风险来管理有害物质？",
        auditQuestion: "供应商在多大程度上通过识别、分析、评估和控制风险来管理有害物质？",
        guidance:
          "识别：建立附有CAS号的物质清单，并对照RoHS、REACH高关注物质（SVHC）" +
          "及客户限用物质清单进行核查。分析可能性、暴露程度和严重程度，" +
          "用可能性 × 严重程度矩阵评估每种物质，并通过替代、工程控制和监测加以控制。评分：" +
          "0 = 未建立，4 = 全面实施并定期评审。",
      },
    },
  },

  // Business ethics
  {
    code: "BE-01",
    area: EsgArea.BUSINESS_ETHICS,
    answerType: AnswerType.YES_NO,
    weight: 5,
    zeroTolerance: true,
    evidenceRequired: false,
    text: {
      en: {
        saqQuestion:
          "Is your company free of any bribery, kickbacks, facilitation payments or other improper " +
          "advantages, including any attempt to influence the audit?",
        auditQuestion:
          "Is the supplier free of any bribery, kickbacks, facilitation payments or other improper " +
          "advantages, including any attempt to influence the audit?",
        guidance:
          "Review payments to officials, agents and customers' staff, and stay alert to gifts, " +
          "money or favours offered to the audit team. Any evidence of bribery or corruption, " +
          "including an attempt to bribe an auditor, is a zero-tolerance breach.",
      },
      "zh-CN": {
        saqQuestion:
          "贵公司是否杜绝任何贿赂、回扣、疏通费或其他不正当利益，包括任何试图影响审核的行为？",
        auditQuestion:
          "供应商是否杜绝任何贿赂、回扣、疏通费或其他不正当利益，包括任何试图影响审核的行为？",
        guidance:
          "审查向政府官员、代理人和客户员工的付款，并警惕向审核组提供礼品、钱款或好处的行为。" +
          "任何贿赂或腐败证据（包括试图贿赂审核员）均属零容忍违规。",
      },
    },
  },
  {
    code: "BE-02",
    area: EsgArea.BUSINESS_ETHICS,
    answerType: AnswerType.YES_NO,
    weight: 4,
    zeroTolerance: false,
    evidenceRequired: true,
    text: {
      en: {
        saqQuestion:
          "Do you have an anti-bribery and corruption policy supported by a gifts and hospitality " +
          "register and conflict-of-interest declarations?",
        auditQuestion:
          "Does the supplier have an anti-bribery and corruption policy supported by a gifts and " +
          "hospitality register and conflict-of-interest declarations?",
        guidance:
          "Check that the policy is approved by management, covers facilitation payments and third " +
          "parties, and is trained to staff in purchasing, sales and customs roles. Sample the " +
          "gifts register and the conflict-of-interest declarations for completeness.",
      },
      "zh-CN": {
        saqQuestion: "贵公司是否制定了反贿赂和反腐败政策，并配有礼品与招待登记及利益冲突申报？",
        auditQuestion: "供应商是否制定了反贿赂和反腐败政策，并配有礼品与招待登记及利益冲突申报？",
        guidance:
          "确认该政策经管理层批准，涵盖疏通费和第三方，并已对采购、销售和报关岗位人员开展培训。" +
          "抽查礼品登记和利益冲突申报是否完整。",
      },
    },
  },
  {
    code: "BE-03",
    area: EsgArea.BUSINESS_ETHICS,
    answerType: AnswerType.SCALE_0_4,
    weight: 3,
    zeroTolerance: false,
    evidenceRequired: false,
    text: {
      en: {
        saqQuestion:
          "To what extent do you operate a confidential whistle-blowing channel that protects " +
          "reporters from retaliation?",
        auditQuestion:
          "To what extent does the supplier operate a confidential whistle-blowing channel that " +
          "protects reporters from retaliation?",
        guidance:
          "Look for a channel open to workers, suppliers and other third parties that accepts " +
          "anonymous reports, with independent investigation, a written non-retaliation commitment " +
          "and records of cases and outcomes. Scale: 0 = absent, 4 = fully implemented and " +
          "reviewed.",
      },
      "zh-CN": {
        saqQuestion: "贵公司在多大程度上设有保密的举报渠道，并保护举报人免遭打击报复？",
        auditQuestion: "供应商在多大程度上设有保密的举报渠道，并保护举报人免遭打击报复？",
        guidance:
          "查看是否设有面向工人、供应商和其他第三方且可受理匿名举报的渠道，是否开展独立调查，" +
          "是否有书面的不打击报复承诺，以及是否有案件及处理结果记录。评分：0 = 未建立，" +
          "4 = 全面实施并定期评审。",
      },
    },
  },

  // Freedom of association
  {
    code: "FOA-01",
    area: EsgArea.FREEDOM_OF_ASSOCIATION,
    answerType: AnswerType.YES_NO,
    weight: 4,
    zeroTolerance: false,
    evidenceRequired: false,
    text: {
      en: {
        saqQuestion:
          "Are your workers free to form and join trade unions of their choice or, where the law " +
          "restricts this, to elect their own representatives freely?",
        auditQuestion:
          "Are workers free to form and join trade unions of their choice or, where the law " +
          "restricts this, to elect their own representatives freely?",
        guidance:
          "Interview workers and representatives and review election records: representatives must " +
          "be chosen by workers, not appointed by management, and management must not interfere in " +
          "union or committee activities.",
      },
      "zh-CN": {
        saqQuestion:
          "贵公司的工人是否可以自由组建和加入自己选择的工会；在法律对此有所限制的情况下，" +
          "能否自由选举自己的代表？",
        auditQuestion:
          "供应商的工人是否可以自由组建和加入自己选择的工会；在法律对此有所限制的情况下，" +
          "能否自由选举自己的代表？",
        guidance:
          "访谈工人和工人代表，并查阅选举记录：代表须由工人选举产生，而非由管理层指定；" +
          "管理层不得干预工会或职工委员会的活动。",
      },
    },
  },
  {
    code: "FOA-02",
    area: EsgArea.FREEDOM_OF_ASSOCIATION,
    answerType: AnswerType.TEXT,
    weight: 3,
    zeroTolerance: false,
    evidenceRequired: false,
    text: {
      en: {
        saqQuestion:
          "Describe how your workers are represented and how collective bargaining takes place at " +
          "your site.",
        auditQuestion:
          "Describe how workers are represented and how collective bargaining takes place at the " +
          "site.",
        guidance:
          "Note the type of body (trade union, works council or workers' committee), how and when " +
          "representatives were elected, the share of workers covered by a collective agreement, " +
          "how often it meets management and what was agreed in the last 12 months.",
      },
      "zh-CN": {
        saqQuestion: "请描述贵公司工人的代表方式，以及厂区内集体谈判的开展情况。",
        auditQuestion: "请描述供应商厂区工人的代表方式，以及集体谈判的开展情况。",
        guidance:
          "记录代表机构的类型（工会、职工代表大会或职工委员会）、代表的选举方式和时间、" +
          "集体合同覆盖的工人比例、与管理层会谈的频率，以及过去12个月内达成的协议内容。",
      },
    },
  },
  {
    code: "FOA-03",
    area: EsgArea.FREEDOM_OF_ASSOCIATION,
    answerType: AnswerType.YES_NO,
    weight: 4,
    zeroTolerance: false,
    evidenceRequired: false,
    text: {
      en: {
        saqQuestion:
          "Are your workers and their representatives free from retaliation, intimidation, " +
          "blacklisting or dismissal for union activity or for raising concerns?",
        auditQuestion:
          "Are workers and their representatives free from retaliation, intimidation, blacklisting " +
          "or dismissal for union activity or for raising concerns?",
        guidance:
          "Review dismissal and disciplinary records for worker representatives and for workers who " +
          "raised grievances, and interview them privately. Representatives should have access to " +
          "the workplace and paid time for their duties.",
      },
      "zh-CN": {
        saqQuestion:
          "贵公司的工人及其代表是否不会因参与工会活动或反映问题而遭受打击报复、恐吓、" +
          "列入黑名单或解雇？",
        auditQuestion:
          "供应商的工人及其代表是否不会因参与工会活动或反映问题而遭受打击报复、恐吓、" +
          "列入黑名单或解雇？",
        guidance:
          "查阅工人代表以及曾提出申诉的工人的解雇和纪律处分记录，并私下访谈他们。" +
          "工人代表应能进入工作场所，并享有履行职责的带薪时间。",
      },
    },
  },
];
