import { SingleBar, Presets } from "cli-progress";
import type { Extraction } from "../domain";
import { loadConfig } from "../config";
import { describeLlmStats, ExtractorChoice, llmSettingsFromConfig, newLlmStats } from "./llm";
import { connectCoreNlp, type CoreNlpConnection } from "./nlp";
import { extractFromPaths, ExtractOptions, ExtractResult } from "./pipeline";

const USAGE = `usage:
  npm run extract -- <file-or-folder>... [--format json] [--dictionary FILE] [--extractor rules|llm|both]
  npm run ingest  -- <file-or-folder>... [--dictionary FILE] [--extractor rules|llm|both]

Reads .txt, .md, .html, .json and .jsonl articles (a folder: every such file below it).
extract prints the extraction as one JSON document on stdout; ingest writes it to Neo4j.
A dictionary file (YAML or JSON, see ingest/README.md) adds names; NEWSGRAPH_DICTIONARY names one too.
--extractor (default: EXTRACTOR, else rules): llm and both ask an OpenAI-compatible endpoint
(LLM_BASE_URL, LLM_MODEL, LLM_API_KEY; see README.md).`;

export interface CliArgs {
  command: "extract" | "ingest";
  paths: string[];
  format: "json";
  dictionaries: string[];
  extractor?: ExtractorChoice;
}

const EXTRACTORS: readonly ExtractorChoice[] = ["rules", "llm", "both"];

export class UsageError extends Error {}

export function parseArgs(argv: string[]): CliArgs {
  const [command, ...rest] = argv;
  if (command !== "extract" && command !== "ingest")
    throw new UsageError(command ? `unknown command "${command}"` : "missing command");
  const args: CliArgs = { command, paths: [], format: "json", dictionaries: [] };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === "--format") {
      const value = rest[++i];
      if (value !== "json") throw new UsageError(`--format: expected json, got ${value ?? "nothing"}`);
    } else if (arg.startsWith("--format=")) {
      if (arg.slice(9) !== "json") throw new UsageError(`--format: expected json, got ${arg.slice(9)}`);
    } else if (arg === "--dictionary") {
      const value = rest[++i];
      if (!value) throw new UsageError("--dictionary: expected a file");
      args.dictionaries.push(value);
    } else if (arg === "--extractor") {
      const value = rest[++i];
      if (!EXTRACTORS.includes(value as ExtractorChoice))
        throw new UsageError(`--extractor: expected rules, llm or both, got ${value ?? "nothing"}`);
      args.extractor = value as ExtractorChoice;
    } else if (arg === "--help" || arg === "-h") {
      throw new UsageError("");
    } else if (arg.startsWith("--")) {
      throw new UsageError(`unknown option ${arg}`);
    } else {
      args.paths.push(arg);
    }
  }
  if (!args.paths.length) throw new UsageError("no files or folders given");
  return args;
}

const log = (line: string): void => {
  process.stderr.write(line + "\n");
};

function reportFailures(result: ExtractResult): void {
  for (const f of result.failures) log(`error: ${f.file}: ${f.reason}`);
}

function summary(extraction: Extraction): string {
  const events = extraction.entities.filter((e) => e.type === "Event").length;
  return `${extraction.articles.length} articles, ${extraction.entities.length - events} entities, ${events} events, ${extraction.relations.length} relations`;
}

/** Progress on stderr: a bar on a terminal, plain lines otherwise (logs, CI). */
function progressReporter(label: string): {
  update: (done: number, total: number, what: string) => void;
  stop: () => void;
} {
  if (process.stderr.isTTY) {
    const bar = new SingleBar(
      { format: `${label} [{bar}] {value}/{total} {what}`, stream: process.stderr, hideCursor: true },
      Presets.shades_classic,
    );
    let started = false;
    return {
      update: (done, total, what) => {
        if (!started) {
          bar.start(total, 0, { what });
          started = true;
        }
        bar.update(done, { what });
      },
      stop: () => started && bar.stop(),
    };
  }
  return { update: (done, total, what) => log(`${label} ${done}/${total} ${what}`), stop: () => undefined };
}

