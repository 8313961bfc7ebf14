import { Grade, ProcurementStatus } from "../../shared/domain/procurement.enums";
import { computeProcurementStatus, ProcurementStatusInput } from "./procurement-status";

const NOW = new Date("2026-06-01T12:00:00.000Z");
const RECENT = new Date("2025-09-01T00:00:00.000Z");
const { APPROVED, CONDITIONAL, SUSPENDED, BLOCKED } = ProcurementStatus;

const base: ProcurementStatusInput = {
  sourcesFromProtectedArea: false,
  blockedByAdmin: false,
  blockReason: null,
  openZeroToleranceCount: 0,
  overdueMajorOrZeroToleranceCount: 0,
  lastCompletedAuditAt: RECENT,
  grade: Grade.B,
  now: NOW,
};

const PROTECTED = "Sources raw materials from a protected biodiversity area";
const NO_AUDIT = "No completed audit within 24 months";

describe("computeProcurementStatus", () => {
  it.each<[string, Partial<ProcurementStatusInput>, ProcurementStatus, string[]]>([
    ["clean supplier", {}, APPROVED, []],
    ["no score yet but audited", { grade: null }, APPROVED, []],
    ["grade C", { grade: Grade.C }, APPROVED, []],
    ["protected area", { sourcesFromProtectedArea: true }, BLOCKED, [PROTECTED]],
    [
      "admin block without reason",
      { blockedByAdmin: true },
      BLOCKED,
      ["Blocked by an administrator"],
    ],
    [
      "admin block with reason",
      { blockedByAdmin: true, blockReason: "  Sanctions screening hit  " },
      BLOCKED,
      ["Blocked by an administrator: Sanctions screening hit"],
    ],
    ["one open ZT", { openZeroToleranceCount: 1 }, SUSPENDED, ["1 open zero-tolerance finding"]],
    ["two open ZT", { openZeroToleranceCount: 2 }, SUSPENDED, ["2 open zero-tolerance findings"]],
    [
      "overdue major",
      { overdueMajorOrZeroToleranceCount: 3 },
      CONDITIONAL,
      ["3 overdue major or zero-tolerance findings"],
    ],
    ["never audited", { lastCompletedAuditAt: null }, CONDITIONAL, [NO_AUDIT]],
    [
      "audit exactly 24 months ago",
      { lastCompletedAuditAt: new Date("2024-06-01T12:00:00.000Z") },
      CONDITIONAL,
      [NO_AUDIT],
    ],
    [
      "audit one second short of 24 months",
      { lastCompletedAuditAt: new Date("2024-06-01T12:00:01.000Z") },
      APPROVED,
      [],
    ],
    ["grade D", { grade: Grade.D }, CONDITIONAL, ["Grade D"]],
    ["grade E", { grade: Grade.E }, CONDITIONAL, ["Grade E"]],
    [
      "every rule at once",
      {
        sourcesFromProtectedArea: true,
        blockedByAdmin: true,
        blockReason: "Fraud",
        openZeroToleranceCount: 2,
        overdueMajorOrZeroToleranceCount: 1,
        lastCompletedAuditAt: null,
        grade: Grade.E,
      },
      BLOCKED,
      [
        PROTECTED,
        "Blocked by an administrator: Fraud",
        "2 open zero-tolerance findings",
        "1 overdue major or zero-tolerance finding",
        NO_AUDIT,
        "Grade E",
      ],
    ],
    [
      "suspension outranks conditional reasons",
      { openZeroToleranceCount: 1, overdueMajorOrZeroToleranceCount: 1, grade: Grade.E },
      SUSPENDED,
      ["1 open zero-tolerance finding", "1 overdue major or zero-tolerance finding", "Grade E"],
    ],
    [
      "several conditional reasons",
      { lastCompletedAuditAt: null, grade: Grade.D, overdueMajorOrZeroToleranceCount: 2 },
      CONDITIONAL,
      ["2 overdue major or zero-tolerance findings", NO_AUDIT, "Grade D"],
    ],
    [
      "protected area and a grade E",
      { sourcesFromProtectedArea: true, grade: Grade.E },
      BLOCKED,
      [PROTECTED, "Grade E"],
    ],
  ])("%s -> %s", (_name, overrides, status, reasons) => {
    expect(computeProcurementStatus({ ...base, ...overrides })).toEqual({ status, reasons });
  });
});
