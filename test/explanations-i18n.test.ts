import path from "node:path";
import { Severity } from "../src/shared/domain/audit.enums";
import { ESG_AREAS, EsgArea } from "../src/shared/domain/esg-area.enum";
import { ProcurementStatus } from "../src/shared/domain/procurement.enums";
import { Basis, Traceability } from "../src/shared/domain/sustainability.enums";
import {
  AmforiGrade,
  RbaSection,
  SmetaPillar,
  ThirdPartyScheme,
} from "../src/shared/domain/third-party.enums";
import { hasExplanationTemplate, translateExplanation } from "../src/shared/i18n/explanations";
import { SERVER_RESOURCES } from "../src/shared/i18n/server-i18n";
import { traceabilityTerm } from "../src/modules/scoring/map-traceability";
import { computePriority } from "../src/modules/scoring/priority";
import { computeProcurementStatus } from "../src/modules/scoring/procurement-status";
import { computeSupplierScore, gradeCaps } from "../src/modules/scoring/supplier-score";
import { thirdPartyAreaScores } from "../src/modules/scoring/third-party-scores";
import { hitExplanation } from "../src/modules/screening/screening.explanation";
import { HitField, ScreeningListKind } from "../src/modules/screening/screening.enums";
import { explanationLiterals } from "./support/explanation-literals";

const SRC = path.join(__dirname, "..", "src");
const KEYS = Object.keys(SERVER_RESOURCES["zh-CN"].explanations);
const canonical = (key: string) => key.replace(/\{\{\w+\}\}/g, "{{}}");
const zh = (text: string) => translateExplanation(text, "zh-CN");
/** Left in English: a run of two Latin words that is no data of the fixtures below. */
const DATA =
  /acme mine|GLASS|SAND|LITHIUM|Acme|Mine|ACME Ltd|OFAC|RBA VAP|amfori BSCI|SMETA|Wetland|Strategic supplier|P-1/g;
const english = (text: string) => text.replace(DATA, "").match(/[A-Za-z]+[ ,-]+[A-Za-z]+/g) ?? [];

/** Every text is translated in full for zh-CN and left exactly as it is for en. */
function expectTranslated(texts: readonly string[]) {
  expect(texts.length).toBeGreaterThan(0);
  for (const text of texts) {
    expect(translateExplanation(text, "en")).toBe(text);
    expect([text, hasExplanationTemplate(text)]).toEqual([text, true]);
    expect([text, english(zh(text))]).toEqual([text, []]);
  }
}

