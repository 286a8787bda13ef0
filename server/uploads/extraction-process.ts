import { ChildProcess, fork } from "node:child_process";
import { setPriority } from "node:os";
import path from "node:path";
import type { ExtractResult, NamedInput } from "../../ingest/pipeline";
import type { ParserEndpoint } from "./parser-endpoint";

export type WorkerMessage =
  | { type: "progress"; done: number; total: number }
  | { type: "result"; result: ExtractResult }
  | { type: "error"; message: string };

export class ExtractionCancelled extends Error {
  constructor() {
    super("cancelled");
    this.name = "ExtractionCancelled";
  }
}

export interface RunningExtraction {
  result: Promise<ExtractResult>;
  cancel(): void;
}

const WORKER = path.join(__dirname, "extraction-worker.ts");
/** The project's tsx, by path: the worker is TypeScript whether the server runs under tsx or jest. */
const TSX_LOADER = path.join(path.dirname(require.resolve("tsx/package.json")), "dist", "loader.mjs");
const KILL_GRACE_MS = 2000;
/** The extraction is background work: at a lower priority it leaves the cores to the server and Neo4j first. */
const BACKGROUND_PRIORITY = 10;

/** Runs the extraction pipeline in a child process, parsing with the CoreNLP server given; cancel() kills it. */
export function extractInChildProcess(
  inputs: NamedInput[],
  parser: ParserEndpoint,
  onProgress: (done: number, total: number) => void,
): RunningExtraction {
  const child: ChildProcess = fork(WORKER, [], {
    execArgv: ["--import", TSX_LOADER],
    serialization: "advanced",
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  if (child.pid !== undefined) setPriority(child.pid, BACKGROUND_PRIORITY);
  let cancelled = false;
  const result = new Promise<ExtractResult>((resolve, reject) => {
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
    };
    child.on("message", (message: WorkerMessage) => {
      if (message.type === "progress") onProgress(message.done, message.total);
      else if (message.type === "result") settle(() => resolve(message.result));
      else settle(() => reject(new Error(`extraction failed: ${message.message}`)));
    });
    child.on("error", (error) => settle(() => reject(cancelled ? new ExtractionCancelled() : error)));
    child.on("exit", (code, signal) =>
      settle(() =>
        reject(
          cancelled
            ? new ExtractionCancelled()
            : new Error(`the extraction process stopped (${signal ?? `exit code ${code}`}) before it answered`),
        ),
      ),
    );
  });
  child.send({ inputs, parser });
  return {
    result,
    cancel() {
      if (cancelled || child.exitCode !== null || child.signalCode !== null) return;
      cancelled = true;
      child.kill("SIGTERM");
      setTimeout(
        () => child.exitCode === null && child.signalCode === null && child.kill("SIGKILL"),
        KILL_GRACE_MS,
      ).unref();
    },
  };
}
