/*
 * The default checklist's texts as the migration ChecklistItemTexts1796306816166 stores them on
 * version 1: the English SAQ (supplier-voice) questions and the whole Chinese text. Frozen, as
 * default-checklist-v1.ts is: plain values, no import from src, so editing the live seed
 * (src/modules/checklist/default-checklist.ts) never rewrites what this migration did.
 */

export interface ChecklistItemTextsV1 {
  /** English SAQ question; the English audit question and guidance are version 1's own. */
  enSaqQuestion: string;
  zhCN: { saqQuestion: string; auditQuestion: string; guidance: string };
}

/** By item code. */
export const DEFAULT_CHECKLIST_V1_TEXTS: Readonly<Record<string, ChecklistItemTextsV1>> = {
  "MS-01": {
    enSaqQuestion:
      "Do you have a written ESG policy, approved by your top management, covering labour, health and safety, environment and business ethics?",
    zhCN: {
      saqQuestion:
        "贵公司是否制定了经最高管理层批准的书面ESG政策，涵盖劳工、健康与安全、环境及商业道德？",
      auditQuestion:
        "供应商是否制定了经最高管理层批准的书面ESG政策，涵盖劳工、健康与安全、环境及商业道德？",
      guidance:
        "查看经签署并注明日期的政策文件，确认其引用了适用的法律法规及采购方的供应商行为准则，且至少每三年评审一次。确认政策已以工人使用的语言在工作场所张贴，并在新员工入职时进行讲解。",
    },
  },
  "MS-02": {
    enSaqQuestion:
      "To what extent have you assigned ESG responsibilities, set objectives and reviewed performance through internal audits and management review?",
    zhCN: {
      saqQuestion:
        "贵公司在多大程度上明确了ESG职责、设定了目标，并通过内部审核和管理评审来评价绩效？",
      auditQuestion:
        "供应商在多大程度上明确了ESG职责、设定了目标，并通过内部审核和管理评审来评价绩效？",
      guidance:
        "应有指定的高层管理人员对ESG负责，设定可衡量的目标，至少每年开展一次内部审核，并跟踪纠正措施直至关闭。评分：0 = 未建立，4 = 全面实施并定期评审。",
    },
  },
  "MS-03": {
    enSaqQuestion:
      "To what extent do you identify the legal requirements that apply to you and assess your labour, health and safety, environmental and ethics risks?",
    zhCN: {
      saqQuestion:
        "贵公司在多大程度上识别了适用的法律法规要求，并评估了劳工、健康与安全、环境及商业道德方面的风险？",
      auditQuestion:
        "供应商在多大程度上识别了适用的法律法规要求，并评估了劳工、健康与安全、环境及商业道德方面的风险？",
      guidance:
        "查阅法律法规及客户要求清单和ESG风险评估：二者均应针对本厂区，在法律法规或运营发生变化时及时更新，并与相应的控制措施相关联。评分：0 = 未建立，4 = 全面实施并定期评审。",
    },
  },
  "MS-04": {
    enSaqQuestion:
      "To what extent do you pass ESG requirements on to your own suppliers, labour agencies and subcontractors and monitor their compliance?",
    zhCN: {
      saqQuestion:
        "贵公司在多大程度上将ESG要求传递给自身的供应商、劳务派遣机构和分包商，并监督其合规情况？",
      auditQuestion:
        "供应商在多大程度上将ESG要求传递给其自身的供应商、劳务派遣机构和分包商，并监督其合规情况？",
      guidance:
        "查看合同中是否纳入供应商行为准则，是否基于风险对次级供应商进行筛查，是否对高风险供应商开展自评或审核，以及是否跟进发现项的整改。评分：0 = 未建立，4 = 全面实施并定期评审。",
    },
  },
  "MS-05": {
    enSaqQuestion:
      "Can you trace your key raw materials (e.g. polysilicon, wafers, aluminium, lithium, cobalt, graphite) to their origin?",
    zhCN: {
      saqQuestion: "贵公司能否将关键原材料（如多晶硅、硅片、铝、锂、钴、石墨）追溯至原产地？",
      auditQuestion: "供应商能否将其关键原材料（如多晶硅、硅片、铝、锂、钴、石墨）追溯至原产地？",
      guidance:
        "抽查近期发货批次，沿产销监管链文件（物料清单、供应商声明、发票、工厂或冶炼厂证书）追溯至工业硅生产商或矿山。来源数据须证明未从生物多样性保护区采购，也未从与国家强加的强迫劳动相关的地区或项目采购。",
    },
  },
  "CFL-01": {
    enSaqQuestion:
      "Are all your workers at or above the highest of the legal minimum working age, the age of completing compulsory education, and 15?",
    zhCN: {
      saqQuestion:
        "贵公司所有工人的年龄是否均不低于以下三者中的最高者：法定最低就业年龄、完成义务教育的年龄、15周岁？",
      auditQuestion:
        "供应商所有工人的年龄是否均不低于以下三者中的最高者：法定最低就业年龄、完成义务教育的年龄、15周岁？",
      guidance:
        "交叉核对员工花名册、年龄核查记录和现场观察情况，范围包括承包商人员、劳务派遣工、学徒和学生实习生。任何工人低于最低就业年龄即构成使用童工，属零容忍违规，须本着儿童最大利益原则进行补救。",
    },
  },
  "CFL-02": {
    enSaqQuestion:
      "Do you verify every new worker's age against an original, government-issued identity document before hiring?",
    zhCN: {
      saqQuestion: "贵公司在录用前是否查验每位新员工由政府签发的身份证件原件，以核实其年龄？",
      auditQuestion: "供应商在录用前是否查验每位新员工由政府签发的身份证件原件，以核实其年龄？",
      guidance:
        "查看书面的年龄核查程序、人事档案中的身份证件复印件（原件已归还本人），并核实证件照片与本人相符。在已知存在伪造证件风险的情况下，应有面谈或向发证机关核实等二次核查措施。",
    },
  },
  "CFL-03": {
    enSaqQuestion:
      "Are your juvenile workers (under 18) protected from hazardous work, night shifts and overtime?",
    zhCN: {
      saqQuestion: "贵公司是否确保未成年工（未满18周岁）不从事有害作业、不上夜班、不加班？",
      auditQuestion: "供应商是否确保未成年工（未满18周岁）不从事有害作业、不上夜班、不加班？",
      guidance:
        "检查未满18周岁工人（包括学生实习生）的未成年工登记册、岗位安排、考勤记录和健康检查记录。未成年工不得接触危险化学品、操作危险机械或搬运重物，不得上夜班或加班；仅在未雇用任何未满18周岁的工人时方可回答“不适用”。",
    },
  },
  "CFL-04": {
    enSaqQuestion:
      "Is all work at your site voluntary, with no forced, bonded, indentured, trafficked or involuntary prison labour, and are your workers free to resign with reasonable notice?",
    zhCN: {
      saqQuestion:
        "贵公司的所有工作是否均出于自愿，不存在任何强迫劳动、抵债劳动、契约劳役、人口贩运或非自愿的监狱劳动，且工人可在合理的提前通知后自由辞职？",
      auditQuestion:
        "供应商的所有工作是否均出于自愿，不存在任何强迫劳动、抵债劳动、契约劳役、人口贩运或非自愿的监狱劳动，且工人可在合理的提前通知后自由辞职？",
      guidance:
        "在私密环境中访谈工人，检查劳动合同、离职记录和离职结算工资，确认不存在罚款、克扣工资或收取押金的情况。通过国家强制性劳动力转移项目安置的工人应视为强迫劳动。发现任何强迫劳动迹象即属零容忍违规。",
    },
  },
  "CFL-05": {
    enSaqQuestion:
      "Are your workers free of any recruitment fees or related costs, whether charged by you, a labour agency or a broker?",
    zhCN: {
      saqQuestion:
        "贵公司的工人是否无需承担任何招聘费用或相关费用（无论由贵公司、劳务派遣机构还是中介收取）？",
      auditQuestion:
        "供应商的工人是否无需承担任何招聘费用或相关费用（无论由供应商、劳务派遣机构还是中介收取）？",
      guidance:
        "询问工人（尤其是外来务工人员和劳务派遣工）为获得工作支付过哪些费用（中介费、路费、体检费、押金、借款），并查阅劳务派遣协议和费用报销记录。工人已支付的费用须全额退还；债务劳役属零容忍违规。",
    },
  },
  "CFL-06": {
    enSaqQuestion:
      "Do your workers keep their own passports and identity documents, and can they move freely, including leaving the site and dormitories outside working hours?",
    zhCN: {
      saqQuestion:
        "贵公司的工人是否自行保管护照和身份证件，并可自由行动（包括在工作时间以外离开厂区和宿舍）？",
      auditQuestion:
        "供应商的工人是否自行保管护照和身份证件，并可自由行动（包括在工作时间以外离开厂区和宿舍）？",
      guidance:
        "确认雇主、劳务派遣机构和宿舍管理人员除法律规定的短暂办理手续外，未扣押任何身份证件或旅行证件原件，且厂区出口和宿舍未上锁或派人看守以限制人身自由。仅当工人可随时取回证件且无需申请批准时，自愿委托保管方可接受。",
    },
  },
  "ND-01": {
    enSaqQuestion:
      "To what extent have you implemented a written anti-discrimination and anti-harassment policy?",
    zhCN: {
      saqQuestion: "贵公司在多大程度上落实了书面的反歧视和反骚扰政策？",
      auditQuestion: "供应商在多大程度上落实了书面的反歧视和反骚扰政策？",
      guidance:
        "政策应涵盖性骚扰，以及基于性别、年龄、民族、国籍、宗教、残疾、怀孕、婚姻状况、性取向和工会会员身份的歧视；查看向工人的宣导、对主管的培训以及个案记录。评分：0 = 未建立，4 = 全面实施并定期评审。",
    },
  },
  "ND-02": {
    enSaqQuestion:
      "Are your recruitment, pay, promotion, training and dismissal decisions free of discrimination, with no pregnancy tests or discriminatory medical tests?",
    zhCN: {
      saqQuestion:
        "贵公司在招聘、薪酬、晋升、培训和解雇方面的决定是否不存在歧视，且不进行妊娠检测或带有歧视性的体检？",
      auditQuestion:
        "供应商在招聘、薪酬、晋升、培训和解雇方面的决定是否不存在歧视，且不进行妊娠检测或带有歧视性的体检？",
      guidance:
        "查阅招聘广告、求职登记表，以及按性别和其他群体划分的薪酬和晋升数据，并访谈工人。将妊娠检测、避孕要求以及艾滋病或乙肝筛查作为录用条件均属不符合项。",
    },
  },
  "ND-03": {
    enSaqQuestion:
      "Describe the grievance mechanism available to your workers: channels, anonymity, who handles complaints and typical response times.",
    zhCN: {
      saqQuestion:
        "请描述贵公司为工人提供的申诉机制：申诉渠道、能否匿名、由谁处理投诉以及通常的答复时间。",
      auditQuestion:
        "请描述供应商为工人提供的申诉机制：申诉渠道、能否匿名、由谁处理投诉以及通常的答复时间。",
      guidance:
        "记录工人是否了解并信任该机制、劳务派遣工和合同工能否使用，以及过去12个月内提出的申诉数量和处理结果。确认存在绕过直接主管的申诉途径。",
    },
  },
  "ND-04": {
    enSaqQuestion:
      "Are your workers free from harsh or inhumane treatment, including physical punishment, verbal abuse, sexual harassment and intimidation?",
    zhCN: {
      saqQuestion: "贵公司的工人是否免受严苛或不人道的对待，包括体罚、辱骂、性骚扰和恐吓？",
      auditQuestion: "供应商的工人是否免受严苛或不人道的对待，包括体罚、辱骂、性骚扰和恐吓？",
      guidance:
        "在私密环境中访谈工人，查阅书面的纪律处分程序和处分记录。以罚款或扣工资作为纪律处分手段，以及当众羞辱，同样属于不符合项。",
    },
  },
  "WB-01": {
    enSaqQuestion:
      "Are all your workers paid at least the legal minimum wage for standard working hours?",
    zhCN: {
      saqQuestion: "贵公司所有工人在标准工作时间内的工资是否均不低于法定最低工资？",
      auditQuestion: "供应商所有工人在标准工作时间内的工资是否均不低于法定最低工资？",
      guidance:
        "抽取过去12个月中至少三个月的工资表和考勤记录，范围包括试用期员工、计件工、学徒、劳务派遣工和学生工。与当地适用的最低工资标准进行比较，并确认工资足额、按时发放。",
    },
  },
  "WB-02": {
    enSaqQuestion: "Do you pay all overtime at the legally required premium rate?",
    zhCN: {
      saqQuestion: "贵公司是否按法定标准足额支付所有加班工资？",
      auditQuestion: "供应商是否按法定标准足额支付所有加班工资？",
      guidance:
        "以同一抽样核对考勤记录与工资表，包括休息日和法定节假日加班，并检查加班工资是否以正确的工资基数计算。注意是否存在两套账的迹象，例如门禁记录与考勤记录不一致。",
    },
  },
  "WB-03": {
    enSaqQuestion:
      "Do you give every worker an understandable payslip for each pay period showing hours worked, pay rates, overtime, bonuses and deductions?",
    zhCN: {
      saqQuestion:
        "贵公司是否在每个发薪周期向每位工人提供清晰易懂的工资条，列明工作时数、工资标准、加班费、奖金和扣款？",
      auditQuestion:
        "供应商是否在每个发薪周期向每位工人提供清晰易懂的工资条，列明工作时数、工资标准、加班费、奖金和扣款？",
      guidance:
        "将抽样工资条与工资表进行核对，并询问工人是否看得懂。扣款须合法并经工人书面同意；不得以扣款作为纪律处分手段。",
    },
  },
  "WB-04": {
    enSaqQuestion:
      "What share of your workers are enrolled in all legally mandated social insurance schemes (%)?",
    zhCN: {
      saqQuestion: "贵公司参加全部法定社会保险的工人比例是多少（%）？",
      auditQuestion: "参加全部法定社会保险的工人比例（%）",
      guidance:
        "将社会保险缴费记录与在册人数进行比较（包括劳务派遣工和试用期员工），涵盖养老、医疗、工伤、失业和生育保险。低于100%即存在差距，除非有书面的法定豁免依据。",
    },
  },
  "WH-01": {
    enSaqQuestion:
      "Do your workers' weekly working hours, including overtime, stay within 60 hours or the legal limit, whichever is lower?",
    zhCN: {
      saqQuestion: "贵公司工人每周的工作时间（含加班）是否不超过60小时或法定上限（以较低者为准）？",
      auditQuestion:
        "供应商工人每周的工作时间（含加班）是否不超过60小时或法定上限（以较低者为准）？",
      guidance:
        "抽查过去12个月内旺季和淡季的工人考勤记录，并与生产记录、门禁记录和工人访谈进行比对。仅在有书面记录的紧急情况下方可例外。",
    },
  },
  "WH-02": {
    enSaqQuestion:
      "What were the maximum weekly hours worked by any of your workers in the last 12 months?",
    zhCN: {
      saqQuestion: "过去12个月内，贵公司任一工人的最高周工作时数是多少？",
      auditQuestion: "过去12个月内任一工人的最高周工作时数",
      guidance:
        "填报考勤记录中任一工人（包括劳务派遣工）的最高周工作总时数（含加班）。超过60小时即构成WH-01的不符合项，除非系有书面记录的紧急情况所致。",
    },
  },
  "WH-03": {
    enSaqQuestion: "Do all your workers receive at least one day off in every seven days?",
    zhCN: {
      saqQuestion: "贵公司所有工人是否每七天至少休息一天？",
      auditQuestion: "供应商所有工人是否每七天至少休息一天？",
      guidance:
        "检查考勤记录中的连续工作天数，尤其是生产旺季和法定节假日前后。连续工作超过六天即属不符合项，有书面记录的紧急情况除外。",
    },
  },
  "WH-04": {
    enSaqQuestion:
      "Is overtime at your site voluntary, with workers able to refuse it without penalty?",
    zhCN: {
      saqQuestion: "贵公司的加班是否出于自愿，工人拒绝加班不会受到任何处罚？",
      auditQuestion: "供应商的加班是否出于自愿，工人拒绝加班不会受到任何处罚？",
      guidance:
        "询问工人加班如何安排、拒绝加班会有什么后果；在法律有要求时，检查书面的加班同意书。若生产指标在标准工时内无法完成，加班实际上即为强制性的。",
    },
  },
  "HS-01": {
    enSaqQuestion:
      "To what extent do you assess occupational health and safety risks for all tasks and workplaces and control them using the hierarchy of controls?",
    zhCN: {
      saqQuestion:
        "贵公司在多大程度上对所有作业和工作场所开展职业健康安全风险评估，并按照控制层级原则加以控制？",
      auditQuestion:
        "供应商在多大程度上对所有作业和工作场所开展职业健康安全风险评估，并按照控制层级原则加以控制？",
      guidance:
        "查看现行有效的书面风险评估，应涵盖机械、电气作业、高处作业、有限空间、人机工效、噪声和化学品，并明确控制措施、责任人和评审日期，符合ISO 45001的要求。评分：0 = 未建立，4 = 全面实施并定期评审。",
    },
  },
  "HS-02": {
    enSaqQuestion:
      "Is your site, including dormitories, free of any condition posing an imminent danger to life?",
    zhCN: {
      saqQuestion: "贵公司厂区（包括宿舍）是否不存在任何可能立即危及生命的状况？",
      auditQuestion: "供应商厂区（包括宿舍）是否不存在任何可能立即危及生命的状况？",
      guidance:
        "巡查厂区，检查是否存在以下情况：紧急出口上锁或堵塞、机械防护或上锁挂牌缺失、带电部件裸露、高处作业无防护、硅烷等易燃或有毒气体储存不当，以及建筑结构损坏。任何此类状况均属零容忍违规，须立即停止相关作业。",
    },
  },
  "HS-03": {
    enSaqQuestion:
      "Do you have fire prevention and emergency arrangements in place, with unobstructed exits, working alarms and extinguishers, and evacuation drills at least annually for all shifts?",
    zhCN: {
      saqQuestion:
        "贵公司是否落实了消防和应急措施，包括疏散通道畅通、报警装置和灭火器完好有效，并至少每年为所有班次组织一次疏散演练？",
      auditQuestion:
        "供应商是否落实了消防和应急措施，包括疏散通道畅通、报警装置和灭火器完好有效，并至少每年为所有班次组织一次疏散演练？",
      guidance:
        "检查消防验收或消防检查文件，火灾报警系统、喷淋系统和灭火器的维护保养记录，以及覆盖所有班次和宿舍的演练记录。安全出口须有标识和照明，不得上锁，且门应朝疏散方向开启。",
    },
  },
  "HS-04": {
    enSaqQuestion:
      "Do you provide suitable personal protective equipment free of charge, and are your workers trained in and observed using it correctly?",
    zhCN: {
      saqQuestion: "贵公司是否免费提供合适的个人防护装备，工人是否接受过相关培训并在现场正确使用？",
      auditQuestion:
        "供应商是否免费提供合适的个人防护装备，工人是否接受过相关培训，且现场观察到其正确使用？",
      guidance:
        "将发放的个人防护装备与风险评估中识别的危害进行比对，例如玻璃搬运用防割手套、电池片湿法工序用化学防护用品、电池和电气测试用听力防护及防电弧装备。检查培训记录，并在现场观察使用情况。",
    },
  },
  "HS-05": {
    enSaqQuestion: "To what extent do you store, handle and use hazardous chemicals safely?",
    zhCN: {
      saqQuestion: "贵公司在多大程度上确保危险化学品的储存、搬运和使用安全？",
      auditQuestion: "供应商在多大程度上确保危险化学品的储存、搬运和使用安全？",
      guidance:
        "查看化学品清单、以工人所用语言编写的安全技术说明书（SDS）、容器标签、二次围堵、通风和气体检测、洗眼器以及经过培训的操作人员，尤其关注氢氟酸、硅烷和电池电解液。评分：0 = 未建立，4 = 全面实施并定期评审。",
    },
  },
  "HS-06": {
    enSaqQuestion: "What was your lost-time injury frequency rate (LTIFR) over the last 12 months?",
    zhCN: {
      saqQuestion: "过去12个月内，贵公司的损工事故频率（LTIFR）是多少？",
      auditQuestion: "过去12个月的损工事故频率（LTIFR）",
      guidance:
        "计算方法：损工事故次数 × 1,000,000 / 总工时，包括在厂区工作的劳务派遣工和承包商人员。将工伤记录与急救、医务室和保险记录交叉核对，排查漏报情况。",
    },
  },
  "ENV-01": {
    enSaqQuestion:
      "Do you hold all required, valid environmental permits and comply with their conditions?",
    zhCN: {
      saqQuestion: "贵公司是否持有所有必需且有效的环保许可，并遵守其规定的条件？",
      auditQuestion: "供应商是否持有所有必需且有效的环保许可，并遵守其规定的条件？",
      guidance:
        "检查环境影响评价批复，以及废水排放、废气排放和危险废物的相关许可（如排污许可证），包括有效期以及许可产能与实际产量的对比。查阅监测报告，以及过去三年内主管部门作出的任何处罚。",
    },
  },
  "ENV-02": {
    enSaqQuestion:
      "To what extent do you measure your energy use and greenhouse gas emissions and manage them against reduction targets?",
    zhCN: {
      saqQuestion: "贵公司在多大程度上计量能源消耗和温室气体排放，并对照减排目标进行管理？",
      auditQuestion: "供应商在多大程度上计量能源消耗和温室气体排放，并对照减排目标进行管理？",
      guidance:
        "查看按照《温室气体核算体系》（GHG Protocol）或ISO 14064-1编制的年度范围一和范围二（及相关的范围三）排放清单，最好经过第三方核查，并有节能措施和有时限的目标。评分：0 = 未建立，4 = 全面实施并定期评审。",
    },
  },
  "ENV-03": {
    enSaqQuestion:
      "What share of your electricity came from renewable sources in the last 12 months (%)?",
    zhCN: {
      saqQuestion: "过去12个月内，贵公司用电中可再生能源电力的比例是多少（%）？",
      auditQuestion: "过去12个月可再生能源电力占用电量的比例（%）",
      guidance:
        "计入厂内自发电，以及有购电协议、绿色电价或以供应商名义注销的能源属性证书（如I-REC）支持的可再生电力。索取该数据所依据的电费单和证书。",
    },
  },
  "ENV-04": {
    enSaqQuestion:
      "Do you manage waste and wastewater lawfully, sending hazardous waste only to licensed contractors and treating effluent to meet discharge limits?",
    zhCN: {
      saqQuestion:
        "贵公司是否依法管理废物和废水，仅将危险废物交由持证单位处置，并确保废水经处理后达标排放？",
      auditQuestion:
        "供应商是否依法管理废物和废水，仅将危险废物交由持证单位处置，并确保废水经处理后达标排放？",
      guidance:
        "检查废物分类和贮存区域、危险废物转移联单和处置单位资质，以及污水处理运行记录和监测结果（如氟化物、氮和重金属）。注意是否存在暗管、无标识的桶装物以及土壤或雨水受污染的迹象。",
    },
  },
  "ENV-05": {
    enSaqQuestion:
      "To what extent do you manage hazardous substances by identifying, analysing, assessing and controlling their risks?",
    zhCN: {
      saqQuestion: "贵公司在多大程度上通过识别、分析、评估和控制风险来管理有害物质？",
      auditQuestion: "供应商在多大程度上通过识别、分析、评估和控制风险来管理有害物质？",
      guidance:
        "识别：建立附有CAS号的物质清单，并对照RoHS、REACH高关注物质（SVHC）及客户限用物质清单进行核查。分析可能性、暴露程度和严重程度，用可能性 × 严重程度矩阵评估每种物质，并通过替代、工程控制和监测加以控制。评分：0 = 未建立，4 = 全面实施并定期评审。",
    },
  },
  "BE-01": {
    enSaqQuestion:
      "Is your company free of any bribery, kickbacks, facilitation payments or other improper advantages, including any attempt to influence the audit?",
    zhCN: {
      saqQuestion:
        "贵公司是否杜绝任何贿赂、回扣、疏通费或其他不正当利益，包括任何试图影响审核的行为？",
      auditQuestion:
        "供应商是否杜绝任何贿赂、回扣、疏通费或其他不正当利益，包括任何试图影响审核的行为？",
      guidance:
        "审查向政府官员、代理人和客户员工的付款，并警惕向审核组提供礼品、钱款或好处的行为。任何贿赂或腐败证据（包括试图贿赂审核员）均属零容忍违规。",
    },
  },
  "BE-02": {
    enSaqQuestion:
      "Do you have an anti-bribery and corruption policy supported by a gifts and hospitality register and conflict-of-interest declarations?",
    zhCN: {
      saqQuestion: "贵公司是否制定了反贿赂和反腐败政策，并配有礼品与招待登记及利益冲突申报？",
      auditQuestion: "供应商是否制定了反贿赂和反腐败政策，并配有礼品与招待登记及利益冲突申报？",
      guidance:
        "确认该政策经管理层批准，涵盖疏通费和第三方，并已对采购、销售和报关岗位人员开展培训。抽查礼品登记和利益冲突申报是否完整。",
    },
  },
  "BE-03": {
    enSaqQuestion:
      "To what extent do you operate a confidential whistle-blowing channel that protects reporters from retaliation?",
    zhCN: {
      saqQuestion: "贵公司在多大程度上设有保密的举报渠道，并保护举报人免遭打击报复？",
      auditQuestion: "供应商在多大程度上设有保密的举报渠道，并保护举报人免遭打击报复？",
      guidance:
        "查看是否设有面向工人、供应商和其他第三方且可受理匿名举报的渠道，是否开展独立调查，是否有书面的不打击报复承诺，以及是否有案件及处理结果记录。评分：0 = 未建立，4 = 全面实施并定期评审。",
    },
  },
  "FOA-01": {
    enSaqQuestion:
      "Are your workers free to form and join trade unions of their choice or, where the law restricts this, to elect their own representatives freely?",
    zhCN: {
      saqQuestion:
        "贵公司的工人是否可以自由组建和加入自己选择的工会；在法律对此有所限制的情况下，能否自由选举自己的代表？",
      auditQuestion:
        "供应商的工人是否可以自由组建和加入自己选择的工会；在法律对此有所限制的情况下，能否自由选举自己的代表？",
      guidance:
        "访谈工人和工人代表，并查阅选举记录：代表须由工人选举产生，而非由管理层指定；管理层不得干预工会或职工委员会的活动。",
    },
  },
  "FOA-02": {
    enSaqQuestion:
      "Describe how your workers are represented and how collective bargaining takes place at your site.",
    zhCN: {
      saqQuestion: "请描述贵公司工人的代表方式，以及厂区内集体谈判的开展情况。",
      auditQuestion: "请描述供应商厂区工人的代表方式，以及集体谈判的开展情况。",
      guidance:
        "记录代表机构的类型（工会、职工代表大会或职工委员会）、代表的选举方式和时间、集体合同覆盖的工人比例、与管理层会谈的频率，以及过去12个月内达成的协议内容。",
    },
  },
  "FOA-03": {
    enSaqQuestion:
      "Are your workers and their representatives free from retaliation, intimidation, blacklisting or dismissal for union activity or for raising concerns?",
    zhCN: {
      saqQuestion:
        "贵公司的工人及其代表是否不会因参与工会活动或反映问题而遭受打击报复、恐吓、列入黑名单或解雇？",
      auditQuestion:
        "供应商的工人及其代表是否不会因参与工会活动或反映问题而遭受打击报复、恐吓、列入黑名单或解雇？",
      guidance:
        "查阅工人代表以及曾提出申诉的工人的解雇和纪律处分记录，并私下访谈他们。工人代表应能进入工作场所，并享有履行职责的带薪时间。",
    },
  },
};
