/**
 * The sentences of en/sentences.ts in Chinese (one plural form, `_other`). The same keys as the
 * English: test/server-i18n.test.ts checks it (an import of the English here would make the
 * two folders depend on each other).
 */
export const sentences: Record<string, string> = {
  "import.kind.suppliers.imported": "供应商",
  "import.kind.users.imported": "用户",
  "import.kind.purchases.imported": "采购记录",
  "import.kind.screeningList.imported": "筛查清单",
  "import.kind.regulatoryListVersion.imported": "法规物质清单",
  "import.kind.protected_area_list.imported": "保护区",
  "import.kind.material_declaration.imported": "物料声明（IPC-1752A）",
  "import.kind.third_party_assessment.imported": "第三方评估结果",
  "import.rows_other": "{{count}} 行",
  "import.inserted": "新增 {{count}}",
  "import.updated": "更新 {{count}}",
  "import.skipped": "跳过 {{count}}",
  "import.partSeparator": "，",
  "import.rowsOutcome": "{{rows}}：{{parts}}",
  "import.entries_other": "{{count}} 个条目",
  "import.matches_other": "{{count}} 个",
  "import.screeningList":
    "第 {{number}} 版，{{entries}}：发现命中 {{matches}}，清除 {{cleared}} 个",
  "import.newSubstances_other": "新增 {{count}} 种物质",
  "import.regulatoryList": "{{list}} {{label}}：{{entries}}，{{substances}}",
  "import.areas_other": "{{count}} 个保护区",
  "import.protectedAreas": "{{name}} 第 {{version}} 版：{{areas}}",
  "import.materialDeclaration": "已从文件读取一份声明",
  "import.thirdPartyAssessment": "已录入一项结果及其报告",
  "import.other": "已导入",
  "compliance.overLimitInMaterial":
    "{{substance}}（{{casNumbers}}）在材料“{{material}}”中的含量为 {{measured}}，超过 {{list}} {{version}} 允许的 {{allowed}}",
  "compliance.overLimitOfArticle":
    "{{substance}}（{{casNumbers}}）在整件物品中的含量为 {{measured}}，超过 {{list}} {{version}} 允许的 {{allowed}}",
  "compliance.declaredNotCompliant": "供应商声明该零件不符合 {{list}} {{version}}",
  "compliance.exemptionNotOfList": "符合 {{list}} 的声明依据豁免 {{code}}，但该豁免不属于此清单",
  "compliance.exemptionExpired": "符合 {{list}} 的声明依据豁免 {{code}}，但该豁免已于 {{day}} 到期",
  "compliance.exemptionNotValid":
    "符合 {{list}} 的声明依据豁免 {{code}}，但该豁免在 {{day}} 不在有效期内",
  "compliance.noStatement": "该清单适用于此物料类别，但本声明未就该清单作出合规声明",
  "compliance.noAmount": "既未给出浓度（ppm），也未给出质量及所在材料的质量",
  "compliance.articleMassNeeded": "按整件物品计算的限值需要物品质量及每种材料的质量",
  "risk.listPublished":
    "{{code}} 清单版本 {{label}} 于 {{day}} 发布（晚于上次评估），并列入了该物质",
  "risk.supplierAdded": "{{supplier}} 于 {{day}} 成为 {{category}} 的供应商（晚于上次评估）",
  "risk.processChanged": "上次评估后，工艺（应用阶段或场所）已被修改",
  "substance.svhcSource": "ECHA 候选清单导出文件“{{file}}”，导入于 {{day}}",
  "declaration.importedFileEvidence": "IPC-1752A 文件 {{file}}",
};
