import { stopLocalNeo4j } from "../../neo4j/local-neo4j";
import { TEST_NEO4J } from "./test-neo4j";

export default async function globalTeardown(): Promise<void> {
  if (process.env.NEWSGRAPH_TEST_OWNS_NEO4J === "1") await stopLocalNeo4j(TEST_NEO4J.dataDir);
}
