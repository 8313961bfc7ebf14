import { isOverdue, overdueBefore } from "../scoring/deadlines";

describe("overdueBefore agrees with isOverdue", () => {
  const dues = ["2026-04-09T00:00:00.000Z", "2026-04-09T15:30:00.000Z", "2026-04-09T23:59:59.999Z"];
  const nows = [
    "2026-04-08T23:59:59.999Z",
    "2026-04-09T00:00:00.000Z",
    "2026-04-09T23:59:59.999Z",
    "2026-04-10T00:00:00.000Z",
    "2026-04-10T00:00:00.001Z",
    "2026-05-01T12:00:00.000Z",
  ];
  const grid = dues.flatMap((due) => nows.map((now) => [due, now] as const));

  it.each(grid)("due %s, now %s", (due, now) => {
    const dueDate = new Date(due);
    const at = new Date(now);
    expect(dueDate < overdueBefore(at)).toBe(isOverdue(dueDate, false, at));
  });

  it("flips on the first instant of the day after the due date", () => {
    const due = new Date("2026-04-09T15:30:00.000Z");
    expect(due < overdueBefore(new Date("2026-04-09T23:59:59.999Z"))).toBe(false);
    expect(due < overdueBefore(new Date("2026-04-10T00:00:00.000Z"))).toBe(true);
  });
});
