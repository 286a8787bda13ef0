import { Driver } from "neo4j-driver";
import { RelationType } from "../domain";
import { writeExtraction } from "../ingest/load";
import { emptyDatabase } from "./bench-neo4j";
import { BenchRow, median, timed } from "./measure";
import { relationRows, syntheticExtraction } from "./synthetic-extraction";

type Row = ReturnType<typeof relationRows>[number];

function byType(rows: Row[]): Map<RelationType, Row[]> {
  const groups = new Map<RelationType, Row[]>();
  for (const row of rows) groups.set(row.type, [...(groups.get(row.type) ?? []), row]);
  return groups;
}

/** The baseline: the least a script must do to write the same relations, batched. */
async function minimalUnwindMerge(driver: Driver, rows: Row[], batch = 1000): Promise<void> {
  for (const [type, typed] of byType(rows)) {
    for (let i = 0; i < typed.length; i += batch) {
      await driver.executeQuery(
        `UNWIND $rows AS row
         MERGE (s:Entity {id: row.source})
         MERGE (t:Entity {id: row.target})
         MERGE (s)-[r:${type}]->(t)
         ON CREATE SET r.sentences = [row.sentence], r.articles = [row.article]
         ON MATCH SET r.sentences = r.sentences + row.sentence, r.articles = r.articles + row.article`,
        { rows: typed.slice(i, i + batch) },
        { database: "neo4j" },
      );
    }
  }
}

async function oneTransactionPerRow(driver: Driver, rows: Row[]): Promise<void> {
  const session = driver.session({ database: "neo4j" });
  try {
    for (const row of rows) {
      await session.executeWrite((tx) =>
        tx.run(
          `MERGE (s:Entity {id: $row.source}) MERGE (t:Entity {id: $row.target}) MERGE (s)-[r:${row.type}]->(t)
           ON CREATE SET r.sentences = [$row.sentence] ON MATCH SET r.sentences = r.sentences + $row.sentence`,
          { row },
        ),
      );
    }
  } finally {
    await session.close();
  }
}

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

export async function writeBenchmarks(driver: Driver, options: { articles: number; runs: number; preloadNodes: number }): Promise<BenchRow[]> {
  const extraction = syntheticExtraction(options.articles);
  const rows = relationRows(extraction);
  // Written before each measured write, with other ids: whenever the graph's size changed a lot (emptied,
  // preloaded) Neo4j plans every statement anew, and a long-running ingest pays that only once.
  const warmUp = syntheticExtraction(20, 99, "warm-up:");
  const fresh = async (preloadNodes: number) => {
    await emptyDatabase(driver);
    if (preloadNodes > 0) await preload(driver, preloadNodes);
  };
  const oursInto = async (preloadNodes: number): Promise<number> => {
    await fresh(preloadNodes);
    await writeExtraction(driver, "neo4j", warmUp);
    return rows.length / (await timed(() => writeExtraction(driver, "neo4j", extraction))).seconds;
  };
  const ours: number[] = [];
  const minimal: number[] = [];
  const full: number[] = [];
  for (let run = 0; run < options.runs; run += 1) {
    ours.push(await oursInto(0));
    await fresh(0);
    await minimalUnwindMerge(driver, relationRows(warmUp));
    minimal.push(rows.length / (await timed(() => minimalUnwindMerge(driver, rows))).seconds);
    full.push(await oursInto(options.preloadNodes));
  }
  const perRowSample = rows.slice(0, Math.min(rows.length, 500));
  const perRow: number[] = [];
  for (let run = 0; run < options.runs; run += 1) {
    await fresh(0);
    await oneTransactionPerRow(driver, relationRows(warmUp));
    perRow.push(perRowSample.length / (await timed(() => oneTransactionPerRow(driver, perRowSample))).seconds);
  }
  const oursRate = median(ours);
  const minimalRate = median(minimal);
  const perRowRate = median(perRow);
  const fullRate = median(full);
  const f = (x: number) => `${x.toFixed(0)} relations/s`;
  return [
    { benchmark: `write: our loader vs minimal UNWIND MERGE (${options.articles} articles, ${rows.length} relations)`, figure: f(oursRate), baseline: f(minimalRate), ratio: (oursRate / minimalRate).toFixed(2), goal: "≥ 0.5", met: oursRate / minimalRate >= 0.5 },
    { benchmark: "write: our loader vs one transaction per row", figure: f(oursRate), baseline: f(perRowRate), ratio: (oursRate / perRowRate).toFixed(1), goal: "≥ 50", met: oursRate / perRowRate >= 50 },
    { benchmark: `write: into a graph of ${options.preloadNodes} nodes vs an empty one`, figure: f(fullRate), baseline: f(oursRate), ratio: (fullRate / oursRate).toFixed(2), goal: "≥ 0.8", met: fullRate / oursRate >= 0.8 },
  ];
}
