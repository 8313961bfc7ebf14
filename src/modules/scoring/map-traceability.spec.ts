import { Basis, Traceability } from "../../shared/domain/sustainability.enums";
import { mapTraceability, traceabilityTerm, type MapGraph } from "./map-traceability";

/** Root R at tier 3; smelters S1, S2 at 2; quarries Q1, Q2 at 1 (the origin). */
const NODES = [
  { id: "R", tierPosition: 3 },
  { id: "S1", tierPosition: 2 },
  { id: "S2", tierPosition: 2 },
  { id: "Q1", tierPosition: 1 },
  { id: "Q2", tierPosition: 1 },
];
const graph = (links: [string, string, boolean][]): MapGraph => ({
  rootId: "R",
  originPosition: 1,
  nodes: NODES,
  links: links.map(([upstream, downstream, verified]) => ({ upstream, downstream, verified })),
});
const FULL: [string, string][] = [
  ["S1", "R"],
  ["S2", "R"],
  ["Q1", "S1"],
  ["Q2", "S1"],
  ["Q2", "S2"],
];
const all = (verified: boolean) =>
  FULL.map(([u, d]) => [u, d, verified] as [string, string, boolean]);

describe("mapTraceability (issue 18)", () => {
  it.each([
    ["no links", [], Traceability.NONE, Basis.NONE, 0, 0, 0],
    ["every path verified to origin", all(true), Traceability.TO_ORIGIN, Basis.VERIFIED, 3, 3, 100],
    ["every path declared to origin", all(false), Traceability.TIER1, Basis.DECLARED, 3, 0, 0],
    [
      "direct links verified, one path verified to origin",
      [
        ["S1", "R", true],
        ["S2", "R", true],
        ["Q1", "S1", true],
        ["Q2", "S1", false],
        ["Q2", "S2", false],
      ],
      Traceability.TIER1,
      Basis.VERIFIED,
      3,
      1,
      33.3,
    ],
    [
      "direct suppliers declared only, no origin reached",
      [
        ["S1", "R", false],
        ["S2", "R", true],
      ],
      Traceability.NONE,
      Basis.DECLARED,
      2,
      0,
      0,
    ],
    [
      "a skipped tier still reaches the origin",
      [["Q1", "R", true]],
      Traceability.TO_ORIGIN,
      Basis.VERIFIED,
      1,
      1,
      100,
    ],
  ] as const)("%s", (_name, links, level, basis, paths, verified, coverage) => {
    const result = mapTraceability(graph(links as unknown as [string, string, boolean][]));
    expect(result).toMatchObject({
      level,
      basis,
      pathCount: paths,
      verifiedPathCount: verified,
      coverage,
    });
  });
});

describe("traceabilityTerm", () => {
  const mapped = (code: string, links: [string, string, boolean][]) => ({
    categoryCode: code,
    originTierCode: "QUARTZITE",
    map: mapTraceability(graph(links)),
  });

  it("takes the lowest category that can be mapped, naming it", () => {
    const term = traceabilityTerm([
      mapped("POLYSILICON", all(true)),
      { categoryCode: "WAFER", originTierCode: "QUARTZITE", map: null },
      { categoryCode: "GLASS", originTierCode: null, map: null },
    ]);
    expect(term).toEqual({
      level: Traceability.NONE,
      source: "lowest of 2 categories, no supply-chain map for WAFER",
    });
  });

  it("ignores categories without tiers while another can be mapped", () => {
    const term = traceabilityTerm([
      mapped("POLYSILICON", all(true)),
      { categoryCode: "GLASS", originTierCode: null, map: null },
    ]);
    expect(term).toEqual({
      level: Traceability.TO_ORIGIN,
      source: "computed from the POLYSILICON supply-chain map: 3 of 3 paths verified to QUARTZITE",
    });
  });

  it("says so when nothing can be mapped", () => {
    expect(traceabilityTerm([{ categoryCode: "GLASS", originTierCode: null, map: null }])).toEqual({
      level: Traceability.NONE,
      source: "GLASS has no supply-chain tiers",
    });
    expect(traceabilityTerm([]).level).toBe(Traceability.NONE);
  });
});
