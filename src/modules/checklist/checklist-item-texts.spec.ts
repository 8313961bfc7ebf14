import {
  resolveTexts,
  servedText,
  textPublishProblems,
  type ItemTexts,
} from "./checklist-item-texts";

const en = {
  saqQuestion: "Do you pay overtime?",
  auditQuestion: "Is overtime paid?",
  guidance: "Payroll",
};
const zh = {
  saqQuestion: "贵公司是否支付加班工资？",
  auditQuestion: "供应商是否支付加班工资？",
  guidance: "工资表",
};

describe("servedText", () => {
  it("serves the requested locale when both its questions are written", () => {
    expect(servedText({ en, "zh-CN": zh }, "zh-CN")).toEqual({
      ...zh,
      locale: "zh-CN",
      fallback: false,
    });
  });

  it("serves English, whole and marked, when the requested locale is missing or half written", () => {
    const half: ItemTexts = { en, "zh-CN": { ...zh, auditQuestion: "" } };
    for (const texts of [{ en }, half]) {
      expect(servedText(texts, "zh-CN")).toEqual({ ...en, locale: "en", fallback: true });
    }
  });

  it("asks the audit question in the SAQ while the English SAQ question is not written", () => {
    expect(servedText({ en: { ...en, saqQuestion: "" } }, "en").saqQuestion).toBe(en.auditQuestion);
  });
});

describe("textPublishProblems", () => {
  it("names each missing text of a required locale; guidance only where English has some", () => {
    const items = [
      { code: "WB-02", texts: { en, "zh-CN": { ...zh, guidance: "" } } },
      { code: "WB-03", texts: { en: { ...en, guidance: "" }, "zh-CN": { ...zh, guidance: "" } } },
      { code: "WB-04", texts: { en } },
    ];
    expect(textPublishProblems(items, ["en", "zh-CN"]).map((p) => p.path)).toEqual([
      "items.WB-02.text.zh-CN.guidance",
      "items.WB-04.text.zh-CN.saqQuestion",
      "items.WB-04.text.zh-CN.auditQuestion",
      "items.WB-04.text.zh-CN.guidance",
    ]);
    expect(textPublishProblems(items, ["en"])).toEqual([]);
  });
});

describe("resolveTexts", () => {
  it("keeps locales the input does not name and trims what it does", () => {
    const { texts, problems } = resolveTexts(
      { question: " Is overtime paid? ", guidance: null, texts: null },
      { en, "zh-CN": zh },
      "input",
    );
    expect(problems).toEqual([]);
    expect(texts).toEqual({ en: { ...en, guidance: "" }, "zh-CN": zh });
  });
});