describe("explanation catalog", () => {
  it("has a zh-CN template for every label and reason the explanation builders write", () => {
    const literals = explanationLiterals(SRC);
    // A broken scanner must not pass by finding none.
    expect(literals.length).toBeGreaterThan(80);
    const exact = new Set(KEYS);
    const known = new Set(KEYS.map(canonical));
    // countOf(n, noun) writes "1 noun" and "2 nouns".
    const counted = (text: string) => known.has(`{{}} ${text}`) && known.has(`{{}} ${text}s`);
    const missing = literals
      .filter((l) => (l.exactKey ? !exact.has(l.text) : !known.has(l.text) && !counted(l.text)))
      .map((l) => `${l.file}:${l.line}: ${l.text}`);
    expect(missing).toEqual([]);
  });

  it("words every score line and grade cap in Chinese", () => {
    const now = new Date("2026-06-01T00:00:00Z");
    const audited = [
      EsgArea.CHILD_AND_FORCED_LABOUR,
      EsgArea.HEALTH_AND_SAFETY,
      EsgArea.WORKING_HOURS,
    ];
    const score = computeSupplierScore({
      now,
      latestAudit: {
        auditId: "a1",
        completedAt: new Date("2026-01-05T00:00:00Z"),
        areaScores: new Map(audited.map((a) => [a, 80])),
      },
      latestSaq: {
        selfAssessmentId: "s1",
        submittedAt: new Date("2026-03-01T00:00:00Z"),
        areaScores: new Map([[EsgArea.NON_DISCRIMINATION, 90]]),
      },
      thirdParty: [
        {
          assessmentId: "t1",
          scheme: ThirdPartyScheme.RBA_VAP,
          assessedAt: new Date("2026-02-01T00:00:00Z"),
          validUntil: new Date("2028-02-01T00:00:00Z"),
          areaScores: thirdPartyAreaScores({
            scheme: ThirdPartyScheme.RBA_VAP,
            score: 150,
            sections: { [RbaSection.ENVIRONMENT]: 120 },
          }),
        },
      ],
      openFindings: [
        {
          findingId: "f1",
          area: EsgArea.CHILD_AND_FORCED_LABOUR,
          severity: Severity.ZERO_TOLERANCE,
        },
        { findingId: "f2", area: EsgArea.HEALTH_AND_SAFETY, severity: Severity.MAJOR },
        { findingId: "f3", area: EsgArea.HEALTH_AND_SAFETY, severity: Severity.MINOR },
        ...[1, 2, 3, 4, 5, 6, 7].map((n) => ({
          findingId: `w${n}`,
          area: EsgArea.WORKING_HOURS,
          severity: Severity.MAJOR,
        })),
      ],
    });
    expectTranslated(score.explanation.map((l) => l.label));
    expect(zh(score.explanation[0].label)).toMatch(
      /^管理体系：RBA VAP 2026-02-01：RBA VAP 总分 150\/200，计 75 分 × 权重 [\d.]+\/[\d.]+$/,
    );
    const caps = gradeCaps(
      90,
      ESG_AREAS.map((area) => ({
        area,
        source: area === EsgArea.ENVIRONMENT || area === EsgArea.WORKING_HOURS ? "NONE" : "AUDIT",
      })) as never,
      2,
    ).caps.map((c) => c.reason);
    expectTranslated(caps);
    expect(caps.map(zh)).toEqual([
      "2 个领域（工作时间、环境）没有有效的审核、第三方评估或自评问卷：评级最高为 C",
      "2 项未关闭的零容忍发现项：评级为 E",
    ]);
    const schemes = [
      thirdPartyAreaScores({
        scheme: ThirdPartyScheme.AMFORI_BSCI,
        overallGrade: AmforiGrade.B,
        performanceAreas: { 4: AmforiGrade.C },
      }),
      thirdPartyAreaScores({
        scheme: ThirdPartyScheme.SMETA,
        pillars: { [SmetaPillar.ENVIRONMENT]: { critical: 0, major: 1, minor: 2 } },
      }),
    ].flatMap((scores) => [...scores.values()].map((m) => m.basis));
    expectTranslated(schemes);
    expect(zh("amfori BSCI PA4 No discrimination, violence or harassment rating C")).toBe(
      "amfori BSCI 绩效领域 4（无歧视、暴力或骚扰）评级 C",
    );
  });

  it("words status reasons, priority terms and traceability in Chinese", () => {
    const status = computeProcurementStatus({
      sourcesFromProtectedArea: true,
      blockedByAdmin: true,
      blockReason: "Strategic supplier review",
      openZeroToleranceCount: 1,
      overdueMajorOrZeroToleranceCount: 2,
      lastCompletedAuditAt: null,
      grade: "D" as never,
      declarations: [
        { id: "d1", part: "P-1", validUntil: new Date("2030-01-01"), violations: ["x"] },
      ],
      protectedAreaFlags: [
        { target: "SITE", area: "Wetland" },
        { target: "NODE", area: "Wetland" },
      ],
      screeningHits: [1, 2, 3, 4, 5, 6].map((n) => ({
        node: `Acme Mine ${n}`,
        list: n % 2 ? "RESTRICTED_ENTITY" : "HIGH_RISK_REGION",
      })),
      now: new Date("2026-06-01T00:00:00Z"),
    });
    expectTranslated(status.reasons);
    expect(status.reasons.map(zh)).toContain("已被管理员禁用：Strategic supplier review");
    expect(zh(status.reasons[1])).toBe("供应链节点和场所位于保护区内或附近：Wetland");

    const traceability = traceabilityTerm([
      {
        categoryCode: "GLASS",
        originTierCode: "SAND",
        map: {
          level: Traceability.NONE,
          basis: Basis.DECLARED,
          declaredLevel: Traceability.TIER1,
          pathCount: 3,
          verifiedPathCount: 1,
          originPathCount: 1,
          coverage: 33.3,
          directLinkCount: 1,
          verifiedDirectLinkCount: 0,
        },
      },
      { categoryCode: "SAND", originTierCode: "SAND", map: null },
    ]);
    expectTranslated([
      traceability.source,
      traceabilityTerm([]).source,
      traceabilityTerm([{ categoryCode: "GLASS", originTierCode: null, map: null }]).source,
    ]);
    const priority = (declared: boolean) =>
      computePriority({
        esgScore: 95,
        status: ProcurementStatus.CONDITIONAL,
        overdueFindingCount: 5,
        adjustments: [{ id: "m1", delta: 30, reason: "Strategic supplier" }],
        sustainability: {
          renewableElectricityShare: 40,
          thirdPartyVerifiedMaterialShare: 20,
          recycledContentShare: 0,
          traceability: Traceability.TIER1,
          basis: {
            renewableElectricityShare: declared ? Basis.DECLARED : Basis.VERIFIED,
            thirdPartyVerifiedMaterialShare: Basis.VERIFIED,
            recycledContentShare: Basis.NONE,
            traceability: declared ? Basis.DECLARED : Basis.NONE,
          },
          declared: {
            renewableElectricityShare: 80,
            thirdPartyVerifiedMaterialShare: 20,
            recycledContentShare: 0,
            traceability: Traceability.TO_ORIGIN,
          },
        },
        recycledContent: declared
          ? {
              share: 20,
              basis: Basis.DECLARED,
              parts: [
                {
                  weight: 0.25,
                  countedShare: 12.5,
                  declaration: {
                    id: "r1",
                    categoryId: "c1",
                    element: "LITHIUM",
                    validFrom: "2026-01",
                    validTo: "2026-12",
                    elementFraction: 0.1,
                    recycledFraction: 0.25,
                    verified: false,
                  },
                },
              ],
            }
          : null,
        traceability: declared ? traceability : null,
      }).explanation.map((l) => l.label);
    expectTranslated([...priority(true), ...priority(false)]);
    expect(priority(true).map(zh)).toContain("人工调整：Strategic supplier");
  });

  it("words screening hits in Chinese, the listed names and values as they are", () => {
    const hit = (field: HitField) =>
      hitExplanation(
        {
          nodeName: "Acme Mine",
          kind: ScreeningListKind.RESTRICTED_ENTITY,
          field,
          matchedValue: "acme mine",
          matchedAlias: "acme",
        },
        { name: "ACME Ltd", source: "OFAC", listedOn: "2024-01-01" },
        { number: 3 },
      );
    const texts = [HitField.NAME, HitField.ALIAS, HitField.REGION].map(hit);
    expectTranslated(texts);
    expect(zh(texts[0])).toBe(
      "节点“Acme Mine”：其名称规范化后（“acme mine”）与“ACME Ltd”（OFAC，列入日期 2024-01-01）的名称相同，见受限实体名单第 3 版",
    );
  });

  it("keeps a text without a template in English", () => {
    expect(zh("Something the catalog does not know")).toBe("Something the catalog does not know");
    expect(hasExplanationTemplate("Something the catalog does not know")).toBe(false);
  });
});
