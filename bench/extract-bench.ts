import type { CoreNlpClient } from "../ingest/nlp";
import { extractFromInputs } from "../ingest/pipeline";
import { BenchRow, median, timed } from "./measure";
import { syntheticArticles, wordCount } from "./synthetic-corpus";

/**
 * Our whole extraction (CoreNLP's parse, then the rules, resolution and events) against CoreNLP's own
 * pipeline with the same annotators over the same texts (every article parsed, nothing else), both
 * through the same server and client, one after the other in each run.
 */
export async function extractBenchmarks(
  nlp: CoreNlpClient,
  options: { articles: number; runs: number },
): Promise<BenchRow[]> {
  const articles = syntheticArticles(options.articles, 3);
  const words = articles.reduce((sum, a) => sum + wordCount(a.text), 0);
  const inputs = [
    { name: "bench.jsonl", contentType: "json" as const, body: articles.map((a) => JSON.stringify(a)).join("\n") },
  ];
  await extractFromInputs([{ name: "warm-up.txt", contentType: "text", body: articles[0].text }], { nlp });
  const ours: number[] = [];
  const parser: number[] = [];
  for (let run = 0; run < options.runs; run += 1) {
    ours.push(words / (await timed(() => extractFromInputs(inputs, { nlp }))).seconds);
    parser.push(words / (await timed(() => Promise.all(articles.map((a) => nlp.annotate(a.text))))).seconds);
  }
  const oursRate = median(ours);
  const parserRate = median(parser);
  return [
    {
      benchmark: `extraction: ours vs CoreNLP's own pipeline, same annotators, same text (${articles.length} articles, ${words} words, ${nlp.concurrency} requests at once)`,
      figure: `${oursRate.toFixed(0)} words/s`,
      baseline: `${parserRate.toFixed(0)} words/s`,
      ratio: (oursRate / parserRate).toFixed(2),
      goal: "≥ 0.5",
      met: oursRate / parserRate >= 0.5,
    },
  ];
}
