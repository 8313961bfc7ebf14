import type { ListRules } from "../substance/compliance";
import { EntryApplicability, TargetKind, ThresholdBasis } from "../substance/substance.enums";
import { judgeDeclaration, localizeCompliance, type TargetRule } from "./declaration-compliance";
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

  it("words each judgement in English, and in Chinese for a Chinese reader", () => {
    // 6(c) before it applies: not valid on the day (no expiry passed).
    const early = { ...ROHS, exemptions: [{ ...ROHS.exemptions[0], validFrom: "2030-01-01" }] };
    const cases: [ReturnType<typeof judgeDeclaration>, string, string][] = [
      [
        judgeDeclaration(classC(2000), [ROHS], TARGETS, AT),
        "Lead (7439-92-1) at 0.2 % in solder, over ROHS 2011/65 + 2015/863's 0.1 %",
        "Lead（7439-92-1）在材料“solder”中的含量为 0.2 %，超过 ROHS 2011/65 + 2015/863 允许的 0.1 %",
      ],
      [
        judgeDeclaration(classA(false), [ROHS], TARGETS, AT),
        "The supplier declares the part not compliant with ROHS 2011/65 + 2015/863",
        "供应商声明该零件不符合 ROHS 2011/65 + 2015/863",
      ],
      [
        judgeDeclaration(classA(true, ["6(c)"]), [early], TARGETS, AT),
        "Compliance with ROHS rests on exemption 6(c), which is not valid on 2026-06-01",
        "符合 ROHS 的声明依据豁免 6(c)，但该豁免在 2026-06-01 不在有效期内",
      ],
    ];
    for (const [result, english, chinese] of cases) {
      expect(result.violations.map((v) => v.message)).toEqual([english]);
      expect(localizeCompliance(result, "en")).toBe(result);
      expect(localizeCompliance(result, "zh-CN").violations.map((v) => v.message)).toEqual([
        chinese,
      ]);
    }
    const unstated = judgeDeclaration({ ...classA(true), statements: [] }, [ROHS], TARGETS, AT);
    expect(localizeCompliance(unstated, "zh-CN").unevaluated.map((u) => u.reason)).toEqual([
      "该清单适用于此物料类别，但本声明未就该清单作出合规声明",
    ]);
  });
});
