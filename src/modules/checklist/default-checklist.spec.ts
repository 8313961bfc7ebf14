import { AnswerType } from "../../shared/domain/checklist.enums";
import {
  DEFAULT_CHECKLIST_ITEMS,
  DEFAULT_CHECKLIST_NAME,
  DEFAULT_CHECKLIST_REQUIRED_LOCALES,
} from "./default-checklist";
import { LOCALES } from "../../shared/i18n/locale";
import { DEFAULT_CHECKLIST_V1_ITEMS } from "../../../migrations/seeds/default-checklist-v1";
import { DEFAULT_CHECKLIST_V1_TEXTS } from "../../../migrations/seeds/default-checklist-texts-v1";
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

  it("has every text, of at most 500 characters, in every locale", () => {
    for (const item of DEFAULT_CHECKLIST_ITEMS) {
      for (const locale of LOCALES) {
        for (const [field, value] of Object.entries(item.text[locale])) {
          const where = `${item.code} ${locale} ${field}`;
          expect({ where, length: value.trim().length > 0 }).toEqual({ where, length: true });
          expect({ where, short: value.length <= 500 }).toEqual({ where, short: true });
          expect({ where, trimmed: value === value.trim() }).toEqual({ where, trimmed: true });
        }
      }
    }
  });

  it("asks the SAQ question in the supplier's voice and the audit question in the auditor's", () => {
    // Addressed to the supplier: a question or prompt that says "you" or "your".
    const SUPPLIER_VOICE_EN =
      /^(Do|Does|Have|Is|Are|Can|To what extent|What|Describe)\b.*\byour?\b/;
    for (const { code, answerType, text } of DEFAULT_CHECKLIST_ITEMS) {
      const en = text.en.saqQuestion;
      expect({ code, en, voice: SUPPLIER_VOICE_EN.test(en) }).toEqual({ code, en, voice: true });
      expect({ code, en, supplier: /\bthe supplier\b/i.test(en) }).toEqual({
        code,
        en,
        supplier: false,
      });
      const zh = text["zh-CN"].saqQuestion;
      expect({ code, zh, voice: /您|贵司|贵公司/.test(zh) }).toEqual({ code, zh, voice: true });
      // The Chinese audit question is the auditor's: it names the supplier, never "you".
      const audit = text["zh-CN"].auditQuestion;
      expect({ code, audit, you: /您|贵司|贵公司/.test(audit) }).toEqual({
        code,
        audit,
        you: false,
      });
      // Questions end as questions; NUMBER and TEXT items may be prompts.
      if (answerType === AnswerType.YES_NO || answerType === AnswerType.SCALE_0_4) {
        expect({ code, ends: en.endsWith("?") && zh.endsWith("？") }).toEqual({ code, ends: true });
      }
    }
  });

  it("keeps the English audit question and guidance of version 1 word for word", () => {
    expect(
      DEFAULT_CHECKLIST_ITEMS.map(({ code, text }) => ({
        code,
        question: text.en.auditQuestion,
        guidance: text.en.guidance,
      })),
    ).toEqual(
      DEFAULT_CHECKLIST_V1_ITEMS.map(({ code, question, guidance }) => ({
        code,
        question,
        guidance,
      })),
    );
  });

  it("matches the texts the migration stored on version 1", () => {
    expect(Object.keys(DEFAULT_CHECKLIST_V1_TEXTS)).toEqual(
      DEFAULT_CHECKLIST_ITEMS.map((item) => item.code),
    );
    for (const { code, text } of DEFAULT_CHECKLIST_ITEMS) {
      expect({ code, ...DEFAULT_CHECKLIST_V1_TEXTS[code] }).toEqual({
        code,
        enSaqQuestion: text.en.saqQuestion,
        zhCN: text["zh-CN"],
      });
    }
  });

  it("requires English and Chinese", () => {
    expect(DEFAULT_CHECKLIST_REQUIRED_LOCALES).toEqual(["en", "zh-CN"]);
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
        expect(item.text.en.guidance).toContain("0 = absent, 4 = fully implemented and reviewed");
        expect(item.text["zh-CN"].guidance).toContain("评分：0 = 未建立，4 = 全面实施并定期评审。");
      }
    }
  });
});
