import { plannedDateProblems, targetDateProblems } from "./date-policy";

const NOW = new Date("2026-06-01T09:00:00Z");
const at = (iso: string) => new Date(iso);

describe("planned audit dates", () => {
  it.each([
    ["2025-06-01T08:59:59Z", "must not be more than 12 months in the past"],
    ["2025-06-01T09:00:00Z", null],
    ["2026-06-01T09:00:00Z", null],
    ["2029-06-01T09:00:00Z", null],
    ["2029-06-01T09:00:01Z", "must not be more than 36 months ahead"],
  ])("%s: %s", (date, message) => {
    expect(plannedDateProblems(at(date), NOW, "input.plannedDate")).toEqual(
      message ? [{ path: "input.plannedDate", message }] : [],
    );
  });

  it("counts calendar months from a leap day (29 Feb back 12 months: 28 Feb)", () => {
    const leap = at("2028-02-29T12:00:00Z");
    expect(plannedDateProblems(at("2027-02-28T12:00:00Z"), leap, "d")).toEqual([]);
    expect(plannedDateProblems(at("2027-02-28T11:59:59Z"), leap, "d")).toHaveLength(1);
  });
});

describe("corrective action target dates", () => {
  it.each([
    ["2026-05-31T23:59:59Z", "must not be in the past"],
    ["2026-06-01T00:00:00Z", null],
    ["2028-06-01T09:00:00Z", null],
    ["2028-06-01T09:00:01Z", "must not be more than 24 months ahead"],
  ])("%s: %s", (date, message) => {
    expect(targetDateProblems(at(date), NOW, "input.targetDate")).toEqual(
      message ? [{ path: "input.targetDate", message }] : [],
    );
  });
});
