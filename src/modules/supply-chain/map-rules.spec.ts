import { linkProblems, reaches, tierProblems, type MapShape } from "./map-rules";

const node = (position: number, tierCode: string, name: string, isRoot = false) => ({
  position,
  tierCode,
  name,
  isRoot,
});

/** Equal tiers on purpose: the cycle check must not lean on the tier order. */
const SHAPE: MapShape = {
  nodes: new Map([
    ["a", node(1, "T1", "A")],
    ["b", node(1, "T1", "B")],
    ["c", node(1, "T1", "C")],
    ["root", node(3, "TOP", "Root", true)],
  ]),
  links: [
    { id: "l1", upstream: "a", downstream: "b" },
    { id: "l2", upstream: "b", downstream: "c" },
  ],
};

describe("map rules", () => {
  it("finds what material can already reach", () => {
    expect(reaches(SHAPE, "a", "c")).toBe(true);
    expect(reaches(SHAPE, "c", "a")).toBe(false);
  });

  it("reports a cycle even where tiers are equal", () => {
    expect(linkProblems(SHAPE, "c", "a").map((p) => p.message)).toEqual([
      "would close a cycle: A already supplies C",
      "must be at a lower tier than the downstream node (T1 is not upstream of T1)",
    ]);
  });

  it("keeps nodes below the root and the root at its tier", () => {
    expect(tierProblems(SHAPE, null, 3, "TOP")).toEqual([
      { path: "input.tierId", message: "must be a tier upstream of the root's (TOP)" },
    ]);
    expect(tierProblems(SHAPE, "root", 2, "MID")).toEqual([
      { path: "input.tierId", message: "the root stays at the category's top tier (TOP)" },
    ]);
    expect(tierProblems(SHAPE, "root", 3, "TOP")).toEqual([]);
  });
});
