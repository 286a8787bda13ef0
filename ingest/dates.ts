import * as chrono from "chrono-node";

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const MONTH_PREFIX = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$/i;

const pad = (n: number): string => String(n).padStart(2, "0");

/** A date as precise as the text says: YYYY, YYYY-MM or YYYY-MM-DD. */
export function formatPartialDate(year: number, month?: number, day?: number): string {
  if (month === undefined) return String(year);
  if (day === undefined) return `${year}-${pad(month)}`;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function referenceDate(articleDate?: string): Date {
  if (!articleDate) return new Date();
  const [y, m = 6, d = 15] = articleDate.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d, 12));
}

/** Whole dates such as "Mar 14, 2024" or "2024-03-14": the date of an article, never relative. */
export function parseAbsoluteDate(text: string): { date: string; matched: string } | undefined {
  const iso = /\b(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (iso) return { date: formatPartialDate(+iso[1], +iso[2], +iso[3]), matched: iso[0] };
  for (const result of chrono.parse(text)) {
    const known = result.start;
    if (!known.isCertain("year") || !known.isCertain("month")) continue;
    const day = known.isCertain("day") ? (known.get("day") ?? undefined) : undefined;
    return { date: formatPartialDate(known.get("year")!, known.get("month")!, day), matched: result.text };
  }
  return undefined;
}

/**
 * Resolves a time expression against the article's date: a month without a year is the latest such
 * month not after the article ("in January" in March 2024 is 2024-01, "last May" is 2023-05),
 * "last month" the month before, a bare year itself.
 */
export function resolveDate(expression: string, articleDate?: string): string | undefined {
  // Without an article date the answer depends on today, so only dated lookups are remembered.
  if (!articleDate) return resolveAgainst(expression, undefined);
  const key = `${articleDate}\u0000${expression}`;
  if (!resolved.has(key)) {
    // chrono's parse is the costly part of extraction after tagging; articles repeat their expressions.
    if (resolved.size >= RESOLVED_CACHE_SIZE) resolved.clear();
    resolved.set(key, resolveAgainst(expression, articleDate));
  }
  return resolved.get(key);
}

const RESOLVED_CACHE_SIZE = 10_000;
const resolved = new Map<string, string | undefined>();

function resolveAgainst(expression: string, articleDate: string | undefined): string | undefined {
  const ref = referenceDate(articleDate);
  const refYear = ref.getUTCFullYear();
  const refMonth = ref.getUTCMonth() + 1;
  const text = expression.trim();
  const lastMonthName = /^last\s+([a-z]+)$/i.exec(text);
  if (lastMonthName && MONTH_PREFIX.test(lastMonthName[1])) {
    const month = monthNumber(lastMonthName[1]);
    return formatPartialDate(month >= refMonth ? refYear - 1 : refYear, month);
  }
  if (/^\d{4}$/.test(text)) return text;
  if (/^(last|this) week$/i.test(text)) {
    const d = new Date(ref.getTime() - (/last/i.test(text) ? 7 : 0) * 86400000);
    return formatPartialDate(d.getUTCFullYear(), d.getUTCMonth() + 1);
  }
  const parsed = chrono.parse(text, ref)[0];
  if (!parsed) return undefined;
  const c = parsed.start;
  const month = c.get("month") ?? undefined;
  const certainDay = c.isCertain("day");
  if (c.isCertain("year")) {
    return formatPartialDate(
      c.get("year")!,
      c.isCertain("month") || /month/i.test(text) ? month : undefined,
      certainDay ? (c.get("day") ?? undefined) : undefined,
    );
  }
  if (/\b(this|last|next)\s+year\b/i.test(text)) return formatPartialDate(c.get("year")!);
  if (/\bmonth\b/i.test(text)) return formatPartialDate(c.get("year")!, month);
  if (c.isCertain("month") && month !== undefined) {
    const day = certainDay ? (c.get("day") ?? undefined) : undefined;
    const later = month > refMonth || (month === refMonth && day !== undefined && day > ref.getUTCDate());
    return formatPartialDate(later ? refYear - 1 : refYear, month, day);
  }
  return undefined;
}

function monthNumber(name: string): number {
  const lower = name.toLowerCase().replace(/\.$/, "");
  return MONTHS.findIndex((m) => m.startsWith(lower.slice(0, 3))) + 1;
}

/** Finds the time expressions of a sentence: "in January", "last May", "on February 2", "since October 7". */
export function findDateExpressions(sentence: string): { text: string; start: number; end: number }[] {
  const found: { text: string; start: number; end: number }[] = [];
  const monthWord =
    "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
  const patterns = [
    new RegExp(`\\blast\\s+${monthWord}\\b`, "g"),
    new RegExp(`\\b${monthWord}\\s+\\d{1,2}(?:,\\s*\\d{4})?\\b`, "g"),
    new RegExp(`\\b\\d{1,2}\\s+${monthWord}(?:\\s+\\d{4})?\\b`, "g"),
    new RegExp(`\\b${monthWord}(?:\\s+\\d{4})?\\b`, "g"),
    /\b(?:last|this|next)\s+(?:week|month|year)\b/g,
    /\b(?:19|20)\d{2}\b/g,
  ];
  for (const pattern of patterns) {
    for (const m of sentence.matchAll(pattern)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      if (
        /^May$/.test(m[0]) &&
        !/\b(in|since|last|of|until|early|late|mid-?)\s+$/i.test(sentence.slice(Math.max(0, start - 8), start))
      )
        continue;
      found.push({ text: m[0], start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
