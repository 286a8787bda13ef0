import { startLocalNeo4j, stopLocalNeo4j, wipeLocalNeo4j } from "../../neo4j/local-neo4j";
import { TEST_NEO4J } from "./test-neo4j";

/**
 * Starts a fresh test Neo4j unless TEST_NEO4J_URI points at one already running (handy while
 * developing: `npm run test:neo4j` once, then run jest as often as you like).
 */
export default async function globalSetup(): Promise<void> {
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
