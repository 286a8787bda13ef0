import type { Sentence } from "../types";

export interface Chunk {
  sentences: Sentence[];
  text: string;
}

/**
 * Groups sentences into chunks of `size` with one sentence of overlap, so a relation told across a
 * chunk boundary still has its sentence whole in one chunk; evidence is per sentence, so duplicates
 * from the overlap merge later.
 */
export function chunkSentences(sentences: Sentence[], size: number): Chunk[] {
  if (sentences.length === 0) return [];
  const step = Math.max(1, size - 1);
  const chunks: Chunk[] = [];
  for (let start = 0; start < sentences.length; start += step) {
    const part = sentences.slice(start, start + size);
    chunks.push({ sentences: part, text: part.map((s) => s.text).join(" ") });
    if (start + size >= sentences.length) break;
  }
  return chunks;
}
