/** Partial dates (2024, 2024-03, 2024-03-10) compared as the spans of days they cover. */

export function dateStart(date: string): string {
  if (/^\d{4}$/.test(date)) return `${date}-01-01`;
  if (/^\d{4}-\d{2}$/.test(date)) return `${date}-01`;
  return date.slice(0, 10);
}

export function dateEnd(date: string): string {
  if (/^\d{4}$/.test(date)) return `${date}-12-31`;
  if (/^\d{4}-\d{2}$/.test(date)) return `${date}-31`;
  return date.slice(0, 10);
}

/** True when [start, end] overlaps the range; an open side of the range accepts anything. */
export function overlapsRange(start: string, end: string, from?: string, to?: string): boolean {
  if (from && dateEnd(end) < dateStart(from)) return false;
  if (to && dateStart(start) > dateEnd(to)) return false;
  return true;
}

export function asDate(value: unknown): string | undefined {
  return typeof value === "string" && /^\d{4}(-\d{2}(-\d{2})?)?/.test(value) ? value : undefined;
}

/** Month steps between two dates, for the time slider: ["2023-11", "2023-12", "2024-01", ...]. */
export function monthsBetween(min: string, max: string): string[] {
  const [y0, m0] = dateStart(min).split("-").map(Number);
  const [y1, m1] = dateStart(max).split("-").map(Number);
  const months: string[] = [];
  for (let y = y0, m = m0; y < y1 || (y === y1 && m <= m1); m === 12 ? (y++, (m = 1)) : m++) {
    months.push(`${y}-${String(m).padStart(2, "0")}`);
    if (months.length > 1200) break;
  }
  return months;
}

/** Earliest and latest date on the loaded graph (event dates, first/last seen), for the time slider's span. */
export function dateBounds(dates: Iterable<unknown>): { min: string; max: string } | null {
  let min: string | undefined;
  let max: string | undefined;
  for (const value of dates) {
    const date = asDate(value);
    if (!date) continue;
    if (!min || dateStart(date) < dateStart(min)) min = date;
    if (!max || dateEnd(date) > dateEnd(max)) max = date;
  }
  return min && max ? { min, max } : null;
}
