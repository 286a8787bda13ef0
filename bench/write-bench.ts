import { Driver } from "neo4j-driver";
import { writeExtraction } from "../ingest/load";
import { emptyDatabase } from "./bench-neo4j";
import { BenchRow, median, timed } from "./measure";
import { syntheticExtraction } from "./synthetic-extraction";
import {
  PlainRows,
  minimalRelationsOnly,
  minimalUnwindMerge,
  oneTransactionPerRow,
  plainRows,
} from "./write-baselines";

/** Fills the graph with `count` entities so the next writes meet realistic index sizes. */
async function preload(driver: Driver, count: number): Promise<void> {
  const session = driver.session({ database: "neo4j" });
  try {
    await session.run(
      `UNWIND range(1, $count) AS i
       CALL (i) { CREATE (:Entity:Actor {id: 'preload:' + i, name: 'Preloaded ' + i, aliases: [], mentions: 1}) }
       IN TRANSACTIONS OF 20000 ROWS`,
      { count },
    );
  } finally {
    await session.close();
  }
}

export async function writeBenchmarks(
  driver: Driver,
  options: { articles: number; runs: number; preloadNodes: number; perRowArticles: number },
): Promise<BenchRow[]> {
  const extraction = syntheticExtraction(options.articles);
  const rows = plainRows(extraction);
  // The generator is deterministic: these are the first articles of `extraction`.
  const perRowSample = plainRows(syntheticExtraction(options.perRowArticles));
  // Written before each measured write, with other ids: whenever the graph's size changed a lot (emptied,
  // preloaded) Neo4j plans every statement anew, and a long-running ingest pays that only once.
  const warmUp = syntheticExtraction(20, 99, "warm-up:");
  const warmUpRows = plainRows(warmUp);
  const fresh = async (preloadNodes: number) => {
    await emptyDatabase(driver);
    if (preloadNodes > 0) await preload(driver, preloadNodes);
  };
  const oursInto = async (preloadNodes: number): Promise<number> => {
    await fresh(preloadNodes);
    await writeExtraction(driver, "neo4j", warmUp);
    return rows.relationCount / (await timed(() => writeExtraction(driver, "neo4j", extraction))).seconds;
  };
  const baseline = async (
    write: (driver: Driver, rows: PlainRows) => Promise<void>,
    measured: PlainRows,
  ): Promise<number> => {
    await fresh(0);
    await write(driver, warmUpRows);
    return measured.relationCount / (await timed(() => write(driver, measured))).seconds;
  };
  const ours: number[] = [];
  const minimal: number[] = [];
  const relationsOnly: number[] = [];
  const full: number[] = [];
  const perRow: number[] = [];
  // Round -1 is not measured: the JVM compiles Neo4j's hot paths during it, and whichever writer ran
  // first would otherwise pay for that alone.
  for (let run = -1; run < options.runs; run += 1) {
    const figures = [
      await oursInto(0),
      await baseline(minimalUnwindMerge, rows),
      await baseline(minimalRelationsOnly, rows),
      await oursInto(options.preloadNodes),
      await baseline(oneTransactionPerRow, perRowSample),
    ];
    if (run < 0) continue;
    [ours, minimal, relationsOnly, full, perRow].forEach((list, i) => list.push(figures[i]));
  }
  const oursRate = median(ours);
  const minimalRate = median(minimal);
  const relationsOnlyRate = median(relationsOnly);
  const perRowRate = median(perRow);
  const fullRate = median(full);
  const f = (x: number) => `${x.toFixed(0)} relations/s`;
  const sameRows = `articles, entities, mentions and relations`;
  return [
    {
      benchmark: `write: our loader vs minimal UNWIND MERGE of the same rows (${sameRows}; ${options.articles} articles, ${rows.relationCount} relations)`,
      figure: f(oursRate),
      baseline: f(minimalRate),
      ratio: (oursRate / minimalRate).toFixed(2),
      goal: "≥ 0.5",
      met: oursRate / minimalRate >= 0.5,
    },
    {
      benchmark:
        "write: our loader vs minimal UNWIND MERGE of the relations alone, between bare nodes (for reference: the loader also writes articles, entities and mentions)",
      figure: f(oursRate),
      baseline: f(relationsOnlyRate),
      ratio: (oursRate / relationsOnlyRate).toFixed(2),
      goal: "—",
      met: null,
    },
    {
      benchmark: `write: our loader vs one transaction per row of the same rows (first ${options.perRowArticles} articles)`,
      figure: f(oursRate),
      baseline: f(perRowRate),
      ratio: (oursRate / perRowRate).toFixed(1),
      goal: "≥ 50",
      met: oursRate / perRowRate >= 50,
    },
    {
      benchmark: `write: into a graph of ${options.preloadNodes} nodes vs an empty one`,
      figure: f(fullRate),
      baseline: f(oursRate),
      ratio: (fullRate / oursRate).toFixed(2),
      goal: "≥ 0.8",
      met: fullRate / oursRate >= 0.8,
    },
  ];
}
