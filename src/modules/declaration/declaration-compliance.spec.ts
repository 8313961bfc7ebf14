import type { ListRules } from "../substance/compliance";
import { EntryApplicability, TargetKind, ThresholdBasis } from "../substance/substance.enums";
import { judgeDeclaration, type TargetRule } from "./declaration-compliance";
import { DeclarationClass } from "./declaration.enums";

const AT = new Date("2026-06-01T00:00:00Z");
const LEAD = "7439-92-1";
const MERCURY = "7439-97-6";

const ROHS: ListRules = {
  list: "ROHS",
  listVersion: "2011/65 + 2015/863",
  entries: [
    {
      target: { kind: "substance", cas: LEAD, name: "Lead" },
      thresholdPercent: 0.1,
      basis: ThresholdBasis.HOMOGENEOUS_MATERIAL,
      appliesTo: EntryApplicability.ALL,
    },
  ],
  exemptions: [
    { code: "6(c)", target: null, maxPercent: 4, validFrom: "2011-07-21", expiresAt: "2027-06-30" },
  ],
};
const TARGETS: TargetRule[] = [
  { kind: TargetKind.ELIMINATE, name: "Mercury", cas: [MERCURY] },
  { kind: TargetKind.REDUCE, name: "Lead", cas: [LEAD] },
];

const classC = (ppm: number, exemptions: string[] = []) => ({
  declarationClass: DeclarationClass.C,
  statements: [],
  declaredAt: null,
  materials: [
    {
      name: "solder",
      massMg: 100,
      exemptions,
      substances: [{ cas: LEAD, name: "Lead", ppm, massMg: null }],
    },
  ],
});
const classA = (compliant: boolean, exemptions: string[] = []) => ({
  declarationClass: DeclarationClass.A,
  materials: [],
  declaredAt: null,
  statements: [{ list: "ROHS", listVersion: null, compliant, exemptions }],
});

describe("judgeDeclaration", () => {
  it.each([
    ["class C at the limit", classC(1000), AT, true],
    ["class C over the limit", classC(2000), AT, false],
    ["class C over, with 6(c) claimed", classC(2000, ["6(c)"]), AT, true],
    [
      "class C over, 6(c) claimed after it expired",
      classC(2000, ["6(c)"]),
      new Date("2027-07-01"),
      false,
    ],
    ["class A yes", classA(true), AT, true],
    ["class A no", classA(false), AT, false],
    ["class A yes on a valid exemption", classA(true, ["6(c)"]), AT, true],
    ["class A yes on an expired exemption", classA(true, ["6(c)"]), new Date("2027-07-01"), false],
    ["class A yes on an unknown exemption", classA(true, ["99"]), AT, false],
  ])("%s", (_name, declaration, at, compliant) => {
    expect(judgeDeclaration(declaration, [ROHS], TARGETS, at).compliant).toBe(compliant);
  });

  it("a list without a statement is unevaluated, not a violation", () => {
    const result = judgeDeclaration({ ...classA(true), statements: [] }, [ROHS], TARGETS, AT);
    expect(result).toMatchObject({
      compliant: true,
      violations: [],
      unevaluated: [{ list: "ROHS" }],
    });
  });

  it("lists the target substances present, not those at zero", () => {
    const declaration = classC(0);
    declaration.materials[0].substances.push({
      cas: MERCURY,
      name: "Mercury",
      ppm: 2,
      massMg: null,
    });
    expect(judgeDeclaration(declaration, [ROHS], TARGETS, AT).targetSubstances).toEqual([
      { cas: MERCURY, name: "Mercury", kind: TargetKind.ELIMINATE, material: "solder" },
    ]);
  });
});
