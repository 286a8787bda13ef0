import "dotenv/config";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadConfig } from "../config";
import { connectCoreNlp } from "../ingest/nlp";
import { apiBenchmarks } from "./api-bench";
import { BENCH_NEO4J, emptyDatabase, startBenchDatabase } from "./bench-neo4j";
import { explorerBenchmarks } from "./explorer-bench";
import { extractBenchmarks } from "./extract-bench";
import { BenchRow, machineDescription } from "./measure";
import { scaleBenchmark } from "./scale-bench";
import { writeBenchmarks } from "./write-bench";

function say(line: string): void {
  process.stderr.write(`bench: ${line}\n`);
}

const REPORT = path.resolve(__dirname, "..", "BENCHMARKS.md");
const NOTES = /<!-- notes:[^\n]*-->\n[\s\S]*?<!-- \/notes -->\n/;

/** The hand-written reading notes of the report, kept across runs; they explain rows a table cannot. */
function readNotes(): string {
  return existsSync(REPORT) ? (readFileSync(REPORT, "utf8").match(NOTES)?.[0] ?? "") : "";
}

/** Rewritten after every section, so a long run stopped part-way still leaves its figures. */
function writeReport(rows: BenchRow[], complete: boolean, notes: string): void {
  const table = [
    "| benchmark | ours | baseline | ratio | goal | met |",
    "| --- | --- | --- | --- | --- | --- |",
    ...rows.map(
      (r) =>
        `| ${r.benchmark} | ${r.figure} | ${r.baseline} | ${r.ratio} | ${r.goal} | ${r.met === null ? "—" : r.met ? "yes" : "no"} |`,
    ),
  ];
  const report = [
    "# Benchmarks",
    "",
    `Run on ${new Date().toISOString().slice(0, 10)}: ${machineDescription()}.`,
    "Every figure is the median of 3 runs (one run for the explorer at 50k nodes, and for the scale run); every ratio compares two things measured side by side in the same run.",
    complete ? "" : "\n**This run is still going or was stopped: the sections below are the ones finished.**\n",
    notes,
    ...table,
    "",
  ].join("\n");
  writeFileSync(REPORT, report);
  if (complete) process.stdout.write(`${report}\n`);
}

/**
 * 1k, 10k and 50k nodes, or what `--explorer-sizes=1000,10000` asks for: in software WebGL the 50k pages
 * take about 5 minutes (a pan step there redraws 150k edges in 8 s on the bare page).
 */
function explorerSizes(quick: boolean): number[] {
  const asked = process.argv.find((a) => a.startsWith("--explorer-sizes="));
  if (asked) {
    const sizes = asked
      .split("=")[1]
      .split(",")
      .map((size) => Number(size.trim()));
    if (sizes.some((size) => !Number.isInteger(size) || size < 1))
      throw new Error(
        `--explorer-sizes takes node counts separated by commas, like 1000,10000; got "${asked.split("=")[1]}"`,
      );
    return sizes;
  }
  return quick ? [1000] : [1000, 10000, 50000];
}

/** `npm run bench [-- --quick]`: runs every benchmark and writes BENCHMARKS.md (--quick: smaller sizes, for a smoke run). */
async function main(): Promise<void> {
  const quick = process.argv.includes("--quick");
  const sizes = explorerSizes(quick);
  const rows: BenchRow[] = [];
  const notes = readNotes();
  const section = async (name: string, work: () => Promise<BenchRow[]>) => {
    say(`${name}...`);
    rows.push(...(await work()));
    writeReport(rows, false, notes);
  };
  const nlp = await connectCoreNlp(loadConfig(), (line) => say(`corenlp: ${line}`));
  try {
    await section("extraction", () => extractBenchmarks(nlp.client, { articles: quick ? 40 : 400, runs: 3 }));
    const db = await startBenchDatabase();
    try {
      await section("writing", () =>
        writeBenchmarks(db.driver, {
          articles: quick ? 100 : 2000,
          runs: 3,
          preloadNodes: 100000,
          perRowArticles: quick ? 10 : 50,
        }),
      );
      await emptyDatabase(db.driver);
      await section("scale", () => scaleBenchmark(db.driver, nlp.client, quick ? 300 : 10000));
      await section("API", () => apiBenchmarks(db.driver, db.uri, BENCH_NEO4J.password, quick ? 3 : 10));
    } finally {
      await db.stop();
    }
  } finally {
    await nlp.close();
  }
  await section("explorer", () => explorerBenchmarks(sizes, quick ? 1 : 3));
  writeReport(rows, true, notes);
}

main().catch((error: Error) => {
  process.stderr.write(`bench: ${error.message}\n`);
  process.exit(1);
});
