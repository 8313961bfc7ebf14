import { AnswerType, YesNoChoice } from "../../shared/domain/checklist.enums";
import {
  answerValue,
  submissionProblems,
  TEXT_ANSWER_MAX_LENGTH,
  validateAnswers,
  type AnswerCandidate,
} from "./answer-validation";

const ITEM = {
  yesNo: "00000000-0000-4000-8000-000000000001",
  scale: "00000000-0000-4000-8000-000000000002",
  number: "00000000-0000-4000-8000-000000000003",
  text: "00000000-0000-4000-8000-000000000004",
};
const TYPES = new Map<string, AnswerType>([
  [ITEM.yesNo, AnswerType.YES_NO],
  [ITEM.scale, AnswerType.SCALE_0_4],
  [ITEM.number, AnswerType.NUMBER],
  [ITEM.text, AnswerType.TEXT],
]);

describe("validateAnswers", () => {
  it.each<[string, AnswerCandidate]>([
    ["YES", { itemId: ITEM.yesNo, choice: YesNoChoice.YES }],
    ["NO", { itemId: ITEM.yesNo, choice: YesNoChoice.NO }],
    ["NOT_APPLICABLE", { itemId: ITEM.yesNo, choice: YesNoChoice.NOT_APPLICABLE }],
    ["scale 0", { itemId: ITEM.scale, scale: 0 }],
    ["scale 4", { itemId: ITEM.scale, scale: 4 }],
    ["negative number", { itemId: ITEM.number, number: -12.5 }],
    ["number 0", { itemId: ITEM.number, number: 0 }],
    ["text", { itemId: ITEM.text, text: "Hotline run by a third party" }],
    ["text at the limit", { itemId: ITEM.text, text: "x".repeat(TEXT_ANSWER_MAX_LENGTH) }],
    [
      "evidence by document id",
      { itemId: ITEM.yesNo, choice: YesNoChoice.NO, evidence: [{ documentId: "DMS-7" }] },
    ],
    ["other fields null", { itemId: ITEM.scale, scale: 2, choice: null, number: null, text: null }],
  ])("accepts %s", (_name, answer) => {
    expect(validateAnswers([answer], TYPES)).toEqual([]);
  });

  it.each<[string, AnswerCandidate, string, RegExp]>([
    ["a YES_NO without choice", { itemId: ITEM.yesNo }, "choice", /required for a YES_NO/],
    [
      "an unknown choice",
      { itemId: ITEM.yesNo, choice: "MAYBE" as YesNoChoice },
      "choice",
      /YES, NO or NOT_APPLICABLE/,
    ],
    ["scale 5", { itemId: ITEM.scale, scale: 5 }, "scale", /integer from 0 to 4/],
    ["scale -1", { itemId: ITEM.scale, scale: -1 }, "scale", /integer from 0 to 4/],
    ["scale 2.5", { itemId: ITEM.scale, scale: 2.5 }, "scale", /integer from 0 to 4/],
    ["NaN", { itemId: ITEM.number, number: Number.NaN }, "number", /finite/],
    ["Infinity", { itemId: ITEM.number, number: Infinity }, "number", /finite/],
    ["empty text", { itemId: ITEM.text, text: "" }, "text", /must not be empty/],
    ["blank text", { itemId: ITEM.text, text: "  \n " }, "text", /must not be empty/],
    [
      "too long text",
      { itemId: ITEM.text, text: "x".repeat(TEXT_ANSWER_MAX_LENGTH + 1) },
      "text",
      /at most 10000/,
    ],
    [
      "a scale on a YES_NO item",
      { itemId: ITEM.yesNo, choice: YesNoChoice.YES, scale: 3 },
      "scale",
      /absent for a YES_NO/,
    ],
    [
      "a choice on a TEXT item",
      { itemId: ITEM.text, text: "ok", choice: YesNoChoice.NO },
      "choice",
      /absent for a TEXT/,
    ],
    ["a number 0 on a SCALE item", { itemId: ITEM.scale, scale: 1, number: 0 }, "number", /absent/],
    [
      "evidence that points nowhere",
      {
        itemId: ITEM.yesNo,
        choice: YesNoChoice.YES,
        evidence: [{ title: "Permit" }],
      },
      "evidence.0.url",
      /URL \(or give a documentId\)/,
    ],
    [
      "an item of another checklist",
      { itemId: "00000000-0000-4000-8000-000000000009", choice: YesNoChoice.YES },
      "itemId",
      /not an item of this checklist/,
    ],
  ])("refuses %s", (_name, answer, field, message) => {
    const problems = validateAnswers([answer], TYPES);
    expect(problems).toHaveLength(1);
    expect(problems[0].path).toBe(`answers.0.${field}`);
    expect(problems[0].message).toMatch(message);
  });

  it("reports every problem of a batch with its index", () => {
    const problems = validateAnswers(
      [
        { itemId: ITEM.yesNo, choice: YesNoChoice.YES },
        { itemId: ITEM.scale, scale: 9 },
        { itemId: ITEM.text, text: "", number: 3 },
        { itemId: ITEM.yesNo, choice: YesNoChoice.NO },
      ],
      TYPES,
    );
    expect(problems.map((p) => p.path)).toEqual([
      "answers.1.scale",
      "answers.2.number",
      "answers.2.text",
      "answers.3.itemId",
    ]);
    expect(problems[3].message).toBe("is answered twice (also answers.0)");
  });
});

