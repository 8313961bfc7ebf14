import { validate } from "class-validator";
import { casCheckDigit, casProblem, isValidCas, normaliseCas } from "./cas";
import { IsCasNumber } from "./cas.validator";

describe("CAS numbers", () => {
  it.each([
    ["7439-92-1", "lead"],
    ["7440-43-9", "cadmium"],
    ["7439-97-6", "mercury"],
    ["117-81-7", "DEHP"],
    ["18540-29-9", "chromium(VI)"],
    ["1163-19-5", "decabromodiphenyl ether"],
    ["7732-18-5", "water"],
    ["24937-79-9", "PVDF"],
    ["24981-14-4", "PVF"],
    ["50-00-0", "formaldehyde (shortest first part)"],
    ["1234567-89-5", "seven-digit first part"],
  ])("%s (%s) is valid", (cas) => {
    expect(casProblem(cas)).toBeNull();
    expect(isValidCas(cas)).toBe(true);
  });

  it.each([
    ["7439-92-2", 1],
    ["7440-43-0", 9],
    ["117-81-8", 7],
    ["18540-29-1", 9],
    ["7732-18-4", 5],
  ])("%s has a wrong check digit (should be %i)", (cas, expected) => {
    expect(casProblem(cas)).toBe(
      `is not a valid CAS number: the check digit should be ${expected}`,
    );
  });

  it.each([
    "",
    "7439921",
    "7439-92",
    "7-92-1",
    "12345678-92-1",
    "7439-921-1",
    "7439-92-12",
    "7439 92 1",
    "7439_92_1",
    "74a9-92-1",
    " 7439-92-1",
    "7439-92-1\n",
    "-92-1",
  ])("%j is malformed", (cas) => {
    expect(casProblem(cas)).toMatch(/^must be a CAS number/);
  });

  it("computes the check digit from the right", () => {
    expect(casCheckDigit("773218")).toBe(5);
    expect(casCheckDigit("743992")).toBe(1);
  });

  it("normalises space and leading zeros", () => {
    expect(normaliseCas(" 0007439-92-1 ")).toBe("7439-92-1");
    expect(normaliseCas("50-00-0")).toBe("50-00-0");
  });

  describe("@IsCasNumber", () => {
    class Probe {
      @IsCasNumber()
      cas: string;
    }
    const check = async (cas: unknown) => {
      const probe = Object.assign(new Probe(), { cas });
      return (await validate(probe)).flatMap((e) => Object.values(e.constraints ?? {}));
    };

    it("passes a valid number and names the problem of a bad one", async () => {
      expect(await check("7439-92-1")).toEqual([]);
      expect(await check("7439-92-2")).toEqual([
        "is not a valid CAS number: the check digit should be 1",
      ]);
      expect(await check("lead")).toEqual([expect.stringMatching(/^must be a CAS number/)]);
      expect(await check(42)).toEqual(["must be a CAS number"]);
    });
  });
});
