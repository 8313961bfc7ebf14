import {
  LISTS_V1,
  SUBSTANCES_V1,
  SUBSTANCE_GROUPS_V1,
} from "../../../migrations/seeds/substance-reference-v1";
import {
  evaluateCompliance,
  isoDay,
  type DeclaredArticle,
  type DeclaredMaterial,
  type ListRules,
  type RuleTarget,
} from "./compliance";
import { BatteryCategory, EntryApplicability, ThresholdBasis } from "./substance.enums";

/** The seeded lists as the evaluator takes them (the loader does the same from the tables). */
function seeded(code: string): ListRules {
  const list = LISTS_V1.find((l) => l.code === code)!;
  const target = (cas: string | null | undefined, group?: string): RuleTarget => {
    if (group) {
      const name = SUBSTANCE_GROUPS_V1.find((g) => g.code === group)!.name;
      const memberCas = SUBSTANCES_V1.filter((s) => s.groups?.includes(group)).map((s) => s.cas!);
      return { kind: "group", code: group, name, memberCas };
    }
    return { kind: "substance", cas: cas!, name: SUBSTANCES_V1.find((s) => s.cas === cas)!.name };
  };
  return {
    list: list.code,
    listVersion: list.version.label,
    entries: list.version.entries.map((e) => ({
      target: target(e.cas, e.group),
      thresholdPercent: Number(e.thresholdPercent),
      basis: e.basis as ThresholdBasis,
      appliesTo: e.appliesTo as EntryApplicability,
    })),
    exemptions: list.exemptions.map((e) => ({
      code: e.code,
      target: e.cas ? target(e.cas) : null,
      maxPercent: e.maxPercent === null ? null : Number(e.maxPercent),
      validFrom: e.validFrom,
      expiresAt: e.expiresAt,
    })),
  };
}

const ROHS = seeded("ROHS");
const SVHC = seeded("REACH_SVHC");
const ANNEX_I = seeded("BATTERY_ANNEX_I");
const DAY = "2026-06-01";

const LEAD = "7439-92-1";
const CADMIUM = "7440-43-9";
const MERCURY = "7439-97-6";
const DEHP = "117-81-7";
const DECA_BDE = "1163-19-5";
const PENTA_BDE = "32534-81-9";
const HBCDD = "25637-99-4";

const material = (
  name: string,
  substances: DeclaredMaterial["substances"],
  extra: Partial<DeclaredMaterial> = {},
): DeclaredMaterial => ({ name, substances, ...extra });
const article = (materials: DeclaredMaterial[], extra: Partial<DeclaredArticle> = {}) => ({
  materials,
  ...extra,
});