describe("answerValue", () => {
  it.each<[AnswerType, AnswerCandidate, object]>([
    [
      AnswerType.YES_NO,
      { itemId: ITEM.yesNo, choice: YesNoChoice.NO },
      { choice: "NO", scale: null, number: null, text: null },
    ],
    [
      AnswerType.SCALE_0_4,
      { itemId: ITEM.scale, scale: 0 },
      { choice: null, scale: 0, number: null, text: null },
    ],
    [
      AnswerType.NUMBER,
      { itemId: ITEM.number, number: 0.75 },
      { choice: null, scale: null, number: 0.75, text: null },
    ],
    [
      AnswerType.TEXT,
      { itemId: ITEM.text, text: "  trimmed \n" },
      { choice: null, scale: null, number: null, text: "trimmed" },
    ],
  ])("%s keeps only its own field", (type, answer, expected) => {
    expect(answerValue(type, answer)).toEqual(expected);
  });
});

describe("submissionProblems", () => {
  const items = [
    { id: "a", code: "MS-01", evidenceRequired: true },
    { id: "b", code: "MS-02", evidenceRequired: false },
    { id: "c", code: "CFL-01", evidenceRequired: true },
    { id: "d", code: "CFL-02", evidenceRequired: false },
  ];
  const proof = [{ title: "Policy", url: "https://example.com/policy.pdf" }];

  it.each([
    ["nothing answered", [], ["MS-01 not", "MS-02 not", "CFL-01 not", "CFL-02 not"]],
    [
      "evidence missing where required",
      [
        { itemId: "a", evidence: [] },
        { itemId: "b", evidence: [] },
        { itemId: "c", evidence: proof },
      ],
      ["MS-01 evidence", "CFL-02 not"],
    ],
    [
      "complete",
      [
        { itemId: "a", evidence: proof },
        { itemId: "b", evidence: [] },
        { itemId: "c", evidence: proof },
        { itemId: "d", evidence: [] },
      ],
      [],
    ],
  ])("%s", (_name, answers, expected) => {
    const problems = submissionProblems(items, answers);
    const short = problems.map(
      (p) =>
        `${p.path.replace("items.", "")} ${p.message === "needs evidence" ? "evidence" : "not"}`,
    );
    expect(short).toEqual(expected);
    for (const problem of problems)
      expect(["is not answered", "needs evidence"]).toContain(problem.message);
  });
});
