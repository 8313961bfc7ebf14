import { RiskLevel } from "../../shared/domain/audit.enums";
import { riskLevel, riskScore } from "./risk";

const { LOW, MEDIUM, HIGH, CRITICAL } = RiskLevel;

describe("riskScore and riskLevel", () => {
  // The policy's 5 x 5 likelihood x impact matrix, written out by hand.
  it.each([
    [1, 1, 1, LOW],
    [1, 2, 2, LOW],
    [1, 3, 3, LOW],
    [1, 4, 4, LOW],
    [1, 5, 5, MEDIUM],
    [2, 1, 2, LOW],
    [2, 2, 4, LOW],
    [2, 3, 6, MEDIUM],
    [2, 4, 8, MEDIUM],
    [2, 5, 10, HIGH],
    [3, 1, 3, LOW],
    [3, 2, 6, MEDIUM],
    [3, 3, 9, MEDIUM],
    [3, 4, 12, HIGH],
    [3, 5, 15, HIGH],
    [4, 1, 4, LOW],
    [4, 2, 8, MEDIUM],
    [4, 3, 12, HIGH],
    [4, 4, 16, HIGH],
    [4, 5, 20, CRITICAL],
    [5, 1, 5, MEDIUM],
    [5, 2, 10, HIGH],
    [5, 3, 15, HIGH],
    [5, 4, 20, CRITICAL],
    [5, 5, 25, CRITICAL],
  ])("likelihood %i x impact %i = %i (%s)", (likelihood, impact, score, level) => {
    expect(riskScore(likelihood, impact)).toBe(score);
    expect(riskLevel(riskScore(likelihood, impact))).toBe(level);
  });

  it.each([
    [4, LOW],
    [5, MEDIUM],
    [9, MEDIUM],
    [10, HIGH],
    [16, HIGH],
    // 17-19 are no product of two factors 1-5; they must still map somewhere sensible.
    [17, CRITICAL],
    [18, CRITICAL],
    [19, CRITICAL],
    [20, CRITICAL],
  ])("band boundary %i -> %s", (score, level) => {
    expect(riskLevel(score)).toBe(level);
  });

  it.each([
    [0, 3],
    [6, 3],
    [3, 0],
    [3, 6],
    [2.5, 3],
    [3, Number.NaN],
    [-1, 1],
  ])("rejects likelihood %p x impact %p", (likelihood, impact) => {
    expect(() => riskScore(likelihood, impact)).toThrow(RangeError);
  });

  it.each([0, 26, 1.5, Number.NaN, -4])("rejects risk score %p", (score) => {
    expect(() => riskLevel(score)).toThrow(RangeError);
  });
});
