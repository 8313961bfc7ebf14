/**
 * The server's error messages in Chinese, keyed by their English text with `{{name}}` where the
 * English has a value (src/shared/i18n/error-messages.ts matches messages against the keys).
 * Field messages read after the field's label ("名称" + "不能为空"). A key may also be a part
 * that other messages carry as a value (the reasons of "This invitation {{why}}").
 */
export const errors: Record<string, string> = {
  // Whole requests
  "Invalid input": "输入无效",
  "Internal server error": "服务器内部错误",
  "Authentication required": "请先登录",
  "You are not allowed to do this": "您无权执行此操作",
  "This record already exists": "该记录已存在",
  "A concurrent change got in the way; try again": "与他人的同时修改冲突，请重试",
  "A value is too long or out of range": "某个值过长或超出范围",
  "Malformed value (for example an id that is not a UUID)": "值的格式不正确（例如 ID 不是 UUID）",
  "Syntax Error: query too large": "语法错误：查询过大",
  "{{entity}} {{id}} not found": "未找到{{entity}} {{id}}",
  "{{entity}} not found": "未找到{{entity}}",
  "{{entity}} was changed by someone else (you read version {{expected}}, it is now {{current}}); reload and try again":
    "{{entity}}已被他人修改（您读取的是第 {{expected}} 版，当前为第 {{current}} 版），请重新加载后再试",
  "{{entity}} is {{current}}; cannot {{action}}":
    "{{entity}}当前状态为 {{current}}，无法执行“{{action}}”",
  "{{entity}} {{id}} cannot be submitted": "{{entity}} {{id}} 无法提交",
  "{{entity}} {{id}} cannot be submitted: {{count}} item(s) incomplete":
    "{{entity}} {{id}} 无法提交：{{count}} 项未完成",
  "This draft cannot be published yet: {{problems}}": "该草稿尚不能发布：{{problems}}",
  "The IPC-1752A file has {{count}} problem(s); nothing was imported":
    "IPC-1752A 文件有 {{count}} 处问题，未导入任何内容",
  "A checklist needs at least one question": "检查表至少需要一个问题",
  "BLOCKED suppliers are never ranked": "已禁用（BLOCKED）的供应商不参与排名",
  "Malformed multipart body: {{detail}}": "multipart 请求体格式不正确：{{detail}}",
  "No file: send it in a multipart part named `file`":
    "没有文件：请在名为 `file` 的 multipart 部分中发送文件",
  "Send the file as multipart/form-data, in a part named `file`":
    "请以 multipart/form-data 格式、在名为 `file` 的部分中发送文件",

  // Entities named in the messages above
  Supplier: "供应商",
  Audit: "审核",
  Finding: "发现项",
  Checklist: "检查表",
  Document: "文件",
  MaterialCategory: "物料类别",
  SupplyChainMap: "供应链图",
  "SupplyChainMap root": "供应链图的根节点",
  SubstanceTarget: "物质目标",
  ScreeningHit: "筛查命中",
  SelfAssessment: "自评问卷",
  MaterialDeclaration: "物料声明",
  CorrectiveAction: "纠正措施",

  // Class-validator's own wording (the property name in front is dropped)
  "must be longer than or equal to {{n}} characters": "长度不能少于 {{n}} 个字符",
  "must be shorter than or equal to {{n}} characters": "长度不能超过 {{n}} 个字符",
  "must not be less than {{n}}": "不能小于 {{n}}",
  "must not be greater than {{n}}": "不能大于 {{n}}",
  "must be an integer number": "必须是整数",
  "must be one of the following values: {{values}}": "必须是以下值之一：{{values}}",
  "must be a UUID": "必须是 UUID",
  "must be an email": "必须是电子邮件地址",
  "must contain no more than {{n}} elements": "最多只能包含 {{n}} 项",
  "must contain at least {{n}} elements": "至少需要包含 {{n}} 项",
  "should not be empty": "不能为空",
  "should not be null or undefined": "不能为空",
  "must match {{pattern}} regular expression": "必须符合正则表达式 {{pattern}}",
  "must be a valid ISO31661 Alpha2 code": "必须是有效的 ISO 3166-1 二位字母国家代码",
  "must be a URL address": "必须是 URL 地址",
  "must be a Date instance": "必须是日期",
  "must be a string": "必须是文本",
  "must be a boolean value": "必须是布尔值",
  "must be a number conforming to the specified constraints": "必须是符合要求的数字",
  "must be a latitude string or number": "必须是纬度值",
  "must be a longitude string or number": "必须是经度值",
  "nested property {{property}} must be either object or array":
    "嵌套属性 {{property}} 必须是对象或数组",
  "each value in {{property}} {{rule}}": "{{property}} 中的每个值{{rule}}",
  "is not a valid CAS number (e.g. 7439-92-1)": "不是有效的 CAS 号（例如 7439-92-1）",

  // Passwords
  "must not be only spaces": "不能只包含空格",
  "must not contain your e-mail name": "不能包含您的电子邮件用户名",
  "is too common (it is on lists of leaked passwords)": "过于常见（出现在已泄露密码列表中）",
  "must differ from your current password": "必须与当前密码不同",
  "is not your current password": "不是您的当前密码",

  // Invitations and users
  "This invitation {{why}}": "该邀请{{why}}",
  "was used already: log in instead": "已被使用：请直接登录",
  "was revoked: ask for a new invitation": "已被撤销：请索取新的邀请",
  "has expired: ask for a new invitation": "已过期：请索取新的邀请",
  "is not a valid invitation link (check that it was copied whole)":
    "不是有效的邀请链接（请检查链接是否复制完整）",
  "belongs to an existing user ({{email}}): they can log in already":
    "属于已有用户（{{email}}）：该用户已可直接登录",
  "has a pending invitation already: resend or revoke that one":
    "已有待处理的邀请：请重新发送或撤销该邀请",
  "is already this user's role": "已是该用户的角色",
  "is only allowed for SUPPLIER users": "仅适用于供应商（SUPPLIER）用户",
  "is only for supplier users": "仅适用于供应商用户",
  "is required for SUPPLIER users": "供应商（SUPPLIER）用户必须填写",
  "is required for a supplier user": "供应商用户必须填写",
  "is not an active AUDITOR user": "不是在职的审核员（AUDITOR）用户",
  "must be PROCUREMENT or AUDITOR (never ADMIN)": "必须是 PROCUREMENT 或 AUDITOR（不能是 ADMIN）",
  "is not yours to change: it {{who}}": "您无权修改：它{{who}}",

  // Generic field rules
  "is required": "为必填项",
  "is too long": "过长",
  "is archived": "已归档",
  "appears more than once": "出现了不止一次",
  "must not be blank": "不能为空",
  "must not be empty": "不能为空",
  "must be in the future": "必须是将来的时间",
  "must not be in the future": "不能是将来的时间",
  "must not be in the past": "不能是过去的时间",
  "must be more than 0": "必须大于 0",
  "must be at most 1": "不能大于 1",
  "must be a finite number": "必须是有限的数字",
  "must be an e-mail address": "必须是电子邮件地址",
  "must be an id (a UUID)": "必须是 ID（UUID）",
  "must be an ISO 3166-1 alpha-2 country code": "必须是 ISO 3166-1 二位字母国家代码",
  "must be an ISO 3166-2 code, e.g. CN-XJ": "必须是 ISO 3166-2 代码，例如 CN-XJ",
  "must be a subdivision of {{country}} ({{prefix}}-...)":
    "必须是 {{country}} 的行政区划（{{prefix}}-...）",
  "must be a month, YYYY-MM": "必须是月份，格式为 YYYY-MM",
  "must be a year from 2000 to 2100": "必须是 2000 至 2100 之间的年份",
  "must be a latitude, -90 to 90": "必须是纬度，-90 至 90",
  "must be a longitude, -180 to 180": "必须是经度，-180 至 180",
  "must be 64 hexadecimal characters": "必须是 64 位十六进制字符",
  "must be 1-20 letters, digits, '.', '_' or '-'": "必须是 1 至 20 个字母、数字、“.”、“_”或“-”",
  "must be 2 to 120 characters": "长度必须为 2 至 120 个字符",
  "must be 1 to {{max}} characters": "长度必须为 1 至 {{max}} 个字符",
  "must be 5 to {{max}} characters": "长度必须为 5 至 {{max}} 个字符",
  "must have {{min}} to {{max}} characters": "长度必须为 {{min}} 至 {{max}} 个字符",
  "must have at least {{n}} characters": "至少需要 {{n}} 个字符",
  "must be at least {{n}} characters": "至少需要 {{n}} 个字符",
  "must be at most {{n}} characters": "不能超过 {{n}} 个字符",
  "may be at most {{n}} characters": "不能超过 {{n}} 个字符",
  "at most {{n}} characters": "最多 {{n}} 个字符",
  "at most {{n}} references": "最多 {{n}} 个引用",
  "type at least {{n}} characters": "请至少输入 {{n}} 个字符",
  "must be between 1 and {{max}}": "必须介于 1 和 {{max}} 之间",
  "must be from 1 to {{max}}": "必须为 1 至 {{max}}",
  "must be an integer from 0 to {{max}}": "必须是 0 至 {{max}} 之间的整数",
  "must be YES, NO or NOT_APPLICABLE": "必须是 YES、NO 或 NOT_APPLICABLE",
  "must be one of {{values}}": "必须是以下之一：{{values}}",
  "is not one of {{values}}": "不在以下范围内：{{values}}",
  "must be after validFrom": "必须晚于生效日期（validFrom）",
  "must not be before validFrom": "不能早于生效日期（validFrom）",
  "must not be before from": "不能早于开始日期（from）",
  "must not be more than {{n}} months ahead": "不能晚于 {{n}} 个月之后",
  "must not be more than {{n}} months in the past": "不能早于 {{n}} 个月之前",
  "must be at most {{n}} months ahead ({{until}})": "最多只能是 {{n}} 个月之后（{{until}}）",
  "the period is at most {{n}} months": "期间最长为 {{n}} 个月",
  "give either year or from / to, not both": "请填写年份或起止日期（from / to），不能同时填写",
  "must contain at most {{n}} ids": "最多只能包含 {{n}} 个 ID",
  "contains a character that is not allowed (NUL or a lone surrogate)":
    "包含不允许的字符（NUL 或孤立的代理字符）",
  "is not a cursor returned by this list": "不是此列表返回的游标",
  "is not a notification id": "不是通知 ID",

  // Ids of things
  "must be a checklist id": "必须是检查表 ID",
  "must be a checklist item id": "必须是检查项 ID",
  "must be a document id": "必须是文件 ID",
  "must be a material category id": "必须是物料类别 ID",
  "must be material category ids": "必须是物料类别 ID",
  "must be a node's id": "必须是节点 ID",
  "must be a screening hit id": "必须是筛查命中 ID",
  "must be a site id": "必须是场所 ID",
  "must be a substance id": "必须是物质 ID",
  "must be a supplier id": "必须是供应商 ID",
  "must be a user id": "必须是用户 ID",
  "must be a tier's id (supplyChainTierSets)": "必须是层级 ID（supplyChainTierSets）",
  "must be the id of an uploaded document (POST /documents)":
    "必须是已上传文件的 ID（POST /documents）",
  "is not a supplier": "不是供应商",
  "is not a known supplier": "不是已知的供应商",
  "is not a known checklist": "不是已知的检查表",
  "is not a material category": "不是物料类别",
  "is not a material category this supplier supplies": "不是该供应商供应的物料类别",
  "contains an unknown material category": "包含未知的物料类别",
  "is not a site of this supplier": "不是该供应商的场所",
  "is not a substance": "不是物质",

  // Documents and evidence
  "is not a document you may read (upload it with POST /documents)":
    "不是您可以读取的文件（请通过 POST /documents 上传）",
  "is not a document you uploaded or may read (upload it with POST /documents)":
    "不是您上传或可以读取的文件（请通过 POST /documents 上传）",
  "does not match the document's SHA-256 ({{sha256}})": "与文件的 SHA-256 不符（{{sha256}}）",
  "is larger than {{n}} MB": "大于 {{n}} MB",
  "is larger than {{n}} MB: split the file": "大于 {{n}} MB：请拆分文件",
  "is {{type}}; the import reads CSV (UTF-8) or XLSX":
    "是 {{type}}；导入仅支持 CSV（UTF-8）或 XLSX",
  "is {{type}}; the import reads GeoJSON (a FeatureCollection), CSV or XLSX":
    "是 {{type}}；导入仅支持 GeoJSON（FeatureCollection）、CSV 或 XLSX",
  "is {{type}}; the import reads IPC-1752A XML files": "是 {{type}}；导入仅支持 IPC-1752A XML 文件",
  "give a url or a documentId": "请填写网址（url）或文件 ID（documentId）",
  "must be an http(s) URL (or give a documentId)":
    "必须是 http(s) 网址（或填写文件 ID（documentId））",
  "needs evidence": "需要证据",
  "needs at least one piece of evidence": "至少需要一项证据",
  "must contain at least one piece of evidence": "至少需要包含一项证据",
  "must contain at most {{n}} pieces of evidence": "最多只能包含 {{n}} 项证据",
  "give at least one uploaded document (POST /documents) the rebuttal rests on; links may be added":
    "请至少提供一份已上传的文件（POST /documents）作为申辩依据；可另附链接",
  "needs at least one piece of evidence that the point does not source from the area":
    "至少需要一项证据，证明该地点未从该区域采购",

  // Checklists, self-assessments, audits
  "a checklist has at most {{n}} questions": "一份检查表最多有 {{n}} 个问题",
  "is the only question of this checklist: add another first":
    "是该检查表唯一的问题：请先添加其他问题",
  "is already used by another question ({{code}})": "已被另一个问题使用（{{code}}）",
  "{{code}} is already used by input.items.{{index}}": "{{code}} 已被 input.items.{{index}} 使用",
  "{{name}} has only number or text questions, which are not scored: add a yes/no or 0-4 scale question":
    "{{name}} 只有不计分的数字或文本问题：请添加一个是/否或 0-4 分制问题",
  "is {{status}}; audits use a PUBLISHED checklist":
    "状态为 {{status}}；审核须使用已发布（PUBLISHED）的检查表",
  "is not an item of this checklist": "不是该检查表的检查项",
  "is not an item of this audit's checklist": "不是该审核所用检查表的检查项",
  "is not answered": "未作答",
  "is answered twice (also {{path}}.{{field}})": "被重复作答（另见 {{path}}.{{field}}）",
  "is required for a {{type}} item": "{{type}} 类型的检查项必须填写",
  "must be absent for a {{type}} item": "{{type}} 类型的检查项不应填写此项",
  "must contain at least one answer": "至少需要包含一个回答",
  "must contain at most {{n}} answers": "最多只能包含 {{n}} 个回答",
  "must contain at least one result": "至少需要包含一项结果",
  "has no result": "没有结果",
  "must say what the supplier should change": "必须说明供应商应修改的内容",
  "must name the pillars the audit covered": "必须列出审核涵盖的支柱",
  "must be {{area}}, the area of item {{item}}": "必须是 {{area}}，即检查项 {{item}} 的领域",
  "is a zero-tolerance non-conformance and needs a ZERO_TOLERANCE finding":
    "属于零容忍不符合项，需要记录为零容忍（ZERO_TOLERANCE）发现项",
  "is an OBSERVATION, which needs no corrective action": "是观察项（OBSERVATION），无需纠正措施",
  "must name at least one event": "至少需要指定一个事件",

  // Declarations and substances
  "a class A declaration needs a statement": "A 类声明需要一项声明内容",
  "a class C declaration needs a material with substances": "C 类声明需要包含物质的材料",
  "class A declares statements, not materials": "A 类声明的是声明内容，而不是材料",
  "class {{class}} declares materials, not statements": "{{class}} 类声明的是材料，而不是声明内容",
  "has passed; a declaration must still be valid": "已过期；声明必须仍在有效期内",
  "must say why the declaration is rejected": "必须说明拒绝该声明的原因",
  "give a concentration (ppm) or a mass (massMg), not both":
    "请填写浓度（ppm）或质量（massMg），不能同时填写",
  "give cas or groupCode, not both": "请填写 CAS 号（cas）或物质组代码（groupCode），不能同时填写",
  "give either cas or groupCode": "请填写 CAS 号（cas）或物质组代码（groupCode）",
  "is more than the material's {{n}} mg": "超过了材料的 {{n}} mg",
  "mass {{mass}} mg is more than its material's {{n}} mg":
    "质量 {{mass}} mg 超过了其材料的 {{n}} mg",
  "massPercent {{value}} is over 100": "质量百分比（massPercent）{{value}} 超过 100",
  "ppm {{value}} is over 1000000": "ppm {{value}} 超过 1000000",
  "Amount in {{unit}}; use mg, g, ppm or %": "数量单位为 {{unit}}；请使用 mg、g、ppm 或 %",
  "has a mass in {{unit}}; use mg, g or kg": "质量单位为 {{unit}}；请使用 mg、g 或 kg",
  "has a mass that is not a non-negative number": "质量不是非负数",
  "has an amount that is not a non-negative number": "数量不是非负数",
  "gives no amount (Amount, massPercent or ppm)": "未给出数量（Amount、massPercent 或 ppm）",
  "has no CASNumber": "缺少 CASNumber",
  "CAS {{cas}} fails its check digit": "CAS 号 {{cas}} 校验位错误",
  "CAS {{cas}} {{problem}}": "CAS 号 {{cas}} {{problem}}",
  "line {{line}}, <{{element}}>: {{problem}}": "第 {{line}} 行，<{{element}}>：{{problem}}",
  "must be a CAS number: 2-7 digits, 2 digits and a check digit (7439-92-1)":
    "必须是 CAS 号：2 至 7 位数字、2 位数字和 1 位校验位（7439-92-1）",
  "is not a valid CAS number: the check digit should be {{digit}}":
    "不是有效的 CAS 号：校验位应为 {{digit}}",
  "no substance with CAS {{cas}}": "没有 CAS 号为 {{cas}} 的物质",
  "no substance {{cas}} in the reference data": "参考数据中没有物质 {{cas}}",
  "no substance group {{code}}": "没有物质组 {{code}}",
  "no regulatory list {{code}}": "没有法规清单 {{code}}",
  "{{code}} is not a regulatory list (ROHS, REACH_SVHC, BATTERY_ANNEX_I)":
    "{{code}} 不是法规清单（ROHS、REACH_SVHC、BATTERY_ANNEX_I）",
  "{{value}} is given twice": "{{value}} 重复填写",
  "{{value}} is stated twice": "{{value}} 重复声明",
  "is already entry {{n}}": "已是第 {{n}} 条",
  "is before the exemption's first day {{day}}": "早于豁免的首日 {{day}}",
  "the exemption already ends on {{day}}; a later end is a renewal (a new exemption)":
    "该豁免已于 {{day}} 结束；更晚的结束日期属于续期（新的豁免）",
  "overlaps {{code}} valid from {{from}} to {{to}}; expire that one first or start after it":
    "与 {{code}}（{{from}} 至 {{to}} 有效）重叠；请先使其失效，或在其之后开始",
  "overlaps {{code}} valid from {{from}} without expiry; expire that one first or start after it":
    "与 {{code}}（自 {{from}} 起长期有效）重叠；请先使其失效，或在其之后开始",

  // Recycled content
  "must be preConsumerFraction + postConsumerFraction ({{sum}})":
    "必须等于 preConsumerFraction + postConsumerFraction（{{sum}}）",
  "is already saved (a purchase is counted once)": "已保存（一笔采购只计一次）",
  "is not a current target": "不是当前目标",

  // Supply chain
  "has no supply-chain tiers (an admin sets them: setCategoryTierSet)":
    "没有供应链层级（由管理员设置：setCategoryTierSet）",
  "is not a node of this map": "不是该供应链图的节点",
  "is not a tier (supplyChainTierSets)": "不是层级（supplyChainTierSets）",
  "is not a tier of this map's tier set": "不是该供应链图层级体系中的层级",
  "is the map's root (the supplier itself)": "是该供应链图的根节点（即供应商本身）",
  "must be another node than upstreamNodeId": "必须是与上游节点（upstreamNodeId）不同的节点",
  "must be a tier upstream of the root's ({{tier}})": "必须是根节点层级（{{tier}}）的上游层级",
  "the root stays at the category's top tier ({{tier}})":
    "根节点须保持在该类别的最高层级（{{tier}}）",
  "must be at a lower tier than the downstream node ({{upstream}} is not upstream of {{downstream}})":
    "必须处于比下游节点更低的层级（{{upstream}} 不在 {{downstream}} 的上游）",
  "would close a cycle: {{upstream}} already supplies {{downstream}}":
    "会形成循环：{{upstream}} 已向 {{downstream}} 供货",
  "{{upstream}} is already linked to {{downstream}}": "{{upstream}} 已与 {{downstream}} 关联",
  "{{node}} would put the link with {{other}} ({{tiers}}) out of tier order":
    "{{node}} 会使与 {{other}} 的关联（{{tiers}}）违反层级顺序",
  "a link holds at most {{n}} documents": "一条关联最多可附 {{n}} 份文件",
  "a link is verified against at least one document on it: a purchase order, invoice or bill of lading":
    "关联须依据其上至少一份文件核实：采购订单、发票或提单",
  "give latitude and longitude together": "请同时填写纬度和经度",
  "is required with the other coordinate (or clear both)": "须与另一坐标一同填写（或同时清空）",
  "is required: a verification states every attribute it checked":
    "为必填项：核实须说明所检查的每一项属性",

  // Checklist texts per language
  "differs from the English audit question in texts: give one of them":
    "与 texts 中的英文审核问题不一致：请只填写其中之一",
  "differs from the English guidance in texts: give one of them":
    "与 texts 中的英文指引不一致：请只填写其中之一",
  "is required: the English audit question, here or in texts":
    "为必填项：请在此处或 texts 中填写英文审核问题",
  "must not be blank: English is the fallback for every language":
    "不能为空：英文是所有语言的后备文本",
  "{{code}} has no SAQ question in {{locale}}": "{{code}} 缺少 {{locale}} 的自评问卷问题",
  "{{code}} has no audit question in {{locale}}": "{{code}} 缺少 {{locale}} 的审核问题",
  "{{code}} has no guidance in {{locale}}": "{{code}} 缺少 {{locale}} 的指引",
  "must include en: English is the fallback for every text":
    "必须包含 en：英文是所有文本的后备语言",
  "must be {{locale}}: the English name is the checklist's name":
    "必须是 {{locale}}：英文名称即检查表的名称",
  "The checklist has no name in {{locale}}": "检查表缺少 {{locale}} 名称",

  // Third-party and sustainability schemes
  "is not for scheme {{scheme}}: leave it out": "不适用于 {{scheme}} 体系：请不要填写",
  "is required for scheme {{scheme}}": "{{scheme}} 体系必须填写",
  "is only for kind OTHER": "仅适用于 OTHER 类型",
  "is required with kind OTHER: name it": "OTHER 类型必须填写：请写明名称",
  "is the current name": "与当前名称相同",

  // Imported files' row errors (ImportRowError.message), after the column's header
  "the file is empty": "文件为空",
  "the header has no {{columns}} column": "表头缺少 {{columns}} 列",
  "at most {{n}} rows per file": "每个文件最多 {{n}} 行",
  "is empty": "为空",
  "is blank": "为空",
  "is missing": "缺失",
  "is longer than {{n}} characters": "超过 {{n}} 个字符",
  "is longer than 200 characters": "超过 200 个字符",
  "repeats the e-mail of row {{row}}": "与第 {{row}} 行的电子邮件地址重复",
  "repeats the reference of row {{row}}": "与第 {{row}} 行的参考号重复",
  "repeats the externalId of row {{row}}": "与第 {{row}} 行的 externalId 重复",
  "repeats row {{row}} ({{detail}})": "与第 {{row}} 行重复（{{detail}}）",
  'the same name once normalised: "{{key}}"': "规范化后名称相同：“{{key}}”",
  '"{{value}}" is not an e-mail address': "“{{value}}”不是电子邮件地址",
  '"{{value}}" is not one of {{values}}': "“{{value}}”不是以下值之一：{{values}}",
  "is empty: a SUPPLIER user needs the supplier's externalId or registration number":
    "为空：供应商（SUPPLIER）用户须填写供应商的 externalId 或注册号",
  "is only for SUPPLIER users (this row's role is {{role}})":
    "仅适用于供应商（SUPPLIER）用户（本行角色为 {{role}}）",
  'no supplier with externalId or registration number "{{value}}"':
    "没有 externalId 或注册号为“{{value}}”的供应商",
  '"{{value}}" is the registration number of {{n}} suppliers: give the externalId':
    "“{{value}}”是 {{n}} 家供应商的注册号：请填写 externalId",
  '"{{value}}" is an archived supplier': "“{{value}}”是已归档的供应商",
  "{{email}} is already a {{role}} user of another supplier: change an account's role or supplier by hand":
    "{{email}} 已是其他供应商的 {{role}} 用户：账户的角色或所属供应商请手动修改",
  "{{email}} is already a {{role}} user: change an account's role or supplier by hand":
    "{{email}} 已是 {{role}} 用户：账户的角色或所属供应商请手动修改",
  "is empty: every row needs the ERP vendor id": "为空：每一行都须填写 ERP 供应商编号",
  '"{{value}}" is not an ISO 3166-1 alpha-2 country code':
    "“{{value}}”不是 ISO 3166-1 二位字母国家代码",
  '"{{value}}" is not an ISO 3166-1 alpha-2 code': "“{{value}}”不是 ISO 3166-1 二位字母代码",
  '"{{value}}" is not an ISO 3166-1 country code': "“{{value}}”不是 ISO 3166-1 国家代码",
  '"{{value}}" is not an ISO 3166-2 region code (e.g. CN-XJ: country, hyphen, subdivision)':
    "“{{value}}”不是 ISO 3166-2 地区代码（例如 CN-XJ：国家代码、连字符、行政区代码）",
  '"{{value}}" is not name@country (e.g. Suzhou plant@CN)':
    "“{{value}}”不是“名称@国家”格式（例如 Suzhou plant@CN）",
  '"{{value}}" has no site name before @': "“{{value}}”的 @ 前没有场所名称",
  "a site name is longer than {{n}} characters": "有场所名称超过 {{n}} 个字符",
  '"{{value}}": "{{country}}" is not an ISO 3166-1 alpha-2 country code':
    "“{{value}}”：“{{country}}”不是 ISO 3166-1 二位字母国家代码",
  "no material category with code {{codes}}": "没有代码为 {{codes}} 的物料类别",
  'no material category with code "{{code}}"': "没有代码为“{{code}}”的物料类别",
  "is empty: a new supplier needs one": "为空：新供应商必须填写",
  "is supplier {{name}}, which is archived: it cannot be edited":
    "对应的供应商 {{name}} 已归档，无法修改",
  'no supplier "{{value}}" (id, registration number or name)':
    "没有供应商“{{value}}”（按 ID、注册号或名称查找）",
  '"{{value}}" names {{n}} suppliers: give the id or registration number':
    "“{{value}}”对应 {{n}} 家供应商：请填写 ID 或注册号",
  '"{{value}}" is not a month (YYYY-MM)': "“{{value}}”不是月份（YYYY-MM）",
  '"{{value}}" is not a quantity in kg above 0': "“{{value}}”不是大于 0 的千克数",
  "is above {{n}} kg": "超过 {{n}} kg",
  "is above {{n}} m": "超过 {{n}} 米",
  "the file has no entries under its header": "文件表头下没有任何条目",
  "has no letters or digits to match on": "没有可用于匹配的字母或数字",
  '"{{value}}" has no letters or digits to match on': "“{{value}}”没有可用于匹配的字母或数字",
  "has more than {{n}} aliases": "别名超过 {{n}} 个",
  "an alias is longer than {{n}} characters": "有别名超过 {{n}} 个字符",
  "is empty: say where the entry comes from": "为空：请说明该条目的来源",
  '"{{value}}" is not a date (YYYY-MM-DD)': "“{{value}}”不是日期（YYYY-MM-DD）",
  "{{day}} is in the future": "{{day}} 晚于今天",
  "no header row with the columns name, EC, CAS, date of inclusion and reason in the first 10 rows":
    "前 10 行中没有包含名称、EC、CAS、列入日期和列入原因各列的表头行",
  "the header has no column for: {{columns}}": "表头缺少以下列：{{columns}}",
  "more than {{n}} entries: a list version holds at most that many":
    "条目超过 {{n}} 条：一个清单版本最多只能包含这么多条",
  "is blank: every entry needs the substance's name": "为空：每个条目都须填写物质名称",
  '"{{value}}" must be a CAS number: 2-7 digits, 2 digits and a check digit (7439-92-1)':
    "“{{value}}”必须是 CAS 号：2 至 7 位数字、2 位数字和 1 位校验位（7439-92-1）",
  '"{{value}}" is not a valid CAS number: the check digit should be {{digit}}':
    "“{{value}}”不是有效的 CAS 号：校验位应为 {{digit}}",
  "{{cas}} is already on row {{row}}": "{{cas}} 已出现在第 {{row}} 行",
  '"{{value}}" is not an EC number (NNN-NNN-N)': "“{{value}}”不是 EC 号（NNN-NNN-N）",
  '"{{value}}" is not a date (2018-06-27 or 27/06/2018)':
    "“{{value}}”不是日期（2018-06-27 或 27/06/2018）",

  // Protected-area files (GeoJSON features and table rows)
  "is not a Feature": "不是 Feature",
  "a position is not [longitude, latitude]": "有坐标不是 [经度, 纬度]",
  "a longitude is not a number from -180 to 180": "有经度不是 -180 至 180 之间的数字",
  "a latitude is not a number from -90 to 90": "有纬度不是 -90 至 90 之间的数字",
  "a Point needs a radius in metres above 0": "Point 须有大于 0 的半径（米）",
  "a polygon has no rings": "有多边形没有环",
  "a ring is not a list of positions": "有环不是坐标列表",
  "a ring has fewer than 3 distinct positions": "有环的不同坐标少于 3 个",
  "a MultiPolygon has no polygons": "MultiPolygon 中没有多边形",
  "is {{type}}; Polygon, MultiPolygon or Point": "是 {{type}}；应为 Polygon、MultiPolygon 或 Point",
  "has more than {{n}} vertices": "顶点超过 {{n}} 个",
  "has more than {{n}} vertices: simplify the polygons or split the file":
    "顶点超过 {{n}} 个：请简化多边形或拆分文件",
  "is not valid JSON ({{detail}})": "不是有效的 JSON（{{detail}}）",
  "is not a GeoJSON FeatureCollection": "不是 GeoJSON FeatureCollection",
  "has {{count}} features; at most {{n}} per file": "有 {{count}} 个要素；每个文件最多 {{n}} 个",
  "has no features": "没有任何要素",
  "has {{count}} rows; at most {{n}} per file": "有 {{count}} 行；每个文件最多 {{n}} 行",
  '"{{value}}" is not a latitude from -90 to 90': "“{{value}}”不是 -90 至 90 之间的纬度",
  '"{{value}}" is not a longitude from -180 to 180': "“{{value}}”不是 -180 至 180 之间的经度",
  '"{{value}}" is not a radius in metres above 0': "“{{value}}”不是大于 0 的半径（米）",

  // Import templates (GET /imports/templates/...)
  "No such template: suppliers or users, .csv or .xlsx":
    "没有此模板：可用模板为 suppliers 或 users，格式为 .csv 或 .xlsx",
  "No such template: restricted-entities or high-risk-regions, .csv or .xlsx":
    "没有此模板：可用模板为 restricted-entities 或 high-risk-regions，格式为 .csv 或 .xlsx",

  // Uploaded tables (XLSX) and webhook addresses
  "is not a readable XLSX workbook (the zip container is damaged)":
    "不是可读取的 XLSX 工作簿（zip 容器已损坏）",
  "unpacks to {{size}} MiB, more than the {{n}} MiB an import reads":
    "解压后为 {{size}} MiB，超过导入可读取的 {{n}} MiB",
  "is not a readable XLSX workbook": "不是可读取的 XLSX 工作簿",
  "has no worksheet": "没有工作表",
  "is {{type}}; an import reads CSV (UTF-8) or XLSX": "是 {{type}}；导入仅支持 CSV（UTF-8）或 XLSX",
  "{{host}} does not resolve": "无法解析 {{host}}",
  "is not a URL": "不是网址",
  "must not carry a user name or password": "不能包含用户名或密码",
  "must be an https:// URL (http:// only to a loopback receiver)":
    "必须是 https:// 网址（http:// 仅限本机回环地址的接收端）",
  "resolves to {{address}}, an address in a private or reserved range (set WEBHOOK_ALLOW_PRIVATE=true to allow it)":
    "解析为 {{address}}，属于私有或保留地址段（如需允许，请设置 WEBHOOK_ALLOW_PRIVATE=true）",
  "{{host}} resolves only to private or reserved addresses ({{addresses}})":
    "{{host}} 只解析为私有或保留地址（{{addresses}}）",
};
