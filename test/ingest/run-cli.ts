import { ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const ROOT = resolve(__dirname, "../..");
export const SHARED = resolve(ROOT, "../shared");
const TSX = join(ROOT, "node_modules/tsx/dist/cli.mjs");

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI as a user does (through tsx) and waits for it. */
function runCli(args: string[], env: NodeJS.ProcessEnv = process.env): CliRun {
  const result = spawnSync(process.execPath, [TSX, "ingest/cli.ts", ...args], {
    cwd: ROOT,
    env,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Starts the CLI without waiting, for tests that work alongside it or kill it mid-run. */
export function startCli(
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): { child: ChildProcess; done: Promise<CliRun> } {
  const child = spawn(process.execPath, [TSX, "ingest/cli.ts", ...args], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk) => (stdout += chunk));
  child.stderr?.on("data", (chunk) => (stderr += chunk));
  const done = new Promise<CliRun>((resolve) => child.on("close", (status) => resolve({ status, stdout, stderr })));
  return { child, done };
}

/** Runs the extract command as a user does and returns its exit code and output. */
export function runExtract(args: string[]): CliRun {
  return runCli(["extract", ...args, "--format", "json"]);
}

/** Runs the ingest command against the database the environment names. */
export function runIngest(args: string[], env: NodeJS.ProcessEnv): CliRun {
  return runCli(["ingest", ...args], env);
}

export interface Score {
  relations: { coreRecall: number; shouldRecall: number; precision: number; f1: number };
  entities: { coreRecall: number; coreTyped: number; duplicates: number; noise: number };
  events: { coreRecall: number };
  detail: Record<string, string[]>;
}

/** Extracts a folder with the CLI and scores the output with the shared scorer. */
export function extractAndScore(corpus: string, gold: string): Score {
  const run = runExtract([corpus]);
  if (run.status !== 0) throw new Error(`extract failed (${run.status}): ${run.stderr}`);
  const file = join(mkdtempSync(join(tmpdir(), "newsgraph-score-")), "out.json");
  writeFileSync(file, run.stdout);
  const scored = spawnSync("node", [join(SHARED, "tools/score-extraction.mjs"), file, gold, "--json"], {
    encoding: "utf8",
  });
  if (scored.status !== 0) throw new Error(`scorer failed: ${scored.stderr}`);
  // The scorer ends with a one-line summary after the JSON document.
  return JSON.parse(scored.stdout.slice(0, scored.stdout.lastIndexOf("\n}") + 2)) as Score;
}
