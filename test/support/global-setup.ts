import { startLocalNeo4j, stopLocalNeo4j, wipeLocalNeo4j } from "../../tools/local-neo4j/local-neo4j";
import { startLocalCoreNlp } from "../../tools/local-corenlp/local-corenlp";
import { endpointUrl } from "../../ingest/nlp";
import { TEST_CORENLP } from "./test-corenlp";
import { TEST_NEO4J } from "./test-neo4j";

async function testNeo4j(): Promise<void> {
  if (process.env.TEST_NEO4J_URI) {
    process.env.NEO4J_URI = process.env.TEST_NEO4J_URI;
    process.env.NEO4J_PASSWORD = process.env.TEST_NEO4J_PASSWORD ?? TEST_NEO4J.password;
    return;
  }
  const started = Date.now();
  await stopLocalNeo4j(TEST_NEO4J.dataDir);
  wipeLocalNeo4j(TEST_NEO4J.dataDir);
  await startLocalNeo4j({ ...TEST_NEO4J, log: (line) => process.stderr.write(`[test neo4j] ${line}\n`) });
  process.stderr.write(`[test neo4j] ready in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  process.env.NEO4J_URI = `bolt://127.0.0.1:${TEST_NEO4J.boltPort}`;
  process.env.NEO4J_PASSWORD = TEST_NEO4J.password;
  process.env.NEWSGRAPH_TEST_OWNS_NEO4J = "1";
}

export async function testCoreNlp(): Promise<void> {
  if (process.env.TEST_CORENLP_URL) {
    process.env.CORENLP_URL = process.env.TEST_CORENLP_URL;
    return;
  }
  const started = Date.now();
  // A server left running by an earlier run (same models, same properties) is reused; its models take a while to load.
  const status = await startLocalCoreNlp({
    ...TEST_CORENLP,
    log: (line) => process.stderr.write(`[test corenlp] ${line}\n`),
  });
  process.stderr.write(`[test corenlp] ready in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  process.env.CORENLP_URL = endpointUrl(status.endpoint);
  process.env.NEWSGRAPH_TEST_OWNS_CORENLP = "1";
}

/**
 * Starts a fresh test Neo4j and a CoreNLP server, side by side (both are slow to start), unless
 * TEST_NEO4J_URI / TEST_CORENLP_URL point at ones already running (handy while developing).
 */
export default async function globalSetup(): Promise<void> {
  await Promise.all([testNeo4j(), testCoreNlp()]);
}
