/** A calendar month in UTC: its label and the instants that bound it. */
export interface UtcMonth {
  label: string;
  start: Date;
  end: Date;
}

/** `count` consecutive UTC months, the first `offset` months from the month of `now`. */
export function utcMonths(now: Date, offset: number, count: number): UtcMonth[] {
  const months: UtcMonth[] = [];
  for (let i = 0; i < count; i++) {
    const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset + i, 1));
    const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
    const label = `${start.getUTCFullYear()}-${String(start.getUTCMonth() + 1).padStart(2, "0")}`;
    months.push({ label, start, end });
  }
  return months;
}
