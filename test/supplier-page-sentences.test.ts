import { computePriority } from "../src/modules/scoring/priority";
import {
  STATUS_RULES,
  type ProcurementStatusInput,
} from "../src/modules/scoring/procurement-status";
import { GRADE_THRESHOLDS } from "../src/modules/scoring/scoring-policy";
import { Grade, ProcurementStatus } from "../src/shared/domain/procurement.enums";
import { Traceability } from "../src/shared/domain/sustainability.enums";
import {
  dailyChanges,
  declarationPartsIn,
  GRADE_FLOORS,
  priorityTermOf,
  statusRuleOf,
  type StatusRuleKind,
} from "../src/web/pages/supplier/explain";

const now = new Date("2026-06-01T00:00:00Z");
/** Every rule matching at once, so each writes its sentence. */
const everything: ProcurementStatusInput = {
  sourcesFromProtectedArea: true,
  protectedAreaFlags: [{ target: "NODE", area: "Salar Reserve" }],
  blockedByAdmin: true,
  blockReason: "Customs seizure",
  screeningHits: [{ node: "Mine X", list: "RESTRICTED_ENTITY" }],
  openZeroToleranceCount: 2,
  overdueMajorOrZeroToleranceCount: 1,
  lastCompletedAuditAt: null,
  grade: Grade.E,
  declarations: [
    { id: "d1", part: "P-100 (Frame)", validUntil: now, violations: ["Lead over limit"] },
    { id: "d2", part: "P-10", validUntil: now, violations: ["Cadmium over limit"] },
  ],
  now,
};

describe("the supplier page's reading of the API's sentences", () => {
  it("recognises the sentence of every status rule, each as a different rule", () => {
    const kinds: StatusRuleKind[] = STATUS_RULES.map((rule) =>
      statusRuleOf(rule.reason(everything)!),
    );
    expect(kinds).toEqual([
      "PROTECTED_AREA_DECLARED",
      "PROTECTED_AREA_FLAG",
      "ADMIN_BLOCK",
      "SCREENING",
      "ZERO_TOLERANCE",
      "OVERDUE_FINDINGS",
      "NO_RECENT_AUDIT",
      "GRADE",
      "DECLARATION_OVER_LIMIT",
    ]);
    expect(statusRuleOf("1 open zero-tolerance finding")).toBe("ZERO_TOLERANCE");
    expect(statusRuleOf("Something new")).toBe("OTHER");
  });

  it("finds the declarations a reason names by part number, not by a prefix of one", () => {
    const reason = STATUS_RULES[8].reason(everything)!;
    expect(declarationPartsIn(reason, ["P-100", "P-10", "P-1"])).toEqual(["P-100", "P-10"]);
  });

  it("recognises every kind of priority line", () => {
    const result = computePriority({
      esgScore: 100,
      sustainability: {
        renewableElectricityShare: 40,
        thirdPartyVerifiedMaterialShare: 10,
        recycledContentShare: 5,
        traceability: Traceability.TIER1,
      },
      status: ProcurementStatus.CONDITIONAL,
      overdueFindingCount: 2,
      adjustments: [
        { delta: 30, reason: "Sole source for frames" },
        { delta: 30, reason: "Second" },
      ],
    } as Parameters<typeof computePriority>[0]);
    expect(result.explanation.map((line) => priorityTermOf(line.label))).toEqual([
      "ESG_SCORE",
      "SUSTAINABILITY",
      "SUSTAINABILITY",
      "SUSTAINABILITY",
      "TRACEABILITY",
      "CONDITIONAL",
      "OVERDUE_FINDINGS",
      "MANUAL_ADJUSTMENT",
      "MANUAL_ADJUSTMENT",
      "CLAMP",
    ]);
  });

  it("states the grade floors the policy has", () => {
    const words = GRADE_THRESHOLDS.map((t) => `${t.grade} from ${t.min}`).join(", ");
    expect(GRADE_FLOORS).toBe(`${words}, else E`);
  });

  it("keeps one point per day, the day's last, and only days that change the score", () => {
    const point = (id: string, at: string, overall: number, grade = "B") => ({
      id,
      overall,
      grade,
      computedAt: at,
      cause: "x",
    });
    const newestFirst = [
      point("f", "2026-03-04T10:00:00Z", 80),
      point("e", "2026-03-03T18:00:00Z", 75),
      point("d", "2026-03-03T09:00:00Z", 70),
      point("c", "2026-03-02T12:00:00Z", 75),
      point("b", "2026-03-01T12:00:00Z", 75),
      point("a", "2026-03-01T08:00:00Z", 75),
    ];
    expect(dailyChanges(newestFirst).map((p) => p.id)).toEqual(["b", "f"]);
  });
});
