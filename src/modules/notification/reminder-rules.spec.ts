import { auditReminder, daysUntil, deadlineStage, escalation } from "./reminder-rules";

const now = new Date("2026-06-10T09:00:00Z");
const at = (iso: string) => new Date(iso);

describe("reminder rules", () => {
  it("counts whole UTC days", () => {
    expect(daysUntil(at("2026-06-10T23:59:59Z"), now)).toBe(0);
    expect(daysUntil(at("2026-06-11T00:00:00Z"), now)).toBe(1);
    expect(daysUntil(at("2026-06-09T23:59:59Z"), now)).toBe(-1);
  });

  it.each([
    ["2026-06-25T08:00:00Z", null],
    ["2026-06-24T08:00:00Z", 14],
    ["2026-06-14T08:00:00Z", 14],
    ["2026-06-13T08:00:00Z", 3],
    ["2026-06-11T08:00:00Z", 3],
    ["2026-06-10T08:00:00Z", null],
  ])("an audit planned for %s has reminder %s", (planned, reminder) => {
    expect(auditReminder(at(planned), now)).toBe(reminder);
  });

  it.each([
    ["2026-06-14T00:00:00Z", null],
    ["2026-06-13T00:00:00Z", { stage: "due_soon", days: 3 }],
    ["2026-06-11T00:00:00Z", { stage: "due_soon", days: 1 }],
    ["2026-06-10T00:00:00Z", { stage: "due_today" }],
    ["2026-06-09T00:00:00Z", { stage: "overdue", daysOverdue: 1 }],
    ["2026-06-03T00:00:00Z", { stage: "overdue", daysOverdue: 7 }],
    ["2026-06-02T00:00:00Z", { stage: "overdue_weekly", daysOverdue: 8, week: 1 }],
    ["2026-05-27T00:00:00Z", { stage: "overdue_weekly", daysOverdue: 14, week: 1 }],
    ["2026-05-26T00:00:00Z", { stage: "overdue_weekly", daysOverdue: 15, week: 2 }],
  ])("a deadline on %s is at stage %j", (deadline, stage) => {
    expect(deadlineStage(at(deadline), now)).toEqual(stage);
  });

  it("escalates a deadline missed by more than 7 days", () => {
    expect(escalation(at("2026-06-03T00:00:00Z"), now)).toBeNull();
    expect(escalation(at("2026-06-02T00:00:00Z"), now)).toBe(8);
  });
});
