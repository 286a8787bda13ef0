export interface Span {
  start: number;
  end: number;
  /** Why the span is marked (entity id, "evidence"), used as a CSS hook and a tooltip. */
  tag: string;
  title?: string;
}

export interface Segment {
  text: string;
  span?: Span;
}

/**
 * Cuts a text into plain and marked pieces. Overlapping or out-of-range spans are dropped rather than
 * nested, so the result renders as flat text nodes and <mark>s.
 */
export function segmentText(text: string, spans: readonly Span[]): Segment[] {
  const sorted = spans
    .filter(
      (s) =>
        Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= text.length && s.start < s.end,
    )
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment[] = [];
  let cursor = 0;
  for (const span of sorted) {
    if (span.start < cursor) continue;
    if (span.start > cursor) segments.push({ text: text.slice(cursor, span.start) });
    segments.push({ text: text.slice(span.start, span.end), span });
    cursor = span.end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor) });
  return segments;
}

/** The text before, inside and after a span; null when the span does not fit the text. */
export function splitAround(
  text: string,
  span: { start: number; end: number },
): { before: string; inside: string; after: string } | null {
  if (
    !Number.isInteger(span.start) ||
    !Number.isInteger(span.end) ||
    span.start < 0 ||
    span.end > text.length ||
    span.start >= span.end
  )
    return null;
  return { before: text.slice(0, span.start), inside: text.slice(span.start, span.end), after: text.slice(span.end) };
}
