import path from "node:path";
import { LocalNeo4jOptions } from "../../tools/local-neo4j/local-neo4j";

/** The test instance: its own ports and folder, so a test run never touches the user's database. */
export const TEST_NEO4J: LocalNeo4jOptions = {
  dataDir: path.resolve(__dirname, "../..", process.env.TEST_NEO4J_DATA_DIR ?? ".data/neo4j-test"),
  boltPort: Number(process.env.TEST_NEO4J_BOLT_PORT ?? 7688),
  httpPort: Number(process.env.TEST_NEO4J_HTTP_PORT ?? 7475),
  password: "newsgraph-test",
  heap: "1g",
  startTimeoutMs: 180000,
};
