import { writeFileSync } from "node:fs";
import path from "node:path";
import { startBenchDatabase } from "./bench-neo4j";
import { BenchRow, machineDescription } from "./measure";
import { writeBenchmarks } from "./write-bench";

/** `npm run bench [-- --quick]`: runs every benchmark and writes BENCHMARKS.md. */
async function main(): Promise<void> {
  const quick = process.argv.includes("--quick");
  const rows: BenchRow[] = [];
  const db = await startBenchDatabase();
  try {
    process.stderr.write("bench: writing...\n");
    rows.push(...(await writeBenchmarks(db.driver, { articles: quick ? 100 : 500, runs: 3, preloadNodes: 100000 })));
  } finally {
    await db.stop();
  }
  const table = [
    "| benchmark | ours | baseline | ratio | goal | met |",
    "| --- | --- | --- | --- | --- | --- |",
    ...rows.map((r) => `| ${r.benchmark} | ${r.figure} | ${r.baseline} | ${r.ratio} | ${r.goal} | ${r.met === null ? "—" : r.met ? "yes" : "no"} |`),
  ];
  const report = [
    "# Benchmarks",
    "",
    `Run on ${new Date().toISOString().slice(0, 10)}: ${machineDescription()}.`,
    "Every figure is the median of 3 runs; every ratio compares two things measured side by side in the same run.",
    "",
    ...table,
    "",
  ].join("\n");
  writeFileSync(path.resolve(__dirname, "..", "BENCHMARKS.md"), report);
  process.stdout.write(`${report}\n`);
}

main().catch((error: Error) => {
  process.stderr.write(`bench: ${error.message}\n`);
  process.exit(1);
});
