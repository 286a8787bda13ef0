import path from "node:path";
import { Driver } from "neo4j-driver";
import { loadConfig } from "../config";
import { createDriver, ensureSchema } from "../storage";
import { LocalNeo4jOptions, startLocalNeo4j, stopLocalNeo4j, wipeLocalNeo4j } from "../tools/local-neo4j/local-neo4j";

/** Benchmarks get their own Neo4j, like the tests, so they never touch the user's data. */
export const BENCH_NEO4J: LocalNeo4jOptions = {
  dataDir: path.resolve(__dirname, "..", ".data/neo4j-bench"),
  boltPort: 7696,
  httpPort: 7483,
  password: "newsgraph-bench",
  heap: "2g",
  startTimeoutMs: 180000,
};

export interface BenchDatabase {
  driver: Driver;
  uri: string;
  stop(): Promise<void>;
}

export async function startBenchDatabase(): Promise<BenchDatabase> {
  await stopLocalNeo4j(BENCH_NEO4J.dataDir);
  wipeLocalNeo4j(BENCH_NEO4J.dataDir);
  await startLocalNeo4j({ ...BENCH_NEO4J, log: (line) => process.stderr.write(`[bench neo4j] ${line}\n`) });
  const uri = `bolt://127.0.0.1:${BENCH_NEO4J.boltPort}`;
  const driver = createDriver(loadConfig({ NEO4J_URI: uri, NEO4J_PASSWORD: BENCH_NEO4J.password }));
  await ensureSchema(driver, "neo4j");
  return {
    driver,
    uri,
    async stop() {
      await driver.close();
      await stopLocalNeo4j(BENCH_NEO4J.dataDir);
    },
  };
}

/** Empties the database between runs, keeping the schema. */
export async function emptyDatabase(driver: Driver): Promise<void> {
  const session = driver.session({ database: "neo4j" });
  try {
    await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 20000 ROWS");
  } finally {
    await session.close();
  }
}
