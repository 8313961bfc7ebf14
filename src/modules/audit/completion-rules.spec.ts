import { ItemResult, Severity } from "../../shared/domain/audit.enums";
import { completionProblems } from "./completion-rules";

const items = [
  { id: "i1", code: "MS-01", zeroTolerance: false },
  { id: "i2", code: "CFL-04", zeroTolerance: true },
  { id: "i3", code: "HS-01", zeroTolerance: false },
];
const all = (result: ItemResult) => items.map((item) => ({ itemId: item.id, result }));

describe("completionProblems", () => {
  it("accepts a result for every item", () => {
    expect(completionProblems(items, all(ItemResult.CONFORMS), [])).toEqual([]);
  });

  it("lists every item without a result, by code", () => {
    const problems = completionProblems(items, [{ itemId: "i2", result: ItemResult.CONFORMS }], []);
    expect(problems.map((p) => p.path)).toEqual(["items.MS-01", "items.HS-01"]);
  });

  it.each<[string, ItemResult, { itemId: string | null; severity: Severity }[], boolean]>([
    ["no finding", ItemResult.NONCONFORMS, [], true],
    [
      "a MAJOR finding only",
      ItemResult.NONCONFORMS,
      [{ itemId: "i2", severity: Severity.MAJOR }],
      true,
    ],
    [
      "a ZERO_TOLERANCE finding on another item",
      ItemResult.NONCONFORMS,
      [{ itemId: "i1", severity: Severity.ZERO_TOLERANCE }],
      true,
    ],
    [
      "a ZERO_TOLERANCE finding without an item",
      ItemResult.NONCONFORMS,
      [{ itemId: null, severity: Severity.ZERO_TOLERANCE }],
      true,
    ],
    [
      "a ZERO_TOLERANCE finding on the item",
      ItemResult.NONCONFORMS,
      [{ itemId: "i2", severity: Severity.ZERO_TOLERANCE }],
      false,
    ],
    ["PARTIAL needs none", ItemResult.PARTIAL, [], false],
  ])("zero-tolerance item %s (%s) -> refused %p", (_name, result, findings, refused) => {
    const results = [
      ...all(ItemResult.CONFORMS).filter((r) => r.itemId !== "i2"),
      { itemId: "i2", result },
    ];
    const problems = completionProblems(items, results, findings);
    expect(problems.map((p) => p.path)).toEqual(refused ? ["items.CFL-04"] : []);
  });

  it("ignores NONCONFORMS on an ordinary item", () => {
    expect(
      completionProblems(
        items,
        all(ItemResult.NONCONFORMS).map((r) =>
          r.itemId === "i2" ? { ...r, result: ItemResult.CONFORMS } : r,
        ),
        [],
      ),
    ).toEqual([]);
  });
});
