import {
  LISTS_V1,
  SUBSTANCES_V1,
  SUBSTANCE_GROUPS_V1,
  TARGETS_V1,
} from "../../../migrations/seeds/substance-reference-v1";
import { casProblem, EC_FORMAT } from "./cas";

/** EC numbers carry a check digit too: the six digits weighted 1..6 from the left, mod 11. */
function ecCheckDigitOk(ec: string): boolean {
  const digits = ec.replace(/-/g, "");
  let sum = 0;
  for (let i = 0; i < 6; i++) sum += Number(digits[i]) * (i + 1);
  return sum % 11 === Number(digits[6]);
}

describe("the seeded reference data", () => {
  it.each(SUBSTANCES_V1.map((s) => [s.cas ?? "(no CAS)", s] as const))(
    "%s has a valid CAS and EC number",
    (_cas, substance) => {
      if (substance.cas) expect(casProblem(substance.cas)).toBeNull();
      if (substance.ec) {
        expect(substance.ec).toMatch(EC_FORMAT);
        expect(ecCheckDigitOk(substance.ec)).toBe(true);
      }
    },
  );

  it("has each CAS number once and every group's members", () => {
    const cas = SUBSTANCES_V1.map((s) => s.cas).filter(Boolean);
    expect(new Set(cas).size).toBe(cas.length);
    for (const group of SUBSTANCE_GROUPS_V1)
      expect(SUBSTANCES_V1.some((s) => s.groups?.includes(group.code))).toBe(true);
    expect(SUBSTANCES_V1.find((s) => s.cas === "1163-19-5")?.groups).toEqual(["PBDE"]);
  });

  it("names only seeded substances and groups in entries, exemptions and targets", () => {
    const known = new Set(SUBSTANCES_V1.map((s) => s.cas));
    const groups = new Set<string>(SUBSTANCE_GROUPS_V1.map((g) => g.code));
    for (const list of LISTS_V1) {
      for (const entry of list.version.entries) {
        expect(Boolean(entry.cas) !== Boolean(entry.group)).toBe(true);
        if (entry.cas) expect(known.has(entry.cas)).toBe(true);
        if (entry.group) expect(groups.has(entry.group)).toBe(true);
      }
      for (const exemption of list.exemptions) expect(known.has(exemption.cas)).toBe(true);
    }
    for (const target of TARGETS_V1) expect(known.has(target.cas)).toBe(true);
  });

  it("seeds SPEC 11's thresholds", () => {
    const thresholds = (code: string) =>
      Object.fromEntries(
        LISTS_V1.find((l) => l.code === code)!.version.entries.map((e) => [
          e.cas ?? e.group,
          [e.thresholdPercent, e.basis, e.appliesTo],
        ]),
      );
    const perMaterial = (t: string) => [t, "HOMOGENEOUS_MATERIAL", "ALL"];
    expect(thresholds("ROHS")).toEqual({
      "7439-92-1": perMaterial("0.1"),
      "7439-97-6": perMaterial("0.1"),
      "7440-43-9": perMaterial("0.01"),
      "18540-29-9": perMaterial("0.1"),
      PBB: perMaterial("0.1"),
      PBDE: perMaterial("0.1"),
      "117-81-7": perMaterial("0.1"),
      "85-68-7": perMaterial("0.1"),
      "84-74-2": perMaterial("0.1"),
      "84-69-5": perMaterial("0.1"),
    });
    expect(thresholds("BATTERY_ANNEX_I")).toEqual({
      "7439-97-6": ["0.0005", "ARTICLE", "ALL"],
      "7440-43-9": ["0.002", "ARTICLE", "PORTABLE_BATTERY"],
      "7439-92-1": ["0.01", "ARTICLE", "PORTABLE_BATTERY"],
    });
    const svhc = LISTS_V1.find((l) => l.code === "REACH_SVHC")!.version.entries;
    expect(svhc.length).toBeGreaterThanOrEqual(36);
    expect(svhc.every((e) => e.thresholdPercent === "0.1" && e.basis === "ARTICLE")).toBe(true);
    for (const cas of [
      "7439-92-1",
      "117-81-7",
      "84-74-2",
      "85-68-7",
      "84-69-5",
      "25637-99-4",
      "85535-84-8",
      "7758-97-6",
    ])
      expect(svhc.map((e) => e.cas)).toContain(cas);
    expect(svhc.every((e) => /^\d{4}-\d{2}-\d{2}$/.test(e.dateOfInclusion ?? ""))).toBe(true);
  });
});
