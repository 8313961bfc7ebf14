import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { dateLocale, statusLabel } from "./words";

export interface DueEntry {
  supplierId: string;
  supplierName: string;
  grade?: string | null;
  status: string;
  dueDate: string;
  plannedAuditId?: string | null;
}

const DAY = 86_400_000;
/** Monday to Sunday: 2024-01-01 was a Monday. */
const WEEK = Array.from({ length: 7 }, (_, i) => new Date(Date.UTC(2024, 0, 1 + i)));
const weekdayName = (at: Date) =>
  at.toLocaleDateString(dateLocale(), { weekday: "short", timeZone: "UTC" });
const iso = (at: Date) => at.toISOString().slice(0, 10);
const utcDay = (value: string | Date) => {
  const at = new Date(value);
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
};
const longDay = (at: Date) =>
  at.toLocaleDateString(dateLocale(), {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
const monthTitle = (at: Date) =>
  at.toLocaleDateString(dateLocale(), { month: "long", year: "numeric", timeZone: "UTC" });

/** The weeks (Monday first) of the month of `month`, days outside it null. */
function weeksOf(month: Date): (Date | null)[][] {
  const first = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth(), 1));
  const days = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 0)).getUTCDate();
  const lead = (first.getUTCDay() + 6) % 7;
  const cells: (Date | null)[] = Array.from({ length: lead }, () => null);
  for (let d = 0; d < days; d++) cells.push(new Date(first.getTime() + d * DAY));
  while (cells.length % 7) cells.push(null);
  const weeks: (Date | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/**
 * The re-audits due as a month grid (UTC days, weeks from Monday). One day is focusable at a
 * time: arrow keys move by a day or a week, Home/End to the week's start or end, Page Up/Down
 * by a month; Enter or a click shows that day's suppliers below the grid.
 */
export function ReauditCalendar({
  entries,
  from,
  days,
}: {
  entries: DueEntry[];
  from: string;
  days: number;
}) {
  const { t } = useTranslation("dashboard");
  const start = utcDay(from);
  const end = new Date(start.getTime() + (days - 1) * DAY);
  const byDay = useMemo(() => {
    const map = new Map<string, DueEntry[]>();
    for (const entry of entries) {
      const key = iso(utcDay(entry.dueDate));
      map.set(key, [...(map.get(key) ?? []), entry]);
    }
    return map;
  }, [entries]);
  const firstDue = entries.length > 0 ? utcDay(entries[0].dueDate) : start;
  const [focused, setFocused] = useState<Date>(firstDue);
  const [selected, setSelected] = useState<Date | null>(entries.length > 0 ? firstDue : null);
  const grid = useRef<HTMLTableElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    grid.current?.querySelector<HTMLButtonElement>(`[data-day="${iso(focused)}"]`)?.focus();
  }, [focused]);

  const clamp = (at: Date) => (at < start ? start : at > end ? end : at);
  const move = (to: Date) => {
    moved.current = true;
    setFocused(clamp(to));
  };
  const onKey = (event: KeyboardEvent<HTMLTableElement>) => {
    const weekday = (focused.getUTCDay() + 6) % 7;
    const shift: Record<string, () => Date> = {
      ArrowLeft: () => new Date(focused.getTime() - DAY),
      ArrowRight: () => new Date(focused.getTime() + DAY),
      ArrowUp: () => new Date(focused.getTime() - 7 * DAY),
      ArrowDown: () => new Date(focused.getTime() + 7 * DAY),
      Home: () => new Date(focused.getTime() - weekday * DAY),
      End: () => new Date(focused.getTime() + (6 - weekday) * DAY),
      PageUp: () =>
        new Date(
          Date.UTC(focused.getUTCFullYear(), focused.getUTCMonth() - 1, focused.getUTCDate()),
        ),
      PageDown: () =>
        new Date(
          Date.UTC(focused.getUTCFullYear(), focused.getUTCMonth() + 1, focused.getUTCDate()),
        ),
    };
    const next = shift[event.key];
    if (!next) return;
    event.preventDefault();
    move(next());
  };

  const month = new Date(Date.UTC(focused.getUTCFullYear(), focused.getUTCMonth(), 1));
  const firstMonth = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1));
  const lastMonth = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth(), 1));
  const showMonth = (offset: number) => {
    const target = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + offset, 1));
    const dues = entries
      .map((e) => utcDay(e.dueDate))
      .filter((d) => iso(d).slice(0, 7) === iso(target).slice(0, 7));
    setFocused(clamp(dues[0] ?? target));
  };
  const selectedEntries = selected ? (byDay.get(iso(selected)) ?? []) : [];

  return (
    <div className="dash-calendar">
      <div className="dash-calendar-head">
        <button type="button" onClick={() => showMonth(-1)} disabled={month <= firstMonth}>
          {t("calendar.previous")}
        </button>
        <h3 id="reaudit-calendar-month" aria-live="polite">
          {monthTitle(month)}
        </h3>
        <button type="button" onClick={() => showMonth(1)} disabled={month >= lastMonth}>
          {t("calendar.next")}
        </button>
      </div>
      <table
        ref={grid}
        className="dash-month"
        role="grid"
        aria-labelledby="reaudit-calendar-month"
        onKeyDown={onKey}
      >
        <thead>
          <tr>
            {WEEK.map((day) => (
              <th key={day.getUTCDay()} scope="col">
                {weekdayName(day)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeksOf(month).map((week, i) => (
            <tr key={i}>
              {week.map((day, j) => {
                if (!day) return <td key={j} />;
                const key = iso(day);
                const due = byDay.get(key) ?? [];
                const inWindow = day >= start && day <= end;
                // The name starts with the visible day number (WCAG 2.5.3, label in name).
                const label = t("calendar.dayLabel", {
                  day: day.getUTCDate(),
                  date: longDay(day),
                  state: inWindow
                    ? due.length === 0
                      ? t("calendar.noneDue")
                      : t("calendar.due", { count: due.length })
                    : t("calendar.outside"),
                });
                return (
                  <td key={j} className={due.length > 0 ? "has-due" : undefined}>
                    <button
                      type="button"
                      data-day={key}
                      tabIndex={key === iso(focused) ? 0 : -1}
                      aria-label={label}
                      aria-pressed={selected ? key === iso(selected) : false}
                      disabled={!inWindow}
                      onClick={() => {
                        setFocused(day);
                        setSelected(day);
                      }}
                    >
                      <span aria-hidden="true">{day.getUTCDate()}</span>
                      {due.length > 0 && (
                        <span className="dash-due-dots" aria-hidden="true">
                          {due.slice(0, 3).map((entry) => (
                            <span key={entry.supplierId} className="dash-due-dot" />
                          ))}
                          {due.length > 3 && <span className="dash-due-dot dash-due-more" />}
                        </span>
                      )}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="dash-hint">{t("calendar.hint")}</p>
      <div aria-live="polite" data-testid="calendar-day">
        {selected && (
          <>
            <h3>{longDay(selected)}</h3>
            {selectedEntries.length === 0 ? (
              <p>{t("calendar.noneThatDay")}</p>
            ) : (
              <ul className="links">
                {selectedEntries.map((entry) => (
                  <li key={entry.supplierId}>
                    <Link to={`/suppliers/${entry.supplierId}`}>{entry.supplierName}</Link>{" "}
                    {t("calendar.entryState", {
                      grade: entry.grade
                        ? t("calendar.grade", { grade: entry.grade })
                        : t("calendar.noGrade"),
                      status: statusLabel(entry.status).toLowerCase(),
                    })}{" "}
                    ·{" "}
                    {entry.plannedAuditId ? (
                      <Link to={`/audits/${entry.plannedAuditId}`}>
                        {t("calendar.auditPlanned")}
                      </Link>
                    ) : (
                      t("calendar.noAuditPlanned")
                    )}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
    </div>
  );
}
