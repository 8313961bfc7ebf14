/** Months as the recycled-content figures use them: `YYYY-MM`, stored as the date of the 1st. */
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** `2026-03` -> `2026-03-01`, or null for anything else. */
export function monthStart(text: string): string | null {
  const match = MONTH.exec(text.trim());
  return match ? `${match[1]}-${match[2]}-01` : null;
}

/** The month (`YYYY-MM`) of a stored date (`YYYY-MM-DD`, or a Date). */
export function monthOf(value: string | Date): string {
  return (typeof value === "string" ? value : value.toISOString()).slice(0, 7);
}

/** Months since year 0: consecutive integers, so `index(b) - index(a)` counts the months between. */
export function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

export function monthFromIndex(index: number): string {
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
}

export function addMonthsTo(month: string, months: number): string {
  return monthFromIndex(monthIndex(month) + months);
}
