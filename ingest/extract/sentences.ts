import type { Sentence } from "../types";

const ABBREVIATIONS = new Set(["mr", "mrs", "ms", "dr", "gen", "lt", "col", "sgt", "capt", "adm", "sen", "rep", "gov", "st", "jr", "sr", "no", "vs", "etc", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m"]);

/** Whether the period ending `word` is an abbreviation or an initial rather than a full stop. */
function isAbbreviation(word: string): boolean {
  const bare = word.replace(/^[("“'‘]+/, "").replace(/\.$/, "").toLowerCase();
  return ABBREVIATIONS.has(bare) || /^[a-z]$/i.test(bare) || /^([a-z]\.)+[a-z]$/i.test(bare);
}

/**
 * Splits article text into sentences with their offsets. Paragraph breaks always end a sentence; inside
 * a paragraph a sentence ends at . ! ? (and closing quotes) followed by a capital, a digit or a quote,
 * unless the period belongs to an abbreviation such as "U.S." or "Gen.".
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const push = (start: number, end: number): void => {
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end - start < 2) return;
    sentences.push({ start, end, text: text.slice(start, end), index: sentences.length });
  };
  const paragraph = /[^\n]+(?:\n(?!\s*\n)[^\n]+)*/g;
  for (const para of text.matchAll(paragraph)) {
    const base = para.index ?? 0;
    const body = para[0];
    let start = 0;
    const boundary = /([.!?…]+)(["”’')\]]*)\s+(?=["“‘'([]?[\p{Lu}\p{N}])/gu;
    for (const m of body.matchAll(boundary)) {
      const at = m.index ?? 0;
      const before = body.slice(start, at + m[1].length);
      const lastWord = before.split(/\s+/).pop() ?? "";
      if (m[1] === "." && isAbbreviation(lastWord)) continue;
      const end = at + m[1].length + m[2].length;
      push(base + start, base + end);
      start = end;
    }
    push(base + start, base + body.length);
  }
  return sentences;
}