/** The extractor options from the command line and configuration; the model's settings only when it is used. */
function extractorOptions(args: CliArgs): Pick<ExtractOptions, "extractor" | "llm" | "llmStats"> {
  const config = loadConfig();
  const extractor = args.extractor ?? config.EXTRACTOR;
  if (extractor === "rules") return { extractor };
  return { extractor, llm: llmSettingsFromConfig(config), llmStats: newLlmStats() };
}

function reportLlm(options: Pick<ExtractOptions, "llmStats">): void {
  if (options.llmStats) log(describeLlmStats(options.llmStats));
}

/** The CoreNLP server to parse with, for the length of one command; its own is stopped after if it started one. */
async function withCoreNlp<T>(work: (nlp: CoreNlpConnection) => Promise<T>): Promise<T> {
  const nlp = await connectCoreNlp(loadConfig(), (line) => log(`corenlp: ${line}`));
  try {
    return await work(nlp);
  } finally {
    await nlp.close();
  }
}

async function extractCommand(args: CliArgs): Promise<number> {
  const result = await withCoreNlp(async (nlp) => {
    const progress = progressReporter("extract");
    const options: ExtractOptions = {
      nlp: nlp.client,
      dictionaries: args.dictionaries,
      onProgress: (p) => progress.update(p.done, p.total, p.file),
      ...extractorOptions(args),
    };
    const extracted = await extractFromPaths(args.paths, options);
    progress.stop();
    reportLlm(options);
    return extracted;
  });
  reportFailures(result);
  const printable: Extraction = {
    ...result.extraction,
    articles: result.extraction.articles.map(({ text: _text, ...rest }) => rest),
  };
  process.stdout.write(JSON.stringify(printable, null, 2) + "\n");
  log(
    `extracted ${summary(result.extraction)}${result.failures.length ? `; ${result.failures.length} input(s) failed` : ""}`,
  );
  return result.failures.length ? 1 : 0;
}

async function ingestCommand(args: CliArgs): Promise<number> {
  const [{ loadConfig }, { createDriver, ensureSchema }, { writeExtraction }] = await Promise.all([
    import("../config"),
    import("../storage"),
    import("./load"),
  ]);
  const config = loadConfig();
  const result = await withCoreNlp(async (nlp) => {
    const options: ExtractOptions = {
      nlp: nlp.client,
      dictionaries: args.dictionaries,
      onProgress: (p) => log(`extract ${p.done}/${p.total} ${p.file}`),
      ...extractorOptions(args),
    };
    const extracted = await extractFromPaths(args.paths, options);
    reportLlm(options);
    return extracted;
  });
  reportFailures(result);
  log(`extracted ${summary(result.extraction)}`);
  const driver = createDriver(config);
  try {
    try {
      await driver.verifyConnectivity({ database: config.NEO4J_DATABASE });
      await ensureSchema(driver, config.NEO4J_DATABASE);
    } catch (error) {
      const where = config.NEO4J_URI ?? `the local Neo4j on bolt port ${config.LOCAL_NEO4J_BOLT_PORT}`;
      const hint = config.NEO4J_URI
        ? "check NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD"
        : "start it with `npm run neo4j:start` (or set NEO4J_URI)";
      log(`error: cannot connect to ${where}: ${(error as Error).message}\n${hint}`);
      return 2;
    }
    const progress = progressReporter("ingest");
    const written = await writeExtraction(driver, config.NEO4J_DATABASE, result.extraction, {
      batchSize: config.INGEST_BATCH_SIZE,
      onProgress: (p) =>
        progress.update(p.articlesDone, p.articlesTotal, `${p.entities} entities, ${p.relations} relations`),
    });
    progress.stop();
    log(
      `ingested ${written.articles} articles, ${written.entities} entities, ${written.relations} relations${written.skipped ? `, ${written.skipped} skipped` : ""}`,
    );
  } finally {
    await driver.close();
  }
  return result.failures.length ? 1 : 0;
}

export async function main(argv: string[]): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      if (error.message) log(`error: ${error.message}`);
      log(USAGE);
      return error.message ? 2 : 0;
    }
    throw error;
  }
  return args.command === "extract" ? extractCommand(args) : ingestCommand(args);
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      log(`error: ${(error as Error).message ?? String(error)}`);
      process.exitCode = 1;
    },
  );
}
