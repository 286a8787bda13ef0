import { Driver } from "neo4j-driver";
import { writeExtraction } from "../ingest/load";
import type { CoreNlpClient } from "../ingest/nlp";
import { extractFromInputs } from "../ingest/pipeline";
import { BenchRow, timed } from "./measure";
import { syntheticArticles } from "./synthetic-corpus";

/** Ingests `count` synthetic articles end to end (parse, extract, resolve, write) and reports time, peak memory and graph size. */
export async function scaleBenchmark(driver: Driver, nlp: CoreNlpClient, count: number): Promise<BenchRow[]> {
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 100);
  try {
    const articles = syntheticArticles(count, 99);
    const body = articles.map((a) => JSON.stringify(a)).join("\n");
    const extracted = await timed(() =>
      extractFromInputs([{ name: "scale.jsonl", contentType: "json", body }], { nlp }),
    );
    const written = await timed(() => writeExtraction(driver, "neo4j", extracted.result.extraction));
    const size = await driver.executeQuery(
      "MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS relations",
    );
    const nodes = size.records[0].get("nodes").toNumber();
    const relations = size.records[0].get("relations").toNumber();
    const total = extracted.seconds + written.seconds;
    return [
      {
        benchmark: `scale: ${count} synthetic articles end to end (extract ${extracted.seconds.toFixed(0)} s + write ${written.seconds.toFixed(0)} s)`,
        figure: `${total.toFixed(0)} s, peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MiB`,
        baseline: `graph: ${nodes} nodes, ${relations} relations`,
        ratio: `${(count / total).toFixed(1)} articles/s`,
        goal: "—",
        met: null,
      },
    ];
  } finally {
    clearInterval(sampler);
  }
}
