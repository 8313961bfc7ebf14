import { IMPORT_ACTIONS, importKind, importOutcome } from "./import-outcome";

const after = (values: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(values).map(([key, value]) => [key, { after: value }]));

describe("importOutcome: an import's audit-trail record in words", () => {
  it.each([
    [
      "suppliers.imported",
      { rows: 3, inserted: 2, updated: 1, skipped: 0 },
      "3 rows: 2 new, 1 updated, 0 skipped",
    ],
    ["users.imported", { rows: 1, inserted: 1, updated: 0 }, "1 row: 1 new, 0 updated"],
    ["purchases.imported", { rows: 5, inserted: 4, skipped: 1 }, "5 rows: 4 new, 1 skipped"],
    [
      "screeningList.imported",
      { number: 2, entries: 1, hitsFound: 3, hitsCleared: 1 },
      "Version 2, 1 entry: 3 matches found, 1 cleared",
    ],
    [
      "regulatoryListVersion.imported",
      { list: "REACH_SVHC", label: "2026-06", entries: 240, substancesAdded: 1 },
      "REACH_SVHC 2026-06: 240 entries, 1 new substance",
    ],
    [
      "protected_area_list.imported",
      { name: "WDPA extract", version: 3, areas: 12 },
      "WDPA extract version 3: 12 areas",
    ],
    ["third_party_assessment.imported", {}, "One result entered with its report"],
  ])("%s", (action, values, words) => {
    expect(importOutcome(action, after(values))).toBe(words);
  });

  it("counts a field missing from the record as 0", () => {
    expect(importOutcome("users.imported", after({ rows: 2 }))).toBe("2 rows: 0 new, 0 updated");
  });

  it.each([
    [
      "suppliers.imported",
      { rows: 3, inserted: 2, updated: 1, skipped: 0 },
      "3 行：新增 2，更新 1，跳过 0",
    ],
    ["users.imported", { rows: 1, inserted: 1, updated: 0 }, "1 行：新增 1，更新 0"],
    ["purchases.imported", { rows: 5, inserted: 4, skipped: 1 }, "5 行：新增 4，跳过 1"],
    [
      "screeningList.imported",
      { number: 2, entries: 1, hitsFound: 3, hitsCleared: 1 },
      "第 2 版，1 个条目：发现命中 3 个，清除 1 个",
    ],
    [
      "regulatoryListVersion.imported",
      { list: "REACH_SVHC", label: "2026-06", entries: 240, substancesAdded: 1 },
      "REACH_SVHC 2026-06：240 个条目，新增 1 种物质",
    ],
    [
      "protected_area_list.imported",
      { name: "WDPA extract", version: 3, areas: 12 },
      "WDPA extract 第 3 版：12 个保护区",
    ],
    ["material_declaration.imported", {}, "已从文件读取一份声明"],
    ["third_party_assessment.imported", {}, "已录入一项结果及其报告"],
    ["something.else", {}, "已导入"],
  ])("%s in Chinese", (action, values, words) => {
    expect(importOutcome(action, after(values), "zh-CN")).toBe(words);
  });

  it("names each kind in both languages; an unknown action stays as recorded", () => {
    expect(IMPORT_ACTIONS.map((action) => importKind(action))).toEqual([
      "Suppliers",
      "Users",
      "Purchases",
      "Screening list",
      "Regulatory substance list",
      "Protected areas",
      "Material declaration (IPC-1752A)",
      "Third-party assessment result",
    ]);
    expect(IMPORT_ACTIONS.map((action) => importKind(action, "zh-CN"))).toEqual([
      "供应商",
      "用户",
      "采购记录",
      "筛查清单",
      "法规物质清单",
      "保护区",
      "物料声明（IPC-1752A）",
      "第三方评估结果",
    ]);
    expect(importKind("other.imported", "zh-CN")).toBe("other.imported");
  });
});
