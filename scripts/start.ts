import "dotenv/config";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { Driver } from "neo4j-driver";
import { loadConfig, neo4jUri } from "../config";
import { createDriver, ensureSchema } from "../storage";
import { writeExtraction } from "../ingest/load";
import { connectCoreNlp, endpointUrl, type CoreNlpClient } from "../ingest/nlp";
import { extractFromPaths } from "../ingest/pipeline";
import { localOptionsFromConfig, startLocalNeo4j, stopLocalNeo4j } from "../tools/local-neo4j/local-neo4j";
import { startServer } from "../server/main";

const ROOT = path.resolve(__dirname, "..");

function say(line: string): void {
  process.stderr.write(`newsgraph: ${line}\n`);
}

function checkNodeVersion(): void {
  const major = Number(process.versions.node.split(".")[0]);
  if (major < 20) throw new Error(`Node.js 20 or newer is needed, this is ${process.versions.node}`);
}

function buildExplorer(): void {
  say("building the explorer (vite build)...");
  const result = spawnSync(
    process.execPath,
    [path.join(ROOT, "node_modules/vite/bin/vite.js"), "build", "client", "--logLevel", "warn"],
    {
      cwd: ROOT,
      stdio: "inherit",
    },
  );
  if (result.status !== 0) throw new Error("the explorer did not build; see the messages above");
}

/** A new user sees a graph at once: the bundled sample articles go into an empty database. */
async function ingestSamplesIfEmpty(
  driver: Driver,
  database: string,
  samplesDir: string,
  nlp: CoreNlpClient,
): Promise<void> {
  const result = await driver.executeQuery("MATCH (a:Article) RETURN count(a) AS n", {}, { database });
  if (result.records[0].get("n").toNumber() > 0) return;
  const dir = path.resolve(ROOT, samplesDir);
  if (!existsSync(dir)) return;
  say(`empty database: ingesting the sample articles from ${samplesDir}`);
  const { extraction, failures } = await extractFromPaths([dir], { nlp });
  for (const failure of failures) say(`skipped ${failure.file}: ${failure.reason}`);
  const summary = await writeExtraction(driver, database, extraction);
  say(`ingested ${summary.articles} articles: ${summary.entities} entities, ${summary.relations} relations`);
}

async function main(): Promise<void> {
  checkNodeVersion();
  const config = loadConfig();
  let startedNeo4j = false;
  // Both JVMs take a while to come up: start them side by side.
  const neo4jReady = config.NEO4J_URI
    ? Promise.resolve()
    : startLocalNeo4j({ ...localOptionsFromConfig(config), log: say }).then(() => {
        startedNeo4j = true;
      });
  const [parser, database] = await Promise.allSettled([
    connectCoreNlp(config, (line) => say(`corenlp: ${line}`)),
    neo4jReady,
  ]);
  if (parser.status === "rejected" || database.status === "rejected") {
    // Stop whatever did come up before reporting what did not.
    if (parser.status === "fulfilled") await parser.value.close();
    if (startedNeo4j) await stopLocalNeo4j(config.LOCAL_NEO4J_DATA_DIR);
    throw parser.status === "rejected" ? parser.reason : (database as PromiseRejectedResult).reason;
  }
  const nlp = parser.value;
  const driver = createDriver(config);
  try {
    await driver.verifyConnectivity({ database: config.NEO4J_DATABASE });
  } catch (error) {
    throw new Error(`cannot reach Neo4j at ${neo4jUri(config)}: ${(error as Error).message}`, { cause: error });
  }
  await ensureSchema(driver, config.NEO4J_DATABASE);
  await ingestSamplesIfEmpty(driver, config.NEO4J_DATABASE, config.SAMPLES_DIR, nlp.client);
  await driver.close();
  buildExplorer();
  // The server parses uploads with the same CoreNLP, wherever it came from (its extraction process reads it from the environment).
  process.env.CORENLP_URL = endpointUrl(nlp.endpoint);
  const server = await startServer({ ...config, CORENLP_URL: process.env.CORENLP_URL });
  const { token, source, file } = server.writeToken;
  const where =
    source === "INGEST_TOKEN"
      ? "from INGEST_TOKEN"
      : source === "generated"
        ? `new, kept in ${file}`
        : `kept in ${file}`;
  say(`write token for uploads and retractions over HTTP (Authorization: Bearer ...; ${where}): ${token}`);
  say(`ready: open ${server.url} (Ctrl+C stops everything)`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`${signal}: stopping...`);
    await server.close();
    await nlp.close();
    if (startedNeo4j) await stopLocalNeo4j(config.LOCAL_NEO4J_DATA_DIR);
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch(async (error: Error) => {
  say(error.message);
  process.exit(1);
});
