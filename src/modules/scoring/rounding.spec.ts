import { roundTo } from "./rounding";

describe("roundTo", () => {
  it.each([
    [1.005, 2, 1.01],
    [84.995, 2, 85],
    [84.994999, 2, 84.99],
    [-1.005, 2, -1.01],
    [-0.00001, 4, 0],
    [12.857142857, 4, 12.8571],
    [77.142857, 2, 77.14],
    [0, 2, 0],
  ])("roundTo(%p, %i) -> %p", (value, decimals, expected) => {
    expect(roundTo(value, decimals)).toBe(expected);
  });

  it("never returns -0", () => {
    expect(Object.is(roundTo(-0.000001, 2), 0)).toBe(true);
  });
});
