import { Severity } from "../../shared/domain/audit.enums";
import { Grade } from "../../shared/domain/procurement.enums";
import { addMonths } from "../../shared/time";
import { capDueDate, closureDueDate, isOverdue, nextAuditDue } from "./deadlines";

const at = (iso: string): Date => new Date(iso);
const COMPLETED = at("2026-03-10T15:30:00.000Z");

describe("capDueDate", () => {
  it.each([
    [Severity.ZERO_TOLERANCE, "2026-03-17T15:30:00.000Z"],
    [Severity.MAJOR, "2026-03-24T15:30:00.000Z"],
    [Severity.MINOR, "2026-03-24T15:30:00.000Z"],
    [Severity.OBSERVATION, null],
  ])("%s -> %p", (severity, expected) => {
    expect(capDueDate(severity, COMPLETED)?.toISOString() ?? null).toBe(expected);
  });
});

describe("closureDueDate", () => {
  it.each([
    [Severity.ZERO_TOLERANCE, "2026-04-09T15:30:00.000Z"], // + 30 days
    [Severity.MAJOR, "2026-06-08T15:30:00.000Z"], // + 90 days
    [Severity.MINOR, "2026-09-06T15:30:00.000Z"], // + 180 days
    [Severity.OBSERVATION, null],
  ])("%s -> %p", (severity, expected) => {
    expect(closureDueDate(severity, COMPLETED)?.toISOString() ?? null).toBe(expected);
  });
});

describe("isOverdue", () => {
  const due = at("2026-04-09T15:30:00.000Z");

  it.each([
    ["a day before", "2026-04-08T12:00:00.000Z", false, false],
    ["on the due instant", "2026-04-09T15:30:00.000Z", false, false],
    ["later on the due day", "2026-04-09T23:59:59.999Z", false, false],
    ["the start of the next day", "2026-04-10T00:00:00.000Z", false, true],
    ["the day after", "2026-04-10T10:00:00.000Z", false, true],
    ["months later but closed", "2026-12-01T00:00:00.000Z", true, false],
  ])("%s (%s, closed %p) -> %p", (_name, now, closed, expected) => {
    expect(isOverdue(due, closed, at(now))).toBe(expected);
  });

  it("is never overdue without a due date (observations)", () => {
    expect(isOverdue(null, false, at("2030-01-01T00:00:00.000Z"))).toBe(false);
  });

  it("follows a closure due date computed from completion", () => {
    const dueDate = closureDueDate(Severity.MAJOR, COMPLETED);
    expect(isOverdue(dueDate, false, at("2026-06-08T23:00:00.000Z"))).toBe(false);
    expect(isOverdue(dueDate, false, at("2026-06-09T00:00:00.000Z"))).toBe(true);
  });
});

describe("nextAuditDue", () => {
  const last = at("2025-05-15T09:00:00.000Z");
  const created = at("2024-01-02T00:00:00.000Z");

  it.each([
    [Grade.A, false, "2027-05-15T09:00:00.000Z"],
    [Grade.B, false, "2027-05-15T09:00:00.000Z"],
    [Grade.C, false, "2026-05-15T09:00:00.000Z"],
    [Grade.D, false, "2025-11-15T09:00:00.000Z"],
    [Grade.E, false, "2025-11-15T09:00:00.000Z"],
    [Grade.A, true, "2025-08-15T09:00:00.000Z"],
    [Grade.E, true, "2025-08-15T09:00:00.000Z"],
    [null, true, "2025-08-15T09:00:00.000Z"],
    // An audited supplier without a grade is treated like D/E (our choice; SPEC is silent).
    [null, false, "2025-11-15T09:00:00.000Z"],
  ])("grade %p, suspended %p -> %s", (grade, suspended, expected) => {
    const due = nextAuditDue({
      lastCompletedAuditAt: last,
      grade,
      suspended,
      neverAuditedSince: created,
    });
    expect(due.toISOString()).toBe(expected);
  });

  it.each([Grade.A, Grade.E, null])("never audited (grade %p) is due since creation", (grade) => {
    const due = nextAuditDue({
      lastCompletedAuditAt: null,
      grade,
      suspended: true,
      neverAuditedSince: created,
    });
    expect(due).toEqual(created);
  });

  it.each([
    ["2025-08-31T00:00:00.000Z", Grade.D, false, "2026-02-28T00:00:00.000Z"],
    ["2023-08-31T00:00:00.000Z", Grade.E, false, "2024-02-29T00:00:00.000Z"],
    ["2025-11-30T12:00:00.000Z", Grade.B, true, "2026-02-28T12:00:00.000Z"],
    ["2024-02-29T00:00:00.000Z", Grade.C, false, "2025-02-28T00:00:00.000Z"],
  ])("month ends clamp: %s grade %s suspended %p -> %s", (lastAt, grade, suspended, expected) => {
    const due = nextAuditDue({
      lastCompletedAuditAt: at(lastAt),
      grade,
      suspended,
      neverAuditedSince: created,
    });
    expect(due.toISOString()).toBe(expected);
  });
});

describe("addMonths (UTC, used by every month-based rule)", () => {
  it.each([
    ["2026-01-31T10:00:00.000Z", 1, "2026-02-28T10:00:00.000Z"],
    ["2024-01-31T10:00:00.000Z", 1, "2024-02-29T10:00:00.000Z"],
    ["2026-01-31T10:00:00.000Z", 2, "2026-03-31T10:00:00.000Z"],
    ["2025-12-31T23:59:59.000Z", 2, "2026-02-28T23:59:59.000Z"],
    ["2026-03-31T00:00:00.000Z", -1, "2026-02-28T00:00:00.000Z"],
    ["2026-01-15T00:00:00.000Z", 24, "2028-01-15T00:00:00.000Z"],
  ])("%s + %i months -> %s", (start, months, expected) => {
    expect(addMonths(at(start), months).toISOString()).toBe(expected);
  });
});
