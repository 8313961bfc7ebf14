import { importOutcome } from "./import-outcome";

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
});
