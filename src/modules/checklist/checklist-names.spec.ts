import { checklistNameIn, namePublishProblems, resolveNameTranslations } from "./checklist-names";

describe("checklistNameIn", () => {
  it("gives the reader's language where written, else the English name", () => {
    expect(checklistNameIn("Labour", { "zh-CN": "劳工" }, "zh-CN")).toBe("劳工");
    expect(checklistNameIn("Labour", { "zh-CN": "劳工" }, "en")).toBe("Labour");
    expect(checklistNameIn("Labour", {}, "zh-CN")).toBe("Labour");
    expect(checklistNameIn("Labour", { "zh-CN": "  " }, "zh-CN")).toBe("Labour");
    expect(checklistNameIn("Labour", null, "zh-CN")).toBe("Labour");
  });
});

describe("resolveNameTranslations", () => {
  it("replaces given locales, removes blank ones, keeps the rest", () => {
    expect(
      resolveNameTranslations([{ locale: "zh-CN", name: " 劳工 " }], {}, "input.nameTranslations"),
    ).toEqual({ translations: { "zh-CN": "劳工" }, problems: [] });
    expect(
      resolveNameTranslations([{ locale: "zh-CN", name: "" }], { "zh-CN": "劳工" }, "x"),
    ).toEqual({ translations: {}, problems: [] });
    expect(resolveNameTranslations(null, { "zh-CN": "劳工" }, "x").translations).toEqual({
      "zh-CN": "劳工",
    });
  });

  it("refuses English (it is the name itself), unknown and repeated locales at their entry", () => {
    const { problems } = resolveNameTranslations(
      [
        { locale: "en", name: "Labour" },
        { locale: "zh-CN", name: "劳工" },
        { locale: "zh-CN", name: "劳动" },
        { locale: "fr", name: "Travail" },
      ],
      {},
      "p",
    );
    expect(problems.map((problem) => problem.path)).toEqual([
      "p.0.locale",
      "p.2.locale",
      "p.3.locale",
    ]);
  });
});

describe("namePublishProblems", () => {
  it("asks for a name in every required locale but English", () => {
    expect(namePublishProblems({}, ["en"])).toEqual([]);
    expect(namePublishProblems({ "zh-CN": "劳工" }, ["en", "zh-CN"])).toEqual([]);
    expect(namePublishProblems({}, ["en", "zh-CN"])).toEqual([
      { path: "nameTranslations.zh-CN", message: "The checklist has no name in zh-CN" },
    ]);
  });
});
