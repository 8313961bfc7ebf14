import { addMonthsTo, monthIndex, monthOf, monthStart } from "./month";
import { projectLinear } from "./projection";

describe("projectLinear", () => {
  it.each([
    [
      "a straight line is carried on",
      [
        [0, 0.1],
        [1, 0.2],
        [2, 0.3],
      ],
      10,
      1.1,
    ],
    [
      "a flat series stays flat",
      [
        [0, 0.05],
        [5, 0.05],
      ],
      100,
      0.05,
    ],
    // mean x 1, mean y 1/3, Sxy = (-1)(0) + 0 + (1)(1) = 1, Sxx = 2: slope 0.5
    [
      "least squares through a bend",
      [
        [0, 0],
        [1, 0],
        [2, 1],
      ],
      4,
      1 / 3 + 0.5 * 3,
    ],
  ])("%s", (_name, points, x, expected) => {
    const result = projectLinear(
      (points as number[][]).map(([px, py]) => ({ x: px, y: py })),
      x as number,
    );
    expect(result).toBeCloseTo(expected as number, 10);
  });

  it("has no trend with fewer than two distinct months", () => {
    expect(projectLinear([], 3)).toBeNull();
    expect(projectLinear([{ x: 1, y: 0.2 }], 3)).toBeNull();
    expect(
      projectLinear(
        [
          { x: 1, y: 0.2 },
          { x: 1, y: 0.4 },
        ],
        3,
      ),
    ).toBeNull();
  });
});

describe("months", () => {
  it("reads, counts and steps months", () => {
    expect(monthStart("2026-03")).toBe("2026-03-01");
    expect(monthStart("2026-13")).toBeNull();
    expect(monthOf("2026-03-01")).toBe("2026-03");
    expect(monthOf(new Date("2030-12-31T00:00:00Z"))).toBe("2030-12");
    expect(monthIndex("2030-12") - monthIndex("2025-01")).toBe(71);
    expect(addMonthsTo("2026-02", -11)).toBe("2025-03");
    expect(addMonthsTo("2025-12", 1)).toBe("2026-01");
  });
});
