import {
  defaultAdjustmentExpiry,
  isAdjustmentActive,
  manualAdjustmentErrors,
} from "./manual-adjustment";

const NOW = new Date("2026-01-31T10:00:00.000Z");
const REASON = "Strategic supplier";

describe("manualAdjustmentErrors", () => {
  it.each<[string, { delta: number; reason: string; expiresAt?: Date | null }, string[]]>([
    ["valid, default expiry", { delta: 10, reason: REASON }, []],
    ["lowest delta", { delta: -30, reason: REASON }, []],
    ["highest delta", { delta: 30, reason: REASON }, []],
    ["delta too low", { delta: -30.01, reason: REASON }, ["delta"]],
    ["delta too high", { delta: 31, reason: REASON }, ["delta"]],
    ["delta not finite", { delta: Number.NaN, reason: REASON }, ["delta"]],
    ["reason of exactly 10", { delta: 1, reason: "0123456789" }, []],
    ["reason of 9", { delta: 1, reason: "012345678" }, ["reason"]],
    ["reason padded with spaces", { delta: 1, reason: "   short    " }, ["reason"]],
    [
      "expiry exactly 24 months ahead",
      { delta: 1, reason: REASON, expiresAt: new Date("2028-01-31T10:00:00.000Z") },
      [],
    ],
    [
      "expiry past 24 months",
      { delta: 1, reason: REASON, expiresAt: new Date("2028-01-31T10:00:01.000Z") },
      ["expiresAt"],
    ],
    ["expiry now", { delta: 1, reason: REASON, expiresAt: NOW }, ["expiresAt"]],
    [
      "everything wrong at once",
      { delta: 50, reason: "x", expiresAt: new Date("2020-01-01T00:00:00.000Z") },
      ["delta", "reason", "expiresAt"],
    ],
  ])("%s -> %j", (_name, draft, fields) => {
    expect(manualAdjustmentErrors(draft, NOW).map((e) => e.field)).toEqual(fields);
  });
});

describe("defaultAdjustmentExpiry", () => {
  it("is 12 calendar months ahead", () => {
    expect(defaultAdjustmentExpiry(NOW).toISOString()).toBe("2027-01-31T10:00:00.000Z");
  });
});

describe("isAdjustmentActive", () => {
  const later = new Date("2026-06-01T00:00:00.000Z");
  const earlier = new Date("2025-06-01T00:00:00.000Z");
  it.each([
    [null, null, true],
    [later, null, true],
    [NOW, null, false], // expires at this instant
    [earlier, null, false],
    [later, earlier, false],
    [later, later, true], // revocation scheduled later is not yet in effect
  ])("expiresAt %p revokedAt %p -> %p", (expiresAt, revokedAt, expected) => {
    expect(isAdjustmentActive({ expiresAt, revokedAt }, NOW)).toBe(expected);
  });
});
