/**
 * Score explanations, grade caps, status reasons, priority terms, traceability, screening hits
 * and recycled-content lines in Chinese, keyed by the English the server writes with
 * `{{name}}` for a value (src/shared/i18n/explanations.ts matches texts against the keys). A
 * key may be a part that others carry as a value (an area's name, "tier 1"). Placeholder names
 * say what a value is: see NUMBERS, DAYS, DATA and LISTS there.
 */
export const explanations: Record<string, string> = {
  // The nine ESG areas, as the policy names them
  "ESG management system": "管理体系",
  "Child and forced labour": "童工与强迫劳动",
  "Non-discrimination": "反歧视",
  "Wages and benefits": "工资与福利",
  "Working hours": "工作时间",
  "Health and safety": "健康与安全",
  Environment: "环境",
  "Business ethics": "商业道德与反腐败",
  "Freedom of association": "结社自由",

  // Counts (countOf: English has the singular and the plural, Chinese one form)
  "{{count}} area": "{{count}} 个领域",
  "{{count}} areas": "{{count}} 个领域",
  "{{count}} open zero-tolerance finding": "{{count}} 项未关闭的零容忍发现项",
  "{{count}} open zero-tolerance findings": "{{count}} 项未关闭的零容忍发现项",
  "{{count}} open major finding": "{{count}} 项未关闭的重大发现项",
  "{{count}} open major findings": "{{count}} 项未关闭的重大发现项",
  "{{count}} open minor finding": "{{count}} 项未关闭的轻微发现项",
  "{{count}} open minor findings": "{{count}} 项未关闭的轻微发现项",
  "{{count}} overdue major or zero-tolerance finding": "{{count}} 项逾期的重大或零容忍发现项",
  "{{count}} overdue major or zero-tolerance findings": "{{count}} 项逾期的重大或零容忍发现项",
  "{{count}} overdue finding": "{{count}} 项逾期发现项",
  "{{count}} overdue findings": "{{count}} 项逾期发现项",

  // ESG score lines (SPEC 7)
  "{{area}}: {{line}} x weight {{weight}}/{{total}}":
    "{{area}}：{{line}} × 权重 {{weight}}/{{total}}",
  "audit {{day}} conformance {{score}}": "{{day}} 审核符合度 {{score}}",
  "self-assessment {{day}} conformance {{score}}": "{{day}} 自评问卷 (SAQ) 符合度 {{score}}",
  "{{scheme}} {{day}}: {{basis}}, counts {{score}}":
    "{{scheme}} {{day}}：{{basis}}，计 {{score}} 分",
  "no audit within {{months}} months, valid third-party assessment or self-assessment within {{saqMonths}} months, counts {{score}}":
    "{{months}} 个月内无审核、无有效的第三方评估，{{saqMonths}} 个月内也无自评问卷，计 {{score}} 分",
  "{{findings}} sets the area to 0": "{{findings}}，该领域得分计为 0",
  "{{findings}} -{{each}} each": "{{findings}}，每项扣 {{each}} 分",
  "deductions stop at the floor of 0": "扣分至下限 0 为止",
  "self-declared, counted at {{percent}} %": "自行申报，按 {{percent}}% 计",
  "third-party assessment, counted at {{percent}} %": "第三方评估，按 {{percent}}% 计",

  // Third-party results (issue 19): what of the report an area's score comes from
  "RBA VAP total {{score}}/{{max}}": "RBA VAP 总分 {{score}}/{{max}}",
  "RBA VAP {{section}} section {{score}}/{{max}}": "RBA VAP {{section}}部分 {{score}}/{{max}}",
  "amfori BSCI overall rating {{grade}}": "amfori BSCI 总体评级 {{grade}}",
  "amfori BSCI PA{{number}} {{name}} rating {{grade}}":
    "amfori BSCI 绩效领域 {{number}}（{{name}}）评级 {{grade}}",
  "EcoVadis overall score {{score}}": "EcoVadis 总分 {{score}}",
  "EcoVadis {{theme}} theme {{score}}": "EcoVadis {{theme}}主题 {{score}}",
  "SSI {{dimension}} level {{ssiLevel}}": "SSI {{dimension}}等级 {{ssiLevel}}",
  "SMETA {{pillar}} pillar {{what}}": "SMETA {{pillar}}支柱：{{what}}",
  "{{critical}} critical, {{major}} major, {{minor}} minor non-conformances":
    "{{critical}} 项严重、{{major}} 项重大、{{minor}} 项轻微不符合项",
  Labor: "劳工",
  "Health & Safety": "健康与安全",
  Ethics: "道德",
  "Management System": "管理体系",
  "Labor & Human Rights": "劳工与人权",
  "Sustainable Procurement": "可持续采购",
  "Governance and Business Ethics": "治理与商业道德",
  "Human and Labour Rights": "人权与劳工权益",
  "Labour Standards": "劳工标准",
  "Business Ethics": "商业道德",
  "Social management system and cascade effect": "社会管理体系及其传导效应",
  "Workers involvement and protection": "员工参与和保护",
  "Freedom of association and collective bargaining": "结社自由与集体谈判",
  "No discrimination, violence or harassment": "无歧视、暴力或骚扰",
  "Fair remuneration": "公平报酬",
  "Decent working hours": "体面的工作时间",
  "Occupational health and safety": "职业健康与安全",
  "No child labour": "无童工",
  "Special protection for young workers": "对未成年工的特殊保护",
  "No precarious employment": "无不稳定雇佣",
  "No bonded, forced labour or human trafficking": "无抵债劳动、强迫劳动或人口贩卖",
  "Protection of the environment": "环境保护",
  "Ethical business behaviour": "商业道德行为",

  // Grade caps (SPEC 7)
  "No valid audit, third-party assessment or self-assessment for {{areas}} ({{areaList}}): grade at best {{grade}}":
    "{{areas}}（{{areaList}}）没有有效的审核、第三方评估或自评问卷：评级最高为 {{grade}}",
  "{{findings}}: grade {{grade}}": "{{findings}}：评级为 {{grade}}",

  // Procurement status reasons (SPEC 8)
  "Sources raw materials from a protected biodiversity area": "从受保护的生物多样性区域采购原材料",
  "{{what}} inside or near a protected area: {{areaList}}":
    "{{what}}位于保护区内或附近：{{areaList}}",
  "A supply-chain node and a site": "供应链节点和场所",
  "A supply-chain node": "供应链节点",
  "A site": "场所",
  "Blocked by an administrator: {{why}}": "已被管理员禁用：{{why}}",
  "Blocked by an administrator": "已被管理员禁用",
  "Restricted party or region in the supply chain: {{hitList}}":
    "供应链中存在受限方或高风险地区：{{hitList}}",
  "Restricted party or region in the supply chain: {{hitList}} and {{n}} more":
    "供应链中存在受限方或高风险地区：{{hitList}}，另有 {{n}} 项",
  "{{node}} (restricted party)": "{{node}}（受限方）",
  "{{node}} (high-risk region)": "{{node}}（高风险地区）",
  "No completed audit within {{months}} months": "{{months}} 个月内无已完成的审核",
  "Grade {{grade}}": "评级为 {{grade}}",
  "Restricted substance over limit in an accepted material declaration: {{partList}}":
    "已接受的物料声明中有受限物质超出限值：{{partList}}",
  "part {{part}}": "零件 {{part}}",

  // Priority terms (SPEC 8)
  "ESG score {{score}} x {{factor}}": "ESG 得分 {{score}} × {{factor}}",
  "{{label}} x {{weight}} x {{factor}}": "{{label}} × {{weight}} × {{factor}}",
  "{{measure}} {{share}} %": "{{measure}} {{share}}%",
  "Renewable electricity": "可再生电力",
  "Third-party verified material": "经第三方验证的材料",
  "Recycled content": "再生材料含量",
  "{{value}} (self-declared, not verified: {{declared}} % x {{factor}})":
    "{{value}}（自行申报，未经验证：{{declared}}% × {{factor}}）",
  "{{value}} (nothing declared)": "{{value}}（未申报）",
  "{{value}} (verified)": "{{value}}（已验证）",
  "Traceability {{level}} ({{points}} points)": "可追溯性：{{level}}（{{points}} 分）",
  "Traceability {{level}} ({{points}} points), {{source}}":
    "可追溯性：{{level}}（{{points}} 分），{{source}}",
  "{{value}}, self-declared, not verified: declared {{level}}, counted one level lower":
    "{{value}}，自行申报，未经验证：申报为{{level}}，降一级计",
  "{{value}}, nothing declared": "{{value}}，未申报",
  "{{value}}, verified": "{{value}}，已验证",
  none: "无",
  "tier 1": "一级",
  "to origin": "追溯至源头",
  verified: "已验证",
  declared: "自行申报",
  "self-declared, not verified: {{declared}} % x {{factor}}":
    "自行申报，未经验证：{{declared}}% × {{factor}}",
  "Recycled content {{element}} {{share}} % for the category ({{basis}}; recycled-content declaration {{id}}, {{from}} to {{to}})":
    "该类别的再生 {{element}} 含量 {{share}}%（{{basis}}；再生材料含量声明 {{id}}，{{from}} 至 {{to}}）",
  "{{line}} x element mass share {{massShare}}": "{{line}} × 元素质量占比 {{massShare}}",
  "Conditional procurement status": "采购状态为有条件批准",
  "{{findings}} {{each}} each": "{{findings}}，每项 {{each}} 分",
  "{{findings}} {{each}} each, at most {{limit}}":
    "{{findings}}，每项 {{each}} 分，最多 {{limit}} 分",
  "Manual adjustment: {{reason}}": "人工调整：{{reason}}",
  "Clamped to {{min}}-{{max}}": "限定在 {{min}}-{{max}} 范围内",

  // Traceability computed from the supply-chain maps (issue 18)
  "{{code}} has no supply-chain tiers": "{{code}} 未设置供应链层级",
  "no supply-chain map for {{code}}": "{{code}} 没有供应链图谱",
  "{{verified}} of {{n}} path": "{{n}} 条路径中的 {{verified}} 条",
  "{{verified}} of {{n}} paths": "{{n}} 条路径中的 {{verified}} 条",
  "computed from the {{code}} supply-chain map: {{paths}} verified to {{origin}}":
    "根据 {{code}} 供应链图谱计算：{{paths}}已验证至 {{origin}}",
  "{{computed}}; declared links only: {{level}}, counted one level lower":
    "{{computed}}；仅凭申报的链接为{{level}}，降一级计",
  "no material category to map": "没有可绘制图谱的物料类别",
  "lowest of {{n}} categories, {{source}}": "{{n}} 个类别中的最低值，{{source}}",

  // Screening hits (issue 18)
  'Node "{{node}}": {{how}} on the {{list}}': "节点“{{node}}”：{{how}}，见{{list}}",
  "its region {{region}} is {{listed}}": "其所在地区 {{region}} 即{{listed}}",
  'its name normalised ("{{normalised}}") equals the alias "{{alias}}" of {{listed}}':
    "其名称规范化后（“{{normalised}}”）与{{listed}}的别名“{{alias}}”相同",
  'its name normalised ("{{normalised}}") equals the name of {{listed}}':
    "其名称规范化后（“{{normalised}}”）与{{listed}}的名称相同",
  '"{{entry}}" ({{listSource}}, listed {{listedOn}})':
    "“{{entry}}”（{{listSource}}，列入日期 {{listedOn}}）",
  "an entry": "某一条目",
  "restricted-entity list": "受限实体名单",
  "high-risk-region list": "高风险地区名单",
  "{{list}} version {{n}}": "{{list}}第 {{n}} 版",

  // Recycled-content figure lines (composed at read time)
  "{{supplier}}, {{category}}: {{recycled}} recycled {{element}} counted of {{elementKg}} ({{basis}}) in {{purchased}} bought":
    "{{supplier}}，{{category}}：购入 {{purchased}}，含 {{element}} {{elementKg}}（{{basis}}），其中计入再生部分 {{recycled}}",
  "{{n}} more supplier lines": "其余 {{n}} 条供应商明细",
};
