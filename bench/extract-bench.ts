import nlp from "compromise";
import { extractFromInputs } from "../ingest/pipeline";
import { BenchRow, median, timed } from "./measure";
import { syntheticArticles, wordCount } from "./synthetic-corpus";

/**
 * Our whole extraction against compromise's own parse of the same texts (tokenising and tagging every
 * article), both timed in this process one after the other, on a corpus that takes us ten seconds or more.
 */
export async function extractBenchmarks(options: { articles: number; runs: number }): Promise<BenchRow[]> {
  const articles = syntheticArticles(options.articles, 3);
  const words = articles.reduce((sum, a) => sum + wordCount(a.text), 0);
  const inputs = [{ name: "bench.jsonl", contentType: "json" as const, body: articles.map((a) => JSON.stringify(a)).join("\n") }];
  await extractFromInputs([{ name: "warm-up.txt", contentType: "text", body: articles[0].text }]);
  const ours: number[] = [];
  const library: number[] = [];
  for (let run = 0; run < options.runs; run += 1) {
    ours.push(words / (await timed(() => extractFromInputs(inputs))).seconds);
    library.push(words / (await timed(() => articles.forEach((a) => nlp(a.text).json()))).seconds);
  }
  const oursRate = median(ours);
  const libraryRate = median(library);
  return [
    {
      benchmark: `extraction: ours vs compromise's parse of the same text (${articles.length} articles, ${words} words)`,
      figure: `${oursRate.toFixed(0)} words/s`,
      baseline: `${libraryRate.toFixed(0)} words/s`,
      ratio: (oursRate / libraryRate).toFixed(2),
      goal: "≥ 0.5",
      met: oursRate / libraryRate >= 0.5,
    },
  ];
}