describe("compliance evaluator", () => {
  describe("RoHS: every threshold, per homogeneous material", () => {
    // A group entry is exercised with one of its members.
    const cases = ROHS.entries.map((entry) => {
      const cas = entry.target.kind === "substance" ? entry.target.cas : entry.target.memberCas[0];
      return [entry.target.name, cas, entry.thresholdPercent] as const;
    });

    it("has the ten Annex II restrictions, Cd at 0.01 % and the rest at 0.1 %", () => {
      expect(cases).toHaveLength(10);
      expect(cases.filter(([, , t]) => t === 0.01).map(([, cas]) => cas)).toEqual([CADMIUM]);
      expect(cases.filter(([, , t]) => t === 0.1)).toHaveLength(9);
    });

    it.each(cases)("%s (%s): exactly %s %% passes", (_name, cas, threshold) => {
      const ppm = threshold * 10_000;
      const result = evaluateCompliance(article([material("m", [{ cas, ppm }])]), [ROHS], DAY);
      expect(result).toEqual({ violations: [], unevaluated: [] });
    });

    it.each(cases)("%s (%s): 1 ppm over %s %% fails", (_name, cas, threshold) => {
      const ppm = threshold * 10_000 + 1;
      const result = evaluateCompliance(article([material("m", [{ cas, ppm }])]), [ROHS], DAY);
      expect(result.violations).toEqual([
        expect.objectContaining({
          cas,
          list: "ROHS",
          listVersion: "2011/65/EU + (EU) 2015/863",
          measuredPercent: ppm / 10_000,
          allowedPercent: threshold,
          material: "m",
        }),
      ]);
    });

    it.each([
      [LEAD, 1000, "0.1 % exactly", 0],
      [LEAD, 1001, "0.1001 %", 1],
      [CADMIUM, 100, "Cd at 0.01 % exactly", 0],
      [CADMIUM, 101, "Cd at 0.0101 %", 1],
      [CADMIUM, 999, "Cd at 0.0999 % (under the others' 0.1 %)", 1],
    ])("%s at %i ppm (%s): %i violation(s)", (cas, ppm, _label, count) => {
      const result = evaluateCompliance(article([material("m", [{ cas, ppm }])]), [ROHS], DAY);
      expect(result.violations).toHaveLength(count);
    });

    it("reads a mass against the material's mass (0.1 g in 100 g is 0.1 %: passes)", () => {
      const at = article([material("solder", [{ cas: LEAD, massG: 0.1 }], { massG: 100 })]);
      expect(evaluateCompliance(at, [ROHS], DAY).violations).toEqual([]);
      const over = article([material("solder", [{ cas: LEAD, massG: 0.1001 }], { massG: 100 })]);
      expect(evaluateCompliance(over, [ROHS], DAY).violations[0]).toMatchObject({
        measuredPercent: 0.1001,
      });
    });

    it("never lets floating-point noise decide (3 x 0.0333... g of 100 g)", () => {
      const third = 0.1 / 3;
      const at = article([
        material(
          "m",
          [
            { cas: DEHP, massG: third },
            { cas: DEHP, massG: third },
            { cas: DEHP, massG: third },
          ],
          { massG: 100 },
        ),
      ]);
      expect(evaluateCompliance(at, [ROHS], DAY).violations).toEqual([]);
    });

    it("judges each material on its own: a small leaded solder fails in a large article", () => {
      const result = evaluateCompliance(
        article([
          material("solder joint", [{ cas: LEAD, ppm: 2000 }], { massG: 0.5 }),
          material("housing", [], { massG: 500 }),
        ]),
        [ROHS],
        DAY,
      );
      expect(result.violations).toEqual([
        expect.objectContaining({ cas: LEAD, material: "solder joint", measuredPercent: 0.2 }),
      ]);
    });
  });

  describe("groups", () => {
    it("counts a PBDE congener against PBDE", () => {
      const result = evaluateCompliance(
        article([material("cable sheath", [{ cas: DECA_BDE, ppm: 1500 }])]),
        [ROHS],
        DAY,
      );
      expect(result.violations).toEqual([
        {
          cas: DECA_BDE,
          casNumbers: [DECA_BDE],
          substanceName: "Polybrominated diphenyl ethers (PBDE)",
          group: "PBDE",
          list: "ROHS",
          listVersion: "2011/65/EU + (EU) 2015/863",
          basis: ThresholdBasis.HOMOGENEOUS_MATERIAL,
          measuredPercent: 0.15,
          allowedPercent: 0.1,
          material: "cable sheath",
        },
      ]);
    });

    it("sums the members: two congeners each under 0.1 % are over it together", () => {
      const result = evaluateCompliance(
        article([
          material("m", [
            { cas: DECA_BDE, ppm: 800 },
            { cas: PENTA_BDE, ppm: 300 },
          ]),
        ]),
        [ROHS],
        DAY,
      );
      expect(result.violations).toEqual([
        expect.objectContaining({
          group: "PBDE",
          cas: DECA_BDE,
          casNumbers: [DECA_BDE, PENTA_BDE],
          measuredPercent: 0.11,
        }),
      ]);
    });

    it("does not count a substance outside the group (HBCDD is no PBDE)", () => {
      const result = evaluateCompliance(
        article([material("m", [{ cas: HBCDD, ppm: 5000 }])]),
        [ROHS],
        DAY,
      );
      expect(result.violations).toEqual([]);
    });
  });

  describe("exemptions", () => {
    const solder = (ppm: number, extra: Partial<DeclaredMaterial> = {}) =>
      article([material("solder", [{ cas: LEAD, ppm }], extra)], { claimedExemptions: ["7(a)"] });

    it.each([
      ["valid on the date", "2026-06-01", 0],
      ["on its last day (expiry inclusive)", "2027-06-30", 0],
      ["the day after it expired", "2027-07-01", 1],
      ["before it applied", "2012-12-31", 1],
    ])("a claimed exemption %s (%s): %i violation(s)", (_label, day, count) => {
      expect(evaluateCompliance(solder(900_000), [ROHS], day).violations).toHaveLength(count);
    });

    it("lifts only what it covers: 7(a) is for lead, not cadmium", () => {
      const result = evaluateCompliance(
        article(
          [
            material("solder", [
              { cas: LEAD, ppm: 900_000 },
              { cas: CADMIUM, ppm: 200 },
            ]),
          ],
          { claimedExemptions: ["7(a)"] },
        ),
        [ROHS],
        DAY,
      );
      expect(result.violations.map((v) => v.cas)).toEqual([CADMIUM]);
    });

    it("is not lifted by an exemption not claimed, or by a code the list does not have", () => {
      const unclaimed = article([material("solder", [{ cas: LEAD, ppm: 900_000 }])]);
      expect(evaluateCompliance(unclaimed, [ROHS], DAY).violations).toHaveLength(1);
      const unknown = article([material("solder", [{ cas: LEAD, ppm: 900_000 }])], {
        claimedExemptions: ["99(z)"],
      });
      expect(evaluateCompliance(unknown, [ROHS], DAY).violations).toHaveLength(1);
    });

    it("raises the limit to an exemption's ceiling: 6(c) copper alloy up to 4 % lead", () => {
      const brass = (ppm: number) =>
        article([material("brass pin", [{ cas: LEAD, ppm }], { exemptions: ["6(c)"] })]);
      expect(evaluateCompliance(brass(35_000), [ROHS], DAY).violations).toEqual([]);
      expect(evaluateCompliance(brass(40_000), [ROHS], DAY).violations).toEqual([]);
      expect(evaluateCompliance(brass(45_000), [ROHS], DAY).violations).toEqual([
        expect.objectContaining({ cas: LEAD, measuredPercent: 4.5, allowedPercent: 4 }),
      ]);
    });

    it("takes a material's own claims and the article's, not another material's", () => {
      const result = evaluateCompliance(
        article([
          material("brass pin", [{ cas: LEAD, ppm: 30_000 }], { exemptions: ["6(c)"] }),
          material("brass nut", [{ cas: LEAD, ppm: 30_000 }]),
        ]),
        [ROHS],
        DAY,
      );
      expect(result.violations.map((v) => v.material)).toEqual(["brass nut"]);
    });
  });

  describe("REACH SVHC: per article", () => {
    it("divides the substance's mass over all materials by the article's mass", () => {
      const cable = (sheathG: number, filmG: number) =>
        article(
          [
            material("sheath", [{ cas: DEHP, massG: sheathG }], { massG: 20 }),
            material("film", [{ cas: DEHP, massG: filmG }], { massG: 5 }),
          ],
          { massG: 100 },
        );
      // Each alone is under 0.1 % of the article; together they are over it.
      expect(evaluateCompliance(cable(0.05, 0.05), [SVHC], DAY).violations).toEqual([]);
      expect(evaluateCompliance(cable(0.06, 0.05), [SVHC], DAY).violations).toEqual([
        expect.objectContaining({
          cas: DEHP,
          list: "REACH_SVHC",
          basis: ThresholdBasis.ARTICLE,
          measuredPercent: 0.11,
          allowedPercent: 0.1,
          material: null,
        }),
      ]);
    });

    it("is not a per-material limit: 0.5 % lead in a small solder is 0.05 % of the article", () => {
      const at = article([
        material("solder", [{ cas: LEAD, ppm: 5000 }], { massG: 10 }),
        material("frame", [], { massG: 90 }),
      ]);
      expect(evaluateCompliance(at, [SVHC], DAY).violations).toEqual([]);
      // The same solder is a RoHS violation in its homogeneous material.
      expect(evaluateCompliance(at, [ROHS], DAY).violations).toHaveLength(1);
    });

    it("exactly 0.1 % of the article passes, just over fails", () => {
      const at = (massG: number) =>
        article([material("film", [{ cas: DEHP, massG }], { massG: 50 })], { massG: 200 });
      expect(evaluateCompliance(at(0.2), [SVHC], DAY).violations).toEqual([]);
      expect(evaluateCompliance(at(0.2002), [SVHC], DAY).violations).toHaveLength(1);
    });

    it("reports what it cannot measure instead of passing it", () => {
      const result = evaluateCompliance(
        article([material("film", [{ cas: DEHP, ppm: 3000 }])]),
        [SVHC],
        DAY,
      );
      expect(result.violations).toEqual([]);
      expect(result.unevaluated).toEqual([
        expect.objectContaining({ cas: DEHP, list: "REACH_SVHC", material: null }),
      ]);
    });
  });

  describe("battery Annex I", () => {
    const battery = (category: BatteryCategory, cas: string, ppm: number) =>
      article([material("cell", [{ cas, ppm }], { massG: 40 })], { batteryCategory: category });

    it.each([
      [BatteryCategory.PORTABLE, CADMIUM, 30, 1],
      [BatteryCategory.PORTABLE, CADMIUM, 20, 0],
      [BatteryCategory.INDUSTRIAL, CADMIUM, 30, 0],
      [BatteryCategory.EV, CADMIUM, 30, 0],
      [BatteryCategory.PORTABLE, LEAD, 100, 0],
      [BatteryCategory.PORTABLE, LEAD, 101, 1],
      [BatteryCategory.INDUSTRIAL, LEAD, 500, 0],
      [BatteryCategory.INDUSTRIAL, MERCURY, 5, 0],
      [BatteryCategory.INDUSTRIAL, MERCURY, 6, 1],
      [BatteryCategory.PORTABLE, MERCURY, 6, 1],
    ])("%s battery, %s at %i ppm: %i violation(s)", (category, cas, ppm, count) => {
      expect(
        evaluateCompliance(battery(category, cas, ppm), [ANNEX_I], DAY).violations,
      ).toHaveLength(count);
    });

    it("lifts lead in portable zinc-air button cells until 2028-08-17", () => {
      const cell = article([material("cell", [{ cas: LEAD, ppm: 300 }], { massG: 1 })], {
        batteryCategory: BatteryCategory.PORTABLE,
        claimedExemptions: ["3-zinc-air-button"],
      });
      expect(evaluateCompliance(cell, [ANNEX_I], DAY).violations).toEqual([]);
      expect(evaluateCompliance(cell, [ANNEX_I], "2028-08-18").violations).toHaveLength(1);
    });
  });

  it("evaluates every applicable list at once", () => {
    const result = evaluateCompliance(
      article([material("solder", [{ cas: LEAD, ppm: 20_000 }], { massG: 10 })], {
        massG: 10,
        batteryCategory: BatteryCategory.PORTABLE,
      }),
      [ROHS, SVHC, ANNEX_I],
      DAY,
    );
    expect(result.violations.map((v) => v.list)).toEqual(["ROHS", "REACH_SVHC", "BATTERY_ANNEX_I"]);
  });

  it("takes the UTC day of an instant", () => {
    expect(isoDay(new Date("2027-06-30T23:59:59Z"))).toBe("2027-06-30");
  });
});
