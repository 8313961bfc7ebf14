import { AnswerType } from "../../shared/domain/checklist.enums";
import { DEFAULT_CHECKLIST_ITEMS, DEFAULT_CHECKLIST_NAME } from "./default-checklist";
import { ESG_AREAS, EsgArea } from "../../shared/domain/esg-area.enum";

const PREFIX_BY_AREA: Record<EsgArea, string> = {
  [EsgArea.MANAGEMENT_SYSTEM]: "MS",
  [EsgArea.CHILD_AND_FORCED_LABOUR]: "CFL",
  [EsgArea.NON_DISCRIMINATION]: "ND",
  [EsgArea.WAGES_AND_BENEFITS]: "WB",
  [EsgArea.WORKING_HOURS]: "WH",
  [EsgArea.HEALTH_AND_SAFETY]: "HS",
  [EsgArea.ENVIRONMENT]: "ENV",
  [EsgArea.BUSINESS_ETHICS]: "BE",
  [EsgArea.FREEDOM_OF_ASSOCIATION]: "FOA",
};

const CODE_PATTERN = /^(MS|CFL|ND|WB|WH|HS|ENV|BE|FOA)-\d{2}$/;

describe("default checklist", () => {
  it("has a name", () => {
    expect(DEFAULT_CHECKLIST_NAME.trim().length).toBeGreaterThan(0);
  });

  it("has exactly 40 items", () => {
    expect(DEFAULT_CHECKLIST_ITEMS).toHaveLength(40);
  });

  it("has at least 3 items in every ESG area", () => {
    for (const area of ESG_AREAS) {
      const count = DEFAULT_CHECKLIST_ITEMS.filter((item) => item.area === area).length;
      expect({ area, enough: count >= 3 }).toEqual({ area, enough: true });
    }
  });

  it("has unique codes that match the pattern and the area prefix", () => {
    const codes = DEFAULT_CHECKLIST_ITEMS.map((item) => item.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const item of DEFAULT_CHECKLIST_ITEMS) {
      expect(item.code).toMatch(CODE_PATTERN);
      expect(item.code.split("-")[0]).toBe(PREFIX_BY_AREA[item.area]);
    }
  });

  it("numbers codes from 01 within each area, in order", () => {
    for (const area of ESG_AREAS) {
      const codes = DEFAULT_CHECKLIST_ITEMS.filter((item) => item.area === area).map(
        (item) => item.code,
      );
      const expected = codes.map(
        (_, index) => `${PREFIX_BY_AREA[area]}-${String(index + 1).padStart(2, "0")}`,
      );
      expect(codes).toEqual(expected);
    }
  });

  it("has integer weights between 1 and 5", () => {
    for (const item of DEFAULT_CHECKLIST_ITEMS) {
      expect(Number.isInteger(item.weight)).toBe(true);
      expect(item.weight).toBeGreaterThanOrEqual(1);
      expect(item.weight).toBeLessThanOrEqual(5);
    }
  });

  it("marks zero-tolerance items in the required areas", () => {
    const zeroTolerance = DEFAULT_CHECKLIST_ITEMS.filter((item) => item.zeroTolerance);
    const countIn = (area: EsgArea): number =>
      zeroTolerance.filter((item) => item.area === area).length;
    expect(countIn(EsgArea.CHILD_AND_FORCED_LABOUR)).toBeGreaterThanOrEqual(2);
    expect(countIn(EsgArea.BUSINESS_ETHICS)).toBeGreaterThanOrEqual(1);
    expect(countIn(EsgArea.HEALTH_AND_SAFETY)).toBeGreaterThanOrEqual(1);
  });

  it("uses YES_NO and weight 5 for every zero-tolerance item", () => {
    for (const item of DEFAULT_CHECKLIST_ITEMS.filter((i) => i.zeroTolerance)) {
      expect(item.answerType).toBe(AnswerType.YES_NO);
      expect(item.weight).toBe(5);
    }
  });

  it("has non-empty question and guidance of at most 500 characters", () => {
    for (const item of DEFAULT_CHECKLIST_ITEMS) {
      expect(item.question.trim().length).toBeGreaterThan(0);
      expect(item.guidance.trim().length).toBeGreaterThan(0);
      expect(item.question.length).toBeLessThanOrEqual(500);
      expect(item.guidance.length).toBeLessThanOrEqual(500);
    }
  });

  it("uses every answer type", () => {
    const used = new Set(DEFAULT_CHECKLIST_ITEMS.map((item) => item.answerType));
    for (const answerType of Object.values(AnswerType)) {
      expect(used.has(answerType)).toBe(true);
    }
  });

  it("explains the 0-4 scale on every SCALE_0_4 item", () => {
    for (const item of DEFAULT_CHECKLIST_ITEMS) {
      if (item.answerType === AnswerType.SCALE_0_4) {
        expect(item.guidance).toContain("0 = absent, 4 = fully implemented and reviewed");
      }
    }
  });
});
