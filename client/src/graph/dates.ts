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

/** One step of the time slider: a month, a quarter or a year, with the filter bounds it stands for. */
export interface TimeStep {
  label: string;
  /** Filter bounds: YYYY-MM (or YYYY for a year) as the URL and the filters keep them. */
  from: string;
  to: string;
}

/** Up to this many months the slider steps by month, then by quarter up to QUARTERS_UP_TO months, then by year. */
const MONTHS_UP_TO = 60;
const QUARTERS_UP_TO = 240;

/**
 * Slider steps over a span: by month for five years or less, by quarter up to twenty years, by year beyond,
 * so a decade is 40 steps rather than 120 two-pixel months.
 */
export function timeSteps(min: string, max: string): TimeStep[] {
  const months = monthsBetween(min, max);
  if (months.length <= MONTHS_UP_TO) return months.map((m) => ({ label: m, from: m, to: m }));
  if (months.length <= QUARTERS_UP_TO) {
    const quarters = new Map<string, TimeStep>();
    for (const month of months) {
      const [year, m] = month.split("-").map(Number);
      const q = Math.floor((m - 1) / 3);
      const key = `${year}-Q${q + 1}`;
      const first = `${year}-${String(q * 3 + 1).padStart(2, "0")}`;
      const last = `${year}-${String(q * 3 + 3).padStart(2, "0")}`;
      if (!quarters.has(key)) quarters.set(key, { label: key, from: first, to: last });
    }
    return [...quarters.values()];
  }
  const years = [...new Set(months.map((m) => m.slice(0, 4)))];
  return years.map((y) => ({ label: y, from: y, to: y }));
}

/** The step holding a date, or -1. */
export function stepIndex(steps: readonly TimeStep[], date: string): number {
  const day = dateStart(date);
  return steps.findIndex((s) => dateStart(s.from) <= day && day <= dateEnd(s.to));
}

/** How many dated items fall in each step; an item spanning several steps counts in its first. */
export function histogram(steps: readonly TimeStep[], dates: Iterable<string>): number[] {
  const counts = steps.map(() => 0);
  for (const date of dates) {
    const i = stepIndex(steps, date);
    if (i >= 0) counts[i] += 1;
  }
  return counts;
}
