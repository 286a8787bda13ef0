import { stopLocalNeo4j } from "../../tools/local-neo4j/local-neo4j";
import { stopLocalCoreNlp } from "../../tools/local-corenlp/local-corenlp";
import { TEST_CORENLP } from "./test-corenlp";
import { TEST_NEO4J } from "./test-neo4j";

export default async function globalTeardown(): Promise<void> {
  await Promise.all([
    process.env.NEWSGRAPH_TEST_OWNS_NEO4J === "1" ? stopLocalNeo4j(TEST_NEO4J.dataDir) : Promise.resolve(false),
    process.env.NEWSGRAPH_TEST_OWNS_CORENLP === "1" ? stopLocalCoreNlp(TEST_CORENLP.dataDir) : Promise.resolve(false),
  ]);
}
