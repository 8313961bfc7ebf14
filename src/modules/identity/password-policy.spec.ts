import { DEMO_PASSWORD } from "../../demo/demo-seed";
import { MIN_PASSWORD_LENGTH, passwordFieldProblems, passwordProblems } from "./password-policy";

const TOO_SHORT = `must be at least ${MIN_PASSWORD_LENGTH} characters`;
const EMAIL_NAME = "must not contain your e-mail name";
const COMMON = "is too common (it is on lists of leaked passwords)";

describe("password policy", () => {
  it.each([
    ["a 9-character password", "abcdefgh1", "ann@example.com", [TOO_SHORT]],
    ["exactly 10 characters", "quiet-fox1", "ann@example.com", []],
    ["10 code points, not 10 UTF-16 units", "ééééé🌿🌿🌿🌿🌿", "ann@example.com", []],
    ["9 code points in 18 UTF-16 units", "🌿🌿🌿🌿🌿🌿🌿🌿🌿", "ann@example.com", [TOO_SHORT]],
    ["only spaces", "            ", "ann@example.com", ["must not be only spaces"]],
    [
      "only tabs and newlines",
      "\t\t\t\n\n\n\t\t\t\n",
      "ann@example.com",
      ["must not be only spaces"],
    ],
    ["201 characters", "x".repeat(201), "ann@example.com", ["must be at most 200 characters"]],
    ["the local part itself", "maximilian.k", "Maximilian.K@example.com", [EMAIL_NAME]],
    ["the local part inside", "MyMaximilian!2026", "maximilian@example.com", [EMAIL_NAME]],
    ["the local part, other case", "xx-MAXIMILIAN-xx", "maximilian@example.com", [EMAIL_NAME]],
    ["the whole address", "jo@example.com", "jo@example.com", [EMAIL_NAME]],
    ["a two-letter local part inside is fine", "jo-river-stone", "jo@example.com", []],
    ["a common password", "password123", "ann@example.com", [COMMON]],
    ["a common password in capitals", "QWERTYUIOP", "ann@example.com", [COMMON]],
    ["another common one", "1234567890", "ann@example.com", [COMMON]],
    ["both e-mail name and common", "password12", "password12@example.com", [EMAIL_NAME, COMMON]],
    ["the demo password", DEMO_PASSWORD, "admin@demo.esg", []],
    ["the test factories' password", "correct-horse-battery", "auditor-1@example.com", []],
  ])("%s", (_name, password, email, expected) => {
    expect(passwordProblems(password, email)).toEqual(expected);
  });

  it.each(["admin@demo.esg", "buyer@demo.esg", "auditor@demo.esg", "supplier@demo.esg"])(
    "accepts the demo password for %s",
    (email) => expect(passwordProblems(DEMO_PASSWORD, email)).toEqual([]),
  );

  it("reports problems under the field path given", () => {
    expect(passwordFieldProblems("newPassword", "short", "a@b.c")).toEqual([
      { path: "newPassword", message: TOO_SHORT },
    ]);
  });
});
